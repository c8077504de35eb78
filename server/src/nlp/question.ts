/**
 * Whether a sentence opens like a question. Chat drops question marks ("where do i work") and
 * subjects ("is a MacBook Pro M3", "have tried rebooting", "did a factory reset"), so an
 * auxiliary at the start asks only when a subject follows it ("is it …", "do you …", "have I …").
 */
import nlp from './compromise';

const WH = /^(?:what|what's|whats|wat|wats|whereabouts|where|where's|who|who's|whom|whose|when|why|how|which)\b/i;
const AUX = /^(?:do|does|did|is|are|am|was|were|can|could|would|will|should|shall|may|might|have|has|had)\b(?!['’]t\b|n['’]t\b)\s*([^\s,.;:!?]*)/i;
/** Words after an auxiliary that mean its subject was dropped: "is a …", "has been …", "do not …". */
const DROPPED_SUBJECT = new Set(['a', 'an', 'been', 'already', 'just', 'also', 'still', 'not', 'always', 'never', 'really', 'only', 'now', 'currently', 'definitely']);

/** True when the sentence starts the way a question does (see the file comment). */
export function opensQuestion(sentence: string): boolean {
  const s = sentence.trim().replace(/^[\s,;:.!-]+/, '');
  // "When this happens, the light flashes orange": a time clause before the statement it qualifies.
  if (/^(?:when|where|how)\s+(?!(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|am|many|much|long|old|often|far)\b)[^,?]+,\s*\S[^?]*$/i.test(s)) return false;
  if (WH.test(s)) return true;
  const m = AUX.exec(s);
  if (!m) return false;
  const next = m[1].toLowerCase();
  if (!next) return true;
  if (DROPPED_SUBJECT.has(next) || /^\d/.test(next)) return false;
  // "is crashing again", "have tried everything": a verb right after it, no subject between.
  return !nlp(next).has('(#PastTense|#Gerund|#Participle)');
}

/** Words that report a question rather than ask one: "I know what time it is", "not sure which day". */
const REPORTING = /\b(?:know|knew|wonder(?:ing)?|sure|decide[ds]?|deciding|idea|remember|forgot|forget|understand|tell you|told you|asked|ask|care|matter|see|check(?:ing)?|find out|figure out|guess)\s+(?:\w+\s+)?(?:which|what|who|when|where|how)\b/i;
const BE = '(?:is|are|was|were)';
const FILLER = '(?:\\s+(?:now|again|please|rn|exactly|then|today|currently|at present|these days|right now|at the moment))*';
/** "my manager is who", "the go-live date is when now", "team strength is how much". */
const WH_LAST = new RegExp(`^(.+?)\\s+${BE}\\s+(who|what|when|where|how much|how many|how old|how long|which one)(${FILLER})\\s*$`, 'i');
/** "the project is for which client", "planning is on which day and what time". */
const WH_AFTER_PREP = new RegExp(`^(.+?)\\s+(${BE}|\\w+s)\\s+(?:((?:due\\s+)?(?:on|at|in|for|by|from|until|till|to|with)|due)\\s+)?(which|what)\\s+(?!(?:i|you|he|she|we|they|it|my|your)\\b)([\\p{L}\\p{N}-]+)(.*)$`, 'iu');
/** "from which town I come", "until when the dashboard must be ready". */
const PREP_FIRST = /^(until|till|since|by|from|on|in|at|for|with|to)\s+(when|where|which|what|who|whom)\b(.*)$/i;

function bare(sentence: string): string {
  return sentence.trim().replace(/^[\s,;:.!-]+/, '').replace(/[\s?.!]+$/, '').replace(/,?\s*(?:please confirm|please|pls|confirm)$/i, '');
}

/**
 * A question asked with the question word where the answer goes, as many speakers of Indian,
 * Nigerian and learners' English do ("my reporting manager is who", "sprint ends what day",
 * "from which town I come"). Reported questions ("I know what time it is") are statements.
 */
export function asksInPlace(sentence: string): boolean {
  const s = bare(sentence);
  if (!s || WH.test(s) || REPORTING.test(s)) return false;
  if (/^whereabouts\b/i.test(s)) return true;
  if (PREP_FIRST.test(s) || WH_LAST.test(s)) return true;
  const m = WH_AFTER_PREP.exec(s);
  // "it ends what day": the word before the question word is a verb or a preposition, never a noun ("the day which").
  return Boolean(m && (m[3] || new RegExp(`^${BE}$`, 'i').test(m[2]) || nlp(m[2]).has('#Verb')));
}

/** The same question in the usual order, question word first: "my manager is who" → "who is my manager?". */
export function frontedQuestion(sentence: string): string {
  const s = bare(sentence);
  if (/^whereabouts\b/i.test(s)) return `${s.replace(/^whereabouts/i, 'where')}?`;
  if (!asksInPlace(s)) return sentence;
  let m = PREP_FIRST.exec(s);
  if (m) return `${m[2]}${m[3]} ${m[1]}?`.replace(/\s+/g, ' ');
  m = WH_LAST.exec(s);
  if (m) return `${m[2]} ${s.match(new RegExp(`\\s${BE}\\s`, 'i'))![0].trim()} ${m[1]}${m[3]}?`;
  m = WH_AFTER_PREP.exec(s)!;
  const [, subject, verb, prep, wh, noun, rest] = m;
  return `${wh} ${noun} ${subject} ${verb}${prep ? ` ${prep}` : ''}${rest}?`.replace(/\s+/g, ' ');
}
