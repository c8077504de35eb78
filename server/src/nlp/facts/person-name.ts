/** Whether words are a person's name: the tests the name rule, the introduction and the subject reader share. */
import nlp from '../compromise';
import { categoriesOf } from '../concepts';
import { tokens } from './clauses';
import { DIETS } from './diets';
import { isJob, JOB_WORDS } from './job-title';

/** Words that say what the user is, never who: "I'm vegetarian", "I'm coeliac", "I'm barista". */
export function notAName(word: string): boolean {
  if (DIETS.includes(word) || JOB_WORDS.has(word)) return true;
  const kinds = categoriesOf(word);
  return ['condition', 'health', 'food', 'drink', 'language', 'sport', 'hobby'].some((k) => kinds.has(k));
}

/**
 * "Hamish Tane", "Ravi Shankar Iyer": two or three capitalised words that are neither a place, a
 * job title nor an organisation read as a first name and a surname, whatever the tagger makes of
 * each word ("Hamish" reads as an adjective in -ish).
 */
export function looksLikeFullName(text: string): boolean {
  // "Anneke de Vries from Utrecht": the name ends where the rest of the introduction starts.
  const words = text.trim().replace(/\s+(?:from|in|at|and|living|based|here|originally)\b.*$/i, '').replace(/[.!]+$/, '').split(/\s+/);
  // "Anneke de Vries", "Ahmad bin Ismail": a lower-case particle between capitalised names.
  const particle = (w: string, i: number) => i > 0 && i < words.length - 1 && /^(?:de|van|von|der|den|da|di|du|le|la|bin|binti|al|el|ter|ten|dos|das|del|della)$/.test(w);
  if (words.length < 2 || words.length > 4 || !words.every((w, i) => /^[A-Z][\p{L}'-]+$/u.test(w) || particle(w, i))) return false;
  if (words.some((w) => notAName(w.toLowerCase()))) return false;
  const doc = nlp(words.filter((w) => /^[A-Z]/.test(w)).join(' '));
  return !doc.has('(#Place|#Organization|#Demonym)') && !isJob(doc);
}

/** A capitalised word compromise has no entry for and cannot read as anything else: most likely a name. */
export function isUnknownWord(word: string): boolean {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  if (lexicon[word]) return false;
  return tokens(nlp(word)).every((t) => !t.tags.some((tag) => ['Verb', 'Adjective', 'Adverb', 'Place', 'Value', 'Date', 'Plural'].includes(tag)));
}
