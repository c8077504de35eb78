/**
 * Chat history in process memory, with the Redis store's semantics (dedupe by id, trim to the
 * newest `maxMessages`, TTL, initial messages only on an empty thread). For unit tests of
 * higher layers and for running without Redis.
 */
import { historyKey } from '../redis/keys';
import { checkMessageId, parseStoredMessage, storedMessagesOf, validateMessages } from './message-schema';
import {
  checkLimit,
  parseStoreState,
  resolveStoreOptions,
  stateOf,
  type ChatMessageStoreOptions,
  type CorruptHistoryEntry,
} from './options';
import type { ChatMessage, ChatMessageStore, ChatMessageStoreState, HistoryDescription } from './types';

interface StoredThread {
  /** JSON strings, like the Redis LIST, so callers cannot change stored messages by mutating results. */
  elements: string[];
  ids: Set<string>;
  expiresAt?: number;
}

/**
 * The storage behind in-memory stores: what a Redis server is to Redis stores. Stores that share
 * one see the same threads, which is how `deserialize` resumes a thread.
 */
export class InMemoryHistoryBacking {
  private readonly threads = new Map<string, StoredThread>();

  /** The live thread at `key`, dropping it first if its TTL has passed. */
  get(key: string): StoredThread | undefined {
    const thread = this.threads.get(key);
    if (thread?.expiresAt !== undefined && thread.expiresAt <= Date.now()) {
      this.threads.delete(key);
      return undefined;
    }
    return thread;
  }

  getOrCreate(key: string): StoredThread {
    let thread = this.get(key);
    if (!thread) {
      thread = { elements: [], ids: new Set() };
      this.threads.set(key, thread);
    }
    return thread;
  }

  delete(key: string): void {
    this.threads.delete(key);
  }

  /** Writes a raw element, as someone could with redis-cli; for tests of corrupt-entry handling. */
  pushRaw(key: string, raw: string): void {
    this.getOrCreate(key).elements.push(raw);
  }
}

/** Options of `InMemoryChatMessageStore`; see `ChatMessageStoreOptions` for the rest. */
export interface InMemoryChatMessageStoreOptions extends ChatMessageStoreOptions {
  /** Where threads live. Default: a new backing private to this store. */
  backing?: InMemoryHistoryBacking;
}

/** Chat history in process memory with the Redis store's semantics, for tests and for running without Redis. */
export class InMemoryChatMessageStore implements ChatMessageStore {
  readonly threadId: string;
  readonly keyPrefix: string;
  readonly maxMessages?: number;
  readonly ttlSeconds?: number;
  /** Same name the Redis store would use, so the UI can show it. */
  readonly key: string;
  readonly backing: InMemoryHistoryBacking;

  private readonly onCorrupt?: (entry: CorruptHistoryEntry) => void;
  private pendingInitial: ChatMessage[];

  constructor(options: InMemoryChatMessageStoreOptions = {}) {
    const resolved = resolveStoreOptions(options);
    this.threadId = resolved.threadId;
    this.keyPrefix = resolved.keyPrefix;
    this.maxMessages = resolved.maxMessages;
    this.ttlSeconds = resolved.ttlSeconds;
    this.onCorrupt = resolved.onCorrupt;
    this.pendingInitial = resolved.initialMessages;
    this.key = historyKey(this.keyPrefix, this.threadId);
    this.backing = options.backing ?? new InMemoryHistoryBacking();
  }

  /** Resumes a thread from `serialize()`'s output; pass the same `backing` to see its messages. */
  static deserialize(
    state: unknown,
    options: Pick<InMemoryChatMessageStoreOptions, 'backing' | 'onCorrupt'> = {},
  ): InMemoryChatMessageStore {
    return new InMemoryChatMessageStore({ ...parseStoreState(state), ...options });
  }

  async addMessages(messages: ChatMessage[]): Promise<ChatMessage[]> {
    const valid = validateMessages(messages);
    this.ready();
    return this.append(valid, false);
  }

  async listMessages(limit?: number): Promise<ChatMessage[]> {
    const checked = checkLimit(limit);
    this.ready();
    const elements = this.backing.get(this.key)?.elements ?? [];
    const slice = checked === undefined ? elements : checked === 0 ? [] : elements.slice(-checked);
    const messages: ChatMessage[] = [];
    slice.forEach((raw, index) => {
      const parsed = parseStoredMessage(raw);
      if (parsed.ok) messages.push(parsed.message);
      else this.onCorrupt?.({ key: this.key, index, raw, reason: parsed.reason });
    });
    return messages;
  }

  async count(): Promise<number> {
    this.ready();
    return this.backing.get(this.key)?.elements.length ?? 0;
  }

  /** The in-memory histories never expire: TTLs are a Redis feature (see `RedisChatMessageStore`). */
  async describe(): Promise<HistoryDescription> {
    return { key: this.key, length: await this.count(), ttlSeconds: -1 };
  }

  /** Mirrors the Redis remove-from script step by step. */
  async removeFrom(messageId: string): Promise<ChatMessage[]> {
    const id = checkMessageId(messageId);
    this.ready();
    const thread = this.backing.get(this.key);
    if (!thread?.ids.has(id)) return [];
    let at = thread.elements.length - 1;
    while (at >= 0 && idOf(thread.elements[at]) !== id) at--;
    if (at < 0) {
      thread.ids.delete(id);
      return [];
    }
    const removed = thread.elements.splice(at);
    for (const raw of removed) {
      const removedId = idOf(raw);
      if (removedId !== undefined) thread.ids.delete(removedId);
    }
    if (thread.elements.length === 0) this.backing.delete(this.key);
    return storedMessagesOf(removed);
  }

  async clear(): Promise<void> {
    this.pendingInitial = [];
    this.backing.delete(this.key);
  }

  async ping(): Promise<void> {}

  serialize(): ChatMessageStoreState {
    return stateOf(this);
  }

  async close(): Promise<void> {}

  private ready(): void {
    if (this.pendingInitial.length === 0) return;
    const initial = this.pendingInitial;
    this.pendingInitial = [];
    this.append(initial, true);
  }

  /** Mirrors the Redis append script step by step. */
  private append(messages: ChatMessage[], onlyIfEmpty: boolean): ChatMessage[] {
    const existing = this.backing.get(this.key);
    if (onlyIfEmpty && existing && existing.elements.length > 0) return [];
    if (messages.length === 0) return [];
    const thread = this.backing.getOrCreate(this.key);
    if (thread.elements.length === 0) thread.ids.clear();
    const added: ChatMessage[] = [];
    for (const message of messages) {
      if (thread.ids.has(message.id)) continue;
      thread.ids.add(message.id);
      thread.elements.push(JSON.stringify(message));
      added.push(message);
    }
    const excess = this.maxMessages === undefined ? 0 : thread.elements.length - this.maxMessages;
    if (excess > 0) {
      for (const raw of thread.elements.splice(0, excess)) {
        const id = idOf(raw);
        if (id !== undefined) thread.ids.delete(id);
      }
    }
    if (this.ttlSeconds !== undefined) thread.expiresAt = Date.now() + this.ttlSeconds * 1000;
    return added;
  }
}

/** The `id` of a stored element, as the Lua script reads it: any JSON object with a string id. */
function idOf(raw: string): string | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return (value as { id: string }).id;
  } catch {
    // not JSON: trimmed all the same, there is no id to forget
  }
  return undefined;
}
