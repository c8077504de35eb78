/**
 * Which messages the chat's own actions apply to: the reply that Regenerate asks again, and the
 * rewind that a Retry repeats. Pure, like the selectors, so they are tested with the reducer.
 */
import { isUnsent } from './reducers/messages';
import type { ChatMessage } from './types';

/**
 * The thread's last reply and the stored user message it answers: Regenerate rewinds to that
 * message and sends it again. Null while no reply follows the last stored user message.
 */
export function regenerateTarget(messages: ChatMessage[]): { replyId: string; question: ChatMessage } | null {
  const stored = messages.filter((m) => !isUnsent(m));
  let q = stored.length - 1;
  while (q >= 0 && stored[q].role !== 'user') q--;
  if (q < 0) return null;
  const replies = stored.slice(q + 1).filter((m) => m.role === 'assistant');
  const reply = replies[replies.length - 1];
  return reply ? { replyId: reply.id, question: stored[q] } : null;
}

/**
 * What a Retry of a refused message rewinds to: the message its edit or regenerate replaced, while
 * that one is still shown as stored (the server never rewound); otherwise nothing, since the
 * rewind already happened and the message is simply sent again.
 */
export function retryRewindTarget(messages: ChatMessage[], message: ChatMessage): string | undefined {
  const target = message.rewindTo;
  return target !== undefined && messages.some((m) => m.id === target && !isUnsent(m)) ? target : undefined;
}
