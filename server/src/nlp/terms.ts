/**
 * The content words of a text, reduced to their dictionary form ("kids" → kid, "plays" →
 * play), with the part of speech compromise gave them. Keys of open-ended facts, matching a
 * question to a memory and spotting near-duplicate memories all compare these, so "I play the
 * cello" and "what instrument do I play?" meet on "play".
 */
import { LRUCache } from 'lru-cache';
import nlp from './compromise';
import { normalizeChat } from './normalize';

/** The part of speech of a content word. */
export type TermKind = 'noun' | 'name' | 'verb' | 'adjective' | 'number';

/** A content word of a text, in dictionary form. */
export interface ContentTerm {
  /** Dictionary form, lower case. */
  lemma: string;
  kind: TermKind;
  /** Position in the text (for "the noun after the verb"). */
  index: number;
}

/** Function words and chat filler: never what a sentence is about. */
const STOP = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'you', 'your', 'yours', 'they', 'them', 'their', 'he', 'she', 'it', 'its',
  'his', 'her', 'this', 'that', 'these', 'those', 'user', 'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'do', 'does',
  'did', 'have', 'has', 'had', 'get', 'got', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'not',
  'no', 'yes', 'what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'a', 'an', 'the', 'some', 'any', 'and',
  'or', 'but', 'so', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into', 'like', 'just', 'really',
  'very', 'also', 'too', 'now', 'then', 'still', 'anymore', 'actually', 'please', 'thanks', 'thank', 'ok', 'okay', 'lol', 'hey',
  'hi', 'hello', 'well', 'oh', 'um', 'uh', 'tell', 'know', 'remember', 'say', 'said', 'told', 'think', 'thing', 'things', 'lot', 'place', 'places', 'type', 'kinds', 'way',
  'bit', 'kind', 'sort', 'pretty', 'quite', 'much', 'many', 'more', 'most', 'all', 'every', 'each', 'other', 'there', 'here',
  'again', 'ever', 'never', 'always', 'usually', 'often', 'sometimes', 'currently', 'these days', 'nowadays', 'right', 'one',
  'let', 'make', 'want', 'need', 'go', 'going', 'gonna', 'wanna', 'call', 'called', 'named', 'name', 'fact', 'info', 'anything', 'place', 'type', 'way', 'choice', 'again', 'trouble', 'kind', 'sort', 'bit', 'most', 'least', 'work', 'working', 'person', 'people', 'guy', 'gal', 'lady', 'kindly', 'present', 'moment', 'currently', 'usual', 'usually', 'day', 'daily', 'regular', 'regularly', 'normally', 'typically',
  'something', 'everything', 'nothing', 'stuff', 'btw', 'up', 'out', 'off', 'down', 'back', 'away', 'around', 'about', 'yeah', 'yep', 'nope', 'sure', 'cool', 'great', 'nice', 'good', 'guess',
]);

const lemmaCache = new Map<string, string>();
const MAX_CACHE = 20_000;

function cached(key: string, make: () => string): string {
  let value = lemmaCache.get(key);
  if (value === undefined) {
    value = make();
    if (lemmaCache.size < MAX_CACHE) lemmaCache.set(key, value);
  }
  return value;
}

/** "kids" → "kid", "cities" → "city"; uncountable and unknown words stay as they are. */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  // Alone, "kids" reads as a verb ("he kids"); after "the" it is a noun.
  return cached(`n:${w}`, () => nlp(`the ${w}`).nouns().toSingular().text().toLowerCase().replace(/^the\s+/, '') || w);
}

/** True when the word, on its own, is a verb ("learn" is, "morn" is not). */
function isVerbWord(word: string): boolean {
  return cached(`isv:${word}`, () => (nlp(word).has('^#Verb$') ? '1' : '')) === '1';
}

/** "plays" → "play", "went" → "go", "learning" → "learn". */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  return cached(`v:${w}`, () => {
    const doc = nlp(w);
    doc.tag('Verb');
    return doc.verbs().toInfinitive().text().toLowerCase() || w;
  });
}

interface JsonTerm {
  text: string;
  normal?: string;
  tags?: string[];
}

