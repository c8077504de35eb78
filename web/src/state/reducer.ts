/**
 * The demo page's state as a PURE function of what happened: server frames, connection changes and
 * HTTP results. No clocks, no randomness, no I/O: callers pass timestamps and ids in the actions.
 */
import type { ServerFrame, WireMemory, WireMessage } from '@protocol';
import type { ThreadSummary } from '../api/types';
import type { ChatMessage, ThreadState, TurnState, UiAction, UiState } from './types';

const MAX_NOTICES = 5;

export const initialState: UiState = {
  connection: 'connecting',
  everConnected: false,
  redis: null,
  healthDown: false,
  model: null,
  me: null,
  agentId: null,
  currentThreadId: null,
  threads: [],
  threadsById: {},
  pending: {},
  turns: {},
  turnOrder: [],
  streaming: {},
  memories: { items: [], loaded: false },
  memorySearch: null,
  resumed: null,
  notices: [],
  noticeSeq: 0,
  liveVersion: 0,
};

export function reducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'frame':
      return applyFrame(state, action.frame);

    case 'connection': {
      let next: UiState = { ...state, connection: action.status };
      if (action.status === 'open') return { ...next, everConnected: true };
      // The connection is gone: running turns will not report back on this socket. Their partial
      // replies stay visible (marked) until the thread is reloaded from Redis.
      for (const turn of Object.values(state.turns)) {
        if (turn.status === 'running') next = endTurn(next, turn.turnId, 'interrupted');
      }
      return { ...next, pending: {} };
    }

    case 'agent.selected':
      return { ...state, agentId: action.agentId };

    case 'health.loaded': {
      const down = action.httpStatus === 503 || !action.health;
      return {
        ...state,
        healthDown: down,
        model: action.health?.model ?? state.model,
        redis: action.health?.redis ?? state.redis,
      };
    }

    case 'me.loaded':
      return { ...state, me: action.me };

    case 'threads.loaded':
      return { ...state, threads: action.threads };

    case 'thread.selected': {
      const threadsById = state.threadsById[action.threadId]
        ? state.threadsById
        : { ...state.threadsById, [action.threadId]: emptyThread(action.threadId) };
      const resumed = state.resumed?.threadId === action.threadId ? state.resumed : null;
      return { ...state, currentThreadId: action.threadId, threadsById, resumed };
    }

    case 'thread.created':
      return {
        ...state,
        threads: state.threads.some((t) => t.id === action.thread.id) ? state.threads : [action.thread, ...state.threads],
      };

    case 'thread.deleted': {
      const { [action.threadId]: _removed, ...threadsById } = state.threadsById;
      return {
        ...state,
        threads: state.threads.filter((t) => t.id !== action.threadId),
        threadsById,
        currentThreadId: state.currentThreadId === action.threadId ? null : state.currentThreadId,
        resumed: state.resumed?.threadId === action.threadId ? null : state.resumed,
      };
    }

    case 'thread.loaded': {
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
    }

    case 'thread.missing': {
      const previous = state.threadsById[action.threadId] ?? emptyThread(action.threadId);
      const thread: ThreadState = { ...previous, messages: previous.messages.filter((m) => m.pending), loaded: true };
      return { ...state, threadsById: { ...state.threadsById, [action.threadId]: thread } };
    }

    case 'turn.requested': {
      const { request } = action;
      const message: ChatMessage = {
        id: request.userMessageId,
        role: 'user',
        text: action.text,
        createdAt: action.now,
        pending: true,
        ...(action.authorName ? { authorName: action.authorName } : {}),
      };
      const next = upsertMessage(state, request.threadId, message);
      return { ...next, pending: { ...next.pending, [request.requestId]: request }, resumed: null };
    }

    case 'turn.failed': {
      const request = state.pending[action.requestId];
      const { [action.requestId]: _gone, ...pending } = state.pending;
      let next: UiState = { ...state, pending };
      if (request) next = patchMessage(next, request.threadId, request.userMessageId, { pending: false, failed: true });
      return addNotice(next, 'error', action.message);
    }

    case 'memories.loaded':
      return { ...state, memories: { items: action.items, engine: action.engine ?? state.memories.engine, loaded: true } };

    case 'memory.search.loaded':
      return { ...state, memorySearch: { query: action.query, items: action.items, engine: action.engine } };

    case 'memory.search.cleared':
      return { ...state, memorySearch: null };

    case 'memory.changed':
      return upsertMemory(state, action.memory);

    case 'memory.removed':
      return removeMemory(state, action.id);

    case 'memory.allRemoved':
      return clearMemories(state);

    case 'notice':
      return addNotice(state, action.kind, action.text);

    case 'notice.dismissed':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };

    case 'resumed.dismissed':
      return { ...state, resumed: null };
  }
}

