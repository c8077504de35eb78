/**
 * Agent turns as this tab sees them: requested, started, memories found, the reply streamed,
 * tools called, finished, stopped or failed. The streamed text lives apart from the thread until
 * the stored reply arrives, or until the turn ends early and the partial text is committed.
 */
import type { TurnState, UiState } from '../types';
import type { ActionHandlers, FrameHandlers } from './handlers';
import { cutThread, dropUnsent, patchMessage, restoreMessages, upsertMessage } from './messages';
import { addNotice } from './notices';

/** Turn actions: this tab sent a message, or the server (or the queue) refused it. */
export const turnActions = {
  'turn.requested': (state, action) => {
    const { request } = action;
    let next = state;
    let pendingRequest = request;
    if (request.rewindTo) {
      // Edit and resend / regenerate: the replaced messages leave the view at once, and come back if the request is refused.
      const cut = cutThread(next, request.threadId, request.rewindTo);
      next = cut.state;
      pendingRequest = cut.removed.length > 0 ? { ...request, replaced: cut.removed } : request;
    }
    // A retry: the refused copy goes, and the message is sent again from the end of the thread.
    next = dropUnsent(next, request.threadId, request.userMessageId);
    next = upsertMessage(next, request.threadId, {
      id: request.userMessageId,
      role: 'user',
      text: action.text,
      createdAt: action.now,
      pending: true,
      ...(action.authorName ? { authorName: action.authorName } : {}),
      ...(request.rewindTo ? { rewindTo: request.rewindTo } : {}),
    });
    return { ...next, pending: { ...next.pending, [request.requestId]: pendingRequest }, resumed: null };
  },

  'turn.failed': (state, action) => failRequest(state, action.requestId, action.message),
} satisfies ActionHandlers;

/** Turn frames, from `turn.started` to `turn.finished`, and the errors that end a turn. */
export const turnFrames = {
  'turn.started': (state, frame) => {
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
  },

  'memories.retrieved': (state, frame) =>
    patchTurn(state, frame.turnId, {
      memories: frame.memories,
      context: frame.context,
      engine: frame.engine,
      memorySearchMs: frame.ms,
    }),

  // One frame per model call; a later call repeats the earlier parts and adds the tool rounds.
  'turn.context': (state, frame) => {
    const current = state.turns[frame.turnId]?.modelContext;
    if (current && current.call >= frame.context.call) return state;
    return patchTurn(state, frame.turnId, { modelContext: frame.context });
  },

  'text.delta': (state, frame) => {
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
  },

  'tool.call': (state, frame) => {
    const turn = state.turns[frame.turnId];
    if (!turn) return state;
    if (turn.tools.some((t) => t.id === frame.call.id)) return state;
    return patchTurn(state, frame.turnId, {
      tools: [...turn.tools, { id: frame.call.id, name: frame.call.name, arguments: frame.call.arguments }],
    });
  },

  'tool.result': (state, frame) => {
    const turn = state.turns[frame.turnId];
    if (!turn) return state;
    const known = turn.tools.some((t) => t.id === frame.toolCallId);
    const result = { result: frame.result, isError: frame.isError, ms: frame.ms };
    const tools = known
      ? turn.tools.map((t) => (t.id === frame.toolCallId ? { ...t, ...result } : t))
      : [...turn.tools, { id: frame.toolCallId, name: frame.name, arguments: {}, ...result }];
    return patchTurn(state, frame.turnId, { tools });
  },

  'turn.finished': (state, frame) => {
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
        // A server may leave these out; absent stays absent so the panel shows nothing.
        ...(frame.usage ? { usage: frame.usage } : {}),
        ...(frame.finishReason ? { finishReason: frame.finishReason } : {}),
        ...(frame.retries !== undefined ? { retryCount: frame.retries } : {}),
      });
      if (turn.userMessageId) next = patchMessage(next, turn.threadId, turn.userMessageId, { pending: false });
    }
    next = upsertMessage(next, frame.threadId, { ...frame.reply, turnId: frame.turnId });
    return { ...next, liveVersion: next.liveVersion + 1 };
  },

  'model.retry': (state, frame) => {
    const turn = state.turns[frame.turnId];
    if (!turn) return state;
    // A repeated frame (same attempt) is the same retry, not another one.
    if (turn.retries.some((r) => r.attempt === frame.attempt)) return state;
    return patchTurn(state, frame.turnId, {
      retries: [...turn.retries, { attempt: frame.attempt, delayMs: frame.delayMs, reason: frame.reason }],
    });
  },

  'turn.notice': (state, frame) => {
    const turn = state.turns[frame.turnId];
    if (!turn) return state;
    // The same warning twice in one turn tells the attendee nothing new.
    if (turn.notices.some((n) => n.source === frame.source && n.message === frame.message)) return state;
    return patchTurn(state, frame.turnId, { notices: [...turn.notices, { source: frame.source, message: frame.message }] });
  },

  error: (state, frame) => {
    if (frame.requestId && state.pending[frame.requestId]) return failRequest(state, frame.requestId, frame.message, frame.code);
    if (frame.turnId && state.turns[frame.turnId]) {
      const stopped = frame.code === 'aborted';
      const next = endTurn(state, frame.turnId, stopped ? 'stopped' : 'error', frame.message);
      return stopped ? next : addNotice(next, 'error', frame.message, frame.code);
    }
    return addNotice(state, 'error', frame.message, frame.code);
  },
} satisfies FrameHandlers;

/** Ends a turn early: its streamed text becomes an interrupted message, its user message is settled. */
export function endTurn(state: UiState, turnId: string, status: TurnState['status'], error?: string): UiState {
  const turn = state.turns[turnId];
  let next = commitStreaming(state, turnId, true);
  if (turn?.userMessageId) next = patchMessage(next, turn.threadId, turn.userMessageId, { pending: false });
  return patchTurn(next, turnId, { status, ...(error ? { error } : {}) });
}

/**
 * A request that never became a turn: its message is marked failed and the reason reported. What
 * it had taken out of the view for a rewind the server never did comes back.
 */
function failRequest(state: UiState, requestId: string, message: string, code?: string): UiState {
  const request = state.pending[requestId];
  const { [requestId]: _gone, ...pending } = state.pending;
  let next: UiState = { ...state, pending };
  if (request?.replaced) next = restoreMessages(next, request.threadId, request.replaced);
  if (request) next = patchMessage(next, request.threadId, request.userMessageId, { pending: false, failed: true });
  return addNotice(next, 'error', message, code);
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
