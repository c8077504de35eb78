import { describe, expect, it } from 'vitest';
import type { ServerFrame, WireMemory, WireMessage } from '@protocol';
import { initialState, reducer } from './reducer';
import { isBusy, redisDown, streamingIn, turnOf, turnsOf, currentThread } from './selectors';
import type { UiAction, UiState } from './types';

/** Freezes deeply, so any mutation inside the reducer throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

function run(state: UiState, ...actions: UiAction[]): UiState {
  return actions.reduce((s, a) => reducer(deepFreeze(s), a), state);
}

const frame = (f: ServerFrame): UiAction => ({ type: 'frame', frame: f });

const T = 'support_ticket_12345';
const userMsg = (id: string, text: string): WireMessage => ({ id, role: 'user', text, createdAt: 1000 });
const reply = (id: string, text: string): WireMessage => ({ id, role: 'assistant', text, createdAt: 2000 });
const memory = (id: string, text: string, agentId = 'personal_assistant', extra: Partial<WireMemory> = {}): WireMemory => ({
  id,
  kind: 'fact',
  text,
  agentId,
  userId: 'u1',
  createdAt: 10,
  ...extra,
});

function opened(): UiState {
  return run(
    initialState,
    { type: 'connection', status: 'open' },
    { type: 'agent.selected', agentId: 'personal_assistant' },
    { type: 'thread.selected', threadId: T },
  );
}

function requested(state: UiState, requestId = 'r1', messageId = 'u1', text = 'Hi, I am Ada'): UiState {
  return run(state, {
    type: 'turn.requested',
    request: { requestId, threadId: T, agentId: 'personal_assistant', userMessageId: messageId, sentAt: 500 },
    text,
    now: 1000,
  });
}

describe('reducer: a streamed turn', () => {
  it('shows the user message at once, streams the reply word by word, and stores it on finish', () => {
    let s = requested(opened());
    expect(currentThread(s)!.messages).toEqual([{ id: 'u1', role: 'user', text: 'Hi, I am Ada', createdAt: 1000, pending: true }]);
    expect(isBusy(s, T)).toBe(true);

    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({
        type: 'memories.retrieved',
        turnId: 't1',
        memories: [memory('m1', 'User name: Ada', 'personal_assistant', { score: 0.91 })],
        context: '## Memories\nConsider the following memories when answering user questions:\n- User name: Ada',
        engine: 'fallback',
        ms: 3,
      }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'Nice ' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'to meet ' }),
    );
    expect(streamingIn(s, T)).toEqual({ turnId: 't1', threadId: T, messageId: 'a1', text: 'Nice to meet ' });
    expect(s.pending).toEqual({});

    s = run(
      s,
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'you, Ada.' }),
      frame({
        type: 'turn.finished',
        turnId: 't1',
        threadId: T,
        reply: reply('a1', 'Nice to meet you, Ada.'),
        timings: { memorySearch: 3, model: 40, tools: 0, historyWrite: 2, memoryWrite: 4, total: 50 },
      }),
    );
    const messages = currentThread(s)!.messages;
    expect(messages.map((m) => [m.id, m.text, m.pending ?? false])).toEqual([
      ['u1', 'Hi, I am Ada', false],
      ['a1', 'Nice to meet you, Ada.', false],
    ]);
    expect(streamingIn(s, T)).toBeNull();
    expect(isBusy(s, T)).toBe(false);
    const turn = turnOf(s, messages[1])!;
    expect(turn.memories?.[0].score).toBe(0.91);
    expect(turn.context).toContain('## Memories');
    expect(turn.timings?.total).toBe(50);
    expect(turn.status).toBe('finished');
    expect(turnsOf(s, T).map((t) => t.turnId)).toEqual(['t1']);
    // Both messages counted once in the thread list, the optimistic copy not at all.
    s = run(
      s,
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('u1', 'Hi, I am Ada') }),
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: reply('a1', 'Nice to meet you, Ada.') }),
    );
    expect(s.threads.find((t) => t.id === T)?.messageCount).toBe(2);
    expect(currentThread(s)!.messages).toHaveLength(2);
  });

  it('records tool calls with their results and keeps text streamed before a tool call', () => {
    let s = requested(opened(), 'r1', 'u1', 'weather in Paris?');
    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a0', text: 'Let me check.' }),
      frame({ type: 'tool.call', turnId: 't1', call: { id: 'c1', name: 'get_weather', arguments: { city: 'Paris' } } }),
      frame({ type: 'tool.result', turnId: 't1', toolCallId: 'c1', name: 'get_weather', result: { tempC: 21 }, isError: false, ms: 7 }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'It is 21°C.' }),
    );
    expect(s.turns.t1.tools).toEqual([{ id: 'c1', name: 'get_weather', arguments: { city: 'Paris' }, result: { tempC: 21 }, isError: false, ms: 7 }]);
    expect(currentThread(s)!.messages.map((m) => m.id)).toEqual(['u1', 'a0']);
    expect(streamingIn(s, T)?.text).toBe('It is 21°C.');
  });
});

describe('reducer: what a real model adds to a turn', () => {
  const timings = { memorySearch: 3, model: 900, tools: 0, historyWrite: 2, memoryWrite: 4, total: 910 };
  const started = (): UiState =>
    run(requested(opened()), frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }));

  it('keeps retries (attempt, delay, reason), once each, then tokens, retry count and finish reason', () => {
    let s = run(
      started(),
      frame({ type: 'model.retry', turnId: 't1', attempt: 1, delayMs: 400, reason: 'HTTP 429' }),
      frame({ type: 'model.retry', turnId: 't1', attempt: 1, delayMs: 400, reason: 'HTTP 429' }),
      frame({ type: 'model.retry', turnId: 't1', attempt: 2, delayMs: 600, reason: 'HTTP 503' }),
    );
    expect(s.turns.t1.retries).toEqual([
      { attempt: 1, delayMs: 400, reason: 'HTTP 429' },
      { attempt: 2, delayMs: 600, reason: 'HTTP 503' },
    ]);
    expect(s.turns.t1.status).toBe('running');
    expect(isBusy(s, T)).toBe(true);

    s = run(
      s,
      frame({
        type: 'turn.finished',
        turnId: 't1',
        threadId: T,
        reply: reply('a1', 'Hello Ada'),
        timings,
        usage: { inputTokens: 812, outputTokens: 64 },
        finishReason: 'stop',
        retries: 2,
      }),
    );
    expect(s.turns.t1).toMatchObject({
      status: 'finished',
      usage: { inputTokens: 812, outputTokens: 64 },
      finishReason: 'stop',
      retryCount: 2,
      timings,
    });
    expect(s.turns.t1.retries).toHaveLength(2);
  });

  it('keeps notices of steps that degraded without failing the turn, without duplicates or a global error', () => {
    const facts = "the model could not read facts from this message, so the offline extractor did: User name: Ada";
    let s = run(
      started(),
      frame({ type: 'turn.notice', turnId: 't1', source: 'embeddings', message: 'text-only search' }),
      frame({ type: 'turn.notice', turnId: 't1', source: 'facts', message: facts }),
      frame({ type: 'turn.notice', turnId: 't1', source: 'facts', message: facts }),
    );
    expect(s.turns.t1.notices).toEqual([
      { source: 'embeddings', message: 'text-only search' },
      { source: 'facts', message: facts },
    ]);
    // The turn goes on: no error banner, still running.
    expect(s.notices).toEqual([]);
    expect(s.turns.t1.status).toBe('running');
    s = run(s, frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: reply('a1', 'Hello Ada'), timings }));
    expect(s.turns.t1.status).toBe('finished');
    expect(s.turns.t1.notices).toHaveLength(2);
  });

  it('records a reply cut short by the output limit on its turn, reachable from the message', () => {
    const s = run(
      started(),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'The first half of' }),
      frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: reply('a1', 'The first half of'), timings, finishReason: 'length' }),
    );
    const message = currentThread(s)!.messages.find((m) => m.id === 'a1')!;
    const turn = turnOf(s, message)!;
    expect(turn.finishReason).toBe('length');
    expect(turn.replyMessageId).toBe('a1');
    // Cut short by the model is not the same as stopped by the user.
    expect(turn.status).toBe('finished');
    expect(message.interrupted).toBeUndefined();
  });

  it('leaves the new fields out for a server that does not send them, and ignores frames of unknown turns', () => {
    let s = run(started(), frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: reply('a1', 'Hi'), timings }));
    expect(s.turns.t1).toMatchObject({ retries: [], notices: [] });
    expect(s.turns.t1).not.toHaveProperty('usage');
    expect(s.turns.t1).not.toHaveProperty('finishReason');
    expect(s.turns.t1).not.toHaveProperty('retryCount');
    const before = s;
    s = run(
      s,
      frame({ type: 'model.retry', turnId: 'other', attempt: 1, delayMs: 100, reason: 'HTTP 429' }),
      frame({ type: 'turn.notice', turnId: 'other', source: 'facts', message: 'x' }),
    );
    expect(s).toEqual(before);
    expect(s.turns.other).toBeUndefined();
  });
});

describe('reducer: live messages are deduplicated by id', () => {
  it('replaces the optimistic user message and ignores repeated frames', () => {
    let s = requested(opened());
    const stored = frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('u1', 'Hi, I am Ada') });
    s = run(s, stored, stored);
    expect(currentThread(s)!.messages).toEqual([userMsg('u1', 'Hi, I am Ada')]);
  });

  it('drops the streaming copy when the stored reply overtakes turn.finished, and ignores late deltas', () => {
    let s = requested(opened());
    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'Hello' }),
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: reply('a1', 'Hello Ada') }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: ' Ada' }),
    );
    expect(streamingIn(s, T)).toBeNull();
    s = run(
      s,
      frame({
        type: 'turn.finished',
        turnId: 't1',
        threadId: T,
        reply: reply('a1', 'Hello Ada'),
        timings: { memorySearch: 1, model: 1, tools: 0, historyWrite: 1, memoryWrite: 1, total: 4 },
      }),
    );
    const ids = currentThread(s)!.messages.map((m) => m.id);
    expect(ids).toEqual(['u1', 'a1']);
    expect(currentThread(s)!.messages[1].turnId).toBe('t1');
  });

  it('titles a new thread with its first message, as the server does, without a reload', () => {
    let s = run(opened(), frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('f1', 'My first question') }));
    s = run(s, frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('f2', 'A second one') }));
    expect(s.threads.find((t) => t.id === T)?.title).toBe('My first question');
  });

  it('appends messages stored from another tab and counts them in the thread list', () => {
    let s = run(opened(), { type: 'threads.loaded', threads: [{ id: T, messageCount: 2, updatedAt: 1 }] });
    s = run(
      s,
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('x1', 'from tab 2') }),
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('x1', 'from tab 2') }),
    );
    expect(currentThread(s)!.messages.map((m) => m.text)).toEqual(['from tab 2']);
    expect(s.threads).toEqual([{ id: T, messageCount: 3, updatedAt: 1000 }]);
    expect(s.liveVersion).toBe(2);
  });

  it('empties a thread on thread.cleared', () => {
    let s = run(opened(), frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('x1', 'a') }));
    s = run(s, frame({ type: 'thread.cleared', threadId: T }));
    expect(currentThread(s)!.messages).toEqual([]);
  });
});

describe('reducer: connection loss and resume', () => {
  it('marks a reply cut by a dropped connection, then shows what Redis holds after the reload', () => {
    let s = requested(opened());
    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'Half a rep' }),
      { type: 'connection', status: 'reconnecting' },
    );
    expect(s.connection).toBe('reconnecting');
    expect(s.turns.t1.status).toBe('interrupted');
    expect(streamingIn(s, T)).toBeNull();
    expect(currentThread(s)!.messages.find((m) => m.id === 'a1')).toMatchObject({ interrupted: true, text: 'Half a rep' });
    expect(isBusy(s, T)).toBe(false);

    s = run(s, { type: 'connection', status: 'open' }, {
      type: 'thread.loaded',
      threadId: T,
      resumed: true,
      detail: {
        thread: { id: T, title: 'Ticket' },
        key: `chat_messages:${T}`,
        maxMessages: 50,
        ttlSeconds: null,
        ttlRemaining: -1,
        messages: [userMsg('u1', 'Hi, I am Ada')],
      },
    });
    expect(currentThread(s)!.messages).toEqual([userMsg('u1', 'Hi, I am Ada')]);
    expect(currentThread(s)!.key).toBe(`chat_messages:${T}`);
    expect(s.resumed).toEqual({ threadId: T, count: 1, key: `chat_messages:${T}` });
    expect(s.threads[0]).toMatchObject({ id: T, title: 'Ticket', messageCount: 1 });
    s = run(s, { type: 'resumed.dismissed' });
    expect(s.resumed).toBeNull();
  });

  it('keeps a message still on its way when the thread is reloaded', () => {
    let s = requested(opened(), 'r2', 'u9', 'queued while offline');
    s = run(s, {
      type: 'thread.loaded',
      threadId: T,
      detail: { thread: { id: T }, key: 'k', messages: [userMsg('u0', 'older')] },
    });
    expect(currentThread(s)!.messages.map((m) => [m.id, m.pending ?? false])).toEqual([
      ['u0', false],
      ['u9', true],
    ]);
  });

  it('shows the Redis-down state from the live status or a 503 health answer', () => {
    let s = run(opened(), frame({ type: 'redis.status', redis: { connected: false } }));
    expect(redisDown(s)).toBe(true);
    s = run(s, frame({ type: 'redis.status', redis: { connected: true, version: '7.0.15' } }));
    expect(redisDown(s)).toBe(false);
    s = run(s, { type: 'health.loaded', httpStatus: 503, health: null });
    expect(redisDown(s)).toBe(true);
    s = run(s, {
      type: 'health.loaded',
      httpStatus: 200,
      health: { status: 'ok', redis: { connected: true, search: 'fallback' }, model: { provider: 'offline', model: 'offline' } },
    });
    expect(redisDown(s)).toBe(false);
    expect(s.model).toEqual({ provider: 'offline', model: 'offline' });
  });
});

describe('reducer: errors', () => {
  it('marks a refused request as failed and reports it', () => {
    let s = requested(opened());
    s = run(s, frame({ type: 'error', code: 'invalid_argument', message: 'text is too long', requestId: 'r1' }));
    expect(currentThread(s)!.messages[0]).toMatchObject({ id: 'u1', failed: true });
    expect(currentThread(s)!.messages[0].pending).toBeUndefined();
    expect(s.notices.map((n) => n.text)).toEqual(['text is too long']);
    expect(isBusy(s, T)).toBe(false);
  });

  it('treats an aborted turn as stopped, without an error notice', () => {
    let s = requested(opened());
    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'Once upon' }),
      frame({ type: 'error', code: 'aborted', message: 'stopped', turnId: 't1' }),
    );
    expect(s.turns.t1.status).toBe('stopped');
    expect(s.notices).toEqual([]);
    expect(currentThread(s)!.messages[1]).toMatchObject({ id: 'a1', text: 'Once upon', interrupted: true });
  });

  it('keeps a stopped reply in its card: the stored copy has the streamed text and is marked interrupted', () => {
    const timings = { memorySearch: 1, model: 2, tools: 0, historyWrite: 1, memoryWrite: 1, total: 5 };
    const stopped = { ...reply('a1', 'Once upon a'), interrupted: true };
    let s = requested(opened());
    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'Once upon' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: ' a' }),
      // What the server sends after turn.stop: the partial reply as stored, then the finish.
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: stopped }),
    );
    expect(streamingIn(s, T)).toBeNull();
    expect(currentThread(s)!.messages[1]).toMatchObject({ id: 'a1', text: 'Once upon a', interrupted: true, turnId: 't1' });
    s = run(s, frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: stopped, timings }));
    expect(s.turns.t1.status).toBe('stopped');
    expect(s.notices).toEqual([]);
    expect(isBusy(s, T)).toBe(false);
    expect(currentThread(s)!.messages.filter((m) => m.role === 'assistant')).toEqual([{ ...stopped, turnId: 't1' }]);

    // After a reload the flag comes from Redis (GET /api/threads/:id) and stays.
    s = run(s, {
      type: 'thread.loaded',
      threadId: T,
      detail: { thread: { id: T }, key: 'k', messages: [userMsg('u1', 'Hi, I am Ada'), stopped] },
    });
    expect(currentThread(s)!.messages[1]).toMatchObject({ id: 'a1', text: 'Once upon a', interrupted: true });
    const fresh = run(opened(), {
      type: 'thread.loaded',
      threadId: T,
      detail: { thread: { id: T }, key: 'k', messages: [userMsg('u1', 'Hi, I am Ada'), stopped] },
    });
    expect(currentThread(fresh)!.messages[1]).toEqual(stopped);
  });

  it('keeps at most five notices with unique ids', () => {
    let s = opened();
    for (let i = 0; i < 7; i++) s = run(s, frame({ type: 'error', code: 'x', message: `e${i}` }));
    expect(s.notices.map((n) => n.text)).toEqual(['e2', 'e3', 'e4', 'e5', 'e6']);
    s = run(s, { type: 'notice.dismissed', id: s.notices[0].id });
    expect(s.notices).toHaveLength(4);
  });
});

describe('reducer: memories', () => {
  it('follows live memory events of this agent only', () => {
    let s = run(opened(), { type: 'memories.loaded', items: [memory('m1', 'User name: Ada')], engine: 'fallback' });
    s = run(
      s,
      frame({ type: 'memory.stored', agentId: 'personal_assistant', memory: memory('m2', 'Diet: vegetarian') }),
      frame({ type: 'memory.stored', agentId: 'agent_work', memory: memory('w1', 'Works at Contoso', 'agent_work') }),
      frame({ type: 'memory.updated', agentId: 'personal_assistant', memory: memory('m1', 'User name: Ada Lovelace') }),
    );
    expect(s.memories.items.map((m) => m.text)).toEqual(['Diet: vegetarian', 'User name: Ada Lovelace']);
    expect(s.memories.engine).toBe('fallback');

    s = run(s, frame({ type: 'memory.deleted', agentId: 'personal_assistant', id: 'm2' }));
    expect(s.memories.items.map((m) => m.id)).toEqual(['m1']);
    s = run(s, frame({ type: 'memory.cleared', agentId: 'agent_work' }));
    expect(s.memories.items).toHaveLength(1);
    s = run(s, frame({ type: 'memory.cleared', agentId: 'personal_assistant' }));
    expect(s.memories.items).toEqual([]);
  });

  it('keeps search results ranked while live edits and deletions apply to them', () => {
    let s = run(opened(), {
      type: 'memory.search.loaded',
      query: 'food',
      engine: 'fallback',
      items: [memory('m1', 'Diet: vegetarian', undefined, { score: 2.5 }), memory('m2', 'Likes pizza', undefined, { score: 1.1 })],
    });
    s = run(
      s,
      { type: 'memory.changed', memory: memory('m2', 'Likes pizza and pasta') },
      { type: 'memory.removed', id: 'm1' },
    );
    expect(s.memorySearch?.items).toEqual([memory('m2', 'Likes pizza and pasta', undefined, { score: 1.1 })]);
    s = run(s, { type: 'memory.search.cleared' });
    expect(s.memorySearch).toBeNull();
  });
});

describe('reducer: threads', () => {
  it('creates, selects and deletes threads', () => {
    let s = run(
      opened(),
      { type: 'thread.created', thread: { id: 'support_ticket_999', messageCount: 0 } },
      { type: 'thread.created', thread: { id: 'support_ticket_999', messageCount: 0 } },
    );
    expect(s.threads.map((t) => t.id)).toEqual(['support_ticket_999']);
    s = run(s, { type: 'thread.selected', threadId: 'support_ticket_999' });
    expect(s.currentThreadId).toBe('support_ticket_999');
    expect(currentThread(s)).toMatchObject({ loaded: false, messages: [] });
    s = run(s, { type: 'thread.missing', threadId: 'support_ticket_999' });
    expect(currentThread(s)!.loaded).toBe(true);
    s = run(s, { type: 'thread.deleted', threadId: 'support_ticket_999' });
    expect(s.currentThreadId).toBeNull();
    expect(s.threads).toEqual([]);
  });
});
