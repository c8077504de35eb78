/**
 * Whether a sentence opens like a question. Chat drops question marks ("where do i work") and
 * subjects ("is a MacBook Pro M3", "have tried rebooting", "did a factory reset"), so an
 * auxiliary at the start asks only when a subject follows it ("is it …", "do you …", "have I …").
 */
import nlp from './compromise';

const WH = /^(?:what|what's|whats|wat|wats|where|where's|who|who's|whom|whose|when|why|how|which)\b/i;
const AUX = /^(?:do|does|did|is|are|am|was|were|can|could|would|will|should|shall|may|might|have|has|had)\b(?!['’]t\b|n['’]t\b)\s*([^\s,.;:!?]*)/i;
/** Words after an auxiliary that mean its subject was dropped: "is a …", "has been …", "do not …". */
const DROPPED_SUBJECT = new Set(['a', 'an', 'been', 'already', 'just', 'also', 'still', 'not', 'always', 'never', 'really', 'only', 'now', 'currently', 'definitely']);

/** True when the sentence starts the way a question does (see the file comment). */
export function opensQuestion(sentence: string): boolean {
  const s = sentence.trim().replace(/^[\s,;:.!-]+/, '');
  if (WH.test(s)) return true;
  const m = AUX.exec(s);
  if (!m) return false;
  const next = m[1].toLowerCase();
  if (!next) return true;
  if (DROPPED_SUBJECT.has(next) || /^\d/.test(next)) return false;
  // "is crashing again", "have tried everything": a verb right after it, no subject between.
  return !nlp(next).has('(#PastTense|#Gerund|#Participle)');
}
