/**
 * The plain engine's in-process indexes, one per scope, kept in an LRU cache. Each index carries
 * the scope's version counter as read with its ids; a reader's single GET of that counter tells
 * whether anything in exactly its scope changed since (one attendee's turn does not invalidate
 * another's cache). After the engine's own write, an index whose counter moved by exactly that
 * write's increment is patched in place, so a turn's search after a turn's write stays warm.
 */
import { LRUCache } from 'lru-cache';
import type { MemoryRecord } from '../types';
import { execResults } from './engine-shared';
import type { PlainStore } from './plain-store';
import { forgetMissing, type OwnWriteListener, type VersionBumps } from './plain-writes';
import { ScopeIndex } from './scope-index';
import { matchesScope, type ScopeFilter } from './scope';

/** How the scope cache is sized and what its indexes hold. */
export interface ScopeCacheOptions {
  /** Length of stored embeddings the indexes search by vector. Default: text only. */
  vectorDimensions?: number;
  /** How many scopes keep an index (least recently used ones are dropped). */
  maxCachedScopes: number;
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
    this.cache = new LRUCache({ max: Math.max(1, options.maxCachedScopes) });
  }

  /** Number of scopes with a cached index. */
  get size(): number {
    return this.cache.size;
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
    const building = this.build(filters).then((index) => {
      this.cache.set(cacheKey, index);
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
      if (Number(cached.versions[0] ?? 0) + bump.by === counter) {
        this.cache.set(key, cached.patched(bump.upserted, bump.removed, [String(counter)]));
      } else {
        this.cache.delete(key);
      }
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

  /** A new index from Redis: counter and ids in one MULTI, then the records. */
  private async build(filters: ScopeFilter[]): Promise<ScopeIndex> {
    const sets = this.store.setKeys(filters);
    const m = this.store.redis.multi().get(this.store.versionKey(filters));
    if (sets.length === 1) m.smembers(sets[0]);
    else m.sinter(...sets);
    const [version, ids] = execResults(await m.exec()) as [string | null, string[]];
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
    return new ScopeIndex(records, [current], { vectorDimensions: this.vectorDimensions });
  }
}