function applyFrame(state: UiState, frame: ServerFrame): UiState {
  switch (frame.type) {
    case 'hello':
      return {
        ...state,
        me: { userId: frame.userId, displayName: frame.displayName },
        redis: frame.redis,
      };

    case 'turn.started': {
      const request = state.pending[frame.requestId];
      const { [frame.requestId]: _started, ...pending } = state.pending;
      const turn: TurnState = {
        turnId: frame.turnId,
        requestId: frame.requestId,
        threadId: frame.threadId,
        agentId: frame.agentId,
        userMessageId: request?.userMessageId,
        status: 'running',
        startedAt: request?.sentAt ?? 0,
        tools: [],
        retries: [],
        notices: [],
      };
      return {
        ...state,
        pending,
        turns: { ...state.turns, [frame.turnId]: turn },
        turnOrder: state.turnOrder.includes(frame.turnId) ? state.turnOrder : [...state.turnOrder, frame.turnId],
      };
    }

    case 'memories.retrieved':
      return patchTurn(state, frame.turnId, {
        memories: frame.memories,
        context: frame.context,
        engine: frame.engine,
        memorySearchMs: frame.ms,
      });

    case 'text.delta': {
      const turn = state.turns[frame.turnId];
      if (!turn) return state;
      const thread = state.threadsById[turn.threadId];
      // The message is already stored (its `message.stored` overtook a late delta): nothing to stream.
      if (thread?.messages.some((m) => m.id === frame.messageId)) return state;
      let next = state;
      const current = state.streaming[frame.turnId];
      if (current && current.messageId !== frame.messageId) {
        // A new assistant message within the same turn (after a tool call): keep the earlier text.
        next = commitStreaming(next, frame.turnId, false);
      }
      const base = next.streaming[frame.turnId];
      return {
        ...next,
        streaming: {
          ...next.streaming,
          [frame.turnId]: {
            turnId: frame.turnId,
            threadId: turn.threadId,
            messageId: frame.messageId,
            text: (base?.text ?? '') + frame.text,
          },
        },
      };
    }

    case 'tool.call': {
      const turn = state.turns[frame.turnId];
      if (!turn) return state;
      if (turn.tools.some((t) => t.id === frame.call.id)) return state;
      return patchTurn(state, frame.turnId, {
        tools: [...turn.tools, { id: frame.call.id, name: frame.call.name, arguments: frame.call.arguments }],
      });
    }

    case 'tool.result': {
      const turn = state.turns[frame.turnId];
      if (!turn) return state;
      const known = turn.tools.some((t) => t.id === frame.toolCallId);
      const result = { result: frame.result, isError: frame.isError, ms: frame.ms };
      const tools = known
        ? turn.tools.map((t) => (t.id === frame.toolCallId ? { ...t, ...result } : t))
        : [...turn.tools, { id: frame.toolCallId, name: frame.name, arguments: {}, ...result }];
      return patchTurn(state, frame.turnId, { tools });
    }

    case 'turn.finished': {
      const turn = state.turns[frame.turnId];
      const { [frame.turnId]: _done, ...streaming } = state.streaming;
      let next: UiState = { ...state, streaming };
      if (turn) {
        // A stopped reply still finishes (what was streamed is stored, marked `interrupted`).
        const ended = frame.reply.interrupted ? 'stopped' : 'finished';
        next = patchTurn(next, frame.turnId, {
          status: turn.status === 'running' ? ended : turn.status,
          timings: frame.timings,
          replyMessageId: frame.reply.id,
          // Older servers send none of these; absent stays absent so the panel shows nothing.
          ...(frame.usage ? { usage: frame.usage } : {}),
          ...(frame.finishReason ? { finishReason: frame.finishReason } : {}),
          ...(frame.retries !== undefined ? { retryCount: frame.retries } : {}),
        });
        if (turn.userMessageId) next = patchMessage(next, turn.threadId, turn.userMessageId, { pending: false });
      }
      next = upsertMessage(next, frame.threadId, { ...frame.reply, turnId: frame.turnId });
      return { ...next, liveVersion: next.liveVersion + 1 };
    }

    case 'model.retry': {
      const turn = state.turns[frame.turnId];
      if (!turn) return state;
      // A repeated frame (same attempt) is the same retry, not another one.
      if (turn.retries.some((r) => r.attempt === frame.attempt)) return state;
      return patchTurn(state, frame.turnId, {
        retries: [...turn.retries, { attempt: frame.attempt, delayMs: frame.delayMs, reason: frame.reason }],
      });
    }

    case 'turn.notice': {
      const turn = state.turns[frame.turnId];
      if (!turn) return state;
      // The same warning twice in one turn tells the attendee nothing new.
      if (turn.notices.some((n) => n.source === frame.source && n.message === frame.message)) return state;
      return patchTurn(state, frame.turnId, { notices: [...turn.notices, { source: frame.source, message: frame.message }] });
    }

    case 'message.stored': {
      let next = state;
      for (const s of Object.values(state.streaming)) {
        if (s.messageId === frame.message.id) {
          const { [s.turnId]: _stored, ...rest } = next.streaming;
          next = { ...next, streaming: rest };
        }
      }
      const turnId = Object.values(state.streaming).find((s) => s.messageId === frame.message.id)?.turnId;
      next = upsertMessage(next, frame.threadId, turnId ? { ...frame.message, turnId } : frame.message);
      return { ...next, liveVersion: next.liveVersion + 1 };
    }

    case 'thread.cleared': {
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
    }

    case 'memory.stored':
    case 'memory.updated':
      if (!isThisAgent(state, frame.agentId)) return state;
      return upsertMemory(state, frame.memory);

    case 'memory.deleted':
      if (!isThisAgent(state, frame.agentId)) return state;
      return removeMemory(state, frame.id);

    case 'memory.cleared':
      if (!isThisAgent(state, frame.agentId)) return state;
      return clearMemories(state);

    case 'redis.status':
      return { ...state, redis: frame.redis };

    case 'pong':
      return state;

    case 'error': {
      if (frame.requestId && state.pending[frame.requestId]) {
        return reducer(state, { type: 'turn.failed', requestId: frame.requestId, message: frame.message });
      }
      if (frame.turnId && state.turns[frame.turnId]) {
        const stopped = frame.code === 'aborted';
        const next = endTurn(state, frame.turnId, stopped ? 'stopped' : 'error', frame.message);
        return stopped ? next : addNotice(next, 'error', frame.message);
      }
      return addNotice(state, 'error', frame.message);
    }
  }
}

