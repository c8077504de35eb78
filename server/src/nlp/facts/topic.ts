/**
 * The topic of an open-ended statement about the user, used as its fact key: a new statement on
 * the same topic replaces the old one, as a new value replaces the old in a slot. "User plays
 * the cello." and "User does not play the cello anymore." share `play:cello`; "User's son Leo
 * is 7." is `my:son`; "User is 34." is `age`.
 */
import { contentTerms } from '../terms';

/** Copular and possessive verbs that separate "User's brother" from what is said of him. */
const POSSESSIVE_SPLIT = /^user['’]s\s+(.+?)\s+(?:is|are|was|were|has|have|had|does|do|did|goes|lives|works|plays|loves|likes|can|will|just|turned|turns|called|named)\b/i;

/** `play:cello`, `my:son`, `age`, or '' when the statement names nothing. */
export function topicKey(thirdPersonText: string): string {
  const text = thirdPersonText.replace(/\s+/g, ' ').trim();
  const possessive = text.match(POSSESSIVE_SPLIT);
  if (possessive || /^user['’]s\s/i.test(text)) {
    const head = possessive ? possessive[1] : text.replace(/^user['’]s\s+/i, '');
    const nouns = contentTerms(head).filter((t) => t.kind === 'noun');
    const noun = nouns[0]?.lemma ?? contentTerms(head)[0]?.lemma;
    return noun ? `my:${noun}` : '';
  }
  if (/^user (?:is|was|turned|turns|will be) (?:now |just |only )?\d{1,3}\b(?! (?:kg|cm|km|miles|kilos|pounds|lbs|percent|%))/i.test(text)) return 'age';
  const terms = contentTerms(text.replace(/^user\s+/i, 'I '), { keepWeakVerbs: true });
  const verbAt = terms.findIndex((t) => t.kind === 'verb');
  const verb = verbAt >= 0 ? terms[verbAt].lemma : 'be';
  const after = verbAt >= 0 ? terms.slice(verbAt + 1) : terms;
  const object = after.find((t) => t.kind === 'noun' || t.kind === 'name') ?? after.find((t) => t.kind === 'adjective');
  const hasNumber = after.some((t) => t.kind === 'number');
  if (verb === 'be' && hasNumber && (!object || ['year', 'old'].includes(object.lemma))) return 'age';
  if (verb === 'turn' && hasNumber && !object) return 'age';
  if (object) return `${verb}:${object.lemma}`;
  return verbAt >= 0 ? verb : '';
}
