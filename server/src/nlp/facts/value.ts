/** Turns the words a rule captured into a clean fact value (where to stop, how to capitalise). */
import nlp from '../compromise';
import { tokens, type Token, type View } from './clauses';

/** How a value is cut from the captured words and capitalised. */
export interface ValueOptions {
  /** Words that end the value (besides the defaults in `STOP_WORDS`). */
  stopWords?: readonly string[];
  /** Stop at adverbs and dates after the first word ("Paris now", "jazz a lot"). Default true. */
  stopAtModifiers?: boolean;
  /** Stop at "and"/"or" unless a proper noun follows ("Trinidad and Tobago"). Default true. */
  stopAtAnd?: boolean;
  /** `all`: capitalise every word (names); `proper`: only words compromise tags as proper nouns. Default `none`. */
  capitalize?: 'all' | 'proper' | 'none';
  /** Most words kept. Default 8. */
  maxWords?: number;
  /**
   * End the value at a comma ("senior data engineer, left accenture"); `unless-proper` keeps
   * going into a proper noun ("Tampa, Florida"). Default false.
   */
  stopAtComma?: boolean | 'unless-proper';
}

/** Words that never belong to a value: they start a reason, a time or a new thought. */
const STOP_WORDS = new Set([
  'because', 'since', 'when', 'while', 'whenever', 'but', 'though', 'although', 'if', 'unless', 'so', 'as',
  'than', 'anymore', 'nowadays', 'currently', 'too', 'either', 'lately', 'recently', 'again', 'already',
  'still', 'actually', 'really', 'honestly', 'thanks', 'please', 'btw', 'now', 'these', 'those', 'last',
  'next', 'every', 'which', 'who', 'where', 'lol',
]);
const MODIFIER_TAGS = ['Adverb', 'Date'];
const DANGLING_TAGS = ['Preposition', 'Determiner', 'Conjunction'];
const PROPER_TAGS = ['ProperNoun', 'Place', 'Person', 'Organization'];

/** Stay lower case inside names ("Trinidad and Tobago", "Stratford upon Avon"). */
const SMALL_WORDS = new Set(['and', 'of', 'the', 'de', 'la', 'le', 'du', 'upon', 'on', 'en', 'am', 'im', 'van', 'von', 'y', '&']);
const capitalizeWord = (w: string) => (w && !SMALL_WORDS.has(w) ? w[0].toUpperCase() + w.slice(1) : w);

/** Joins tokens back into text, keeping hyphens and apostrophes that compromise split off. */
function join(toks: Token[], capitalize: ValueOptions['capitalize']): string {
  let out = '';
  toks.forEach((t, i) => {
    let word = t.text;
    if (capitalize === 'all' || (capitalize === 'proper' && t.tags.some((tag) => PROPER_TAGS.includes(tag)))) {
      if (word === word.toLowerCase()) word = word.split('-').map((w, j) => (i === 0 && j === 0 && w ? w[0].toUpperCase() + w.slice(1) : capitalizeWord(w))).join('-');
    }
    const post = i === toks.length - 1 ? '' : t.post.replace(/[,;:!?]/g, '');
    out += (i === 0 ? '' : t.pre) + word + (post || (word && i < toks.length - 1 ? ' ' : ''));
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** The leading tokens that form the value, cut at the first stop. */
export function valueTokens(toks: Token[], options: ValueOptions = {}): Token[] {
  const stopWords = new Set([...STOP_WORDS, ...(options.stopWords ?? [])]);
  const maxWords = options.maxWords ?? 8;
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.text === '' && i > 0) continue;
    if (out.length > 0) {
      if (stopWords.has(t.normal)) break;
      if ((options.stopAtModifiers ?? true) && t.tags.some((tag) => MODIFIER_TAGS.includes(tag))) break;
      if ((options.stopAtAnd ?? true) && (t.normal === 'and' || t.normal === 'or' || t.normal === '&')) {
        const next = toks[i + 1];
        if (!next || !next.tags.some((tag) => PROPER_TAGS.includes(tag))) break;
      }
    } else if (stopWords.has(t.normal)) {
      break;
    }
    out.push(t);
    if (out.length >= maxWords) break;
    if (/[.!?;]/.test(t.post)) break;
    if (options.stopAtComma && /,/.test(t.post)) {
      const next = toks[i + 1];
      if (options.stopAtComma === true || !next || !next.tags.some((tag) => PROPER_TAGS.includes(tag))) break;
    }
  }
  // A cut before a time leaves its preposition behind ("hiking on | weekends"): drop dangling
  // function words at the end.
  while (out.length > 1 && out[out.length - 1].tags.some((tag) => DANGLING_TAGS.includes(tag))) out.pop();
  return out;
}

/** The cleaned value a group of a match captured, or '' when nothing is left. */
export function valueOf(view: View, options: ValueOptions = {}): string {
  return join(valueTokens(tokens(view), options), options.capitalize);
}

/**
 * Splits a captured list ("peanuts, shellfish and eggs") into its items, each cleaned like a
 * value. Lists only come from multi-valued rules (likes, allergies).
 */
export function listValues(view: View, options: ValueOptions = {}): string[] {
  const toks = tokens(view);
  const items: Token[][] = [[]];
  for (const t of toks) {
    const current = items[items.length - 1];
    if (t.normal === 'and' || t.normal === 'or' || t.normal === '&' || t.normal === 'nor') {
      if (current.length) items.push([]);
      continue;
    }
    current.push(t);
    if (/,/.test(t.post)) items.push([]);
  }
  return items
    .filter((item) => item.length > 0)
    .map((item) => join(valueTokens(item, { ...options, stopAtAnd: false }), options.capitalize))
    .filter(Boolean);
}

/** "my dog" → "their dog": a stored fact speaks about the user in the third person. */
export function thirdPerson(value: string): string {
  return value
    .replace(/\bmy\b/gi, 'their')
    .replace(/\bmyself\b/gi, 'themselves')
    .replace(/\bme\b/gi, 'them')
    .replace(/\bmine\b/gi, 'theirs');
}

/** "cook" → "cooking", "play the guitar" → "playing the guitar" (for "I like to cook"). */
export function gerund(phrase: string): string {
  const doc = nlp(phrase);
  doc.terms().first().tag('Verb');
  const forms = doc.verbs().conjugate()[0] as { Gerund?: string } | undefined;
  const words = phrase.trim().split(/\s+/);
  if (forms?.Gerund) words[0] = forms.Gerund;
  return words.join(' ');
}
