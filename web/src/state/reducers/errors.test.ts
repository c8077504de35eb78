import { describe, expect, it } from 'vitest';
import { currentThread, isBusy, streamingIn } from '../selectors';
import { frame, opened, reply, requested, run, T, userMsg } from './test-fixtures';

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
    for (let i = 0; i < 7; i++) s = run(s, frame({ type: 'error', code: 'internal_error', message: `e${i}` }));
    expect(s.notices.map((n) => n.text)).toEqual(['e2', 'e3', 'e4', 'e5', 'e6']);
    s = run(s, { type: 'notice.dismissed', id: s.notices[0].id });
    expect(s.notices).toHaveLength(4);
  });
});
