/** Options every chat message store accepts, their defaults, and the check of a serialized state. */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { invalidArgument } from '../errors';
import { assertKeyPart } from '../redis/keys';
import { validateMessages } from './message-schema';
import type { ChatMessage, ChatMessageStoreState } from './types';

/** Default `keyPrefix`, as in Agent Framework's `RedisChatMessageStore`. */
export const DEFAULT_HISTORY_KEY_PREFIX = 'chat_messages';

/** A stored element that could not be read back (e.g. written by hand in redis-cli). */
export interface CorruptHistoryEntry {
  /** The key (or, in memory, the thread key) that holds it. */
  key: string;
  /** Position in the list as read (0 = oldest of what was read). */
  index: number;
  raw: string;
  reason: string;
}

/** Options shared by every `ChatMessageStore` implementation. */
export interface ChatMessageStoreOptions {
  /** Thread to read and write. Default: `thread_<uuid>` (a new thread). Letters, digits and `_ - . :`. */
  threadId?: string;
  /** First part of the key, `{keyPrefix}:{threadId}`. Default: `chat_messages`. */
  keyPrefix?: string;
  /** Keep only the newest this many messages. Default: undefined = unlimited. Positive integer. */
  maxMessages?: number;
  /** Expire the thread this many seconds after its last append. Default: undefined = never. Positive integer. */
  ttlSeconds?: number;
  /**
   * Written before the store's first operation, and only when the thread is still empty
   * (checked atomically, so two processes starting together do not both write them).
   * Default: none.
   */
  initialMessages?: ChatMessage[];
  /** Told about stored elements that are skipped because they are not valid messages. Default: ignore them. */
  onCorrupt?: (entry: CorruptHistoryEntry) => void;
}

/** The options after defaults and checks. */
export interface ResolvedStoreOptions {
  threadId: string;
  keyPrefix: string;
  maxMessages?: number;
  ttlSeconds?: number;
  initialMessages: ChatMessage[];
  onCorrupt?: (entry: CorruptHistoryEntry) => void;
}

function positiveInteger(value: number | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw invalidArgument(`${option} must be a positive integer or left unset (got ${String(value)})`);
  }
  return value;
}

/** Applies the defaults and checks the options; throws `invalid_argument` naming the option at fault. */
export function resolveStoreOptions(options: ChatMessageStoreOptions): ResolvedStoreOptions {
  return {
    threadId: assertKeyPart(options.threadId ?? `thread_${randomUUID()}`, 'threadId'),
    keyPrefix: assertKeyPart(options.keyPrefix ?? DEFAULT_HISTORY_KEY_PREFIX, 'keyPrefix'),
    maxMessages: positiveInteger(options.maxMessages, 'maxMessages'),
    ttlSeconds: positiveInteger(options.ttlSeconds, 'ttlSeconds'),
    initialMessages: options.initialMessages ? validateMessages(options.initialMessages) : [],
    onCorrupt: options.onCorrupt,
  };
}

const stateSchema = z.object({
  threadId: z.string(),
  keyPrefix: z.string(),
  maxMessages: z.number().optional(),
  ttlSeconds: z.number().optional(),
});

/** Checks a state that came back from JSON (a file, another process) before it is trusted. */
export function parseStoreState(state: unknown): ChatMessageStoreState {
  const result = stateSchema.safeParse(state);
  if (!result.success) {
    throw invalidArgument('chat message store state must be { threadId, keyPrefix, maxMessages?, ttlSeconds? } as returned by serialize()');
  }
  const resolved = resolveStoreOptions(result.data);
  return stateOf(resolved);
}

/** The plain JSON state `serialize()` returns, without unset limits. */
export function stateOf(options: Pick<ResolvedStoreOptions, 'threadId' | 'keyPrefix' | 'maxMessages' | 'ttlSeconds'>): ChatMessageStoreState {
  const state: ChatMessageStoreState = { threadId: options.threadId, keyPrefix: options.keyPrefix };
  if (options.maxMessages !== undefined) state.maxMessages = options.maxMessages;
  if (options.ttlSeconds !== undefined) state.ttlSeconds = options.ttlSeconds;
  return state;
}

/** `listMessages(limit)`: undefined = all; otherwise a non-negative integer. */
export function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw invalidArgument(`listMessages limit must be a non-negative integer (got ${String(limit)})`);
  }
  return limit;
}
