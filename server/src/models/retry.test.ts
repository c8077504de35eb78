import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, isRetryableFailure, requestedDelayMs, retryDelay, sleep } from './retry';

const headers = (h: Record<string, string>) => new Headers(h);

describe('retryDelay', () => {
  it('retries rate limits, server errors and dropped connections, never a refused key or a bad request', () => {
    for (const status of [408, 409, 429, 500, 502, 503]) expect(isRetryableFailure({ status })).toBe(true);
    expect(isRetryableFailure({})).toBe(true);
    for (const status of [400, 401, 403, 404, 422]) expect(isRetryableFailure({ status })).toBe(false);
    expect(isRetryableFailure({ status: 503, final: true })).toBe(false);
  });

  it('waits what the server asks, in any of its spellings', () => {
    expect(requestedDelayMs(headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(requestedDelayMs(headers({ 'retry-after': '3' }))).toBe(3000);
    expect(requestedDelayMs({ 'retry-after': '0' })).toBe(0);
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(requestedDelayMs(headers({ 'retry-after': 'Wed, 02 Dec 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(requestedDelayMs(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryDelay({ status: 429, headers: headers({ 'retry-after': '2' }) }, 1)).toBe(2000);
  });

  it('gives up at once when the server asks for longer than the policy accepts', () => {
    expect(retryDelay({ status: 429, headers: headers({ 'retry-after': '120' }) }, 1)).toBeUndefined();
  });

  it('backs off exponentially with jitter, and stops after maxRetries', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: 3, baseDelayMs: 400 };
    expect(retryDelay({ status: 503 }, 1, policy, () => 0)).toBe(200);
    expect(retryDelay({ status: 503 }, 1, policy, () => 1)).toBe(400);
    expect(retryDelay({ status: 503 }, 3, policy, () => 1)).toBe(1600);
    expect(retryDelay({ status: 503 }, 4, policy)).toBeUndefined();
    expect(retryDelay({ status: 503 }, 1, { ...policy, maxRetries: 0 })).toBeUndefined();
  });

  it('sleep ends early when the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
