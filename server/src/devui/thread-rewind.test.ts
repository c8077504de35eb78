import { describe, expect, it } from 'vitest';
import type { MemoryRecord } from '../memory/types';
import { memoriesToForget } from './thread-rewind';

const record = (id: string, extra: Partial<MemoryRecord>): MemoryRecord => ({ id, kind: 'message', content: id, createdAt: 1, conversationId: 't', ...extra });

describe('memoriesToForget', () => {
  const records: MemoryRecord[] = [
    record('said-kept', { messageId: 'm1' }),
    record('said-removed', { messageId: 'm2' }),
    record('tool-removed', { kind: 'tool', messageId: 'm3' }),
    record('said-elsewhere', { messageId: 'm2', conversationId: 'other' }),
    record('fact-only-removed', { kind: 'fact', messageId: 'm2', sourceIds: ['said-removed'] }),
    record('fact-also-kept', { kind: 'fact', messageId: 'm2', sourceIds: ['said-kept', 'said-removed'] }),
    record('fact-source-gone', { kind: 'fact', messageId: 'm2', sourceIds: ['deleted-by-hand'] }),
    record('fact-kept', { kind: 'fact', messageId: 'm1', sourceIds: ['said-kept'] }),
    record('no-conversation', { messageId: 'm2', conversationId: undefined, threadId: 't' }),
  ];

  it('forgets what the removed messages of this thread said, and facts no kept message states', () => {
    expect(memoriesToForget(records, 't', ['m2', 'm3'])).toEqual(['said-removed', 'tool-removed', 'no-conversation', 'fact-only-removed', 'fact-source-gone']);
  });

  it('forgets nothing when no memory came from the removed messages', () => {
    expect(memoriesToForget(records, 't', ['m9'])).toEqual([]);
    expect(memoriesToForget(records, 'third', ['m1', 'm2', 'm3'])).toEqual([]);
  });
});
