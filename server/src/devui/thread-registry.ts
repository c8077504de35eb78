/**
 * The threads of one user with one agent, so `GET /api/threads` needs no SCAN: a ZSET of thread
 * ids scored by last update, and a HASH of titles and creation times next to it. The message
 * count comes from the history store itself; a thread whose history expired or was deleted drops
 * out. The registry never touches a history key: the store counts and clears itself.
 *
 * Bounded: at most `MAX_THREADS_PER_AGENT` threads per user and agent (checked atomically with
 * the registration), listed a page at a time; deleting the last thread leaves no key behind
 * (Redis drops an emptied ZSET or HASH by itself, and every field of a thread goes with it).
 */
import { MAX_THREADS_PER_AGENT, THREAD_PAGE_SIZE } from '../contracts/http';
import { invalidArgument } from '../errors';
import type { ChatMessageStore } from '../history/types';
import type { RedisClient } from '../redis/connection';
import { toRedisError } from '../redis/connection';
import { assertKeyPart, threadIndexKey, threadMetaKey } from '../redis/keys';
import { HttpError } from './errors';
import { runRegisterScript } from './thread-register-script';

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

/** One page of `page`: `nextCursor` is present when older threads follow. */
export interface ThreadPage {
  threads: ThreadSummary[];
  nextCursor?: string;
}

