/**
 * What the offline model knows about the user: only what it was given. Facts come from the
 * fact memories (or, without any, from the user's own messages among the memories) and from
 * this conversation, applied oldest first so a correction wins over what it corrects.
 */
import { parseFactText } from '../../nlp/facts/fact-text';
import { keysToRemove } from '../../nlp/facts/resolve';
import type { Fact, FactExtractor, FactUpdate } from '../../nlp/facts/types';
import type { RequestView } from './request-view';

/** Facts by key (`name`, `likes:sushi`, …). */
export type FactMap = Map<string, Fact>;

/** Applies one message's update; what it withdrew is resolved against the facts known so far. */
export function applyUpdate(facts: FactMap, update: FactUpdate): void {
  for (const key of keysToRemove(facts.values(), update)) facts.delete(key);
  for (const fact of update.set) facts.set(fact.key, fact);
}

/**
 * The facts known before the current user message. Raw user messages among the memories are
 * read only when there are no curated fact memories: with facts present, an old message
 * ("I'm vegetarian") may state something the user has since withdrawn.
 */
export function knownFacts(view: RequestView, extractor: FactExtractor): FactMap {
  const updates: Array<{ at: number; order: number; update: FactUpdate }> = [];
  const curated = view.memories.some(({ record }) => record.kind === 'fact');
  view.memories.forEach(({ record }, order) => {
    if (record.kind === 'fact') {
      // A fact edited into free text is no longer a canonical sentence; it is skipped rather than guessed at.
      const fact = parseFactText(record.content);
      if (fact) updates.push({ at: record.createdAt, order, update: { set: [fact], remove: [] } });
    } else if (!curated && record.kind === 'message' && record.role === 'user') {
      updates.push({ at: record.createdAt, order, update: extractor.extract(record.content) });
    }
  });
  updates.sort((a, b) => a.at - b.at || a.order - b.order);
  const facts: FactMap = new Map();
  for (const { update } of updates) applyUpdate(facts, update);
  for (const message of view.history) {
    if (message.role === 'user') applyUpdate(facts, extractor.extract(message.text));
  }
  return facts;
}

/** Facts of one attribute, in insertion order. */
export function factsOf(facts: FactMap, attribute: Fact['attribute']): Fact[] {
  return [...facts.values()].filter((f) => f.attribute === attribute);
}
