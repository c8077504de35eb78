import { describe, expect, it } from 'vitest';
import { newThreadId, threadIdProblem } from './thread-id';

describe('thread ids', () => {
  it('accepts ids like the workshop uses and rejects unsafe ones', () => {
    expect(threadIdProblem('support_ticket_12345')).toBeNull();
    expect(threadIdProblem('chat-2024.05:a')).toBeNull();
    expect(threadIdProblem('')).toMatch(/generated/);
    expect(threadIdProblem('a b')).toMatch(/letters/);
    expect(threadIdProblem('x'.repeat(129))).toMatch(/128/);
    expect(threadIdProblem('{tag}')).not.toBeNull();
  });

  it('generates distinct valid ids', () => {
    const a = newThreadId();
    const b = newThreadId();
    expect(a).not.toBe(b);
    expect(threadIdProblem(a)).toBeNull();
    expect(a).toMatch(/^chat_[0-9a-f]{8}$/);
  });
});