/** A thread id with its ZSET score (last update, ms), newest first. */
interface IndexEntry {
  id: string;
  score: number;
}

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
   * `create` without reading the thread back: one script call. A turn registers its thread on
   * every message and has no use for the summary. Returns whether the thread was new; a new
   * thread beyond `MAX_THREADS_PER_AGENT` is refused with `too_many_threads` and nothing written.
   */
  async register(historyPrefix: string, threadId: string, title?: string, now = Date.now()): Promise<boolean> {
    assertKeyPart(threadId, 'thread id');
    const [index, meta] = this.keys(historyPrefix);
    const attempt = () => this.run('creating a thread', () => runRegisterScript(this.client, { index, meta }, { id: threadId, now, title: cleanTitle(title) }, MAX_THREADS_PER_AGENT));
    let outcome = await attempt();
    if (outcome === 'full') {
      // Threads whose history expired still sit in the index until a listing notices: clear them and try once more.
      await this.list(historyPrefix);
      outcome = await attempt();
    }
    if (outcome === 'full') {
      throw new HttpError(
        'too_many_threads',
        `you already keep ${MAX_THREADS_PER_AGENT} threads with this agent, the most one attendee may: delete one (DELETE /api/threads/:id, or the trash icon in the thread list) before starting ${JSON.stringify(threadId)}`,
      );
    }
    return outcome === 'added';
  }

  /**
   * After a turn: moves the thread to the top, and titles a new one after its first message.
   * Never refused by the cap: the turn was admitted by `register`, and a thread deleted while its
   * turn ran comes back here rather than leave the reply's history LIST unlisted. Returns
   * whether the thread came back that way.
   */
  async touch(historyPrefix: string, threadId: string, firstText?: string): Promise<boolean> {
    const now = Date.now();
    const [index, meta] = this.keys(historyPrefix);
    const results = await this.run('updating the thread list', () =>
      this.client
        .multi()
        .zadd(index, now, threadId)
        .hsetnx(meta, `c:${threadId}`, String(now))
        .hsetnx(meta, `t:${threadId}`, cleanTitle(firstText) ?? threadId)
        .hset(meta, `u:${threadId}`, '1')
        .exec(),
    );
    return Number(results?.[0]?.[1] ?? 0) === 1;
  }

  /** All the user's threads (bounded by the cap), most recently updated first. Threads whose history is gone are removed. */
  async list(historyPrefix: string): Promise<ThreadSummary[]> {
    const [index] = this.keys(historyPrefix);
    const flat = await this.run('listing threads', () => this.client.zrevrange(index, 0, -1, 'WITHSCORES'));
    return this.summaries(historyPrefix, entriesOf(flat));
  }

  /**
   * One page of the user's threads, most recently updated first: `limit` of them (default
   * `THREAD_PAGE_SIZE`) after `cursor` (a previous page's `nextCursor`). The order is the ZSET's:
   * score descending, equal scores by id descending; the cursor is the last entry's (score, id), so
   * a walk sees every thread once even when several share a millisecond or the cursor's own
   * thread is deleted meanwhile. A page may be shorter than `limit` when threads whose history
   * expired drop out of it.
   */
  async page(historyPrefix: string, options: { limit?: number; cursor?: string } = {}): Promise<ThreadPage> {
    const limit = Math.max(1, Math.floor(options.limit ?? THREAD_PAGE_SIZE));
    const after = options.cursor === undefined ? undefined : parseCursor(options.cursor);
    const [index] = this.keys(historyPrefix);
    // One more than the page, to know whether another page follows.
    const entries = await this.run('listing threads', () => (after ? this.entriesAfter(index, after, limit + 1) : this.client.zrevrange(index, 0, limit, 'WITHSCORES').then(entriesOf)));
    const shown = entries.slice(0, limit);
    const threads = await this.summaries(historyPrefix, shown);
    const last = shown.at(-1);
    return entries.length > limit && last ? { threads, nextCursor: `${last.score}:${last.id}` } : { threads };
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

  /** Index entries older than `after` in the listing order, at most `count`. */
  private async entriesAfter(index: string, after: IndexEntry, count: number): Promise<IndexEntry[]> {
    const results = await this.client
      .multi()
      // Entries of the cursor's own millisecond come after it only when their id sorts before its id.
      .zrangebyscore(index, after.score, after.score)
      .zrevrangebyscore(index, `(${after.score}`, '-inf', 'WITHSCORES', 'LIMIT', 0, count)
      .exec();
    const [sameScore, older] = (results ?? []).map(([err, value]) => {
      if (err) throw err;
      return value as string[];
    });
    const ties = sameScore
      .filter((id) => id < after.id)
      .sort()
      .reverse()
      .map((id) => ({ id, score: after.score }));
    return [...ties, ...entriesOf(older)].slice(0, count);
  }

  /** Summaries of index entries, in their order; entries whose history is gone are removed from the index. */
  private async summaries(historyPrefix: string, entries: IndexEntry[]): Promise<ThreadSummary[]> {
    if (entries.length === 0) return [];
    const [index, meta] = this.keys(historyPrefix);
    const details = await this.details(historyPrefix, entries.map((e) => e.id));
    const threads: ThreadSummary[] = [];
    const gone: string[] = [];
    entries.forEach(({ id, score }, i) => {
      const d = details[i];
      // Used once and empty now: its LIST expired (TTL) or was trimmed away elsewhere.
      if (d.used && d.count === 0) gone.push(id);
      else threads.push({ id, title: d.title ?? id, messageCount: d.count, updatedAt: score, createdAt: d.createdAt ?? score });
    });
    if (gone.length) await this.forget(index, meta, gone).catch(() => undefined);
    return threads;
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

/** `ZREVRANGE … WITHSCORES` replies (id, score, id, score, …) as entries. */
function entriesOf(flat: string[]): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) entries.push({ id: flat[i], score: Number(flat[i + 1]) });
  return entries;
}

/** A `nextCursor` (`<score>:<thread id>`) back into the entry it names. */
function parseCursor(cursor: string): IndexEntry {
  const match = /^(\d{1,16}):(.+)$/.exec(cursor);
  try {
    if (match) return { score: Number(match[1]), id: assertKeyPart(match[2], 'cursor thread id') };
  } catch {
    // Reported below, as any other cursor this server did not give.
  }
  throw invalidArgument(`cursor ${JSON.stringify(cursor.slice(0, 60))} is not one this server gave: pass a page's nextCursor as it is`);
}

/** One line, no control characters, at most `MAX_TITLE_CHARS`; undefined when nothing is left. */
function cleanTitle(text: string | undefined): string | undefined {
  const line = text?.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length > MAX_TITLE_CHARS ? `${line.slice(0, MAX_TITLE_CHARS - 1)}…` : line;
}
