/**
 * Any question about the user that no named slot answers ("what instrument do I play?", "how
 * old is my son?", "do I have pets?") is answered from what the user said: the facts the
 * model was given and the user's own statements among the memories and this conversation.
 * The best matching statements are quoted back in the second person, saying they are what the
 * answer rests on. Nothing matching → undefined, and the caller says it was not told.
 */
import nlp from '../../nlp/compromise';
import { isNegative } from '../../nlp/facts/resolve';
import { isInformative } from '../../nlp/informative';
import { toSecondPerson } from '../../nlp/person';
import { asksAge, matchScore, questionShape } from '../../nlp/statement-match';
import type { FactExtractor } from '../../nlp/facts/types';
import type { FactMap } from './known-facts';
import { listing } from './phrases';
import type { RequestView } from './request-view';

/** Below this share of the question's words a statement is not an answer. */
const MIN_SCORE = 0.6;

interface Candidate {
  text: string;
  /** Facts rank above raw statements that say the same; newer above older. */
  fact: boolean;
  order: number;
}

/** True for a question about the user ("what's my …", "do I …", "how old is my son"). */
export function isQuestionAboutUser(text: string): boolean {
  const t = text.trim();
  const doc = nlp(t.toLowerCase());
  const asks = /\?\s*$/.test(t) || doc.has('^(what|who|whom|whose|where|when|why|how|which|is|are|am|do|does|did|can|could|have|has|was|were|tell me|remind me|any)');
  return asks && doc.has('(i|my|me|mine|myself|we|our)') && !doc.has('^(can|could|would|will) you (please)? #Verb') ;
}

/**
 * The statements to search: every known fact, then the user's own messages that no fact stands
 * for. A message that yields facts is left out: its facts are in `facts` if they still hold, and
 * if one is missing it was withdrawn ("I'm vegetarian" before "I eat meat again").
 */
function candidates(view: RequestView, facts: FactMap, question: string, extractor: FactExtractor): Candidate[] {
  const out: Candidate[] = [];
  let order = 0;
  for (const fact of facts.values()) out.push({ text: fact.attribute === 'note' ? fact.value : fact.text, fact: true, order: order++ });
  const userLines = [
    ...view.memories.filter(({ record }) => record.kind === 'message' && record.role === 'user').map(({ record }) => ({ at: record.createdAt, text: record.content })),
    ...view.history.filter((m) => m.role === 'user').map((m, i) => ({ at: Number.MAX_SAFE_INTEGER - 1000 + i, text: m.text })),
  ].sort((a, b) => a.at - b.at);
  for (const line of userLines) {
    if (line.text.trim() === question.trim() || !isInformative(line.text) || extractor.extract(line.text).set.length > 0) continue;
    out.push({ text: line.text, fact: false, order: order++ });
  }
  return out;
}

/** "You told me you play the cello." / "No — you told me you do not eat sushi anymore." */
export function answerFromMemory(question: string, view: RequestView, facts: FactMap, extractor: FactExtractor): string | undefined {
  const shape = questionShape(question);
  if (asksAge(question)) {
    const age = facts.get('about:age');
    return age ? `You told me ${toSecondPerson(age.text).replace(/[.!]+$/, '')}.` : undefined;
  }
  if (shape.terms.length === 0) return undefined;
  const scored = candidates(view, facts, question, extractor)
    .map((c) => ({ ...c, score: matchScore(shape, c.text) }))
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || Number(isNegative(a.text)) - Number(isNegative(b.text)) || Number(b.fact) - Number(a.fact) || b.order - a.order);
  if (scored.length === 0) return undefined;
  const best = scored[0];
  // A second statement only when it is as good and says something else ("two kids: Leo is 7, Mia 4");
  // what the user no longer does is no answer to what they do.
  const chosen = [best];
  for (const c of scored.slice(1)) {
    if (chosen.length >= 3 || c.score < best.score) break;
    if (!shape.yesNo && isNegative(c.text) && !isNegative(best.text)) continue;
    const phrase = toSecondPerson(c.text);
    if (chosen.every((x) => toSecondPerson(x.text).toLowerCase() !== phrase.toLowerCase())) chosen.push(c);
  }
  const phrases = chosen.map((c) => toSecondPerson(c.text).replace(/[.!]+$/, ''));
  const basis = `you told me ${listing(phrases)}.`;
  if (!shape.yesNo) return `${basis.charAt(0).toUpperCase()}${basis.slice(1)}`;
  return isNegative(best.text) ? `No — ${basis}` : `Yes — ${basis}`;
}
