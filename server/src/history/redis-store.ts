/**
 * Chat history in Redis: one LIST per thread, newest at the tail, one JSON message per element
 * (DESIGN §3). The TypeScript counterpart of Agent Framework's `RedisChatMessageStore`.
 */
import { Redis } from 'ioredis';
import { WorkshopError } from '../errors';
import type { RedisClient } from '../redis/connection';
import { historyIdsKey, historyKey } from '../redis/keys';
import { runAppendScript } from './append-script';
import { runRemoveFromScript } from './remove-from-script';
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

/**
 * Where the store talks to Redis: EITHER an injected `client` (shared; the store never closes
 * it) OR a `url` (`redis://` / `rediss://`, e.g. the value of REDIS_URL; the store creates its
 * own client and closes it in `close()`).
 */
export type RedisStoreConnection = { client: RedisClient; url?: never } | { url: string; client?: never };

/** Options of `RedisChatMessageStore`; see `ChatMessageStoreOptions` for defaults. */
export type RedisChatMessageStoreOptions = ChatMessageStoreOptions & RedisStoreConnection;

/** What `deserialize` needs besides the state: a connection, and optionally a corrupt-entry callback. */
export type RedisStoreResumeOptions = RedisStoreConnection & Pick<ChatMessageStoreOptions, 'onCorrupt'>;

/** Chat history in Redis, one LIST per thread: the counterpart of Agent Framework's `RedisChatMessageStore`. */
export class RedisChatMessageStore implements ChatMessageStore {
  readonly threadId: string;
  readonly keyPrefix: string;
  readonly maxMessages?: number;
  readonly ttlSeconds?: number;
  /** The history LIST (`{keyPrefix}:{threadId}`), shown in the UI. */
  readonly key: string;
  /** The SET of ids stored in `key`, kept in step by the append script. */
  readonly idsKey: string;

  private readonly client: RedisClient;
  private readonly ownsClient: boolean;
  private readonly onCorrupt?: (entry: CorruptHistoryEntry) => void;
  private pendingInitial: ChatMessage[];
  private initializing?: Promise<void>;
  private closed = false;

  constructor(options: RedisChatMessageStoreOptions) {
    const resolved = resolveStoreOptions(options);
    this.threadId = resolved.threadId;
    this.keyPrefix = resolved.keyPrefix;
    this.maxMessages = resolved.maxMessages;
    this.ttlSeconds = resolved.ttlSeconds;
    this.onCorrupt = resolved.onCorrupt;
    this.pendingInitial = resolved.initialMessages;
    this.key = historyKey(this.keyPrefix, this.threadId);
    this.idsKey = historyIdsKey(this.keyPrefix, this.threadId);
    const connection = connect(options);
    this.client = connection.client;
    this.ownsClient = connection.owned;
  }

  /**
   * Resumes the thread described by `serialize()`'s output, in this or another process.
   * `state` is checked, since it usually comes back from JSON.
   */
  static deserialize(state: unknown, options: RedisStoreResumeOptions): RedisChatMessageStore {
    const checked = parseStoreState(state);
    return new RedisChatMessageStore({ ...checked, ...options } as RedisChatMessageStoreOptions);
  }

  async addMessages(messages: ChatMessage[]): Promise<ChatMessage[]> {
    const valid = validateMessages(messages);
    await this.ready();
    if (valid.length === 0) return [];
    const added = await this.append(valid, false);
    return added.map((index) => valid[index]);
  }

  /** Oldest first. With `limit`, the newest `limit` elements; elements that are not messages are skipped (and reported to `onCorrupt`), so fewer may come back. */
  async listMessages(limit?: number): Promise<ChatMessage[]> {
    const checked = checkLimit(limit);
    await this.ready();
    if (checked === 0) return [];
    // LRANGE -0 -1 would be the whole list, hence the 0 check above
    const start = checked === undefined ? 0 : -checked;
    const raw = await this.call('read the history', () => this.client.lrange(this.key, start, -1));
    const messages: ChatMessage[] = [];
    raw.forEach((element, index) => {
      const parsed = parseStoredMessage(element);
      if (parsed.ok) messages.push(parsed.message);
      else this.onCorrupt?.({ key: this.key, index, raw: element, reason: parsed.reason });
    });
    return messages;
  }

