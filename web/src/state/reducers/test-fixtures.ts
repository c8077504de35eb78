/** Fixtures of the reducer tests: a frozen-state runner and a page that opened one thread. */
import type { ServerFrame, WireMemory, WireMessage, WireModelCallContext, WireTimings } from '@protocol';
import { initialState, reducer } from '../reducer';
import type { UiAction, UiState } from '../types';

/** Freezes deeply, so any mutation inside the reducer throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Applies the actions in order, each to a deeply frozen state. */
export function run(state: UiState, ...actions: UiAction[]): UiState {
  return actions.reduce((s, a) => reducer(deepFreeze(s), a), state);
}

/** A server frame as an action. */
export const frame = (f: ServerFrame): UiAction => ({ type: 'frame', frame: f });

/** The thread every test opens. */
export const T = 'support_ticket_12345';
/** A stored user message. */
export const userMsg = (id: string, text: string): WireMessage => ({ id, role: 'user', text, createdAt: 1000 });
/** A stored assistant reply. */
export const reply = (id: string, text: string): WireMessage => ({ id, role: 'assistant', text, createdAt: 2000 });
/** `turn.finished` of turn `t1` in thread `T`, its reply `a1` saying `text`. */
export function finished(text: string, timings: WireTimings, extra: Partial<Extract<ServerFrame, { type: 'turn.finished' }>> = {}): UiAction {
  return frame({ type: 'turn.finished', turnId: 't1', threadId: T, reply: reply('a1', text), timings, ...extra });
}
/** A memory of `personal_assistant` unless another agent is named. */
export const memory = (id: string, text: string, agentId = 'personal_assistant', extra: Partial<WireMemory> = {}): WireMemory => ({
  id,
  kind: 'fact',
  text,
  agentId,
  userId: 'u1',
  createdAt: 10,
  ...extra,
});

/** Connected, talking to `personal_assistant`, thread `T` open. */
export function opened(): UiState {
  return run(
    initialState,
    { type: 'connection', status: 'open' },
    { type: 'agent.selected', agentId: 'personal_assistant' },
    { type: 'thread.selected', threadId: T },
  );
}

/** This tab sent `text` in thread `T`. */
export function requested(state: UiState, requestId = 'r1', messageId = 'u1', text = 'Hi, I am Ada'): UiState {
  return run(state, {
    type: 'turn.requested',
    request: { requestId, threadId: T, agentId: 'personal_assistant', userMessageId: messageId, sentAt: 500 },
    text,
    now: 1000,
  });
}

/** What model call `call` of a turn was sent: instructions, one memory, two history messages, the user's message. */
export function modelContext(call: number, tokens: number, turnTokens = tokens, extra: Partial<WireModelCallContext> = {}): WireModelCallContext {
  const text = (t: string, n: number) => ({ text: t, chars: t.length, tokens: n });
  return {
    call,
    instructions: text('You are a friendly personal assistant.', 12),
    memories: { ...text('## Memories\n- User name: Ada', 14), count: 1 },
    history: {
      messages: [
        { role: 'user', ...text('Hi, I am Ada', 8) },
        { role: 'assistant', ...text('Nice to meet you, Ada.', 11) },
      ],
      count: 2,
      tokens: 19,
      window: 40,
    },
    userMessage: text('What is the weather in Paris?', 11),
    toolRounds: { messages: [], count: 0, tokens: 0 },
    tools: { names: ['get_weather'], tokens: 40 },
    tokens,
    turnTokens,
    tokenizer: 'o200k_base',
    ...extra,
  };
}
