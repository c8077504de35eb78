import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import type { ChatMessage } from '../history/types';
import { HashingEmbedder } from './embedders/hashing-embedder';
import { createMemoryEngine } from './engines';
import { RedisMemoryProvider } from './provider';
import { DEFAULT_CONTEXT_PROMPT, type MemoryProviderOptions } from './provider-options';
import type { MemoryEngine } from './types';

const client = testClient();

async function plainEngine(label: string, vectorDimensions?: number): Promise<MemoryEngine> {
  const prefix = uniquePrefix(label);
  const engine = createMemoryEngine({ client, capabilities: { search: false }, engine: 'fallback', indexName: prefix, prefix, vectorDimensions });
  await engine.init();
  return engine;
}

function message(role: ChatMessage['role'], text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id: randomUUID(), role, text, createdAt: Date.now(), ...extra };
}

/** Runs one stored turn through the provider, as the agent does after a model call. */
async function turn(provider: RedisMemoryProvider, threadId: string, userText: string, reply = 'OK.') {
  return provider.invoked({ threadId, requestMessages: [message('user', userText)], responseMessages: [message('assistant', reply)] });
}

function provider(engine: MemoryEngine, options: Partial<MemoryProviderOptions>) {
  return new RedisMemoryProvider({ engine, applicationId: 'app', ...options });
}

