/**
 * Memory hygiene over a long, ordinary conversation (the preferences demo, HTTP API): after 50
 * turns of greetings, thanks, questions, requests, statements, restatements and a move to a new
 * city, long-term memory holds what the attendee *said about themselves* — not their questions,
 * not their small talk, not the agent's replies — and what a turn injects has no near-duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

interface WireMemory {
  id: string;
  kind: 'fact' | 'message' | 'tool';
  text: string;
  role?: string;
}
interface MemoryUsed {
  id: string;
  text: string;
  score: number;
  kind?: string;
}

/** The city the attendee lived in before "actually I moved to Denver". */
const OLD_CITY = 'Lisbon';
const NEW_CITY = 'Denver';

/**
 * One attendee, five threads (five visits), 50 turns, written the way people chat. The old city
 * is only ever *stated* (never asked about), so the only memories that could mention it are the
 * statements the move must retire.
 */
const CONVERSATION: Array<[thread: string, text: string]> = [
  // Monday
  ['hygiene_mon', 'hi'],
  ['hygiene_mon', "I'm Priya, nice to meet you"],
  ['hygiene_mon', `I live in ${OLD_CITY}`],
  ['hygiene_mon', "what's the weather like in Paris today?"],
  ['hygiene_mon', 'thanks!'],
  ['hygiene_mon', "I'm vegetarian"],
  ['hygiene_mon', 'can you recommend a restaurant for tonight?'],
  ['hygiene_mon', 'ok cool'],
  ['hygiene_mon', 'My favourite cuisine is Thai.'],
  ['hygiene_mon', 'bye'],
  // Tuesday
  ['hygiene_tue', 'hey'],
  ['hygiene_tue', "what's my name?"],
  ['hygiene_tue', 'where do I live?'],
  ['hygiene_tue', 'I work as a nurse'],
  ['hygiene_tue', "I'm vegetarian, by the way"],
  ['hygiene_tue', 'thanks'],
  ['hygiene_tue', 'do you know what I do for work?'],
  ['hygiene_tue', 'I have a cat named Miso'],
  ['hygiene_tue', 'lol'],
  ['hygiene_tue', 'What is the weather in Paris?'],
  // Wednesday: the move
  ['hygiene_wed', 'good morning'],
  ['hygiene_wed', `actually I moved to ${NEW_CITY}`],
  ['hygiene_wed', 'where do I live now?'],
  ['hygiene_wed', "I'm allergic to peanuts"],
  ['hygiene_wed', 'recommend a restaurant near me'],
  ['hygiene_wed', 'great, thank you so much'],
  ['hygiene_wed', `I live in ${NEW_CITY} now`],
  ['hygiene_wed', 'My favourite cuisine is Thai.'],
  ['hygiene_wed', 'how are you today?'],
  ['hygiene_wed', 'ok'],
  // Thursday
  ['hygiene_thu', 'hello again'],
  ['hygiene_thu', 'what do you know about me?'],
  ['hygiene_thu', 'I love hiking on weekends'],
  ['hygiene_thu', 'nice'],
  ['hygiene_thu', 'who am I?'],
  ['hygiene_thu', 'is it going to rain tomorrow?'],
  ['hygiene_thu', "I'm still vegetarian"],
  ['hygiene_thu', 'any restaurant suggestions for a date night?'],
  ['hygiene_thu', 'sounds good'],
  ['hygiene_thu', 'I work night shifts at the hospital'],
  // Friday
  ['hygiene_fri', 'hi!'],
  ['hygiene_fri', "what's my favourite cuisine?"],
  ['hygiene_fri', "I'm Priya"],
  ['hygiene_fri', "remember that my sister's birthday is on June 3"],
  ['hygiene_fri', 'thanks a lot'],
  ['hygiene_fri', `what's the weather like in ${NEW_CITY}?`],
  ['hygiene_fri', 'cool'],
  ['hygiene_fri', 'I love hiking'],
  ['hygiene_fri', 'what am I allergic to?'],
  ['hygiene_fri', 'see you later'],
];

