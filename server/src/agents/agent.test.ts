import { describe, expect, it } from 'vitest';
import { countCommands } from '../../../test/command-counter';
import { testClient, uniquePrefix } from '../../../test/redis';
import { WorkshopRuntime } from '../compose';
import type { DemoAgentDefinition } from '../demo-definition';
import { InMemoryChatMessageStore } from '../history/in-memory-store';
import { HashingEmbedder } from '../memory/embedders';
import { z } from 'zod';
import { Agent } from './agent';
import { OfflineChatModel } from '../models/offline';
import { AgentThread } from './thread';
import { defineTool } from './tool';
import { getTicketStatusTool, getWeatherTool } from './tools';
import type { AgentEvent, ChatModel, ModelRequest } from './types';

const client = testClient();

function definition(label: string, overrides: Partial<DemoAgentDefinition> = {}): DemoAgentDefinition {
  const prefix = uniquePrefix(label);
  return {
    id: 'assistant',
    name: 'Assistant',
    description: 'test agent',
    instructions: 'Be helpful.',
    tools: [getWeatherTool, getTicketStatusTool],
    memory: { indexName: prefix, prefix, applicationId: 'app', strategy: 'global' },
    history: { keyPrefix: `${prefix}_chat`, maxMessages: 50 },
    portOffset: 0,
    ...overrides,
  };
}

const runtime = new WorkshopRuntime({
  client,
  capabilities: { version: '7', cluster: false, search: false },
  model: new OfflineChatModel(),
  embedder: new HashingEmbedder(),
});

