/**
 * The plain engine's in-process indexes, one per scope, kept in an LRU cache. Each index carries
 * the scope's version counter as read with its ids; a reader's single GET of that counter tells
 * whether anything in exactly its scope changed since (one attendee's turn does not invalidate
 * another's cache). After the engine's own write, an index whose counter moved by exactly that
 * write's increment is patched in place, so a turn's search after a turn's write stays warm.
 * An index that another process's writes left behind reads the ids it missed from the scope's
 * change log, fetches only those records and is patched; it is rebuilt only when the log no
 * longer reaches back to its version.
 *
 * Counters expire (`DEFAULT_VERSION_TTL_SECONDS` after their last bump) and start again at 1, so
 * an old version could come round again. An index is therefore trusted only while its counter
 * cannot have expired since it was read: at most half the counter's remaining TTL at that moment
 * (half the full TTL right after a bump, or when the counter has none or is absent: it can only
 * come back with a bump, which gives it the full TTL). After that it is rebuilt, whatever the counter says.
 */
import { LRUCache } from 'lru-cache';
import type { MemoryRecord } from '../types';
import { execResults } from './engine-shared';
import { changesSince } from './plain-change-log';
import type { PlainStore } from './plain-store';
import { forgetMissing, type OwnWriteListener, type VersionBumps } from './plain-writes';
import { ScopeIndex } from './scope-index';
import { matchesScope, type ScopeFilter } from './scope';

/** The default memory budget of a process's scope indexes, per engine: 256 MiB. */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/** How the scope cache is sized and what its indexes hold. */
export interface ScopeCacheOptions {
  /** Length of stored embeddings the indexes search by vector. Default: text only. */
  vectorDimensions?: number;
  /** How many scopes keep an index (least recently used ones are dropped). */
  maxCachedScopes: number;
  /** Estimated bytes all cached indexes may take (least recently used ones are dropped). */
  maxCacheBytes: number;
}

/** Scope indexes by version key, rebuilt from Redis when their counter moved. */
export class ScopeCache implements OwnWriteListener {
  private readonly cache: LRUCache<string, ScopeIndex>;
  private readonly building = new Map<string, Promise<ScopeIndex>>();
  private readonly versionReads = new Map<string, Promise<string | null>>();
  private readonly vectorDimensions: number | undefined;

  constructor(
    private readonly store: PlainStore,
    options: ScopeCacheOptions,
  ) {
    this.vectorDimensions = options.vectorDimensions;
    this.cache = new LRUCache({
      max: Math.max(1, options.maxCachedScopes),
      maxSize: Math.max(1, options.maxCacheBytes),
      // An index larger than the whole budget is still served, just not kept.
      sizeCalculation: (index) => Math.max(1, index.estimatedBytes),
    });
  }

  /** Number of scopes with a cached index. */
  get size(): number {
    return this.cache.size;
  }

  /** How long an index read with a counter at its full TTL may be trusted: half that TTL. */
  private get maxTrustMs(): number {
    return (this.store.versionTtlSeconds * 1000) / 2;
  }

  /** The current index of a scope: the cached one when its counter has not moved, else a new build. */
  async index(filters: ScopeFilter[]): Promise<ScopeIndex> {
    const cacheKey = this.store.versionKey(filters);
    // A turn searches and lists the same scope at once: a build under way serves both, but the
    // late caller still checks the counters, since a write may have landed after that build read them.
    const inflight = this.building.get(cacheKey);
    const candidate = inflight ? await inflight.catch(() => undefined) : this.cache.get(cacheKey);
    if (candidate) {
      const version = await this.readVersion(cacheKey);
      if (version === candidate.versions[0]) return candidate;
    }
    const building = (candidate ? this.catchUp(filters, candidate) : this.build(filters)).then(({ index, trustMs }) => {
      this.cache.set(cacheKey, index, { ttl: trustMs });
      return index;
    });
    this.building.set(cacheKey, building);
    try {
      return await building;
    } finally {
      if (this.building.get(cacheKey) === building) this.building.delete(cacheKey);
    }
  }

