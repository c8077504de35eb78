/** Deterministic benchmark data: memories, queries, chat turns and agent definitions. */
import { preferencesDemo } from '../demos/preferences';
import type { DemoAgentDefinition } from '../server/src/demo-definition';
import type { MemoryKind, MemoryRecord, MemoryScope } from '../server/src/memory/types';

/** A small seeded PRNG (mulberry32), so every run searches the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['I', 'My sister', 'My manager', 'Our team', 'My friend Sam', 'The landlord', 'My dentist', 'The kids'];
const VERBS = ['booked', 'cancelled', 'talked about', 'asked about', 'liked', 'complained about', 'planned', 'forgot'];
const OBJECTS = [
  'a trip to Lisbon', 'the sushi place downtown', 'a vegetarian cookbook', 'the quarterly report', 'hiking in the Alps',
  'the Seattle office', 'a jazz concert', 'gluten free pasta', 'the ticket 12345 outage', 'a new laptop', 'the weather in Paris',
  'a yoga class', 'the dentist appointment', 'our anniversary dinner', 'a marathon in Berlin', 'the garden project',
  'a Python workshop', 'the Redis migration', 'coffee beans from Kenya', 'the train to Porto',
];
const WHEN = ['yesterday', 'last week', 'this morning', 'on Friday', 'in March', 'after lunch', 'twice already', 'again'];

/** `count` memories of one scope: sentences built from a fixed vocabulary, ~10% facts, ids stable. */
export function syntheticMemories(scope: MemoryScope, count: number, label: string, seed = 42): MemoryRecord[] {
  const rnd = prng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const kind: MemoryKind = i % 10 === 0 ? 'fact' : 'message';
    return {
      ...scope,
      id: `${label}_${i}`,
      kind,
      role: 'user',
      content: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(WHEN)}.`,
      createdAt: start + i * 60_000,
      ...(kind === 'fact' ? { factKey: `bench:${i}` } : {}),
    };
  });
}

/** Questions asked of the memories (each shares some words with them, as a real turn does). */
export const SEARCH_QUERIES = [
  'what did I say about Lisbon?',
  'recommend a restaurant, I like sushi',
  'when is the dentist appointment',
  'status of ticket 12345',
  'any plans for the weekend hiking',
  'what do you know about my manager',
  'coffee or tea',
  'the Redis migration report',
];

/**
 * One attendee's conversation, cycled: facts, questions about them, a tool call (weather), a
 * recommendation, a recall — the paths the offline model and the memory provider take in a workshop.
 */
export const TURN_SCRIPT = [
  "Hi, I'm Alice and I live in Seattle.",
  "I'm vegetarian and I love sushi.",
  'What do you know about me?',
  "What's the weather in Paris?",
  'Recommend a restaurant for tonight.',
  'What did I say about sushi?',
  'Where do I live?',
  'Remember that my favourite color is green.',
];

/** The preferences demo's assistant with its keys moved under `prefix` (memory and history). */
export function benchAgent(prefix: string): DemoAgentDefinition {
  const base = preferencesDemo.agents[0];
  return {
    ...base,
    memory: { ...base.memory, indexName: `${prefix}_idx`, prefix: `${prefix}_mem` },
    history: { ...base.history, keyPrefix: `${prefix}_chat` },
  };
}
