import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstRead, startFirstRead } from './first-reads';

describe('first reads of a demo page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands an early answer to the first caller only; later callers read again', async () => {
    const early = vi.fn(async () => 'early');
    startFirstRead('k1', early);
    const read = vi.fn(async () => 'fresh');
    expect(await firstRead('k1', read)).toBe('early');
    expect(read).not.toHaveBeenCalled();
    expect(await firstRead('k1', read)).toBe('fresh');
    expect(early).toHaveBeenCalledTimes(1);
  });

  it('reads when nothing was started, when the early read chose not to, or when its answer is stale', async () => {
    expect(await firstRead('k2', async () => 'fresh')).toBe('fresh');
    startFirstRead('k3', async () => undefined);
    expect(await firstRead('k3', async () => 'fresh')).toBe('fresh');
    vi.useFakeTimers();
    startFirstRead('k4', async () => 'old');
    vi.advanceTimersByTime(6_000);
    expect(await firstRead('k4', async () => 'fresh')).toBe('fresh');
  });

  it('passes an early failure to its caller, and leaves none unhandled when nobody asks', async () => {
    startFirstRead('k5', async () => {
      throw new Error('refused');
    });
    await expect(firstRead('k5', async () => 'fresh')).rejects.toThrow('refused');
    startFirstRead('k6', async () => {
      throw new Error('never asked for');
    });
    await new Promise((r) => setTimeout(r, 0));
  });
});
