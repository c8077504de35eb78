import { randomId } from './ids';

/** Longest thread id the protocol accepts. */
export const MAX_THREAD_ID = 128;
const THREAD_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Why a chosen thread id is not usable, or null when it is fine. */
export function threadIdProblem(id: string): string | null {
  if (id.length === 0) return 'Enter an id, or leave it empty for a generated one.';
  if (id.length > MAX_THREAD_ID) return `At most ${MAX_THREAD_ID} characters.`;
  if (!THREAD_ID.test(id)) return 'Use letters, digits, "_", "-", "." or ":" (e.g. support_ticket_12345).';
  return null;
}

/** A fresh thread id such as `chat_3f9a1c2e`. */
export function newThreadId(): string {
  return randomId('chat', 4);
}
