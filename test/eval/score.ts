/**
 * The checks of the conversation evaluation. A reply passes a question when every `must` group
 * is matched by one of its alternatives and no `mustNot` string appears.
 *
 * Matching is deliberately forgiving about form and strict about content, so the model is free
 * to word its answer as it likes:
 * - case, accents ("São" = "Sao") and curly vs straight apostrophes are ignored;
 * - a term matches whole words only ("no" is not found in "know", "7" not in "17"), except that
 *   a number may be followed by a unit ("9" matches "9am") and a term ending in `*` is a prefix
 *   ("escalat*" matches "escalate", "escalated", "escalation");
 * - spaces inside a term match any run of spaces.
 */
import type { AnyOf, Expectation } from './types';

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isDigit = (c: string) => /\d/.test(c);
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

const patterns = new Map<string, RegExp>();

/** The regular expression of one term (cached: the same terms are checked many times). */
function patternOf(term: string): RegExp {
  let re = patterns.get(term);
  if (re) return re;
  const prefix = term.endsWith('*');
  const body = normalize(prefix ? term.slice(0, -1) : term).trim();
  if (!body) throw new Error(`empty check term ${JSON.stringify(term)}`);
  const first = body[0];
  const last = body[body.length - 1];
  // A word must not continue a longer word; a number must not continue a longer number.
  const before = isDigit(first) ? '(?<!\\d)' : isWordChar(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = prefix ? '' : isDigit(last) ? '(?!\\d)' : isWordChar(last) ? '(?![\\p{L}\\p{N}])' : '';
  re = new RegExp(before + escapeRegExp(body).replace(/\s+/g, '\\s+') + after, 'u');
  patterns.set(term, re);
  return re;
}

/** Whether `text` contains `term` under the rules above. */
export function mentions(text: string, term: string): boolean {
  return patternOf(term).test(normalize(text));
}

export interface CheckResult {
  ok: boolean;
  /** One line per failed part: `must: none of "Porto"`, `mustNot: has "Paris"`. */
  failed: string[];
}

/**
 * Scores one reply. `question`: the question itself; a verbatim echo of it in the reply (e.g.
 * `Noted: "can you escalate this?"`) is removed first, since repeating the user's words is not an
 * answer and would otherwise pass any check whose term is in the question.
 */
export function check(reply: string, expectation: Expectation, question?: string): CheckResult {
  const text = question ? withoutEcho(reply, question) : reply;
  const failed: string[] = [];
  for (const group of expectation.must ?? []) {
    if (!group.some((term) => mentions(text, term))) failed.push(`must: none of ${describeGroup(group)}`);
  }
  const lead = firstSentence(text);
  for (const group of expectation.first ?? []) {
    if (!group.some((term) => mentions(lead, term))) failed.push(`first sentence: none of ${describeGroup(group)}`);
  }
  for (const term of expectation.mustNot ?? []) {
    if (mentions(text, term)) failed.push(`mustNot: has ${JSON.stringify(term)}`);
  }
  return { ok: failed.length === 0, failed };
}

/** Up to the first sentence end or line break ("No — you told me you don't like olives."). */
export function firstSentence(text: string): string {
  return text.trim().split(/(?<=[.!?])\s|\n/)[0] ?? '';
}

/** The reply without any verbatim repeat of the question (ignoring case, accents and final punctuation). */
export function withoutEcho(reply: string, question: string): string {
  const q = normalize(question).trim().replace(/[?.!\s]+$/, '');
  if (q.length < 3) return normalize(reply);
  return normalize(reply).split(q).join(' … ');
}

/** A group as the failure line shows it: the shared lists by name, others spelled out. */
function describeGroup(group: AnyOf): string {
  const named = SHARED_LISTS.find(([, list]) => list === group || (group.length > list.length && list.every((t) => group.includes(t))));
  if (named) {
    const extra = group.filter((t) => !named[1].includes(t));
    return `${named[0]}${extra.length ? ` or ${extra.map((t) => JSON.stringify(t)).join(' | ')}` : ''}`;
  }
  return group.map((t) => JSON.stringify(t)).join(' | ');
}

// ---------------------------------------------------------------------------------------------
// Shared word lists. They are broad on purpose: any common way of saying it counts.

/** An admission that the value was never given (the answer to a question about something never said). */
export const NOT_KNOWN: AnyOf = [
  "don't know",
  'do not know',
  "doesn't know",
  'no idea',
  'not sure',
  "haven't told",
  'have not told',
  "didn't tell",
  'did not tell',
  'never told',
  'not told',
  "haven't mentioned",
  'have not mentioned',
  "didn't mention",
  'did not mention',
  'never mentioned',
  'not mentioned',
  "haven't said",
  "didn't say",
  "haven't shared",
  "didn't share",
  "don't have",
  'do not have',
  "don't remember",
  'do not remember',
  "don't recall",
  "can't find",
  'cannot find',
  "couldn't find",
  'no record',
  'nothing about',
  'nothing on',
  'not aware',
  "i'm not aware",
  'not that i know',
  "not that you've told",
  'none that i know',
  'unknown',
  "haven't heard",
  "don't see",
  'no information',
  'not in my memor*',
];

/** A "no" to a yes/no question, looked for in the reply's first sentence (see `no()`). */
export const NO: AnyOf = [
  'no',
  'nope',
  'not',
  "don't",
  'do not',
  "doesn't",
  'does not',
  "aren't",
  'are not',
  "isn't",
  "wasn't",
  'never',
  'no longer',
  'anymore',
  "can't stand",
  'dislike*',
  'hate*',
  'stopped',
  'quit',
  'gave up',
];

/** A "yes" to a yes/no question. */
export const YES: AnyOf = ['yes', 'yep', 'yeah', 'indeed', 'of course', 'you do', 'you like', 'you love', 'you enjoy', 'big fan'];

/**
 * Phrases that are wrong when the value *was* given: the model claims not to know it. Narrower
 * than NOT_KNOWN so that a right answer with a side remark ("you're 34, not sure about the
 * exact date") is not punished.
 */
export const DONT_KNOW: string[] = [
  "don't know",
  'do not know',
  'no idea',
  "haven't told me",
  'have not told me',
  "didn't tell me",
  'did not tell me',
  "haven't mentioned",
  "can't find",
  'no record',
];

/** "Nothing yet" for "what have I tried so far?" in a ticket where nothing was tried. */
export const NOTHING_YET: AnyOf = [...NOT_KNOWN, 'nothing', 'not yet', "haven't tried", 'have not tried', 'no steps', 'none yet', 'not tried'];

/** The shared lists by name, for short failure lines (NOTHING_YET extends NOT_KNOWN: longest first). */
const SHARED_LISTS: Array<[string, AnyOf]> = [
  ['NOTHING_YET', NOTHING_YET],
  ['NOT_KNOWN', NOT_KNOWN],
  ['NO', NO],
  ['YES', YES],
];

// ---------------------------------------------------------------------------------------------
// Builders, so the persona files read as "known / unknown / no / yes" plus their values.

/** The value was told: the reply must contain each group and must not claim ignorance. `stale`: values that are wrong now. */
export function known(must: AnyOf[], stale: string[] = []): Expectation {
  return { must, mustNot: [...stale, ...DONT_KNOW] };
}

/** Never told: the reply must admit it and must not contain any of `invented` (values a wrong answer would use). */
export function unknown(invented: string[] = []): Expectation {
  return { must: [NOT_KNOWN], mustNot: invented };
}

/**
 * A yes/no question whose answer is no. `accept`: answers that say no without a no-word ("do I
 * eat meat?" → "you're vegan"); `also`: more groups the reply must contain; `stale`: wrong
 * values. "not sure" and "haven't told" are wrong here too: NO accepts "not", which they contain
 * or sit next to.
 */
export function no(options: { accept?: string[]; also?: AnyOf[]; stale?: string[] } = {}): Expectation {
  const answer = options.accept?.length ? [...NO, ...options.accept] : NO;
  return { first: [answer], must: options.also ?? [], mustNot: ['yes', ...(options.stale ?? []), ...DONT_KNOW, 'not sure', "haven't told", "didn't tell"] };
}

/** A yes/no question whose answer is yes (in the first sentence, like a no). */
export function yes(also: AnyOf[] = []): Expectation {
  return { first: [YES], must: also, mustNot: DONT_KNOW };
}
