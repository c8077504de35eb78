/**
 * Applies what a message withdrew to the facts already known. The extractor reads one message
 * at a time and cannot know that "sushi" is today's favourite food; given the current facts,
 * this turns "withdraw sushi", "switched to tea" and "replace what I drive" into the keys to
 * remove, so no contradiction is left standing.
 */
import { categoriesOf } from '../concepts';
import { contentTerms, lemmaSet } from '../terms';
import type { Fact, FactUpdate } from './types';

/** Facts that state something positive about a thing (and so can be withdrawn). */
function withdrawable(fact: Fact): boolean {
  if (fact.attribute === 'likes' || fact.attribute === 'favourite') return true;
  return fact.attribute === 'about' && !isNegative(fact.text);
}

/** "User does not eat sushi anymore": a statement that already says no. */
export function isNegative(text: string): boolean {
  return /\b(?:not|never|no longer|nor|stopped|quit|gave up|given up|giving up|used to|dislikes?|hates?|loathes?|detests?|can['’]?t stand|cannot stand|worst|awful|terrible|horrible|nasty|disgusting|no|left|resigned|handed in|notice|sold|gone|gave away|got rid of|lost|ended|over)\b/i.test(text) || /n['’]t\b/i.test(text);
}

/** Words that say when or how much, never what a statement is about ("bought it 2 weeks ago"). */
const NOT_A_THING = new Set(['week', 'day', 'month', 'year', 'time', 'minute', 'hour', 'morning', 'evening', 'night', 'weekend', 'ago', 'thing', 'stuff', 'lot', 'bit', 'way', 'anything', 'everything', 'nothing', 'something']);

/** What the fact is about, as lemmas ("User's favourite food is sushi" → sushi; the category word is left out). */
function thingsOf(fact: Fact): Set<string> {
  if (fact.attribute !== 'about') return lemmaSet(fact.value);
  // An open statement is about what it names, not about when it happened.
  return new Set(contentTerms(fact.text).filter((t) => (t.kind === 'noun' || t.kind === 'name' || t.kind === 'adjective') && !NOT_A_THING.has(t.lemma)).map((t) => t.lemma));
}

/** Every key the update removes, given the facts known before it (keys it sets are never removed). */
export function keysToRemove(existing: Iterable<Fact>, update: FactUpdate): string[] {
  const setting = new Set(update.set.map((f) => f.key));
  const remove = new Set(update.remove.filter((k) => !setting.has(k)));
  const withdraw = new Set(update.withdraw ?? []);
  for (const fact of existing) {
    if (setting.has(fact.key) || remove.has(fact.key)) continue;
    if (update.replacePrefix?.some((prefix) => fact.key.startsWith(prefix))) {
      remove.add(fact.key);
      continue;
    }
    if (!withdrawable(fact)) continue;
    const things = thingsOf(fact);
    if ([...withdraw].some((thing) => things.has(thing))) {
      remove.add(fact.key);
      continue;
    }
    for (const { category, keep } of update.switchTo ?? []) {
      if (!things.has(keep) && [...things].some((t) => categoriesOf(t).has(category))) remove.add(fact.key);
    }
  }
  return [...remove];
}
