/**
 * The threads of one user with one agent, so `GET /api/threads` needs no SCAN: a ZSET of thread
 * ids scored by last update, and a HASH of titles and creation times next to it. The message
 * count comes from the history store itself; a thread whose history expired or was deleted drops
 * out. The registry never touches a history key: the store counts and clears itself.
 */
import type { ChatMessageStore } from '../history/types';
import type { RedisClient } from '../redis/connection';
import { toRedisError } from '../redis/connection';
import { assertKeyPart, threadIndexKey, threadMetaKey } from '../redis/keys';

/** One thread as the API lists it. */
export interface ThreadSummary {
  id: string;
  title: string;
  messageCount: number;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  createdAt: number;
}

/** Longest title kept; titles made from a first message are cut here. */
export const MAX_TITLE_CHARS = 80;

/** The history of a thread, by its history prefix and id (the composition root's `historyAt`). */
export type HistoryLookup = (historyPrefix: string, threadId: string) => ChatMessageStore;

/** Lists and names a user's threads with an agent, from a ZSET and a HASH in Redis. */
export class ThreadRegistry {
  private readonly client: RedisClient;
  private readonly history: HistoryLookup;
  private readonly namespace: string | undefined;

  constructor(client: RedisClient, history: HistoryLookup, namespace?: string) {
    this.client = client;
    this.history = history;
    this.namespace = namespace;
  }

  /**
   * Registers a thread (a no-op for one that exists). `historyPrefix` is the per-agent+user
   * history prefix (`userHistoryPrefix`). Returns the thread and whether it was new.
   */
  async create(historyPrefix: string, threadId: string, title?: string): Promise<{ thread: ThreadSummary; created: boolean }> {
    const now = Date.now();
    const created = await this.register(historyPrefix, threadId, title, now);
    const thread = await this.get(historyPrefix, threadId);
    return { thread: thread ?? { id: threadId, title: cleanTitle(title) ?? threadId, messageCount: 0, updatedAt: now, createdAt: now }, created };
  }

  /**
   * `create` without reading the thread back: one MULTI. A turn registers its thread on every
   * message and has no use for the summary. Returns whether the thread was new.
   */
  async register(historyPrefix: string, threadId: string, title?: string, now = Date.now()): Promise<boolean> {
    assertKeyPart(threadId, 'thread id');
    const [index, meta] = this.keys(historyPrefix);
    return this.run('creating a thread', async () => {
      const tx = this.client.multi().zadd(index, 'NX', now, threadId).hsetnx(meta, `c:${threadId}`, String(now));
      // Untitled threads take their first message as title (see `touch`).
      const clean = cleanTitle(title);
      if (clean) tx.hsetnx(meta, `t:${threadId}`, clean);
      const results = await tx.exec();
      return Number(results?.[0]?.[1] ?? 0) === 1;
    });
  }

  /** After a turn: moves the thread to the top, and titles a new one after its first message. */
  async touch(historyPrefix: string, threadId: string, firstText?: string): Promise<void> {
    const now = Date.now();
    const [index, meta] = this.keys(historyPrefix);
    await this.run('updating the thread list', () =>
      this.client
        .multi()
        .zadd(index, now, threadId)
        .hsetnx(meta, `c:${threadId}`, String(now))
        .hsetnx(meta, `t:${threadId}`, cleanTitle(firstText) ?? threadId)
        .hset(meta, `u:${threadId}`, '1')
        .exec(),
    );
  }

  /** The user's threads, most recently updated first. Threads whose history is gone are removed. */
  async list(historyPrefix: string): Promise<ThreadSummary[]> {
    const [index, meta] = this.keys(historyPrefix);
    const flat = await this.run('listing threads', () => this.client.zrevrange(index, 0, -1, 'WITHSCORES'));
    const ids: string[] = [];
    const scores: number[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      ids.push(flat[i]);
      scores.push(Number(flat[i + 1]));
    }
    if (ids.length === 0) return [];
    const details = await this.details(historyPrefix, ids);
    const threads: ThreadSummary[] = [];
    const gone: string[] = [];
    ids.forEach((id, i) => {
      const d = details[i];
      // Used once and empty now: its LIST expired (TTL) or was trimmed away elsewhere.
      if (d.used && d.count === 0) gone.push(id);
      else threads.push({ id, title: d.title ?? id, messageCount: d.count, updatedAt: scores[i], createdAt: d.createdAt ?? scores[i] });
    });
    if (gone.length) await this.forget(index, meta, gone).catch(() => undefined);
    return threads;
  }

