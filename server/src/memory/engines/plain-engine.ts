/**
 * Memory search on any Redis (no search module): Debian's redis-server, Valkey, ElastiCache.
 *
 * Records are the same HASHes the query engine indexes. Next to them the engine keeps, per
 * scope field value, a SET of record ids, and per scope a version counter that expires 30 days
 * after its last write (all under the `{prefix}` hash tag, so one MULTI can touch them on a
 * cluster too). A scope's records are the SINTER of its sets; ranking runs in process with Orama
 * over an index cached per scope.
 *
 * The write path (plain-writes.ts) bumps the counter of every scope a record belongs to; the
 * scope cache (plain-scope-cache.ts) compares counters to know when its index is stale, and
 * patches it in place after the engine's own writes.
 *
 * Round trips: a write is one MULTI (two when an overwrite moves a record out of a scope); a
 * search or list on a warm cache is one GET; a cold one adds a MULTI (GET + PTTL + SINTER) and a
 * pipeline of HGETALLs.
 */
import { invalidArgument } from '../../errors';
import type { RedisClient } from '../../redis/connection';
import { toRedisError } from '../../redis/connection';
import { assertKeyPart, plainAllIdsKey } from '../../redis/keys';
import { queryTerms } from '../escape';
import type { IndexInfo, MemoryEngine, MemoryHit, MemoryKind, MemoryRecord, MemoryScope, SearchOptions } from '../types';
import {
  DEFAULT_LIST_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  candidateCount,
  checkedDimensions,
  lastPerId,
  rankedHits,
  readScopedRecord,
  usableVector,
} from './engine-shared';
import { DEFAULT_FUSION_WEIGHTS, type FusionWeights } from './fusion';
import { DEFAULT_CACHE_BYTES, ScopeCache } from './plain-scope-cache';
import { PlainStore } from './plain-store';
import { PlainWrites, forgetMissing } from './plain-writes';
import { assertWritableRecord, clampLimit, isUnsatisfiable, kindFilter, matchesScope, scopeFilters } from './scope';

// The engine's key names and list page size, for its importers (tests read the bookkeeping keys).
export { DEFAULT_LIST_LIMIT } from './engine-shared';
export { scopeVersionKey, tagSetKey } from './plain-store';

/** How a plain engine connects, names its keys, ranks and caches. */
export interface PlainRedisEngineOptions {
  /** Injected client (standalone or cluster); the engine never closes it. */
  client: RedisClient;
  /** Records live at `{prefix}:{id}`; bookkeeping keys share the `{prefix}` hash tag. */
  prefix: string;
  /** Only reported by `info()` (this engine keeps no server-side index). Default: `prefix`. */
  indexName?: string;
  /** Length of stored embeddings; enables hybrid ranking when a search passes a vector. Default: text only. */
  vectorDimensions?: number;
  /**
   * Memory the in-process scope indexes may use, estimated from their records (least recently
   * used scopes are dropped past it). Default 256 MiB: about 2,500 attendees with 30 memories each.
   */
  maxCacheBytes?: number;
  /** At most this many scopes keep an index, whatever their size. Default 100,000. */
  maxCachedScopes?: number;
  /** Blend of text and vector relevance in hybrid search. Default `{ text: 0.5, vector: 0.5 }`. */
  fusionWeights?: FusionWeights;
  /**
   * Seconds a scope's version counter lives after its last write, so counters of scopes nobody
   * writes any more do not stay forever. Default 30 days; every process sharing the prefix must
   * use the same value (the scope cache trusts an index for half of it).
   */
  versionTtlSeconds?: number;
}

function checkedVersionTtl(seconds: number | undefined): number | undefined {
  if (seconds !== undefined && !(Number.isInteger(seconds) && seconds > 0)) throw invalidArgument(`versionTtlSeconds must be a positive whole number (got ${seconds})`);
  return seconds;
}

/** A copy for the caller, so nobody can edit the cache through a result. */
function detached(record: MemoryRecord): MemoryRecord {
  return { ...record, ...(record.embedding ? { embedding: new Float32Array(record.embedding) } : {}) };
}

/** The memory engine for a Redis without the search module: bookkeeping sets in Redis, ranking in process. */
export class PlainRedisEngine implements MemoryEngine {
  readonly name = 'fallback' as const;
  private readonly store: PlainStore;
  private readonly indexName: string;
  private readonly vectorDimensions: number | undefined;
  private readonly weights: FusionWeights;
  private readonly cache: ScopeCache;
  private readonly writes: PlainWrites;

