import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Heartbeat } from './heartbeat';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function run(options = { intervalMs: 1_000, timeoutMs: 300 }, sendWorks = true) {
  const heartbeat = new Heartbeat(options);
  const log = { sent: 0, dead: 0 };
  heartbeat.start({
    send: () => {
      log.sent += 1;
      return sendWorks;
    },
    dead: () => {
      log.dead += 1;
    },
  });
  return { heartbeat, log };
}

describe('Heartbeat', () => {
  it('keeps a connection that answers: one check per interval, never dead', () => {
    const { heartbeat, log } = run();
    for (let i = 0; i < 5; i++) {
      // A check at each full second, answered 100 ms later.
      vi.advanceTimersByTime(i === 0 ? 1_000 : 900);
      vi.advanceTimersByTime(100);
      heartbeat.heard();
    }
    vi.advanceTimersByTime(250);
    expect(log).toEqual({ sent: 5, dead: 0 });
  });

  it('gives up a silent connection once, timeoutMs after the check', () => {
    const { log } = run();
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual({ sent: 1, dead: 0 });
    vi.advanceTimersByTime(299);
    expect(log.dead).toBe(0);
    vi.advanceTimersByTime(1);
    expect(log).toEqual({ sent: 1, dead: 1 });
    // Stopped by giving up: no further checks on the dead connection.
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual({ sent: 1, dead: 1 });
  });

  it('any frame counts as an answer; a check waiting for its answer is not sent twice', () => {
    const { heartbeat, log } = run({ intervalMs: 1_000, timeoutMs: 600 });
    vi.advanceTimersByTime(1_000);
    heartbeat.checkNow();
    expect(log.sent).toBe(1);
    vi.advanceTimersByTime(500);
    heartbeat.heard();
    vi.advanceTimersByTime(400);
    expect(log.dead).toBe(0);
  });

  it('checkNow() checks at once (a page that woke up) and gives a silent connection up after timeoutMs', () => {
    const { heartbeat, log } = run({ intervalMs: 60_000, timeoutMs: 300 });
    heartbeat.checkNow();
    expect(log.sent).toBe(1);
    vi.advanceTimersByTime(300);
    expect(log.dead).toBe(1);
  });

  it('a check that cannot be sent gives the connection up at once', () => {
    const { log } = run(undefined, false);
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual({ sent: 1, dead: 1 });
  });

  it('stop() ends the checks and a pending deadline; checkNow() then does nothing', () => {
    const { heartbeat, log } = run();
    vi.advanceTimersByTime(1_000);
    heartbeat.stop();
    heartbeat.checkNow();
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual({ sent: 1, dead: 0 });
  });
});
