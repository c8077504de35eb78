import { describe, expect, it } from 'vitest';
import { restartDelayMs, workerNumber } from './workers';

describe('restartDelayMs', () => {
  it('doubles from 1 s with each death in a row, up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('workerNumber', () => {
  it('is undefined in a process that is not a cluster worker, whatever the environment says', () => {
    expect(workerNumber({ WORKSHOP_WORKER_NUMBER: '2' })).toBeUndefined();
  });
});