  /** One thread; undefined when it is neither registered nor holds messages. */
  async get(historyPrefix: string, threadId: string): Promise<ThreadSummary | undefined> {
    const [index] = this.keys(historyPrefix);
    const [score, [d]] = await Promise.all([
      this.run('reading a thread', () => this.client.zscore(index, threadId)),
      this.details(historyPrefix, [threadId]),
    ]);
    if (score === null && d.count === 0) return undefined;
    if (score !== null && d.used && d.count === 0) return undefined;
    const updatedAt = score === null ? Date.now() : Number(score);
    return { id: threadId, title: d.title ?? threadId, messageCount: d.count, updatedAt, createdAt: d.createdAt ?? updatedAt };
  }

  /** Deletes the thread's history and its entry. */
  async remove(historyPrefix: string, threadId: string): Promise<void> {
    const [index, meta] = this.keys(historyPrefix);
    await this.history(historyPrefix, threadId).clear();
    await this.run('deleting a thread', () => this.forget(index, meta, [threadId]));
  }

  /** Thread ids registered for the user (for the facilitator's reset), without checking their LISTs. */
  async ids(historyPrefix: string): Promise<string[]> {
    const [index] = this.keys(historyPrefix);
    return this.run('listing thread ids', () => this.client.zrange(index, '0', '-1'));
  }

  /** Registered thread count (may include threads whose LIST expired since the last listing). */
  async count(historyPrefix: string): Promise<number> {
    const [index] = this.keys(historyPrefix);
    return this.run('counting threads', () => this.client.zcard(index));
  }

  /** Deletes every thread of the user (histories and registry); returns the ids of the threads. */
  async removeAll(historyPrefix: string): Promise<string[]> {
    const ids = await this.ids(historyPrefix);
    for (const id of ids) await this.remove(historyPrefix, id);
    const [index, meta] = this.keys(historyPrefix);
    await this.run('deleting the thread list', () => this.client.del(index, meta));
    return ids;
  }

  private keys(historyPrefix: string): [string, string] {
    return [threadIndexKey(historyPrefix, this.namespace), threadMetaKey(historyPrefix, this.namespace)];
  }

  private async details(historyPrefix: string, ids: string[]): Promise<Array<{ title?: string; createdAt?: number; used: boolean; count: number }>> {
    const [, meta] = this.keys(historyPrefix);
    const fields = ids.flatMap((id) => [`t:${id}`, `c:${id}`, `u:${id}`]);
    // Histories of different threads may sit on different cluster slots: one count each.
    const [values, counts] = await Promise.all([
      this.run('reading thread titles', () => this.client.hmget(meta, ...fields)),
      Promise.all(ids.map((id) => this.history(historyPrefix, id).count())),
    ]);
    return ids.map((_, i) => ({
      title: values[i * 3] ?? undefined,
      createdAt: values[i * 3 + 1] ? Number(values[i * 3 + 1]) : undefined,
      used: values[i * 3 + 2] === '1',
      count: counts[i],
    }));
  }

  private async forget(index: string, meta: string, ids: string[]): Promise<number> {
    const results = await this.client
      .multi()
      .zrem(index, ...ids)
      .hdel(meta, ...ids.flatMap((id) => [`t:${id}`, `c:${id}`, `u:${id}`]))
      .exec();
    return Number(results?.[0]?.[1] ?? 0);
  }

  private async run<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (err) {
      throw toRedisError(err, what);
    }
  }
}

/** One line, no control characters, at most `MAX_TITLE_CHARS`; undefined when nothing is left. */
function cleanTitle(text: string | undefined): string | undefined {
  const line = text?.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length > MAX_TITLE_CHARS ? `${line.slice(0, MAX_TITLE_CHARS - 1)}…` : line;
}
