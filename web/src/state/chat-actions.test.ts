import { describe, expect, it } from 'vitest';
import { regenerateTarget, retryRewindTarget } from './chat-actions';
import type { ChatMessage } from './types';

const m = (id: string, role: ChatMessage['role'], extra: Partial<ChatMessage> = {}): ChatMessage => ({ id, role, text: `text of ${id}`, createdAt: 1, ...extra });

describe('regenerateTarget', () => {
  it('is the last reply and the question it answers, tool steps and a refused message after it aside', () => {
    const messages = [m('q1', 'user'), m('a1', 'assistant'), m('q2', 'user'), m('call', 'assistant', { toolCalls: [] }), m('result', 'tool'), m('a2', 'assistant'), m('unsent', 'user', { failed: true })];
    expect(regenerateTarget(messages)).toEqual({ replyId: 'a2', question: messages[2] });
  });

  it('is nothing while the last question has no reply, or there is no question', () => {
    expect(regenerateTarget([m('q1', 'user'), m('a1', 'assistant'), m('q2', 'user')])).toBeNull();
    expect(regenerateTarget([m('q1', 'user'), m('a1', 'assistant'), m('q2', 'user', { pending: true })])?.replyId).toBe('a1');
    expect(regenerateTarget([m('welcome', 'system'), m('a0', 'assistant')])).toBeNull();
    expect(regenerateTarget([])).toBeNull();
  });
});

describe('retryRewindTarget', () => {
  it('repeats the rewind while the replaced message is still stored, and not once it is gone', () => {
    const failed = m('edit', 'user', { failed: true, rewindTo: 'q2' });
    expect(retryRewindTarget([m('q1', 'user'), m('q2', 'user'), failed], failed)).toBe('q2');
    expect(retryRewindTarget([m('q1', 'user'), failed], failed)).toBeUndefined();
    expect(retryRewindTarget([m('q1', 'user'), m('q2', 'user', { failed: true }), failed], failed)).toBeUndefined();
    const plain = m('plain', 'user', { failed: true });
    expect(retryRewindTarget([m('q1', 'user'), plain], plain)).toBeUndefined();
  });
});
