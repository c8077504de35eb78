import { describe, expect, it } from 'vitest';
import { currentThread, isBusy, redisDown, streamingIn } from '../selectors';
import { frame, opened, requested, run, T, userMsg } from './test-fixtures';

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

  it('drops the notices Redis being down caused once it is back, and keeps the others', () => {
    let s = run(
      opened(),
      frame({ type: 'redis.status', redis: { connected: false } }),
      frame({ type: 'error', code: 'redis_unavailable', message: 'reading the display name failed: Redis is unreachable' }),
      { type: 'notice', kind: 'error', text: 'That thread id is not valid', code: 'invalid_argument' },
      { type: 'notice', kind: 'error', text: 'saving failed: Redis is unreachable', code: 'redis_unavailable' },
    );
    expect(s.notices).toHaveLength(3);
    // Still down: a health answer that says so changes nothing.
    s = run(s, { type: 'health.loaded', httpStatus: 503, health: null });
    expect(s.notices).toHaveLength(3);
    s = run(s, frame({ type: 'redis.status', redis: { connected: true, version: '7.0.15' } }));
    expect(s.notices.map((n) => n.text)).toEqual(['That thread id is not valid']);

    // Recovery seen only through /api/health (no socket yet) clears them too.
    s = run(s, { type: 'notice', kind: 'error', text: 'listing threads failed: Redis is unreachable', code: 'redis_unavailable' });
    s = run(s, {
      type: 'health.loaded',
      httpStatus: 200,
      health: { status: 'ok', redis: { connected: true, search: 'fallback' }, model: { provider: 'offline', model: 'offline' } },
    });
    expect(s.notices.map((n) => n.code)).toEqual(['invalid_argument']);
  });
});
