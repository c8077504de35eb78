/**
 * What becomes a memory, and how a fact's life (stated, restated, replaced, withdrawn,
 * forgotten) carries the statements behind it — on the plain engine always, and on the query
 * engine when REDIS_SEARCH_URL names a server with the search module.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import type { ChatMessage } from '../history/types';
import { createMemoryEngine } from './engines';
import { RedisMemoryProvider } from './provider';
import type { MemoryProviderOptions } from './provider-options';
import type { MemoryEngine } from './types';

const searchUrl = inject('redisSearchUrl');
const engines: Array<['fallback' | 'redisearch', () => Redis]> = [['fallback', testClient]];
if (searchUrl) {
  const search = new Redis(searchUrl, { maxRetriesPerRequest: 1 });
  afterAll(() => search.quit().then(() => undefined, () => undefined));
  engines.push(['redisearch', () => search]);
} else {
  console.warn('!!! provider lifecycle on the query engine SKIPPED: set REDIS_SEARCH_URL to run it too');
}

function message(role: ChatMessage['role'], text: string): ChatMessage {
  return { id: randomUUID(), role, text, createdAt: Date.now() };
}

describe.each(engines)('RedisMemoryProvider lifecycle on the %s engine', (kind, client) => {
  async function provider(label: string, options: Partial<MemoryProviderOptions> = {}) {
    const prefix = uniquePrefix(label);
    const engine: MemoryEngine = createMemoryEngine({ client: client(), capabilities: { search: kind === 'redisearch' }, engine: kind, indexName: prefix, prefix });
    await engine.init();
    return new RedisMemoryProvider({ engine, applicationId: 'app', agentId: 'a', userId: 'u1', ...options });
  }
  const say = (memory: RedisMemoryProvider, text: string, reply = 'OK.', threadId = 't1') =>
    memory.invoked({ threadId, requestMessages: [message('user', text)], responseMessages: [message('assistant', reply)] });
  const contents = async (memory: RedisMemoryProvider) => (await memory.searchAll()).map((r) => r.content).sort();
  const injected = async (memory: RedisMemoryProvider, question: string) =>
    (await memory.invoking({ threadId: 'new', messages: [message('user', question)] })).memories.map((h) => h.record.content);

  it('keeps statements and facts, not questions, greetings, thanks or replies (curated, the default)', async () => {
    const memory = await provider('curated');
    for (const text of ['hi there!', "what's the weather in Paris?", 'ok thanks', 'can you recommend a restaurant?', 'cool', 'how are you?']) {
      await say(memory, text, "I'm the built-in offline model, so I only understand a few kinds of requests.");
    }
    expect(await contents(memory)).toEqual([]);
    await say(memory, 'My printer shows error 0x80 when it starts', 'Noted.');
    await say(memory, 'I play the cello in a community orchestra', 'Nice!');
    expect(await contents(memory)).toEqual([
      'I play the cello in a community orchestra',
      'My printer shows error 0x80 when it starts',
      'User plays the cello in a community orchestra.',
      "User's printer shows error 0x80 when it starts.",
    ]);
  });

  it('stores every user and assistant message with capture "all" (the original provider)', async () => {
    const memory = await provider('all', { capture: 'all' });
    await say(memory, 'hi there!', 'Hello!');
    expect(await contents(memory)).toEqual(['Hello!', 'hi there!']);
  });

  it('links a fact to its statements; forgetting the fact forgets them, and a new thread no longer gets either', async () => {
    const memory = await provider('forget');
    await say(memory, 'my brother is called Tomás');
    await say(memory, 'My brother is called Tomás.', 'OK.', 't2');
    const fact = (await memory.searchAll({ kinds: ['fact'] })).find((r) => r.content.includes('Tomás'))!;
    // Said twice, stored once: a curated statement is keyed by what it says.
    expect(fact.sourceIds).toHaveLength(1);
    expect((await memory.searchAll({ kinds: ['message'] })).filter((r) => r.content.includes('Tomás'))).toHaveLength(1);
    expect(await injected(memory, "what's my brother's name?")).toEqual(expect.arrayContaining([fact.content]));

    const deleted = await memory.forgetWithSources(fact.id);
    expect(deleted.sort()).toEqual([fact.id, ...fact.sourceIds!].sort());
    expect((await injected(memory, "what's my brother's name?")).join(' ')).not.toContain('Tomás');
    expect(await memory.forgetWithSources(fact.id)).toEqual([]);
  });

  it('retires the old statement when a value is replaced: it is never injected again', async () => {
    const memory = await provider('replace');
    await say(memory, 'I live in Paris and I love sushi, it is my favourite food');
    await say(memory, 'actually I moved to Lyon');
    await say(memory, "I don't eat sushi anymore");
    const everything = (await contents(memory)).join('\n');
    expect(everything).not.toMatch(/Paris/);
    expect(everything).not.toMatch(/favourite food is sushi|User likes sushi|love sushi/);
    for (const question of ['where do I live?', 'what is my favourite food?', 'what do you know about me?', 'paris sushi']) {
      const context = (await injected(memory, question)).join('\n');
      expect(context).not.toMatch(/Paris|love sushi|likes sushi|favourite food is sushi/);
    }
    expect((await injected(memory, 'where do I live?')).join('\n')).toContain('User lives in Lyon.');
  });

  it('switching withdraws the rest of the category; a dislike ends a favourite', async () => {
    const memory = await provider('switch');
    await say(memory, 'I drink coffee every morning and my favourite colour is green');
    await say(memory, 'I switched to tea last month');
    await say(memory, 'I really hate green now');
    const facts = (await memory.searchAll({ kinds: ['fact'] })).map((r) => r.content).join('\n');
    expect(facts).not.toMatch(/drinks coffee|favourite colou?r is green/);
    expect(facts).toMatch(/switched to tea/);
    expect(facts).toMatch(/dislikes green/);
  });

  it('injects facts before raw messages and never the same thing twice', async () => {
    const memory = await provider('dedupe');
    for (const thread of ['a', 'b', 'c']) await say(memory, 'The router reboots itself every night around 2am', 'OK.', thread);
    await say(memory, 'I love jazz');
    const context = await memory.invoking({ threadId: 'new', messages: [message('user', 'router reboots jazz')] });
    const texts = context.memories.map((h) => h.record.content);
    expect(texts.filter((t) => t.includes('router'))).toHaveLength(1);
    expect(texts).not.toContain('I love jazz');
    expect(texts[0]).toBe('User likes jazz.');
  });
});