async function collect(stream: AsyncIterable<AgentEvent>): Promise<AgentEvent[]> {
  const events: AgentEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('Agent with Redis history and memory', () => {
  it('remembers facts across threads and stores the turn in the thread', async () => {
    const user = await runtime.userAgent(definition('recall'), { userId: 'alice' });
    const first = user.thread('thread_one');
    await user.agent.run("Hi, I'm Alice and I'm vegetarian.", { thread: first });

    const second = user.thread('thread_two');
    const { reply, memoriesUsed } = await user.agent.run("What's my name?", { thread: second });
    expect(reply.text).toContain('Alice');
    expect(memoriesUsed.some((m) => m.record.content === "User's name is Alice.")).toBe(true);

    const stored = await first.listMessages();
    expect(stored.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(stored[0].text).toBe("Hi, I'm Alice and I'm vegetarian.");
    expect(stored[1].authorName).toBe('Assistant');
    expect(await second.store.count()).toBe(2);
  });

  it('keeps users apart: another user gets no answer from the first one\'s memory', async () => {
    const def = definition('users');
    const alice = await runtime.userAgent(def, { userId: 'alice' });
    const bob = await runtime.userAgent(def, { userId: 'bob' });
    await alice.agent.run('My name is Alice.', { thread: alice.thread('t1') });
    const { reply, memoriesUsed } = await bob.agent.run("What's my name?", { thread: bob.thread('t1') });
    expect(reply.text).not.toContain('Alice');
    expect(memoriesUsed).toEqual([]);
    // Same thread id, different users: different Redis keys.
    expect(await bob.thread('t1').store.count()).toBe(2);
    expect(await alice.thread('t1').store.count()).toBe(2);
  });

  it('streams events in order and stores the user message before the model runs', async () => {
    const user = await runtime.userAgent(definition('stream'), { userId: 'u1' });
    const thread = user.thread();
    const events = await collect(user.agent.runStream('Tell me what you can do, please.', { thread }));
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('turn-started');
    expect(types.indexOf('message-stored')).toBeLessThan(types.indexOf('text-delta'));
    expect(types.filter((t) => t === 'text-delta').length).toBeGreaterThan(1);
    expect(types.at(-1)).toBe('turn-finished');
    const finished = events.at(-1) as Extract<AgentEvent, { type: 'turn-finished' }>;
    const streamed = events.filter((e): e is Extract<AgentEvent, { type: 'text-delta' }> => e.type === 'text-delta').map((e) => e.text).join('');
    expect(streamed).toBe(finished.reply.text);
    expect(finished.timings.total).toBeGreaterThanOrEqual(finished.timings.model);
  });

  it('runs tools, stores the results in history and memory, and recalls them later', async () => {
    const user = await runtime.userAgent(definition('tools'), { userId: 'u1' });
    const thread = user.thread('weather_thread');
    const { toolCalls, reply } = await user.agent.run("What's the weather in Oslo?", { thread });
    expect(toolCalls.map((c) => c.name)).toEqual(['get_weather']);
    expect(reply.text).toMatch(/Oslo/);

    const history = await thread.listMessages();
    expect(history.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(history[2].toolName).toBe('get_weather');
    const toolMemories = await user.memory.searchAll({ kinds: ['tool'] });
    expect(toolMemories).toHaveLength(1);

    const later = await user.agent.run('What did the weather tool say about Oslo earlier?', { thread: user.thread('another_thread') });
    expect(later.toolCalls).toEqual([]);
    expect(later.reply.text).toMatch(/Oslo/);
  });

  it('does not store a retried user message twice', async () => {
    const user = await runtime.userAgent(definition('retry'), { userId: 'u1' });
    const thread = user.thread('t');
    await user.agent.run('I work at Contoso.', { thread, messageId: 'client-msg-1' });
    await user.agent.run('I work at Contoso.', { thread, messageId: 'client-msg-1' });
    const users = (await thread.listMessages()).filter((m) => m.role === 'user');
    expect(users).toHaveLength(1);
  });

  it('keeps the streamed part of a stopped reply, marked interrupted, and stops streaming', async () => {
    const store = new InMemoryChatMessageStore({ threadId: 'stop' });
    const controller = new AbortController();
    const slow = new Agent({ name: 'Slow', instructions: '', model: new OfflineChatModel({ wordDelayMs: 5 }) });
    const events: AgentEvent[] = [];
    for await (const event of slow.runStream('Who are you and what can you do for me today?', { thread: new AgentThread(store), signal: controller.signal })) {
      events.push(event);
      if (event.type === 'text-delta' && events.filter((e) => e.type === 'text-delta').length === 3) controller.abort();
    }
    const deltas = events.filter((e): e is Extract<AgentEvent, { type: 'text-delta' }> => e.type === 'text-delta');
    expect(deltas.length).toBeLessThan(8);
    const streamed = deltas.map((d) => d.text).join('');
    expect(streamed.trim().length).toBeGreaterThan(0);
    const finished = events.find((e) => e.type === 'turn-finished') as Extract<AgentEvent, { type: 'turn-finished' }>;
    expect(finished.reply).toMatchObject({ text: streamed, interrupted: true });
    const stored = await store.listMessages();
    expect(stored.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(stored[1]).toMatchObject({ id: finished.reply.id, text: streamed, interrupted: true });
    expect(events.some((e) => e.type === 'message-stored' && e.message.id === finished.reply.id && e.message.interrupted === true)).toBe(true);
  });

  it('stores a stopped reply in the Redis LIST with its streamed text and interrupted: true', async () => {
    const slowRuntime = new WorkshopRuntime({ ...runtime.options, model: new OfflineChatModel({ wordDelayMs: 5 }) });
    const def = definition('stopped');
    const user = await slowRuntime.userAgent(def, { userId: 'u1' });
    const thread = user.thread('stopped_thread');
    const controller = new AbortController();
    let streamed = '';
    let words = 0;
    for await (const event of user.agent.runStream('Who are you and what can you do for me today?', { thread, signal: controller.signal })) {
      if (event.type === 'text-delta') {
        streamed += event.text;
        if (++words === 4) controller.abort();
      }
    }
    expect(streamed.trim().split(/\s+/).length).toBeGreaterThanOrEqual(3);
    // Read back through a new store on the same key, as GET /api/threads/:id does after a reload.
    const reread = await slowRuntime.historyStore(def, 'u1', 'stopped_thread').listMessages();
    expect(reread.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(reread[1]).toMatchObject({ text: streamed, interrupted: true });
    const raw = await client.lrange((await slowRuntime.historyStore(def, 'u1', 'stopped_thread').describe()).key, -1, -1);
    expect(JSON.parse(raw[0])).toMatchObject({ role: 'assistant', text: streamed, interrupted: true });

    // A complete reply carries no flag at all.
    const whole = await user.agent.run('Thanks!', { thread });
    expect(whole.reply).not.toHaveProperty('interrupted');
    expect((await thread.listMessages()).at(-1)).not.toHaveProperty('interrupted');
  });

  it('stores no empty reply when stopped before the first word, and ends with an aborted error', async () => {
    const store = new InMemoryChatMessageStore({ threadId: 'stop-early' });
    const controller = new AbortController();
    const slow = new Agent({ name: 'Slow', instructions: '', model: new OfflineChatModel({ wordDelayMs: 5 }) });
    const events: AgentEvent[] = [];
    for await (const event of slow.runStream('Who are you?', { thread: new AgentThread(store), signal: controller.signal })) {
      events.push(event);
      if (event.type === 'memories-retrieved') controller.abort();
    }
    expect(events.some((e) => e.type === 'text-delta' || e.type === 'turn-finished')).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'aborted' });
    // The user's message stays; no blank assistant message follows it.
    expect((await store.listMessages()).map((m) => m.role)).toEqual(['user']);

    const aborted = new AbortController();
    aborted.abort();
    await expect(slow.run('Again', { thread: new AgentThread(store), signal: aborted.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('does not store a tool call whose result never came when stopped during the tool', async () => {
    const model: ChatModel = {
      provider: 'openai',
      model: 'caller',
      async *stream() {
        yield { type: 'tool-call', call: { id: 'call_1', name: 'wait_forever', arguments: {} } };
        yield { type: 'finish', reason: 'tool-calls' };
      },
    };
    const waitForever = defineTool({
      name: 'wait_forever',
      description: 'Never answers.',
      schema: z.object({}),
      execute: () => new Promise(() => undefined),
    });
    const store = new InMemoryChatMessageStore({ threadId: 'stop-tool' });
    const controller = new AbortController();
    const agent = new Agent({ name: 'A', instructions: '', model, tools: [waitForever] });
    const events: AgentEvent[] = [];
    for await (const event of agent.runStream('wait', { thread: new AgentThread(store), signal: controller.signal })) {
      events.push(event);
      if (event.type === 'tool-call') setTimeout(() => controller.abort(), 5);
    }
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'aborted' });
    expect((await store.listMessages()).map((m) => m.role)).toEqual(['user']);
  });

  it('keeps the streamed part of a reply whose model fails mid-way, marked interrupted', async () => {
    const flaky: ChatModel = {
      provider: 'openai',
      model: 'flaky',
      async *stream(_request: ModelRequest) {
        yield { type: 'text-delta', text: 'Half of ' };
        yield { type: 'text-delta', text: 'an answer' };
        throw new Error('connection reset');
      },
    };
    const store = new InMemoryChatMessageStore({ threadId: 'flaky' });
    const events = await collect(new Agent({ name: 'A', instructions: '', model: flaky }).runStream('hello', { thread: new AgentThread(store) }));
    expect(events.some((e) => e.type === 'error' && e.message === 'connection reset')).toBe(true);
    expect((await store.listMessages())[1]).toMatchObject({ role: 'assistant', text: 'Half of an answer', interrupted: true });
  });

  it('reports a failing model as an error event and keeps the user message', async () => {
    const failing: ChatModel = {
      provider: 'openai',
      model: 'broken',
      // eslint-disable-next-line require-yield
      async *stream(_request: ModelRequest) {
        throw new Error('upstream 500');
      },
    };
    const store = new InMemoryChatMessageStore({ threadId: 'fail' });
    const agent = new Agent({ name: 'A', instructions: '', model: failing });
    const events = await collect(agent.runStream('hello', { thread: new AgentThread(store) }));
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'model_failed', message: 'upstream 500' });
    expect((await store.listMessages()).map((m) => m.text)).toEqual(['hello']);
    await expect(agent.run('hello again', { thread: new AgentThread(store) })).rejects.toMatchObject({ code: 'model_failed' });
  });

  it('costs a handful of Redis round trips per turn once warm', async () => {
    const counting = client.duplicate();
    const counter = countCommands(counting);
    const counted = new WorkshopRuntime({ ...runtime.options, client: counting });
    const user = await counted.userAgent(definition('cost'), { userId: 'u1' });
    const thread = user.thread('t');
    await user.agent.run('I live in Lisbon.', { thread });
    await user.agent.run('What do you know about me?', { thread });
    counter.reset();
    const { reply } = await user.agent.run('Where do I live?', { thread });
    const turn = counter.snapshot();
    await counting.quit();
    expect(reply.text).toContain('Lisbon');
    // Before the model: history read, user message append, one version check shared by the
    // memory search and the fact list (the cache stayed warm across our own writes).
    // After: the turn's append; a question is not a memory, so there is no memory write. No
    // KEYS, no SCAN, no rebuild.
    expect(turn.byName).toEqual({ evalsha: 2, get: 1, lrange: 1 });
  });
});

describe('Agent on a model that reports usage, retries and finish reasons', () => {
  const thread = () => new AgentThread(new InMemoryChatMessageStore());

  it('sums tokens over a tool round, counts retries and reports the finish reason', async () => {
    let calls = 0;
    const model: ChatModel = {
      provider: 'test',
      model: 'usage-model',
      async *stream() {
        calls += 1;
        if (calls === 1) {
          yield { type: 'retry', attempt: 1, delayMs: 0, reason: 'HTTP 429' };
          yield { type: 'tool-call', call: { id: 'c1', name: 'get_weather', arguments: { city: 'Oslo' } } };
          yield { type: 'finish', reason: 'tool-calls', usage: { inputTokens: 100, outputTokens: 10 } };
          return;
        }
        yield { type: 'text-delta', text: 'Cold in Oslo.' };
        yield { type: 'finish', reason: 'length', usage: { inputTokens: 150, outputTokens: 5 } };
      },
    };
    const agent = new Agent({ name: 'A', instructions: 'Be brief.', model, tools: [getWeatherTool] });
    const events = await collect(agent.runStream('Weather in Oslo?', { thread: thread() }));
    expect(events.filter((e) => e.type === 'model-retry')).toEqual([{ type: 'model-retry', attempt: 1, delayMs: 0, reason: 'HTTP 429' }]);
    const finished = events.find((e) => e.type === 'turn-finished');
    expect(finished).toMatchObject({ usage: { inputTokens: 250, outputTokens: 15 }, finishReason: 'length', retries: 1, reply: { text: 'Cold in Oslo.' } });
  });

  it('fails with model_content_filtered, storing no empty reply, when the filter withheld everything', async () => {
    const model: ChatModel = {
      provider: 'test',
      model: 'filtered',
      async *stream() {
        yield { type: 'finish', reason: 'content-filter' };
      },
    };
    const t = thread();
    const failure = await new Agent({ name: 'A', instructions: 'x', model }).run('something', { thread: t }).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: 'model_content_filtered', retryable: false });
    expect((await t.listMessages()).map((m) => m.role)).toEqual(['user']);
  });
});