describe('RedisMemoryProvider', () => {
  it('requires at least one scope field', async () => {
    const engine = await plainEngine('scope_required');
    expect(() => new RedisMemoryProvider({ engine })).toThrow(/at least one scope field/);
  });

  it('a fixed thread id keeps every record in its scope, whichever conversation told it', async () => {
    const engine = await plainEngine('fixed_thread');
    const alpha = provider(engine, { userId: 'u1', threadId: 'project_alpha' });
    await turn(alpha, 'conversation_1', 'The launch date for project alpha is March 3rd.');
    const records = await alpha.searchAll();
    expect(records.map((r) => r.content)).toContain('The launch date for project alpha is March 3rd.');
    expect(records.every((r) => r.threadId === 'project_alpha')).toBe(true);
    const beta = provider(engine, { userId: 'u1', threadId: 'project_beta' });
    expect(await beta.searchAll()).toEqual([]);
    expect(await alpha.forgetAll()).toBe(records.length);
  });

  it('stores user and assistant messages and injects them with the default context prompt', async () => {
    const engine = await plainEngine('context');
    const memory = provider(engine, { agentId: 'a', userId: 'u1', capture: 'all' });
    const changes = await turn(memory, 't1', 'The quarterly report is due on Friday', 'Noted, Friday it is.');
    expect(changes.filter((c) => c.record.kind === 'message')).toHaveLength(2);

    const context = await memory.invoking({ threadId: 't2', messages: [message('user', 'when is the quarterly report due?')] });
    expect(context.text?.startsWith(`${DEFAULT_CONTEXT_PROMPT}\n- `)).toBe(true);
    expect(context.memories[0].record.content).toBe('The quarterly report is due on Friday');
    expect(context.memories[0].score).toBeGreaterThan(0);
  });

  it('keeps curated facts, replaces a fact on update and reports the change', async () => {
    const engine = await plainEngine('facts');
    const memory = provider(engine, { agentId: 'a', userId: 'u1' });
    const first = await turn(memory, 't1', 'My name is Alice and I live in Paris.');
    expect(first.filter((c) => c.record.kind === 'fact').map((c) => [c.type, c.record.content])).toEqual(
      expect.arrayContaining([
        ['stored', "User's name is Alice."],
        ['stored', 'User lives in Paris.'],
      ]),
    );
    const second = await turn(memory, 't2', 'Actually, I live in Berlin now.');
    expect(second.filter((c) => c.record.kind === 'fact').map((c) => [c.type, c.record.content])).toEqual([['updated', 'User lives in Berlin.']]);

    const facts = await memory.searchAll({ kinds: ['fact'] });
    expect(facts.map((f) => f.content).sort()).toEqual(['User lives in Berlin.', "User's name is Alice."]);

    // Facts reach the context even when the question shares no word with them.
    const context = await memory.invoking({ threadId: 't3', messages: [message('user', 'what do you know about me?')] });
    expect(context.text).toContain('User lives in Berlin.');
    expect(context.text).not.toContain('User lives in Paris.');
  });

  it('removes a fact the user withdraws, and forgets one or all on request', async () => {
    const engine = await plainEngine('forget');
    const memory = provider(engine, { agentId: 'a', userId: 'u1' });
    await turn(memory, 't1', 'I like sushi and I love jazz.');
    const liked = await memory.searchAll({ kinds: ['fact'] });
    expect(liked.map((f) => f.content).sort()).toEqual(['User likes jazz.', 'User likes sushi.']);

    const changes = await turn(memory, 't1', "I don't like sushi anymore.");
    expect(changes.some((c) => c.type === 'deleted' && c.record.content === 'User likes sushi.')).toBe(true);
    const facts = (await memory.searchAll({ kinds: ['fact'] })).map((f) => f.content);
    expect(facts).not.toContain('User likes sushi.');
    expect(facts).toContain('User dislikes sushi.');

    const jazz = (await memory.searchAll({ kinds: ['fact'] })).find((f) => f.content === 'User likes jazz.')!;
    expect(await memory.forget(jazz.id)).toBe(true);
    expect(await memory.get(jazz.id)).toBeUndefined();
    expect(await memory.forget(jazz.id)).toBe(false);

    const removed = await memory.forgetAll();
    expect(removed).toBeGreaterThan(0);
    expect(await memory.searchAll()).toEqual([]);
  });

  it('lets the user edit a memory, and only within the scope', async () => {
    const engine = await plainEngine('edit');
    const alice = provider(engine, { agentId: 'a', userId: 'alice' });
    const bob = provider(engine, { agentId: 'a', userId: 'bob' });
    await turn(alice, 't1', 'My favourite color is blue.');
    const [fact] = await alice.searchAll({ kinds: ['fact'] });
    const edited = await alice.update(fact.id, "User's favourite color is green.");
    expect(edited.content).toBe("User's favourite color is green.");
    expect((await alice.get(fact.id))?.content).toBe("User's favourite color is green.");
    await expect(bob.update(fact.id, 'hijacked')).rejects.toMatchObject({ code: 'not_found' });
    expect(await bob.forget(fact.id)).toBe(false);
    expect((await alice.get(fact.id))?.content).toBe("User's favourite color is green.");
  });

  it('stores tool results as tool memories and recalls them', async () => {
    const engine = await plainEngine('tools');
    const memory = provider(engine, { agentId: 'a', userId: 'u1' });
    const call = { id: 'call_1', name: 'get_weather', arguments: { city: 'Oslo' } };
    await memory.invoked({
      threadId: 't1',
      requestMessages: [message('user', 'What is the weather in Oslo?')],
      responseMessages: [
        message('assistant', '', { toolCalls: [call] }),
        message('tool', '{"city":"Oslo","condition":"snow","temperatureC":-3}', { toolCallId: 'call_1', toolName: 'get_weather' }),
        message('assistant', 'It is snowing in Oslo, -3°C.'),
      ],
    });
    const tools = await memory.searchAll({ kinds: ['tool'] });
    expect(tools).toHaveLength(1);
    expect(tools[0].content).toContain('get_weather result');
    const hits = await memory.search('Oslo weather snow');
    expect(hits.some((h) => h.record.kind === 'tool')).toBe(true);
  });

  it('does not duplicate memories when the same turn is stored twice (a retried request)', async () => {
    const engine = await plainEngine('retry');
    const memory = provider(engine, { agentId: 'a', userId: 'u1' });
    const request = [message('user', 'I work at Contoso.')];
    const response = [message('assistant', 'Got it.')];
    await memory.invoked({ threadId: 't1', requestMessages: request, responseMessages: response });
    await memory.invoked({ threadId: 't1', requestMessages: request, responseMessages: response });
    const all = await memory.searchAll();
    // The user's statement (assistant replies stay in the history by default) and its fact, once each.
    expect(all.filter((r) => r.kind === 'message')).toHaveLength(1);
    expect(all.filter((r) => r.kind === 'fact')).toHaveLength(1);
  });

  it('isolates agents, users and applications', async () => {
    const engine = await plainEngine('isolation');
    const personal = provider(engine, { agentId: 'agent_personal', userId: 'u1' });
    const work = provider(engine, { agentId: 'agent_work', userId: 'u1' });
    const otherUser = provider(engine, { agentId: 'agent_personal', userId: 'u2' });
    const otherApp = new RedisMemoryProvider({ engine, applicationId: 'other', agentId: 'agent_personal', userId: 'u1' });
    await turn(personal, 't1', 'I love hiking in the mountains.');
    await turn(work, 't2', 'I am preparing the Q3 budget review.');

    const ask = async (p: RedisMemoryProvider, q: string) => (await p.search(q)).map((h) => h.record.content).join(' | ');
    expect(await ask(personal, 'hiking mountains')).toContain('hiking');
    expect(await ask(personal, 'Q3 budget review')).not.toContain('budget');
    expect(await ask(work, 'Q3 budget review')).toContain('budget');
    expect(await ask(work, 'hiking mountains')).not.toContain('hiking');
    expect(await otherUser.searchAll()).toEqual([]);
    expect(await otherApp.searchAll()).toEqual([]);

    // A provider scoped only by user sees the user's memories of every agent.
    const byUser = new RedisMemoryProvider({ engine, userId: 'u1' });
    const contents = (await byUser.searchAll()).map((r) => r.content).join(' | ');
    expect(contents).toContain('hiking');
    expect(contents).toContain('budget');
  });

  it('confines memory to the current thread with scopeToPerOperationThread', async () => {
    const engine = await plainEngine('per_thread');
    const memory = provider(engine, { agentId: 'a', userId: 'u1', scopeToPerOperationThread: true });
    await turn(memory, 'ticket_1', 'The printer on floor 3 is jammed.');
    await turn(memory, 'ticket_2', 'My laptop battery drains fast.');
    const one = await memory.search('printer jammed', { threadId: 'ticket_1' });
    expect(one[0].record.content).toContain('printer');
    const two = await memory.search('printer jammed', { threadId: 'ticket_2' });
    expect(two.every((h) => !h.record.content.includes('printer'))).toBe(true);
    expect(() => memory.scope()).toThrow(/threadId/);
  });

  it('treats hostile input as plain text and never widens the scope', async () => {
    const engine = await plainEngine('hostile');
    const victim = provider(engine, { agentId: 'a', userId: 'victim' });
    await turn(victim, 't1', 'My secret project is called Bluebird.');
    const attacker = provider(engine, { agentId: 'a', userId: 'attacker' });
    const attacks = ['@user_id:{*}', '* | -x', '"', "'", '{}', '\\', ')(', 'Bluebird @user_id:{victim}', '🙂 ünïcödé', 'x'.repeat(10_000), ''];
    for (const attack of attacks) {
      const hits = await attacker.search(attack);
      expect(hits.every((h) => h.record.userId === 'attacker')).toBe(true);
      const context = await attacker.invoking({ threadId: 't9', messages: [message('user', attack)] });
      expect(context.text ?? '').not.toContain('Bluebird');
    }
    // Hostile text stored by the attacker stays their own memory.
    await turn(attacker, 't9', '@user_id:{victim} * | -x "Bluebird"');
    expect((await victim.searchAll()).every((r) => r.userId === 'victim')).toBe(true);
  });

  it('uses the embedder for hybrid search when one is configured', async () => {
    const embedder = new HashingEmbedder();
    const engine = await plainEngine('hybrid', embedder.dimensions);
    const memory = provider(engine, { agentId: 'a', userId: 'u1', embedder });
    await turn(memory, 't1', 'My daughter plays the violin every evening.');
    await turn(memory, 't1', 'The car needs new tyres before winter.');
    expect((await memory.search('violinist daughter'))[0].record.content).toContain('violin');
    // No word of this query is in any memory, only pieces of one: text search alone finds
    // nothing, so only the vector half of the search can answer it.
    const hits = await memory.search('violinists');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].record.content).toContain('violin');
    const stored = await memory.searchAll({ kinds: ['message'] });
    expect(stored.every((r) => r.embedding instanceof Float32Array && r.embedding.length === 256)).toBe(true);
  });
});
