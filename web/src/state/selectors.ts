/** Derived views of `UiState`, kept out of components so they are tested with the reducer. */
import type { ChatMessage, StreamingReply, ThreadState, TurnState, UiState } from './types';

/** The open thread, or null when none is open. */
export function currentThread(state: UiState): ThreadState | null {
  return state.currentThreadId ? state.threadsById[state.currentThreadId] ?? null : null;
}

/** The reply streaming in a thread right now, if any. */
export function streamingIn(state: UiState, threadId: string | null): StreamingReply | null {
  if (!threadId) return null;
  return Object.values(state.streaming).find((s) => s.threadId === threadId) ?? null;
}

/** The running turn of a thread, if any. */
export function runningTurn(state: UiState, threadId: string | null): TurnState | null {
  if (!threadId) return null;
  return Object.values(state.turns).find((t) => t.threadId === threadId && t.status === 'running') ?? null;
}

/** A turn was requested or is running in this thread: the composer shows Stop. */
export function isBusy(state: UiState, threadId: string | null): boolean {
  if (!threadId) return false;
  return runningTurn(state, threadId) !== null || Object.values(state.pending).some((p) => p.threadId === threadId);
}

/** Turns of one thread, newest first (trace panel). */
export function turnsOf(state: UiState, threadId: string | null): TurnState[] {
  if (!threadId) return [];
  return state.turnOrder
    .map((id) => state.turns[id])
    .filter((t): t is TurnState => t !== undefined && t.threadId === threadId)
    .reverse();
}

/** The turn that produced a message, when this tab saw it. */
export function turnOf(state: UiState, message: ChatMessage): TurnState | null {
  return message.turnId ? state.turns[message.turnId] ?? null : null;
}

/** Redis is known to be unreachable (live status or `/api/health` 503). */
export function redisDown(state: UiState): boolean {
  return state.healthDown || state.redis?.connected === false;
}

/** The connection dropped after having worked: the server is probably restarting. */
export function reconnecting(state: UiState): boolean {
  return state.connection === 'reconnecting';
}
