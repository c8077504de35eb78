import { describe, expect, it } from 'vitest';
import { currentThread, isBusy, streamingIn, turnOf, turnsOf } from '../selectors';
import type { UiState } from '../types';
import { finished, frame, memory, modelContext, opened, reply, requested, run, T, userMsg } from './test-fixtures';

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
      finished('Nice to meet you, Ada.', { memorySearch: 3, model: 40, tools: 0, historyWrite: 2, memoryWrite: 4, total: 50 }),
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

    s = run(s, finished('Hello Ada', timings, { usage: { inputTokens: 812, outputTokens: 64 }, finishReason: 'stop', retries: 2 }));
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

  it("keeps the latest model call's context, whose turn tokens cover the earlier calls", () => {
    let s = run(started(), frame({ type: 'turn.context', turnId: 't1', context: modelContext(1, 120) }));
    expect(s.turns.t1.modelContext).toMatchObject({ call: 1, tokens: 120, turnTokens: 120 });
    const second = modelContext(2, 180, 300, { toolRounds: { messages: [{ role: 'tool', text: '{"tempC":21}', chars: 12, tokens: 9, toolName: 'get_weather' }], count: 1, tokens: 9 } });
    s = run(s, frame({ type: 'turn.context', turnId: 't1', context: second }));
    expect(s.turns.t1.modelContext).toEqual(second);
    // A late repeat of the first call does not replace the newer one.
    const before = s;
    s = run(s, frame({ type: 'turn.context', turnId: 't1', context: modelContext(1, 120) }));
    expect(s).toBe(before);
    s = run(s, finished('It is 21°C.', timings, { usage: { inputTokens: 310, outputTokens: 20 } }));
    expect(s.turns.t1).toMatchObject({ modelContext: { turnTokens: 300 }, usage: { inputTokens: 310 } });
  });

  it('leaves the new fields out for a server that does not send them, and ignores frames of unknown turns', () => {
    let s = run(started(), frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: reply('a1', 'Hi'), timings }));
    expect(s.turns.t1).toMatchObject({ retries: [], notices: [] });
    expect(s.turns.t1).not.toHaveProperty('usage');
    expect(s.turns.t1).not.toHaveProperty('finishReason');
    expect(s.turns.t1).not.toHaveProperty('retryCount');
    expect(s.turns.t1).not.toHaveProperty('modelContext');
    const before = s;
    s = run(
      s,
      frame({ type: 'model.retry', turnId: 'other', attempt: 1, delayMs: 100, reason: 'HTTP 429' }),
      frame({ type: 'turn.notice', turnId: 'other', source: 'facts', message: 'x' }),
      frame({ type: 'turn.context', turnId: 'other', context: modelContext(1, 10) }),
    );
    expect(s).toEqual(before);
    expect(s.turns.other).toBeUndefined();
  });
});