function emptyThread(id: string): ThreadState {
  return { id, messages: [], loaded: false };
}

function isThisAgent(state: UiState, agentId: string): boolean {
  return state.agentId === null || state.agentId === agentId;
}

/** Keeps this tab's turn link when a thread is reloaded. */
function withTurn(message: WireMessage, previous: ThreadState): ChatMessage {
  const known = previous.messages.find((m) => m.id === message.id);
  return known?.turnId ? { ...message, turnId: known.turnId } : { ...message };
}

/** Adds a message, or replaces the one with the same id in place (no duplicates, no reordering). */
function upsertMessage(state: UiState, threadId: string, message: ChatMessage): UiState {
  const thread = state.threadsById[threadId] ?? emptyThread(threadId);
  const index = thread.messages.findIndex((m) => m.id === message.id);
  let messages: ChatMessage[];
  if (index >= 0) {
    const existing = thread.messages[index];
    const merged: ChatMessage = { ...message, turnId: message.turnId ?? existing.turnId };
    if (!message.pending) delete merged.pending;
    if (!message.interrupted) delete merged.interrupted;
    if (!message.failed) delete merged.failed;
    if (merged.turnId === undefined) delete merged.turnId;
    messages = thread.messages.slice();
    messages[index] = merged;
  } else {
    messages = [...thread.messages, message];
  }
  // Counted once, when the message first exists for real (an optimistic copy does not count).
  const isNew = !message.pending && (index < 0 || thread.messages[index].pending === true);
  const summaryPatch: ThreadSummary = { id: threadId, updatedAt: message.createdAt };
  const known = state.threads.find((t) => t.id === threadId);
  if (isNew) summaryPatch.messageCount = (known?.messageCount ?? 0) + 1;
  // The server titles an untitled thread with its first message; show that without a reload.
  if (message.role === 'user' && thread.messages.length === 0 && !known?.messageCount && (!known?.title || known.title === threadId)) summaryPatch.title = message.text.slice(0, 80);
  return {
    ...state,
    threadsById: { ...state.threadsById, [threadId]: { ...thread, messages } },
    threads: upsertSummary(state.threads, summaryPatch),
  };
}

