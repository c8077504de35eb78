import { describe, expect, it } from 'vitest';
import { HttpError } from './errors';
import { RoomLimits } from './room-limits';

const refusal = async (promise: Promise<unknown>): Promise<HttpError> => {
  try {
    await promise;
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('RoomLimits: turns', () => {
  it('lets an attendee send turnsPerMinute turns, then says when to try again', async () => {
    const limits = new RoomLimits({ turnsPerMinute: 3 });
    for (let i = 0; i < 3; i++) (await limits.admitTurn('ada'))();
    const refused = await refusal(limits.admitTurn('ada'));
    expect(refused.code).toBe('rate_limited');
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Someone else is not affected.
    (await limits.admitTurn('bo'))();
  });

  it('bounds the turns one attendee runs at once, and frees a place when one ends', async () => {
    const limits = new RoomLimits({ turnsAtOncePerAttendee: 2 });
    const first = await limits.admitTurn('ada');
    await limits.admitTurn('ada');
    expect((await refusal(limits.admitTurn('ada'))).code).toBe('too_many_turns');
    first();
    first(); // a second call frees nothing more
    await limits.admitTurn('ada');
    expect((await refusal(limits.admitTurn('ada'))).code).toBe('too_many_turns');
  });

  it('queues turns past turnsAtOnce, in order, and admits them as places free up', async () => {
    const limits = new RoomLimits({ turnsAtOnce: 2 });
    const a = await limits.admitTurn('a');
    const b = await limits.admitTurn('b');
    const order: string[] = [];
    const c = limits.admitTurn('c').then((free) => (order.push('c'), free));
    const d = limits.admitTurn('d').then((free) => (order.push('d'), free));
    await new Promise((r) => setTimeout(r, 20));
    expect(limits.load()).toEqual({ running: 2, queued: 2, saturated: true });
    expect(order).toEqual([]);
    a();
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    await new Promise((r) => setTimeout(r, 0));
    expect(limits.load()).toEqual({ running: 0, queued: 0, saturated: false });
  });

  it('answers busy (not a Redis error) when the queue is full or the wait too long', async () => {
    const limits = new RoomLimits({ turnsAtOnce: 1, maxQueued: 1, queueTimeoutMs: 50 });
    const running = await limits.admitTurn('a');
    const waiting = limits.admitTurn('b');
    const full = await refusal(limits.admitTurn('c'));
    expect(full.code).toBe('busy');
    expect(full.retryAfterSeconds).toBeGreaterThan(0);
    const timedOut = await refusal(waiting);
    expect(timedOut.code).toBe('busy');
    // The one that gave up does not hold a place: the next turn runs as soon as the first ends.
    running();
    const next = await limits.admitTurn('d');
    expect(limits.load().running).toBe(1);
    next();
  });

  it('lets a waiting turn be cancelled, and its attendee keeps no place', async () => {
    const limits = new RoomLimits({ turnsAtOnce: 1, turnsAtOncePerAttendee: 1 });
    const running = await limits.admitTurn('a');
    const controller = new AbortController();
    const waiting = limits.admitTurn('b', controller.signal);
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    expect((await refusal(waiting)).code).toBe('busy');
    // Cancelled before it even asked: refused at once.
    const early = new AbortController();
    early.abort();
    expect((await refusal(limits.admitTurn('c', early.signal))).code).toBe('busy');
    running();
    (await limits.admitTurn('b'))();
  });
});

describe('RoomLimits: sockets', () => {
  it('bounds sockets per attendee and per address, and counts a closed one only once', () => {
    const limits = new RoomLimits({ socketsPerAttendee: 2, socketsPerAddress: 2 });
    const one = limits.openSocket('ada', '10.0.0.1');
    limits.openSocket('ada', '10.0.0.1');
    expect(() => limits.openSocket('ada', '10.0.0.2')).toThrow(expect.objectContaining({ code: 'too_many_connections' }));
    one();
    one();
    limits.openSocket('ada', '10.0.0.2');
    limits.openSocket('bo', '10.0.0.1');
    // Two from 10.0.0.1 now: a third person behind that address waits for one to close.
    expect(() => limits.openSocket('cy', '10.0.0.1')).toThrow(expect.objectContaining({ code: 'too_many_connections' }));
    limits.openSocket('cy', '10.0.0.3');
  });
});