/** Questions asked afterwards, each in a thread of its own. */
const PROBES = ['what do you know about me?', 'can you recommend a restaurant?', 'where do I live?', "what's my name?", 'what do I eat?', 'what do I do for a living?'];

const QUESTION_START = /^(what|what's|whats|where|where's|who|who's|whom|whose|when|why|how|how's|which|do|does|did|can|could|will|would|should|is|are|am|was|were|have|has|any|anything)\b/i;
/** Words of a message that only greets, thanks, reacts or signs off. */
const CHATTER = new Set(
  'hi hello hey hiya yo good morning evening afternoon night again ok okay k cool great nice thanks thank you so much a lot thx cheers bye goodbye see later ya lol haha sounds awesome perfect sure yes yeah no nope fine alright right got it'.split(' '),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?\s*$/.test(t) || QUESTION_START.test(t);
}

function isChatter(text: string): boolean {
  const w = words(text);
  return w.length > 0 && w.every((x) => CHATTER.has(x));
}

/** Pleasantries that have no place inside a curated fact ("User is Priya, nice to meet you."). */
const PLEASANTRIES = /\b(nice to meet you|sounds good|thank(s| you)|by the way|see you|good morning)\b/i;

/** A fact's claim without its "User"/"User's"/"User is" lead: "User sounds good." → "sounds good". */
function factClaim(text: string): string {
  return text.replace(/^user(['’]s)?\s+(is\s+|are\s+)?/i, '');
}

/** The words of a memory text for comparison: lowercase, no punctuation, no leading "user"/"user's". */
function wordSet(text: string): Set<string> {
  const w = words(text);
  if (w[0] === 'user' || w[0] === 'users') w.shift();
  return new Set(w);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / union.size;
}

/** Pairs of entries whose texts are near-duplicates (Jaccard of word sets ≥ 0.8). */
function nearDuplicates(texts: string[]): Array<[string, string, number]> {
  const pairs: Array<[string, string, number]> = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const score = jaccard(wordSet(texts[i]), wordSet(texts[j]));
      if (score >= 0.8) pairs.push([texts[i], texts[j], Number(score.toFixed(2))]);
    }
  }
  return pairs;
}

let server: WorkshopServer;
let priya: Attendee;
/** Every reply text the agent gave during the 50 turns. */
const replies: string[] = [];
let memories: WireMemory[] = [];

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'] });
  priya = new Attendee(server.url('preferences'));
  for (const [thread, text] of CONVERSATION) {
    const res = await priya.post(`/api/threads/${thread}/messages`, { text });
    if (res.status !== 200) throw new Error(`turn ${JSON.stringify(text)} answered ${res.status}: ${JSON.stringify(res.body)}`);
    replies.push(res.body.reply.text);
  }
  const list = await priya.get('/api/memories');
  if (list.status !== 200) throw new Error(`GET /api/memories answered ${list.status}: ${JSON.stringify(list.body)}`);
  memories = list.body.items;
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe('memory hygiene after a 50-turn conversation', () => {
  it('ran 50 turns across several threads', () => {
    expect(CONVERSATION).toHaveLength(50);
    expect(new Set(CONVERSATION.map(([thread]) => thread)).size).toBeGreaterThanOrEqual(4);
    expect(replies).toHaveLength(50);
  });

  it('keeps no questions, greetings, thanks, acknowledgements or assistant replies', () => {
    const summary = memories.map((m) => `${m.kind}/${m.role ?? '-'}: ${m.text}`);
    const questions = memories.filter((m) => m.kind !== 'tool' && isQuestion(m.text));
    expect(questions.map((m) => m.text), `questions stored as memories:\n${summary.join('\n')}`).toEqual([]);
    const chatter = memories.filter((m) => isChatter(m.text) || (m.kind === 'fact' && (isChatter(factClaim(m.text)) || PLEASANTRIES.test(m.text))));
    expect(chatter.map((m) => m.text), `small talk stored as memories:\n${summary.join('\n')}`).toEqual([]);
    const assistant = memories.filter((m) => m.role === 'assistant');
    expect(assistant.map((m) => m.text), 'memories with role assistant').toEqual([]);
    // Also by text, in case a reply was stored under another role.
    const replyTexts = new Set(replies.map((r) => r.trim()));
    const echoed = memories.filter((m) => replyTexts.has(m.text.trim()));
    expect(echoed.map((m) => m.text), 'assistant reply texts stored as memories').toEqual([]);
    // What was said about the attendee is there.
    const all = memories.map((m) => m.text).join('\n');
    for (const known of ['Priya', NEW_CITY, /vegetarian/i, /Thai/, /nurse/, /Miso/, /peanut/i, /hiking/i]) expect(all).toMatch(known);
  });

  it('holds far fewer memories than turns', () => {
    console.log(`[memory-hygiene] ${memories.length} memories after ${CONVERSATION.length} turns (${memories.filter((m) => m.kind === 'fact').length} facts, ${memories.filter((m) => m.kind === 'message').length} messages, ${memories.filter((m) => m.kind === 'tool').length} tool results)`);
    console.log(memories.map((m) => `  ${m.kind}/${m.role ?? '-'}: ${m.text}`).join('\n'));
    // About 17 of the 50 turns state something and 4 ask for the weather: a statement may keep
    // its message and its fact, so ~30 is what a tidy memory holds; 50 would be "everything".
    expect(memories.length).toBeLessThanOrEqual(CONVERSATION.length * 0.6);
    expect(new Set(memories.map((m) => m.id)).size).toBe(memories.length);
  });

  it('holds no two memories with the same text', () => {
    const seen = new Map<string, number>();
    for (const m of memories) {
      const key = `${m.kind}: ${m.text.trim().toLowerCase()}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1).map(([text, n]) => `${n}× ${text}`)).toEqual([]);
  });

  it(`retires the old city after "actually I moved to ${NEW_CITY}"`, () => {
    const stale = memories.filter((m) => m.text.includes(OLD_CITY));
    expect(stale.map((m) => `${m.kind}: ${m.text}`)).toEqual([]);
  });

  it('injects no near-duplicates and nothing twice when asked in new threads', async () => {
    let maxUsed = 0;
    for (const [i, question] of PROBES.entries()) {
      const res = await priya.post(`/api/threads/hygiene_probe_${i}/messages`, { text: question });
      expect(res.status).toBe(200);
      const used: MemoryUsed[] = res.body.memoriesUsed;
      maxUsed = Math.max(maxUsed, used.length);
      const texts = used.map((m) => m.text);
      const detail = `${question} → reply ${JSON.stringify(res.body.reply.text)}; memoriesUsed:\n${texts.join('\n')}`;
      expect(new Set(used.map((m) => m.id)).size, `an id repeated: ${detail}`).toBe(used.length);
      expect(new Set(texts.map((t) => t.trim().toLowerCase())).size, `a text repeated: ${detail}`).toBe(texts.length);
      expect(nearDuplicates(texts), `near-duplicates: ${detail}`).toEqual([]);
      expect(texts.filter((t) => t.includes(OLD_CITY)), `old city used: ${detail}`).toEqual([]);
      if (question === 'where do I live?') {
        expect(res.body.reply.text).toContain(NEW_CITY);
        expect(res.body.reply.text).not.toContain(OLD_CITY);
      }
    }
    console.log(`[memory-hygiene] max memoriesUsed length over ${PROBES.length} questions: ${maxUsed}`);
    // The questions asked in the probe threads added no memories either.
    const after = (await priya.get('/api/memories')).body.items as WireMemory[];
    expect(after.map((m) => m.text).sort()).toEqual(memories.map((m) => m.text).sort());
  });
});
