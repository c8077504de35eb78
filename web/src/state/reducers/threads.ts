/** Threads and their messages: the thread list, the open thread, loads from Redis, live messages. */
import type { ChatMessage, ThreadState, UiState } from '../types';
import type { ActionHandlers, FrameHandlers } from './handlers';
import { emptyThread, upsertMessage, upsertSummary, withTurn } from './messages';

/** Thread actions: list and detail loads, selection, creation, deletion, the resume banner. */
export const threadActions = {
  'threads.loaded': (state, action) => ({ ...state, threads: action.threads }),

  'thread.selected': (state, action) => {
    const threadsById = state.threadsById[action.threadId]
      ? state.threadsById
      : { ...state.threadsById, [action.threadId]: emptyThread(action.threadId) };
    const resumed = state.resumed?.threadId === action.threadId ? state.resumed : null;
    return { ...state, currentThreadId: action.threadId, threadsById, resumed };
  },

  'thread.created': (state, action) => ({
    ...state,
    threads: state.threads.some((t) => t.id === action.thread.id) ? state.threads : [action.thread, ...state.threads],
  }),

  'thread.deleted': (state, action) => {
    const { [action.threadId]: _removed, ...threadsById } = state.threadsById;
    return {
      ...state,
      threads: state.threads.filter((t) => t.id !== action.threadId),
      threadsById,
      currentThreadId: state.currentThreadId === action.threadId ? null : state.currentThreadId,
      resumed: state.resumed?.threadId === action.threadId ? null : state.resumed,
    };
  },

  'thread.loaded': (state, action) => {
    const { detail } = action;
    const previous = state.threadsById[action.threadId] ?? emptyThread(action.threadId);
    const stored: ChatMessage[] = detail.messages.map((m) => withTurn(m, previous));
    const storedIds = new Set(stored.map((m) => m.id));
    // Messages this tab sent that Redis does not hold yet (a turn still on its way) stay.
    const stillPending = previous.messages.filter((m) => m.pending && !storedIds.has(m.id));
    const thread: ThreadState = {
      ...previous,
      messages: [...stored, ...stillPending],
      loaded: true,
      key: detail.key,
      maxMessages: detail.maxMessages,
      ttlSeconds: detail.ttlSeconds,
      ttlRemaining: detail.ttlRemaining,
    };
    return {
      ...state,
      threadsById: { ...state.threadsById, [action.threadId]: thread },
      threads: upsertSummary(state.threads, { ...detail.thread, id: action.threadId, messageCount: detail.messages.length }),
      resumed: action.resumed ? { threadId: action.threadId, count: detail.messages.length, key: detail.key } : state.resumed,
    };
  },

  'thread.missing': (state, action) => {
    const previous = state.threadsById[action.threadId] ?? emptyThread(action.threadId);
    const thread: ThreadState = { ...previous, messages: previous.messages.filter((m) => m.pending), loaded: true };
    return { ...state, threadsById: { ...state.threadsById, [action.threadId]: thread } };
  },

  'resumed.dismissed': (state) => ({ ...state, resumed: null }),
} satisfies ActionHandlers;

/** Live thread frames: a message stored (by this tab's turn or another tab), a thread emptied. */
export const threadFrames = {
  'message.stored': (state, frame) => {
    let next: UiState = state;
    for (const s of Object.values(state.streaming)) {
      if (s.messageId === frame.message.id) {
        const { [s.turnId]: _stored, ...rest } = next.streaming;
        next = { ...next, streaming: rest };
      }
    }
    const turnId = Object.values(state.streaming).find((s) => s.messageId === frame.message.id)?.turnId;
    next = upsertMessage(next, frame.threadId, turnId ? { ...frame.message, turnId } : frame.message);
    return { ...next, liveVersion: next.liveVersion + 1 };
  },

  'thread.cleared': (state, frame) => {
    const previous = state.threadsById[frame.threadId];
    const threadsById = previous
      ? { ...state.threadsById, [frame.threadId]: { ...previous, messages: [] } }
      : state.threadsById;
    return {
      ...state,
      threadsById,
      threads: state.threads.map((t) => (t.id === frame.threadId ? { ...t, messageCount: 0 } : t)),
      liveVersion: state.liveVersion + 1,
    };
  },
} satisfies FrameHandlers;
