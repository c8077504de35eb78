/** Validation of chat messages on the way in (before any write) and on the way out (stored JSON). */
import { z } from 'zod';
import { invalidArgument } from '../errors';
import type { ChatMessage } from './types';

const toolCallSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  arguments: z.record(z.string(), z.unknown()),
});

/** The stored shape of a message. Unknown fields are dropped, so the LIST holds only what DESIGN §3 lists. */
export const chatMessageSchema = z.object({
  id: z.string().min(1).max(256),
  role: z.enum(['user', 'assistant', 'tool', 'system']),
  text: z.string(),
  authorName: z.string().optional(),
  createdAt: z.number().finite(),
  toolCalls: z.array(toolCallSchema).optional(),
  toolCallId: z.string().optional(),
  toolName: z.string().optional(),
  interrupted: z.boolean().optional(),
  memoriesUsed: z
    .array(z.object({ id: z.string().min(1).max(256), text: z.string().max(10_000), score: z.number().finite(), kind: z.enum(['fact', 'message', 'tool']).optional() }))
    .max(200)
    .optional(),
});

/**
 * Checks every message before anything is written, so a bad batch writes nothing.
 * Returns clean copies (unknown fields removed) in the same order.
 */
export function validateMessages(messages: unknown): ChatMessage[] {
  if (!Array.isArray(messages)) throw invalidArgument('addMessages expects an array of messages');
  return messages.map((message, index) => {
    const result = chatMessageSchema.safeParse(message);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
      throw invalidArgument(`message ${index}: ${where}: ${issue?.message ?? 'invalid'} (a message needs id, role, text and a numeric createdAt)`);
    }
    return result.data as ChatMessage;
  });
}

/** Why a stored element could not be read back. */
export type StoredMessageProblem = { ok: false; reason: string };

/** Parses one stored LIST element; never throws, because anyone can write to the key by hand. */
export function parseStoredMessage(raw: string): { ok: true; message: ChatMessage } | StoredMessageProblem {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { ok: false, reason: `not JSON: ${(err as Error).message}` };
  }
  const result = chatMessageSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `not a chat message: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'}` };
  }
  return { ok: true, message: result.data as ChatMessage };
}

/** A message id as a caller passes it to look a message up; the same rule as a stored `id`. */
export function checkMessageId(id: unknown): string {
  const result = chatMessageSchema.shape.id.safeParse(id);
  if (!result.success) throw invalidArgument('a message id must be a string of 1-256 characters');
  return result.data;
}

/** The messages among stored elements, in order; elements that are not messages are left out. */
export function storedMessagesOf(raw: string[]): ChatMessage[] {
  return raw.flatMap((element) => {
    const parsed = parseStoredMessage(element);
    return parsed.ok ? [parsed.message] : [];
  });
}
