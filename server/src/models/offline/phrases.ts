/** How the offline model talks about facts: second person, short, and honest about updates. */
import { LOCATION_ORIGIN } from '../../nlp/facts/fact-text';
import type { Fact, FactUpdate } from '../../nlp/facts/types';
import type { FactMap } from './known-facts';
import { toSecondPerson } from '../../nlp/person';

const ADJECTIVE_DIETS = new Set(['vegetarian', 'vegan', 'pescatarian', 'flexitarian']);

/** "you live in Paris", "your favourite color is blue", "you don't like mushrooms". */
export function youPhrase(fact: Fact): string {
  const v = fact.value;
  switch (fact.attribute) {
    case 'name':
      return `your name is ${v}`;
    case 'location':
      return fact.subject === LOCATION_ORIGIN ? `you're from ${v}` : `you live in ${v}`;
    case 'job':
      return `you work as ${/^[aeiou]/i.test(v) ? 'an' : 'a'} ${v}`;
    case 'employer':
      return `you work at ${v}`;
    case 'diet':
      return ADJECTIVE_DIETS.has(v.toLowerCase()) ? `you're ${v}` : `you follow a ${v} diet`;
    case 'allergy':
      return `you're allergic to ${v}`;
    case 'favourite':
      return `your favourite ${fact.subject} is ${v}`;
    case 'likes':
      return `you like ${v}`;
    case 'dislikes':
      return `you don't like ${v}`;
    case 'note':
      return `you asked me to remember: ${v}`;
    case 'about':
      return toSecondPerson(fact.text);
  }
}

/** A sentence from a phrase: capitalised, with a final period. */
export function sentence(phrase: string): string {
  const s = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** "a, b and c". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What an updated slot is called ("your location"). */
function slotName(fact: Fact): string {
  switch (fact.attribute) {
    case 'name':
      return 'your name';
    case 'location':
      return fact.subject === LOCATION_ORIGIN ? "where you're from" : 'where you live';
    case 'job':
      return 'your job';
    case 'employer':
      return 'your employer';
    case 'diet':
      return 'your diet';
    case 'favourite':
      return `your favourite ${fact.subject}`;
    case 'about':
      return 'that';
    default:
      return 'that';
  }
}

const OPPOSITE: Partial<Record<Fact['attribute'], Fact['attribute']>> = { likes: 'dislikes', dislikes: 'likes' };

/**
 * The acknowledgement of what one message changed, compared with what was known before:
 * new facts are confirmed, corrected ones are called updates (old → new), withdrawn ones
 * forgotten. Undefined when the message changed nothing.
 */
export function acknowledge(update: FactUpdate, before: FactMap): string | undefined {
  if (update.set.length === 0 && update.remove.length === 0) return undefined;
  const parts: string[] = [];
  const consumed = new Set<string>();
  const fresh: string[] = [];
  const same: string[] = [];
  let greeting: string | undefined;

  for (const fact of update.set) {
    const old = before.get(fact.key);
    const oppositeAttr = OPPOSITE[fact.attribute];
    const oppositeKey = oppositeAttr ? `${oppositeAttr}:${fact.key.slice(fact.key.indexOf(':') + 1)}` : undefined;
    const flipped = oppositeKey && update.remove.includes(oppositeKey) ? before.get(oppositeKey) : undefined;
    if (oppositeKey) consumed.add(oppositeKey);
    if (fact.attribute === 'name') {
      if (old && old.value !== fact.value) {
        greeting = `Got it, ${fact.value}! I've updated your name: ${old.value} → ${fact.value}.`;
      } else if (old) {
        greeting = `Yes, I know — your name is ${fact.value}.`;
      } else {
        greeting = `Nice to meet you, ${fact.value}!`;
      }
      continue;
    }
    if (fact.attribute === 'about' && old && old.text !== fact.text) {
      parts.push(`Got it — I've updated that: ${youPhrase(fact)}.`);
    } else if (flipped) {
      parts.push(`I've updated that: ${youPhrase(fact)} now — before, you told me you ${fact.attribute === 'likes' ? "didn't" : 'did'}.`);
    } else if (old && old.value !== fact.value) {
      parts.push(`I've updated ${slotName(fact)}: ${old.value} → ${fact.value}.`);
    } else if (old && old.subject === fact.subject) {
      same.push(youPhrase(fact));
    } else if (fact.attribute === 'note') {
      parts.push(`I'll remember that: ${fact.value}.`);
    } else {
      fresh.push(youPhrase(fact));
    }
  }
  if (fresh.length) parts.unshift(`I'll remember that ${listing(fresh)}.`);
  if (same.length) parts.push(`I already knew that ${listing(same)}.`);

  const forgotten: string[] = [];
  let unknownRemoval = false;
  for (const key of update.remove) {
    if (consumed.has(key)) continue;
    const old = before.get(key);
    if (old) forgotten.push(youPhrase(old));
    else unknownRemoval = true;
  }
  if (forgotten.length) parts.push(`Noted — I've forgotten that ${listing(forgotten)}.`);
  else if (unknownRemoval && parts.length === 0 && !greeting) parts.push("Got it, I'll keep that in mind.");

  return [greeting, ...parts].filter(Boolean).join(' ');
}