  /** Elements in the LIST (including any that are not valid messages). */
  async count(): Promise<number> {
    await this.ready();
    return this.call('count the history', () => this.client.llen(this.key));
  }

  async describe(): Promise<HistoryDescription> {
    await this.ready();
    const [length, ttl] = await this.call('describe the history', async () => {
      const replies = await this.client.multi().llen(this.key).ttl(this.key).exec();
      if (!replies) throw new Error('transaction aborted');
      return replies.map(([err, value]) => {
        if (err) throw err;
        return Number(value);
      });
    });
    return { key: this.key, length, ttlSeconds: ttl < 0 ? -1 : ttl };
  }

  async removeFrom(messageId: string): Promise<ChatMessage[]> {
    const id = checkMessageId(messageId);
    await this.ready();
    const removed = await this.call('rewind the history', () => runRemoveFromScript(this.client, { listKey: this.key, idsKey: this.idsKey, messageId: id }));
    return storedMessagesOf(removed);
  }

  async clear(): Promise<void> {
    // Clearing first means the initial messages are not wanted any more.
    if (!this.initializing) this.pendingInitial = [];
    await this.initializing?.catch(() => undefined);
    await this.call('clear the history', () => this.client.del(this.key, this.idsKey));
  }

  async ping(): Promise<void> {
    try {
      await this.client.ping();
    } catch (err) {
      throw new WorkshopError('redis_unavailable', `Redis did not answer PING (${(err as Error).message}); check REDIS_URL and that the server is running`, { cause: err });
    }
  }

  serialize(): ChatMessageStoreState {
    return stateOf(this);
  }

  async close(): Promise<void> {
    if (!this.ownsClient || this.closed) return;
    this.closed = true;
    try {
      await this.client.quit();
    } catch {
      // quit fails when the connection is already down; disconnect still stops reconnecting
      this.client.disconnect();
    }
  }

  /** Writes the initial messages once, before the first operation, if the thread is empty then. */
  private ready(): Promise<void> {
    if (this.pendingInitial.length === 0) return Promise.resolve();
    this.initializing ??= this.append(this.pendingInitial, true).then(
      () => {
        this.pendingInitial = [];
      },
      (err: unknown) => {
        // let the next operation try again rather than lose the initial messages
        this.initializing = undefined;
        throw err;
      },
    );
    return this.initializing;
  }

  private append(messages: ChatMessage[], onlyIfEmpty: boolean): Promise<number[]> {
    return this.call('append to the history', () =>
      runAppendScript(this.client, {
        listKey: this.key,
        idsKey: this.idsKey,
        maxMessages: this.maxMessages,
        ttlSeconds: this.ttlSeconds,
        onlyIfEmpty,
        entries: messages.map((message) => [message.id, JSON.stringify(message)]),
      }),
    );
  }

  private async call<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw redisError(err, action, this.key);
    }
  }
}

function connect(options: RedisStoreConnection): { client: RedisClient; owned: boolean } {
  if (options.client && options.url !== undefined) {
    throw new WorkshopError('invalid_argument', 'RedisChatMessageStore takes either `client` or `url`, not both');
  }
  if (options.client) return { client: options.client, owned: false };
  if (typeof options.url !== 'string' || !/^rediss?:\/\//.test(options.url)) {
    throw new WorkshopError(
      'config_invalid',
      'RedisChatMessageStore needs `client` or `url` (redis://[user:password@]host:port or rediss:// for TLS, e.g. from REDIS_URL)',
    );
  }
  const client = new Redis(options.url);
  // Without a listener ioredis prints every reconnect failure; failures reach callers through their commands.
  client.on('error', () => undefined);
  return { client, owned: true };
}

/** A Redis reply error is a command problem (e.g. WRONGTYPE); anything else means Redis is not reachable. */
function redisError(err: unknown, action: string, key: string): WorkshopError {
  if (err instanceof WorkshopError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof Error && err.name === 'ReplyError') {
    const hint = message.startsWith('WRONGTYPE') ? `; ${key} holds something else: choose another keyPrefix or threadId` : '';
    return new WorkshopError('redis_command_failed', `could not ${action} at ${key}: ${message}${hint}`, { cause: err });
  }
  return new WorkshopError('redis_unavailable', `could not ${action}: Redis is unreachable (${message}); check REDIS_URL`, { cause: err });
}
