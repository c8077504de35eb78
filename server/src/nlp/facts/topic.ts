/**
 * The topic of an open-ended statement about the user, used as its fact key: a new statement on
 * the same topic replaces the old one, as a new value replaces the old in a slot. "User plays
 * the cello." and "User does not play the cello anymore." share `play:cello`; "User's son Leo
 * is 7." is `my:son`; "User is 34." is `age`.
 */
import { contentTerms } from '../terms';

/** Copular and possessive verbs that separate "User's brother" from what is said of him. */
const POSSESSIVE_SPLIT = /^user['’]s\s+(.+?)\s+(?:is|are|was|were|has|have|had|does|do|did|goes|lives|works|plays|loves|likes|can|will|just|turned|turns|called|named)\b/i;

/** Verbs that only say when something else began, went on or ended. */
const ASPECT_VERBS = new Set(['start', 'begin', 'stop', 'keep', 'continue', 'quit', 'finish', 'resume']);
/** "turned 30 last week": the time it happened, not what was turned. */
const WHEN_WORDS = new Set(['week', 'month', 'year', 'day', 'weekend', 'yesterday', 'today', 'birthday']);

/** Words for one role in someone's life, keyed as the first. */
const ROLES: string[][] = [
  ['boss', 'manager', 'supervisor', 'superior', 'gaffer', 'lead', 'head'],
  ['partner', 'wife', 'husband', 'spouse', 'girlfriend', 'boyfriend', 'fiance', 'fiancee'],
  ['mum', 'mom', 'mother', 'mama'],
  ['dad', 'father', 'papa'],
  ['doctor', 'gp', 'physician'],
];
function sameRole(noun: string): string {
  return ROLES.find((group) => group.includes(noun))?.[0] ?? noun;
}

/** `play:cello`, `my:son`, `age`, or '' when the statement names nothing. */
export function topicKey(thirdPersonText: string): string {
  const text = thirdPersonText.replace(/\s+/g, ' ').trim();
  const possessive = text.match(POSSESSIVE_SPLIT);
  if (possessive || /^user['’]s\s/i.test(text)) {
    const head = possessive ? possessive[1] : text.replace(/^user['’]s\s+/i, '');
    const nouns = contentTerms(head).filter((t) => t.kind === 'noun');
    const noun = nouns[0]?.lemma ?? contentTerms(head)[0]?.lemma;
    // "my boss" and "my manager" are one person: a new one replaces the old whichever word is used.
    return noun ? `my:${sameRole(noun)}` : '';
  }
  if (/^user (?:is|was|turned|turns|will be) (?:now |just |only )?\d{1,3}\b(?! (?:kg|cm|km|miles|kilos|pounds|lbs|percent|%))/i.test(text)) return 'age';
  const terms = contentTerms(text.replace(/^user\s+/i, 'I '), { keepWeakVerbs: true });
  // "started going to bed at 10": what the user started doing is the topic, not the starting.
  const first = terms.findIndex((t) => t.kind === 'verb');
  const aspect = first >= 0 && ASPECT_VERBS.has(terms[first].lemma) && terms[first + 1]?.kind === 'verb';
  const verbAt = aspect ? first + 1 : first;
  const verb = verbAt >= 0 ? terms[verbAt].lemma : 'be';
  const after = verbAt >= 0 ? terms.slice(verbAt + 1) : terms;
  const object = after.find((t) => t.kind === 'noun' || t.kind === 'name') ?? after.find((t) => t.kind === 'adjective');
  const hasNumber = after.some((t) => t.kind === 'number');
  if (verb === 'be' && hasNumber && (!object || ['year', 'old'].includes(object.lemma))) return 'age';
  if (verb === 'turn' && hasNumber && (!object || WHEN_WORDS.has(object.lemma))) return 'age';
  if (object) return `${verb}:${object.lemma}`;
  return verbAt >= 0 ? verb : '';
}
