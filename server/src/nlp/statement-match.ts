/**
 * How well a remembered statement answers a question about the user. The question's content
 * words must be found in the statement, directly ("play" in "I play the cello") or through a
 * category ("instrument" → cello, "pet" → beagle); the kind of question asks for a kind of
 * answer ("how old" wants a number, "where" a place, "who"/"what … called" a name).
 */
import nlp from './compromise';
import { answers, categoriesOf, isCategory, siblings } from './concepts';
import { kindsOf } from './lexicon';
import { contentTerms, type ContentTerm } from './terms';

/** The kind of answer a question asks for. */
export type AnswerKind = 'number' | 'amount' | 'place' | 'name' | 'time' | 'any';

/** A question read for matching: its content words, the kind of answer and whether it wants yes or no. */
export interface QuestionShape {
  terms: ContentTerm[];
  wants: AnswerKind;
  /** "do I …?", "am I …?", "is my …?": answered with yes or no. */
  yesNo: boolean;
}

/** Words that only say what kind of answer is wanted ("how old", "what time", "which city"). */
const SHAPE_WORDS = new Set(['old', 'age', 'time', 'year', 'city', 'town', 'country', 'place', 'day', 'date', 'much', 'many', 'long', 'often']);

/** Words that ask for a detail rather than name the topic ("which iPad model", "what version"). */
const SOFT = new Set(['model', 'version', 'make', 'brand', 'kind', 'type', 'sort', 'new', 'current', 'subject', 'topic', 'area', 'field']);

