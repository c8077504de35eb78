import { describe, expect, it } from 'vitest';
import { toRedisError } from './connect-errors';

describe('toRedisError', () => {
  it('says plainly when Redis is out of memory, and what to do', () => {
    const err = toRedisError(new Error("OOM command not allowed when used memory > 'maxmemory'."), 'storing memory');
    expect(err.code).toBe('redis_command_failed');
    expect(err.message).toMatch(/^storing memory failed: Redis is out of memory \(maxmemory reached\).*raise maxmemory/);
  });

  it('keeps other command errors as Redis wrote them', () => {
    expect(toRedisError(new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), 'reading').message).toBe(
      'reading failed: WRONGTYPE Operation against a key holding the wrong kind of value',
    );
  });
});
