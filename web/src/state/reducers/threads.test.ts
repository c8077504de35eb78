import { describe, expect, it } from 'vitest';
import { currentThread, streamingIn } from '../selectors';
import { finished, frame, opened, reply, requested, run, T, userMsg } from './test-fixtures';

describe('reducer: live messages are deduplicated by id', () => {
  it('replaces the optimistic user message and ignores repeated frames', () => {
    let s = requested(opened());
    const stored = frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('u1', 'Hi, I am Ada') });
    s = run(s, stored, stored);
    expect(currentThread(s)!.messages).toEqual([userMsg('u1', 'Hi, I am Ada')]);
  });

  it('drops the streaming copy when the stored reply overtakes turn.finished, and ignores late deltas', () => {
    let s = requested(opened());
    s = run(
      s,
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: 'Hello' }),
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: reply('a1', 'Hello Ada') }),
      frame({ type: 'text.delta', turnId: 't1', messageId: 'a1', text: ' Ada' }),
    );
    expect(streamingIn(s, T)).toBeNull();
    s = run(s, finished('Hello Ada', { memorySearch: 1, model: 1, tools: 0, historyWrite: 1, memoryWrite: 1, total: 4 }));
    const ids = currentThread(s)!.messages.map((m) => m.id);
    expect(ids).toEqual(['u1', 'a1']);
    expect(currentThread(s)!.messages[1].turnId).toBe('t1');
  });

  it('titles a new thread with its first message, as the server does, without a reload', () => {
    let s = run(opened(), frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('f1', 'My first question') }));
    s = run(s, frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('f2', 'A second one') }));
    expect(s.threads.find((t) => t.id === T)?.title).toBe('My first question');
  });

  it('appends messages stored from another tab and counts them in the thread list', () => {
    let s = run(opened(), { type: 'threads.loaded', threads: [{ id: T, messageCount: 2, updatedAt: 1 }] });
    s = run(
      s,
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('x1', 'from tab 2') }),
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('x1', 'from tab 2') }),
    );
    expect(currentThread(s)!.messages.map((m) => m.text)).toEqual(['from tab 2']);
    expect(s.threads).toEqual([{ id: T, messageCount: 3, updatedAt: 1000 }]);
    expect(s.liveVersion).toBe(2);
  });

  it('drops a thread deleted elsewhere from the list, and closes it when open', () => {
    let s = run(opened(), frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('x1', 'a') }));
    s = run(s, { type: 'thread.created', thread: { id: 'other', messageCount: 2 } });
    s = run(s, frame({ type: 'thread.deleted', threadId: 'other' }));
    expect(s.threads.map((t) => t.id)).toEqual([T]);
    expect(s.currentThreadId).toBe(T);
    s = run(s, frame({ type: 'thread.deleted', threadId: T }));
    expect(s.threads).toEqual([]);
    expect(s.currentThreadId).toBeNull();
    expect(s.threadsById[T]).toBeUndefined();
  });
});

describe('reducer: threads', () => {
  it('creates, selects and deletes threads', () => {
    let s = run(
      opened(),
      { type: 'thread.created', thread: { id: 'support_ticket_999', messageCount: 0 } },
      { type: 'thread.created', thread: { id: 'support_ticket_999', messageCount: 0 } },
    );
    expect(s.threads.map((t) => t.id)).toEqual(['support_ticket_999']);
    s = run(s, { type: 'thread.selected', threadId: 'support_ticket_999' });
    expect(s.currentThreadId).toBe('support_ticket_999');
    expect(currentThread(s)).toMatchObject({ loaded: false, messages: [] });
    s = run(s, { type: 'thread.missing', threadId: 'support_ticket_999' });
    expect(currentThread(s)!.loaded).toBe(true);
    s = run(s, { type: 'thread.deleted', threadId: 'support_ticket_999' });
    expect(s.currentThreadId).toBeNull();
    expect(s.threads).toEqual([]);
  });

  it('lists older pages below the first, without repeats, until no cursor follows', () => {
    const t = (id: string, updatedAt: number) => ({ id, messageCount: 1, updatedAt });
    let s = run(opened(), { type: 'threads.loaded', threads: [t('n2', 30), t('n1', 20)], nextCursor: '20:n1' });
    expect(s.threadsCursor).toBe('20:n1');
    // The open thread was listed live meanwhile; the older page holds it too.
    s = run(s, { type: 'thread.created', thread: t(T, 5) });
    s = run(s, { type: 'threads.older.loaded', threads: [t('o1', 10), t(T, 5)], nextCursor: '5:' + T });
    expect(s.threads.map((x) => x.id)).toEqual([T, 'n2', 'n1', 'o1']);
    s = run(s, { type: 'threads.older.loaded', threads: [t('o0', 1)] });
    expect(s.threads.map((x) => x.id)).toEqual([T, 'n2', 'n1', 'o1', 'o0']);
    expect(s.threadsCursor).toBeNull();
  });

  it('starts over at the first page on a reload, keeping the open thread listed', () => {
    const t = (id: string, updatedAt: number) => ({ id, messageCount: 1, updatedAt });
    let s = run(opened(), { type: 'threads.loaded', threads: [t('n1', 20)], nextCursor: '20:n1' });
    s = run(s, { type: 'threads.older.loaded', threads: [t('o1', 10), t(T, 5)] });
    expect(s.threadsCursor).toBeNull();
    s = run(s, { type: 'threads.loaded', threads: [t('n2', 30), t('n1', 20)], nextCursor: '20:n1' });
    expect(s.threads.map((x) => x.id)).toEqual(['n2', 'n1', T]);
    expect(s.threadsCursor).toBe('20:n1');
  });
});