function patchMessage(state: UiState, threadId: string, messageId: string, patch: Partial<ChatMessage>): UiState {
  const thread = state.threadsById[threadId];
  if (!thread) return state;
  let confirmed = false;
  const messages = thread.messages.map((m) => {
    if (m.id !== messageId) return m;
    const next: ChatMessage = { ...m, ...patch };
    if (next.pending === false) delete next.pending;
    // Confirmed stored (not refused): now it counts in the thread list.
    confirmed = m.pending === true && !next.pending && !next.failed;
    return next;
  });
  const threads = confirmed
    ? state.threads.map((t) => (t.id === threadId ? { ...t, messageCount: (t.messageCount ?? 0) + 1 } : t))
    : state.threads;
  return { ...state, threads, threadsById: { ...state.threadsById, [threadId]: { ...thread, messages } } };
}

function upsertSummary(threads: ThreadSummary[], patch: ThreadSummary): ThreadSummary[] {
  const index = threads.findIndex((t) => t.id === patch.id);
  if (index < 0) return [{ messageCount: 0, ...patch }, ...threads];
  const next = threads.slice();
  next[index] = { ...threads[index], ...stripUndefined(patch) };
  return next;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function patchTurn(state: UiState, turnId: string, patch: Partial<TurnState>): UiState {
  const turn = state.turns[turnId];
  if (!turn) return state;
  return { ...state, turns: { ...state.turns, [turnId]: { ...turn, ...patch } } };
}

/** Moves a turn's streamed text into the thread as a message (marked interrupted when cut short). */
function commitStreaming(state: UiState, turnId: string, interrupted: boolean): UiState {
  const streaming = state.streaming[turnId];
  if (!streaming) return state;
  const { [turnId]: _committed, ...rest } = state.streaming;
  const next = { ...state, streaming: rest };
  if (streaming.text.length === 0) return next;
  const turn = state.turns[turnId];
  return upsertMessage(next, streaming.threadId, {
    id: streaming.messageId,
    role: 'assistant',
    text: streaming.text,
    createdAt: turn?.startedAt ?? 0,
    turnId,
    ...(interrupted ? { interrupted: true } : {}),
  });
}

function endTurn(state: UiState, turnId: string, status: TurnState['status'], error?: string): UiState {
  const turn = state.turns[turnId];
  let next = commitStreaming(state, turnId, true);
  if (turn?.userMessageId) next = patchMessage(next, turn.threadId, turn.userMessageId, { pending: false });
  return patchTurn(next, turnId, { status, ...(error ? { error } : {}) });
}

function upsertMemory(state: UiState, memory: WireMemory): UiState {
  const items = state.memories.items;
  const index = items.findIndex((m) => m.id === memory.id);
  const nextItems = index >= 0 ? items.map((m, i) => (i === index ? { ...memory } : m)) : [memory, ...items];
  const search = state.memorySearch
    ? { ...state.memorySearch, items: state.memorySearch.items.map((m) => (m.id === memory.id ? { ...memory, score: m.score } : m)) }
    : null;
  return {
    ...state,
    memories: { ...state.memories, items: nextItems },
    memorySearch: search,
    liveVersion: state.liveVersion + 1,
  };
}

function removeMemory(state: UiState, id: string): UiState {
  return {
    ...state,
    memories: { ...state.memories, items: state.memories.items.filter((m) => m.id !== id) },
    memorySearch: state.memorySearch
      ? { ...state.memorySearch, items: state.memorySearch.items.filter((m) => m.id !== id) }
      : null,
    liveVersion: state.liveVersion + 1,
  };
}

function clearMemories(state: UiState): UiState {
  return {
    ...state,
    memories: { ...state.memories, items: [] },
    memorySearch: state.memorySearch ? { ...state.memorySearch, items: [] } : null,
    liveVersion: state.liveVersion + 1,
  };
}

function addNotice(state: UiState, kind: 'error' | 'info', text: string): UiState {
  const id = state.noticeSeq + 1;
  return { ...state, noticeSeq: id, notices: [...state.notices, { id, kind, text }].slice(-MAX_NOTICES) };
}
