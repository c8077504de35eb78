import { describe, expect, it } from 'vitest';
import { cutShortHint, cutShortReason, retryDetails, retryLabel, tokensLabel } from './turn-labels';

describe('turn labels', () => {
  it('shows tokens in and out', () => {
    expect(tokensLabel({ inputTokens: 812, outputTokens: 64 })).toBe('tokens 812 in · 64 out');
  });

  it('summarises retries with their reasons and the total wait', () => {
    expect(retryLabel([])).toBeNull();
    expect(retryLabel([], 0)).toBeNull();
    const retries = [
      { attempt: 1, delayMs: 400, reason: 'HTTP 429' },
      { attempt: 2, delayMs: 600, reason: 'HTTP 429' },
    ];
    expect(retryLabel(retries, 2)).toBe('retried 2× (HTTP 429, waited 1.0 s)');
    expect(retryLabel([{ attempt: 1, delayMs: 250, reason: 'HTTP 503' }])).toBe('retried 1× (HTTP 503, waited 250 ms)');
    // Only the finish count known (no retry frames seen): the count alone.
    expect(retryLabel([], 3)).toBe('retried 3×');
    expect(retryDetails(retries)).toBe('attempt 1: HTTP 429, waited 400 ms\nattempt 2: HTTP 429, waited 600 ms');
  });

  it('names only the finish reasons that cut a reply short', () => {
    expect(cutShortReason('length')).toBe('output limit');
    expect(cutShortReason('content-filter')).toBe('content filter');
    for (const reason of ['stop', 'tool-calls', 'other', undefined] as const) {
      expect(cutShortReason(reason)).toBeNull();
      expect(cutShortHint(reason)).toBeUndefined();
    }
    expect(cutShortHint('length')).toMatch(/output token limit/);
  });
});
