/** Threads and their messages: the thread list, the open thread, loads from Redis, live messages. */
import type { ChatMessage, ThreadState, UiState } from '../types';
import type { ActionHandlers, FrameHandlers } from './handlers';
import { cutThread, emptyThread, isUnsent, upsertMessage, upsertSummary, withTurn } from './messages';

/** Thread actions: list pages and detail loads, selection, creation, deletion, the resume banner. */
export const threadActions = {
  // The first page again (a load or reload): older pages shown before are dropped, since their
  // cursor no longer fits; the open thread keeps its entry even when it is older than this page.
  'threads.loaded': (state, action) => {
    const open = state.threads.find((t) => t.id === state.currentThreadId);
    const threads = open && !action.threads.some((t) => t.id === open.id) ? [...action.threads, open] : action.threads;
    return { ...state, threads, threadsCursor: action.nextCursor ?? null };
  },

  // "Show older threads": the next page goes below; a thread listed already (the open one) is not repeated.
  'threads.older.loaded': (state, action) => {
    const listed = new Set(state.threads.map((t) => t.id));
    return { ...state, threads: [...state.threads, ...action.threads.filter((t) => !listed.has(t.id))], threadsCursor: action.nextCursor ?? null };
  },

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

  'thread.deleted': (state, action) => withoutThread(state, action.threadId),

  'thread.loaded': (state, action) => {
    const { detail } = action;
    const previous = state.threadsById[action.threadId] ?? emptyThread(action.threadId);
    const stored: ChatMessage[] = detail.messages.map((m) => withTurn(m, previous));
    const storedIds = new Set(stored.map((m) => m.id));
    // Messages this tab sent that Redis does not hold (a turn still on its way, or refused: Retry) stay.
    const stillPending = previous.messages.filter((m) => isUnsent(m) && !storedIds.has(m.id));
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
    const thread: ThreadState = { ...previous, messages: previous.messages.filter(isUnsent), loaded: true };
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

  // Edit and resend / regenerate, here or in another tab: the message and what followed it are gone.
  'thread.rewound': (state, frame) => {
    const next = cutThread(state, frame.threadId, frame.fromMessageId).state;
    // This tab's own rewind is done on the server: a refusal of its turn now has nothing to put back.
    const pending = { ...next.pending };
    for (const [id, request] of Object.entries(pending)) {
      if (request.replaced && request.threadId === frame.threadId && request.rewindTo === frame.fromMessageId) {
        const { replaced: _confirmed, ...rest } = request;
        pending[id] = rest;
      }
    }
    return { ...next, pending, liveVersion: next.liveVersion + 1 };
  },

  // Deleted in another tab, or by a facilitator reset: gone from the list, and another thread opens.
  'thread.deleted': (state, frame) => ({ ...withoutThread(state, frame.threadId), liveVersion: state.liveVersion + 1 }),
} satisfies FrameHandlers;

/** The state without a thread: out of the list, and closed when it was open (another one is chosen then). */
function withoutThread(state: UiState, threadId: string): UiState {
  const { [threadId]: _removed, ...threadsById } = state.threadsById;
  return {
    ...state,
    threads: state.threads.filter((t) => t.id !== threadId),
    threadsById,
    currentThreadId: state.currentThreadId === threadId ? null : state.currentThreadId,
    resumed: state.resumed?.threadId === threadId ? null : state.resumed,
  };
}