  /**
   * After our own transaction: a cached scope whose counter moved by exactly our increment saw
   * no other writer, so it is patched in place and stays warm; any other cached scope we touched
   * is dropped.
   */
  applyOwnChanges(bumps: VersionBumps, counters: number[]): void {
    let i = 0;
    for (const [key, bump] of bumps) {
      const counter = counters[i++];
      const cached = this.cache.peek(key);
      if (!cached) continue;
      if (Number(cached.versions[0] ?? 0) + bump.ids.length === counter) {
        // The same transaction refreshed the counter's TTL: trusted for the full window again.
        this.cache.set(key, cached.patched(bump.upserted, bump.removed, [String(counter)]), { ttl: this.maxTrustMs });
      }
      // Otherwise another process wrote too: the index stays at its version, and the next read
      // catches up from the change log with this write's ids among the others.
    }
  }

  /** Forgets the cached index of a scope. */
  drop(versionKey: string): void {
    this.cache.delete(versionKey);
  }

  /**
   * The scope's version counter. Reads issued while one is on the wire share it: a turn searches
   * and lists the same scope at the same moment, and one answer serves both.
   */
  private readVersion(key: string): Promise<string | null> {
    let read = this.versionReads.get(key);
    if (!read) {
      read = this.store.redis.get(key).finally(() => this.versionReads.delete(key));
      this.versionReads.set(key, read);
    }
    return read;
  }

  /**
   * `index` brought up to the scope's current version from its change log: the records behind the
   * ids it missed are read again and replace, join or leave the index. A full build when the log
   * does not reach back to the index's version.
   */
  private async catchUp(filters: ScopeFilter[], index: ScopeIndex): Promise<{ index: ScopeIndex; trustMs: number }> {
    const changes = await changesSince(this.store, filters, Number(index.versions[0] ?? 0));
    if (!changes.ids) return this.build(filters);
    const ids = [...new Set(changes.ids)];
    const fetched = await this.store.fetchRecords(ids);
    const upserted: MemoryRecord[] = [];
    const removed: string[] = [];
    fetched.forEach((record, i) => {
      // Gone, or moved to another scope: it leaves this one.
      if (record && matchesScope(record, filters)) upserted.push(record);
      else removed.push(ids[i]);
    });
    return { index: index.patched(upserted, removed, [String(changes.version)]), trustMs: this.trustFor(changes.pttl) };
  }

  /** How long an index read while its counter had `pttl` left may be trusted (see the file's comment). */
  private trustFor(pttl: number): number {
    // PTTL -1 (no TTL) and -2 (absent): the counter changes only with a bump, which gives it the full TTL.
    const trustMs = pttl >= 0 ? Math.min(this.maxTrustMs, pttl / 2) : this.maxTrustMs;
    return Math.max(1, Math.floor(trustMs));
  }

  /** A new index from Redis (counter, its TTL and ids in one MULTI, then the records), and how long to trust it. */
  private async build(filters: ScopeFilter[]): Promise<{ index: ScopeIndex; trustMs: number }> {
    const sets = this.store.setKeys(filters);
    const versionKey = this.store.versionKey(filters);
    const m = this.store.redis.multi().get(versionKey).pttl(versionKey);
    if (sets.length === 1) m.smembers(sets[0]);
    else m.sinter(...sets);
    const [version, pttl, ids] = execResults(await m.exec()) as [string | null, number, string[]];
    const fetched = await this.store.fetchRecords(ids);
    const records: MemoryRecord[] = [];
    const missing: string[] = [];
    fetched.forEach((record, i) => {
      if (!record) missing.push(ids[i]);
      // A record overwritten into another scope is skipped here; its writer unlinks it.
      else if (matchesScope(record, filters)) records.push(record);
    });
    let current = version;
    if (missing.length > 0) {
      const bumped = await forgetMissing(this.store, filters, missing);
      // Our own bump need not invalidate what we just built, unless someone else wrote too.
      if (bumped === Number(version ?? 0) + 1) current = String(bumped);
    }
    return { index: new ScopeIndex(records, [current], { vectorDimensions: this.vectorDimensions }), trustMs: this.trustFor(pttl) };
  }
}