  constructor(options: PlainRedisEngineOptions) {
    if (!options?.client) throw invalidArgument('PlainRedisEngine needs a Redis `client`');
    this.store = new PlainStore(options.client, assertKeyPart(options.prefix, 'memory prefix (MEMORY_PREFIX)'), checkedVersionTtl(options.versionTtlSeconds));
    this.indexName = options.indexName ?? options.prefix;
    this.vectorDimensions = checkedDimensions(options.vectorDimensions);
    this.weights = options.fusionWeights ?? DEFAULT_FUSION_WEIGHTS;
    this.cache = new ScopeCache(this.store, { vectorDimensions: this.vectorDimensions, maxCachedScopes: options.maxCachedScopes ?? 100_000, maxCacheBytes: options.maxCacheBytes ?? DEFAULT_CACHE_BYTES });
    this.writes = new PlainWrites(this.store, this.cache);
  }

  /** Number of scopes with a cached index (for tests and diagnostics). */
  get cachedScopes(): number {
    return this.cache.size;
  }

  async init(): Promise<void> {
    // Nothing to create: sets and counters appear with the first write.
  }

  async upsert(records: MemoryRecord[]): Promise<void> {
    if (records.length === 0) return;
    records.forEach(assertWritableRecord);
    try {
      await this.writes.upsert(lastPerId(records));
    } catch (err) {
      throw toRedisError(err, 'storing memory');
    }
  }

  async get(scope: MemoryScope, id: string): Promise<MemoryRecord | undefined> {
    const filters = scopeFilters(scope);
    try {
      return await readScopedRecord(this.store.redis, this.store.prefix, filters, id);
    } catch (err) {
      throw toRedisError(err, 'reading memory');
    }
  }

  async search(scope: MemoryScope, text: string, options: SearchOptions = {}): Promise<MemoryHit[]> {
    const filters = scopeFilters(scope);
    const kinds = kindFilter(options.kinds);
    const limit = clampLimit(options.limit, DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT);
    const vector = usableVector(options.vector, this.vectorDimensions, 'the memory engine was configured with');
    if (isUnsatisfiable(filters)) return [];
    const terms = queryTerms(typeof text === 'string' ? text : '');
    try {
      const index = await this.cache.index(filters);
      if (terms.length === 0 && !vector) {
        return index.list(kinds, limit).map((record) => ({ record: detached(record), score: 0 }));
      }
      const candidates = candidateCount(limit, vector !== undefined);
      const [textHits, vectorHits] = await Promise.all([
        index.searchText(terms, kinds, candidates),
        vector ? index.searchVector(vector, kinds, candidates) : Promise.resolve(undefined),
      ]);
      return rankedHits(textHits, vectorHits, this.weights, limit, (id) => index.byId(id)).map(({ record, score }) => ({
        record: detached(record),
        score,
      }));
    } catch (err) {
      throw toRedisError(err, 'searching memory');
    }
  }

  async list(scope: MemoryScope, options: { kinds?: MemoryKind[]; limit?: number } = {}): Promise<MemoryRecord[]> {
    const filters = scopeFilters(scope);
    const kinds = kindFilter(options.kinds);
    const limit = clampLimit(options.limit, DEFAULT_LIST_LIMIT, Number.MAX_SAFE_INTEGER);
    if (isUnsatisfiable(filters)) return [];
    try {
      return (await this.cache.index(filters)).list(kinds, limit).map(detached);
    } catch (err) {
      throw toRedisError(err, 'listing memory');
    }
  }

  async delete(scope: MemoryScope, id: string): Promise<boolean> {
    const filters = scopeFilters(scope);
    try {
      const record = await readScopedRecord(this.store.redis, this.store.prefix, filters, id);
      if (!record) return false;
      await this.writes.remove([record]);
      return true;
    } catch (err) {
      throw toRedisError(err, 'deleting memory');
    }
  }

  async deleteAll(scope: MemoryScope): Promise<number> {
    const filters = scopeFilters(scope);
    if (isUnsatisfiable(filters)) return 0;
    try {
      const ids = await this.store.scopeIds(filters);
      const records = await this.store.fetchRecords(ids);
      const doomed = records.filter((r): r is MemoryRecord => r !== undefined && matchesScope(r, filters));
      const missing = ids.filter((_, i) => records[i] === undefined);
      if (missing.length > 0) await forgetMissing(this.store, filters, missing);
      if (doomed.length > 0) await this.writes.remove(doomed);
      return doomed.length;
    } catch (err) {
      throw toRedisError(err, 'deleting memories');
    }
  }

  async info(): Promise<IndexInfo> {
    try {
      const documents = await this.store.redis.scard(plainAllIdsKey(this.store.prefix));
      return { engine: this.name, indexName: this.indexName, prefix: this.store.prefix, documents };
    } catch (err) {
      throw toRedisError(err, 'reading memory statistics');
    }
  }
}
