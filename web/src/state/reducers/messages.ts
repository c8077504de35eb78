/**
 * Messages of a thread and the thread list's summaries, as pure helpers shared by the turn and
 * thread handlers. A message id is unique within a thread: live frames, reloads and this tab's
 * optimistic copies all merge by id.
 */
import type { WireMessage } from '@protocol';
import type { ThreadSummary } from '../../api/types';
import type { ChatMessage, ThreadState, UiState } from '../types';

/** A thread this tab has not loaded yet. */
export function emptyThread(id: string): ThreadState {
  return { id, messages: [], loaded: false };
}

/** Keeps this tab's turn link when a thread is reloaded. */
export function withTurn(message: WireMessage, previous: ThreadState): ChatMessage {
  const known = previous.messages.find((m) => m.id === message.id);
  return known?.turnId ? { ...message, turnId: known.turnId } : { ...message };
}

/** Adds a message, or replaces the one with the same id in place (no duplicates, no reordering). */
export function upsertMessage(state: UiState, threadId: string, message: ChatMessage): UiState {
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

/** Changes flags of one message; a message confirmed stored starts counting in the thread list. */
export function patchMessage(state: UiState, threadId: string, messageId: string, patch: Partial<ChatMessage>): UiState {
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

/** Merges a summary into the thread list (defined fields win); an unknown thread goes first. */
export function upsertSummary(threads: ThreadSummary[], patch: ThreadSummary): ThreadSummary[] {
  const index = threads.findIndex((t) => t.id === patch.id);
  if (index < 0) return [{ messageCount: 0, ...patch }, ...threads];
  const next = threads.slice();
  next[index] = { ...threads[index], ...stripUndefined(patch) };
  return next;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** This tab's copy of a message Redis does not hold: sent and not confirmed yet, or refused. */
export function isUnsent(message: ChatMessage): boolean {
  return message.pending === true || message.failed === true;
}

/**
 * A rewind in the view: removes the message `fromId` and every stored message after it; this
 * tab's unsent copies stay. Returns the new state and what was removed (nothing when `fromId`
 * is not shown, e.g. already cut).
 */
export function cutThread(state: UiState, threadId: string, fromId: string): { state: UiState; removed: ChatMessage[] } {
  const thread = state.threadsById[threadId];
  const index = thread ? thread.messages.findIndex((m) => m.id === fromId) : -1;
  if (!thread || index < 0) return { state, removed: [] };
  const tail = thread.messages.slice(index);
  const removed = tail.filter((m) => !isUnsent(m));
  return { state: withMessages(state, thread, [...thread.messages.slice(0, index), ...tail.filter(isUnsent)], -removed.length), removed };
}

/** Puts back messages a cut removed (the rewind was refused), before the unsent copies at the end. */
export function restoreMessages(state: UiState, threadId: string, restored: ChatMessage[]): UiState {
  const thread = state.threadsById[threadId];
  if (!thread) return state;
  const shown = new Set(thread.messages.map((m) => m.id));
  const back = restored.filter((m) => !shown.has(m.id));
  if (back.length === 0) return state;
  let at = thread.messages.length;
  while (at > 0 && isUnsent(thread.messages[at - 1])) at--;
  return withMessages(state, thread, [...thread.messages.slice(0, at), ...back, ...thread.messages.slice(at)], back.length);
}

/** Removes this tab's unsent copy of a message (before it is sent again); a stored message stays. */
export function dropUnsent(state: UiState, threadId: string, messageId: string): UiState {
  const thread = state.threadsById[threadId];
  if (!thread?.messages.some((m) => m.id === messageId && isUnsent(m))) return state;
  return withMessages(state, thread, thread.messages.filter((m) => m.id !== messageId), 0);
}

/** The thread with these messages, its count in the thread list moved by `countDelta`. */
function withMessages(state: UiState, thread: ThreadState, messages: ChatMessage[], countDelta: number): UiState {
  const threads = countDelta === 0 ? state.threads : state.threads.map((t) => (t.id === thread.id ? { ...t, messageCount: Math.max(0, (t.messageCount ?? 0) + countDelta) } : t));
  return { ...state, threads, threadsById: { ...state.threadsById, [thread.id]: { ...thread, messages } } };
}
