import { describe, expect, it } from 'vitest';
import { currentThread } from '../selectors';
import type { UiAction, UiState } from '../types';
import { frame, opened, reply, run, T, userMsg } from './test-fixtures';

/** Thread `T` loaded with two turns: q1 → a1, q2 → a2. */
function twoTurns(): UiState {
  return run(opened(), {
    type: 'thread.loaded',
    threadId: T,
    detail: { thread: { id: T }, key: 'k', messages: [userMsg('q1', 'My name is Ada'), reply('a1', 'Hi Ada'), userMsg('q2', 'I like green'), reply('a2', 'Noted')] },
  });
}

/** This tab sends `text` as message `messageId`, replacing `rewindTo` when given. */
const send = (requestId: string, messageId: string, text: string, rewindTo?: string): UiAction => ({
  type: 'turn.requested',
  request: { requestId, threadId: T, userMessageId: messageId, sentAt: 500, ...(rewindTo ? { rewindTo } : {}) },
  text,
  now: 3000,
});

const shown = (s: UiState) => currentThread(s)!.messages.map((m) => [m.id, m.pending ? 'pending' : m.failed ? 'failed' : 'stored']);
const count = (s: UiState) => s.threads.find((t) => t.id === T)?.messageCount;

describe('reducer: edit and resend, regenerate', () => {
  it('takes the replaced message and what follows out of the view at once, and sends the new one', () => {
    const s = run(twoTurns(), send('r1', 'q2b', 'I like blue', 'q2'));
    expect(shown(s)).toEqual([['q1', 'stored'], ['a1', 'stored'], ['q2b', 'pending']]);
    expect(currentThread(s)!.messages[2]).toMatchObject({ text: 'I like blue', rewindTo: 'q2' });
    expect(count(s)).toBe(2);
    expect(s.pending.r1.replaced?.map((m) => m.id)).toEqual(['q2', 'a2']);
  });

  it('keeps the cut once the server rewound, even when the turn is refused afterwards', () => {
    let s = run(twoTurns(), send('r1', 'q2b', 'I like blue', 'q2'), frame({ type: 'thread.rewound', threadId: T, fromMessageId: 'q2' }));
    expect(s.pending.r1.replaced).toBeUndefined();
    expect(count(s)).toBe(2);
    s = run(s, frame({ type: 'error', code: 'redis_unavailable', message: 'Redis is unreachable', requestId: 'r1' }));
    expect(shown(s)).toEqual([['q1', 'stored'], ['a1', 'stored'], ['q2b', 'failed']]);
  });

  it('puts the replaced messages back when the request is refused before any rewind', () => {
    const s = run(twoTurns(), send('r1', 'q2b', 'I like blue', 'q2'), frame({ type: 'error', code: 'turn_in_progress', message: 'a reply is still running', requestId: 'r1' }));
    expect(shown(s)).toEqual([['q1', 'stored'], ['a1', 'stored'], ['q2', 'stored'], ['a2', 'stored'], ['q2b', 'failed']]);
    expect(count(s)).toBe(4);
    expect(s.notices.map((n) => n.text)).toEqual(['a reply is still running']);
  });

  it('shows the new turn in place of the old one when it finishes', () => {
    const timings = { memorySearch: 1, model: 2, tools: 0, historyWrite: 1, memoryWrite: 1, total: 5 };
    const s = run(
      twoTurns(),
      send('r1', 'q2b', 'I like blue', 'q2'),
      frame({ type: 'thread.rewound', threadId: T, fromMessageId: 'q2' }),
      frame({ type: 'turn.started', requestId: 'r1', turnId: 't1', threadId: T, agentId: 'personal_assistant' }),
      frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('q2b', 'I like blue') }),
      frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: reply('a2b', 'Blue it is'), timings }),
    );
    expect(shown(s)).toEqual([['q1', 'stored'], ['a1', 'stored'], ['q2b', 'stored'], ['a2b', 'stored']]);
    expect(currentThread(s)!.messages[2]).not.toHaveProperty('rewindTo');
    expect(count(s)).toBe(4);
  });

  it("another tab's rewind cuts this view, keeping this tab's unsent messages; an unknown id changes nothing", () => {
    let s = run(twoTurns(), send('r9', 'mine', 'Still typing this'), frame({ type: 'error', code: 'redis_unavailable', message: 'down', requestId: 'r9' }));
    const version = s.liveVersion;
    s = run(s, frame({ type: 'thread.rewound', threadId: T, fromMessageId: 'a1' }));
    expect(shown(s)).toEqual([['q1', 'stored'], ['mine', 'failed']]);
    expect(count(s)).toBe(1);
    expect(s.liveVersion).toBe(version + 1);
    const same = run(s, frame({ type: 'thread.rewound', threadId: T, fromMessageId: 'gone' }));
    expect(shown(same)).toEqual(shown(s));
    expect(count(same)).toBe(1);
  });
});

describe('reducer: retrying a message that was not sent', () => {
  it('sends it again under the same id, the refused copy replaced by one pending copy at the end', () => {
    let s = run(twoTurns(), send('r1', 'u9', 'What is my name?'), frame({ type: 'error', code: 'redis_unavailable', message: 'down', requestId: 'r1' }));
    s = run(s, frame({ type: 'message.stored', threadId: T, agentId: 'personal_assistant', message: userMsg('other', 'sent from another tab') }));
    expect(shown(s).slice(-2)).toEqual([['u9', 'failed'], ['other', 'stored']]);
    s = run(s, send('r2', 'u9', 'What is my name?'));
    expect(shown(s).slice(-2)).toEqual([['other', 'stored'], ['u9', 'pending']]);
    expect(currentThread(s)!.messages.filter((m) => m.id === 'u9')).toHaveLength(1);
    expect(s.pending.r2.userMessageId).toBe('u9');
  });

  it('keeps a refused message through a reload from Redis, unless Redis holds it after all', () => {
    let s = run(twoTurns(), send('r1', 'u9', 'What is my name?'), frame({ type: 'error', code: 'redis_unavailable', message: 'down', requestId: 'r1' }));
    const detail = { thread: { id: T }, key: 'k', messages: [userMsg('q1', 'My name is Ada'), reply('a1', 'Hi Ada')] };
    s = run(s, { type: 'thread.loaded', threadId: T, detail, resumed: true });
    expect(shown(s)).toEqual([['q1', 'stored'], ['a1', 'stored'], ['u9', 'failed']]);
    s = run(s, { type: 'thread.loaded', threadId: T, detail: { ...detail, messages: [...detail.messages, userMsg('u9', 'What is my name?')] } });
    expect(shown(s)).toEqual([['q1', 'stored'], ['a1', 'stored'], ['u9', 'stored']]);
  });
});