function kindOf(tags: string[]): TermKind | undefined {
  if (tags.includes('Value') || tags.includes('NumericValue')) return 'number';
  if (tags.includes('Pronoun') || tags.includes('Determiner') || tags.includes('Preposition') || tags.includes('Conjunction')) return undefined;
  if (tags.includes('ProperNoun') || tags.includes('Person') || tags.includes('Place') || tags.includes('Organization')) return 'name';
  if (tags.includes('Verb') && !tags.includes('Auxiliary') && !tags.includes('Copula') && !tags.includes('Modal')) return 'verb';
  if (tags.includes('Noun') || tags.includes('Date')) return 'noun';
  if (tags.includes('Adjective')) return 'adjective';
  return undefined;
}

/** Main verbs the matcher ignores but a topic needs ("I go to bed", "I have a dog"). */
const WEAK_VERBS = new Set(['work', 'go', 'have', 'get', 'want', 'need', 'know', 'tell', 'think', 'make', 'let', 'remember', 'call', 'say', 'like', 'guess']);

/** One word for one feeling: "love", "enjoy" and "like" all match; so do "hate" and "dislike". */
const FEELINGS: Record<string, string> = { love: 'like', enjoy: 'like', adore: 'like', fancy: 'like', like: 'like', prefer: 'like', hate: 'dislike', dislike: 'dislike', loathe: 'dislike', detest: 'dislike', despise: 'dislike' };

/** The content words of `text`, in order. `keepWeakVerbs` keeps "go", "have" and the like as verbs. */
export function contentTerms(text: string, options: { keepWeakVerbs?: boolean } = {}): ContentTerm[] {
  // Every turn re-reads the same memories and history; parsing each once keeps a turn cheap.
  const key = `${options.keepWeakVerbs ? 1 : 0}\u0000${text}`;
  let terms = termsCache.get(key);
  if (!terms) {
    terms = parseTerms(text, options);
    termsCache.set(key, terms);
  }
  return terms;
}

const termsCache = new LRUCache<string, ContentTerm[]>({ max: 20_000 });

function parseTerms(text: string, options: { keepWeakVerbs?: boolean }): ContentTerm[] {
  const doc = nlp(normalizeChat(text));
  doc.contractions().expand();
  const out: ContentTerm[] = [];
  let index = 0;
  for (const sentence of doc.json() as Array<{ terms: JsonTerm[] }>) {
    for (const term of sentence.terms) {
      index++;
      const normal = (term.normal ?? term.text).toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}'\-]+/gu, '');
      if (!normal) continue;
      const kind = kindOf(term.tags ?? []);
      if (!kind) continue;
      if (kind === 'verb' && FEELINGS[verbLemma(normal)]) {
        out.push({ lemma: FEELINGS[verbLemma(normal)], kind, index });
        continue;
      }
      const weakVerb = options.keepWeakVerbs && kind === 'verb' && WEAK_VERBS.has(verbLemma(normal));
      if (STOP.has(normal) && !weakVerb) continue;
      // "learning" read as a noun ("what languages am I learning?") still meets "I learn".
      const asNoun = kind === 'noun' && normal.endsWith('ing') && isVerbWord(verbLemma(normal)) ? verbLemma(normal) : undefined;
      // "-ing" words tagged noun or adjective ("studying", "leading") are the verb.
      const ingVerb = (kind === 'noun' || kind === 'adjective') && normal.endsWith('ing') ? verbLemma(normal) : undefined;
      // …but "morning", "evening", "wedding" are nouns: "morn" is not a verb.
      if (ingVerb && ingVerb !== normal && !STOP.has(ingVerb) && isVerbWord(ingVerb)) {
        out.push({ lemma: FEELINGS[ingVerb] ?? ingVerb, kind: 'verb', index });
        continue;
      }
      const lemma = kind === 'verb' ? verbLemma(normal) : asNoun && asNoun !== normal ? asNoun : kind === 'noun' || kind === 'name' ? nounLemma(normal) : normal;
      if (STOP.has(lemma) && !weakVerb) continue;
      out.push({ lemma, kind, index });
    }
  }
  return out;
}

/** The lemmas of `text` as a set (for overlap and near-duplicate tests). */
export function lemmaSet(text: string): Set<string> {
  return new Set(contentTerms(text).map((t) => t.lemma));
}

/** Jaccard overlap of two lemma sets, 0..1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
