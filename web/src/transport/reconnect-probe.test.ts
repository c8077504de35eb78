import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROBE_INTERVAL_MS, ReconnectProbe, probeVerdict, serverAnswered } from './reconnect-probe';

describe('probeVerdict', () => {
  it('reconnects when the server answers for the first time in an outage', () => {
    expect(probeVerdict(null, true)).toBe('reconnect');
    expect(probeVerdict(false, true)).toBe('reconnect');
  });

  it('waits while the server is away, and while it keeps answering (the socket backs off by itself)', () => {
    expect(probeVerdict(null, false)).toBe('wait');
    expect(probeVerdict(true, false)).toBe('wait');
    expect(probeVerdict(true, true)).toBe('wait');
  });
});

describe('serverAnswered', () => {
  it('counts our own answers, Redis-down 503 included, but not a proxy 502 or 504', () => {
    expect([200, 404, 503].map(serverAnswered)).toEqual([true, true, true]);
    expect([502, 504, 0].map(serverAnswered)).toEqual([false, false, false]);
  });
});

describe('ReconnectProbe', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A probe whose check answers from `answers`, in order (the last repeats). */
  function makeProbe(answers: Array<boolean | Error>) {
    let i = 0;
    const check = vi.fn(async () => {
      const answer = answers[Math.min(i++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    });
    const onAnswer = vi.fn();
    return { probe: new ReconnectProbe({ check, onAnswer }), check, onAnswer };
  }

  it('checks at once, then every interval, and calls onAnswer when the server comes back', async () => {
    const { probe, check, onAnswer } = makeProbe([false, new Error('refused'), true]);
    probe.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(PROBE_INTERVAL_MS);
    expect(check).toHaveBeenCalledTimes(2);
    expect(onAnswer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PROBE_INTERVAL_MS);
    expect(onAnswer).toHaveBeenCalledTimes(1);
    probe.stop();
  });

  it('does not call onAnswer again while the server keeps answering', async () => {
    const { probe, onAnswer } = makeProbe([true]);
    probe.start();
    await vi.advanceTimersByTimeAsync(PROBE_INTERVAL_MS * 5);
    expect(onAnswer).toHaveBeenCalledTimes(1);
    probe.stop();
  });

  it('calls onAnswer again after the server went away and came back once more', async () => {
    const { probe, onAnswer } = makeProbe([true, false, true]);
    probe.start();
    await vi.advanceTimersByTimeAsync(PROBE_INTERVAL_MS * 3);
    expect(onAnswer).toHaveBeenCalledTimes(2);
    probe.stop();
  });

  it('stops polling on stop(), ignores a check in flight, and starts afresh', async () => {
    let resolve: (v: boolean) => void = () => undefined;
    const check = vi.fn(() => new Promise<boolean>((r) => (resolve = r)));
    const onAnswer = vi.fn();
    const probe = new ReconnectProbe({ check, onAnswer, intervalMs: 100 });
    probe.start();
    probe.start(); // idempotent
    expect(check).toHaveBeenCalledTimes(1);
    probe.stop();
    expect(probe.active).toBe(false);
    resolve(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onAnswer).not.toHaveBeenCalled();
    expect(check).toHaveBeenCalledTimes(1);

    probe.start();
    expect(check).toHaveBeenCalledTimes(2);
    resolve(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(onAnswer).toHaveBeenCalledTimes(1);
    probe.stop();
  });
});