/** Nouns that ask for a code, a number or a version rather than name a topic. */
const IDENTIFIER_NOUNS = new Set(['code', 'error', 'number', 'id', 'version', 'model', 'serial', 'reference', 'ref', 'order', 'ticket', 'build', 'firmware', 'message', 'tracking', 'booking', 'account', 'invoice', 'receipt']);
/** "E21", "ERR-LIC-403", "KS-558213", "5.2.1", "#A-90418", "17.4": letters with digits, dotted numbers, numbered references. */
const IDENTIFIER = /(?<![\p{L}\p{N}])(?:#?[A-Z]{1,6}[-_]?\d[\w-]*|\d+[A-Z][\w-]*|[A-Z]+(?:-[A-Z]+)*-\d+|\d+(?:\.\d+){1,3}|#\d{3,})(?![\p{L}\p{N}])/u;

/** "How old am I?" names no noun: it asks for the user's age, whatever the statement's words. */
export function asksAge(question: string): boolean {
  // "how many years do I have?", "how many years I have" (learners' English for one's age).
  return /\b(?:how old (?:am I|is I|I am|I is|(?:did|have) I (?:say|said|tell|told))|what(?:'s| is) my age|what age am I|my age\b|how many years (?:do I have|I have|have I got|am I|old am I))/i.test(question);
}

/** Reads a question into its `QuestionShape`. */
export function questionShape(question: string): QuestionShape {
  const doc = nlp(question.toLowerCase());
  let wants: AnswerKind = 'any';
  if (doc.has('how much') && doc.has('(cost|costs|charged|charge|pay|paid|price|spend|spent|owe|bill)')) wants = 'amount';
  else if (doc.has('how (old|many|much|long)') || doc.has('what age')) wants = 'number';
  else if (doc.has('(what|which) (time|day|date|year|month)') || doc.has('^when')) wants = 'time';
  else if (doc.has('^where') || doc.has('(what|which) (city|town|country|place)')) wants = 'place';
  else if (doc.has('^who') || doc.has('what (is|are|was) #Noun+ (called|named)') || doc.has('(name|names) of')) wants = 'name';
  const yesNo =
    doc.has('^(do|does|did|am|is|are|was|were|have|has|can|could) (i|my|me|we)') ||
    doc.has('^(do|did) you know (if|whether)') ||
    // "is the drain problem fixed now?", "does it still crash?": the state of the user's issue.
    /^(?:is|are|was|were|has|have|does|did|do)\s+(?:it|the|this|that|they|our)\b.*\b(?:fixed|resolved|solved|sorted|working|open|closed|done|gone|still)\b/i.test(question);
  const terms = withoutCompoundHeads(contentTerms(question)).filter((t) => !(wants !== 'any' && SHAPE_WORDS.has(t.lemma)));
  return { terms, wants, yesNo };
}

function hasKind(statement: string, terms: ContentTerm[], wants: AnswerKind): boolean {
  switch (wants) {
    case 'number':
      return terms.some((t) => t.kind === 'number') || /\b\d+\b/.test(statement);
    case 'amount':
      return /[£$€¥₹]\s?\d|\d\s?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b|\b\d+[.,]\d{2}\b/i.test(statement);
    case 'time':
      return /\b\d|\b(?:morning|evening|night|noon|midnight|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?|january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(statement);
    case 'place':
      return nlp(statement).has('(#Place|#ProperNoun)') || /\b(?:in|from|near|at)\s+[A-Z]/.test(statement);
    case 'name':
      return terms.some((t) => t.kind === 'name') || /\b(?:called|named)\b/i.test(statement);
    default:
      return true;
  }
}

/**
 * 0..1: the share of the question's content words the statement answers (nouns and names
 * weigh twice a verb), or 0 when the statement lacks the kind of answer asked for or misses
 * every noun of the question.
 */
export function matchScore(shape: QuestionShape, statement: string): number {
  const terms = withoutCompoundHeads(contentTerms(statement, { keepWeakVerbs: true }));
  if (!hasKind(statement, terms, shape.wants)) return 0;
  if (shape.terms.length === 0) return 0;
  let total = 0;
  let found = 0;
  let nounsAsked = 0;
  let nounsFound = 0;
  for (const q of shape.terms) {
    // What the question names ("Rusty", "favourite food") must be there; its verb ("play") and a
    // category word that only qualifies the next noun ("food" in "which food allergy") help.
    const modifier = (isCategory(q.lemma) && shape.terms.some((t) => t.index === q.index + 1 && t.kind !== 'verb')) || SOFT.has(q.lemma);
    const weight = q.kind === 'verb' || modifier ? 1 : 2;
    const noun = weight === 2;
    total += weight;
    if (noun) nounsAsked++;
    // Either way up: "pet" is answered by "beagle", and "daughter" by "kids" (one of them is).
    // A sibling answers a "what/which" question ("what ute do I drive?" ← "a Ford Ranger"), never a yes/no one.
    // "do I like X?" is answered by "I dislike X" too (with a no).
    if (q.lemma === 'like' && terms.some((s) => s.lemma === 'dislike')) {
      found += weight;
      continue;
    }
    // The word itself beats a word of its category ("twins" over "kids").
    if (terms.some((s) => s.lemma === q.lemma)) {
      found += weight;
      if (noun) nounsFound++;
      continue;
    }
    if (terms.some((s) => answers(q.lemma, s.lemma) || categoriesOf(q.lemma).has(s.lemma) || sameStem(q.lemma, s.lemma) || (!shape.yesNo && siblings(q.lemma, s.lemma)))) {
      found += weight * 0.9;
      if (noun) nounsFound++;
      continue;
    }
    // "What code does it flash?" ← "flashes E21"; "which version?" ← "5.2.1": a code answers a question for one.
    if (IDENTIFIER_NOUNS.has(q.lemma) && IDENTIFIER.test(statement)) {
      found += weight * 0.9;
      if (noun) nounsFound++;
      continue;
    }
    // The long tail, from WordNet: "herb" is answered by "cilantro", "instrument" by "ukulele".
    if (q.kind === 'noun' && terms.some((s) => (s.kind === 'noun' || s.kind === 'name') && kindsOf(s.lemma).has(q.lemma))) {
      found += weight * 0.8;
      if (noun) nounsFound++;
    }
  }
  if (nounsAsked > 0 && nounsFound === 0) return 0;
  return found / total + (shape.yesNo ? 0 : specificity(shape, statement, terms));
}

/**
 * "grilled sea bass" is a fish, not the instrument: a noun that ends a compound WordNet knows
 * ("sea bass", "hot dog") stands as the compound, so its own categories do not answer.
 */
function withoutCompoundHeads(terms: ContentTerm[]): ContentTerm[] {
  const out: ContentTerm[] = [];
  for (const t of terms) {
    const prev = out.at(-1);
    // Only when the compound is not a kind of its last word: a springer spaniel is a spaniel, a sea bass no bass.
    const kinds = prev && prev.kind === 'noun' && t.kind === 'noun' && t.index === prev.index + 1 ? kindsOf(`${prev.lemma} ${t.lemma}`) : undefined;
    if (prev && kinds && kinds.size > 0 && !kinds.has(t.lemma)) {
      out[out.length - 1] = { ...t, lemma: `${prev.lemma} ${t.lemma}` };
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Among statements that match as well, the one that says what the thing is ("the router is a
 * Netgear …") or names something the question does not ("… Visa ending 4417") answers a
 * "which"/"what" question better than one that only mentions it ("I restarted the router").
 */
function specificity(shape: QuestionShape, statement: string, terms: ContentTerm[]): number {
  const asked = new Set(shape.terms.map((t) => t.lemma));
  let bonus = 0;
  for (const lemma of asked) {
    if (new RegExp(`\\b${lemma.replace(/[^\p{L}\p{N}]/gu, '')}s?\\s+(?:is|are|was|were|'s)\\b`, 'iu').test(statement)) bonus += 0.1;
  }
  if (terms.some((t) => (t.kind === 'name' || t.kind === 'number') && !asked.has(t.lemma))) bonus += 0.05;
  return Math.min(bonus, 0.2);
}

/** "allergic" and "allergy", "intolerant" and "intolerance": one word, two endings. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let i = 0;
  while (i < shorter && a[i] === b[i]) i++;
  return i >= 7 || i / shorter >= 0.8;
}
