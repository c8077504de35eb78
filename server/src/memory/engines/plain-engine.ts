/**
 * Memory search on any Redis (no search module): Debian's redis-server, Valkey, ElastiCache.
 *
 * Records are the same HASHes the query engine indexes. Next to them the engine keeps, per
 * scope field value, a SET of record ids, and per scope a version counter (all under the
 * `{prefix}` hash tag, so one MULTI can touch them on a cluster too). A scope's records are the
 * SINTER of its sets; ranking runs in process with Orama over an index cached per scope.
 *
 * A write increments the counter of every scope the record belongs to (each combination of its
 * application, agent, user and thread: at most 15), so a reader's single GET tells whether
 * anything in exactly its scope changed — one attendee's turn does not invalidate another's
 * cache. When the increment shows that no other process wrote in between, the writer updates its
 * own cached index in place instead of dropping it, so a turn's search after a turn's write
 * stays warm.
 *
 * Round trips: a write is one MULTI (two when an overwrite moves a record out of a scope); a
 * search or list on a warm cache is one GET; a cold one adds a MULTI (GET + SINTER) and a
 * pipeline of HGETALLs.
 */
import type { ChainableCommander, Redis } from 'ioredis';
import { invalidArgument } from '../../errors';
import type { RedisClient } from '../../redis/connection';
import { toRedisError } from '../../redis/connection';
import { LRUCache } from 'lru-cache';
import { assertKeyPart, memoryKey, plainAllIdsKey, plainScopeVersionKey, plainTagSetKey } from '../../redis/keys';
import { queryTerms } from '../escape';
import { SCOPE_FIELDS, decodeRecord, encodeRecord, type ScopeField } from '../record-codec';
import type { IndexInfo, MemoryEngine, MemoryHit, MemoryKind, MemoryRecord, MemoryScope, SearchOptions } from '../types';
import { DEFAULT_FUSION_WEIGHTS, fuseHybrid, normaliseTextScores, type FusionWeights } from './fusion';
import { ScopeIndex } from './scope-index';
import {
  assertWritableRecord,
  clampLimit,
  isUnsatisfiable,
  isValidRecordId,
  kindFilter,
  matchesScope,
  recordScopeValues,
  scopeFilters,
  type ScopeFilter,
} from './scope';

export interface PlainRedisEngineOptions {
  /** Injected client (standalone or cluster); the engine never closes it. */
  client: RedisClient;
  /** Records live at `{prefix}:{id}`; bookkeeping keys share the `{prefix}` hash tag. */
  prefix: string;
  /** Only reported by `info()` (this engine keeps no server-side index). Default: `prefix`. */
  indexName?: string;
  /** Length of stored embeddings; enables hybrid ranking when a search passes a vector. Default: text only. */
  vectorDimensions?: number;
  /** How many scopes keep an in-process index (least recently used ones are dropped). Default 200. */
  maxCachedScopes?: number;
  /** Blend of text and vector relevance in hybrid search. Default `{ text: 0.5, vector: 0.5 }`. */
  fusionWeights?: FusionWeights;
}

/** Default page size of `list` when no limit is given; matches the query engine's result cap. */
export const DEFAULT_LIST_LIMIT = 10_000;
const DEFAULT_SEARCH_LIMIT = 10;
const MAX_SEARCH_LIMIT = 1_000;
const SCOPE_FIELD_NAMES = Object.values(SCOPE_FIELDS) as ScopeField[];

/**
 * Scope values can be any string (an e-mail as user id). In a key name they are percent-encoded,
 * so no value can close the hash tag, add a `:` segment or otherwise spell another key.
 */
export function tagSetKey(prefix: string, field: ScopeField, value: string): string {
  return plainTagSetKey(prefix, field, encodeURIComponent(value));
}

/** The version counter of a scope (its filters in the fixed field order). */
export function scopeVersionKey(prefix: string, filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): string {
  return plainScopeVersionKey(prefix, filters.map((f) => `${f.field}=${encodeURIComponent(f.value)}`).join('&'));
}

/** Every scope a record is visible in: each non-empty combination of its scope values. */
function scopesOf(values: ScopeFilter[]): ScopeFilter[][] {
  const out: ScopeFilter[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) out.push(values.filter((_, i) => mask & (1 << i)));
  return out;
}

/** Counter increments of one transaction, per version key, with the records behind them. */
type VersionBumps = Map<string, { by: number; upserted: MemoryRecord[]; removed: string[] }>;

function bumpsFor(records: MemoryRecord[], prefix: string, kind: 'upserted' | 'removed'): VersionBumps {
  const bumps: VersionBumps = new Map();
  for (const record of records) {
    for (const scope of scopesOf(recordScopeValues(record))) {
      const key = scopeVersionKey(prefix, scope);
      const bump = bumps.get(key) ?? { by: 0, upserted: [], removed: [] };
      bump.by += 1;
      if (kind === 'upserted') bump.upserted.push(record);
      else bump.removed.push(record.id);
      bumps.set(key, bump);
    }
  }
  return bumps;
}

/** A copy for the caller, so nobody can edit the cache through a result. */
function detached(record: MemoryRecord): MemoryRecord {
  return { ...record, ...(record.embedding ? { embedding: new Float32Array(record.embedding) } : {}) };
}

type ExecResult = Array<[Error | null, unknown]> | null;

/** Results of a MULTI, throwing the first per-command error (EXEC itself does not). */
function results(reply: ExecResult): unknown[] {
  if (!reply) throw new Error('transaction aborted');
  return reply.map(([err, value]) => {
    if (err) throw err;
    return value;
  });
}

export class PlainRedisEngine implements MemoryEngine {
  readonly name = 'fallback' as const;
  private readonly client: RedisClient;
  private readonly prefix: string;
  private readonly indexName: string;
  private readonly vectorDimensions: number | undefined;
  private readonly weights: FusionWeights;
  private readonly cache: LRUCache<string, ScopeIndex>;
  private readonly building = new Map<string, Promise<ScopeIndex>>();
  private readonly versionReads = new Map<string, Promise<string | null>>();

  constructor(options: PlainRedisEngineOptions) {
    if (!options?.client) throw invalidArgument('PlainRedisEngine needs a Redis `client`');
    this.client = options.client;
    this.prefix = assertKeyPart(options.prefix, 'memory prefix (MEMORY_PREFIX)');
    this.indexName = options.indexName ?? options.prefix;
    const dims = options.vectorDimensions;
    if (dims !== undefined && (!Number.isInteger(dims) || dims < 1)) {
      throw invalidArgument('vectorDimensions must be a positive integer (the embedder dimensions)');
    }
    this.vectorDimensions = dims;
    this.weights = options.fusionWeights ?? DEFAULT_FUSION_WEIGHTS;
    this.cache = new LRUCache({ max: Math.max(1, options.maxCachedScopes ?? 200) });
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
    // The same id twice in one call: the last one wins, as two calls in a row would.
    const unique = [...new Map(records.map((r) => [r.id, r])).values()];
    try {
      const previous = await this.writeRecords(unique);
      await this.unlinkMovedRecords(unique, previous);
    } catch (err) {
      throw toRedisError(err, 'storing memory');
    }
  }

  async get(scope: MemoryScope, id: string): Promise<MemoryRecord | undefined> {
    const filters = scopeFilters(scope);
    if (isUnsatisfiable(filters) || !isValidRecordId(id)) return undefined;
    try {
      const record = decodeRecord(id, await this.redis.hgetallBuffer(this.key(id)));
      return record && matchesScope(record, filters) ? record : undefined;
    } catch (err) {
      throw toRedisError(err, 'reading memory');
    }
  }

  async search(scope: MemoryScope, text: string, options: SearchOptions = {}): Promise<MemoryHit[]> {
    const filters = scopeFilters(scope);
    const kinds = kindFilter(options.kinds);
    const limit = clampLimit(options.limit, DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT);
    const vector = this.usableVector(options.vector);
    if (isUnsatisfiable(filters)) return [];
    const terms = queryTerms(typeof text === 'string' ? text : '');
    try {
      const index = await this.scopeIndex(filters);
      if (terms.length === 0 && !vector) {
        return index.list(kinds, limit).map((record) => ({ record: detached(record), score: 0 }));
      }
      const candidates = vector ? Math.max(limit * 3, 30) : limit;
      const [textHits, vectorHits] = await Promise.all([
        index.searchText(terms, kinds, candidates),
        vector ? index.searchVector(vector, kinds, candidates) : Promise.resolve([]),
      ]);
      const ranked = vector ? fuseHybrid(textHits, vectorHits, this.weights) : normaliseTextScores(textHits);
      const hits: MemoryHit[] = [];
      for (const { id, score } of ranked) {
        const record = index.byId(id);
        if (!record || !(score > 0)) continue;
        hits.push({ record: detached(record), score });
        if (hits.length >= limit) break;
      }
      return hits;
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
      return (await this.scopeIndex(filters)).list(kinds, limit).map(detached);
    } catch (err) {
      throw toRedisError(err, 'listing memory');
    }
  }

  async delete(scope: MemoryScope, id: string): Promise<boolean> {
    const filters = scopeFilters(scope);
    if (isUnsatisfiable(filters) || !isValidRecordId(id)) return false;
    try {
      const record = decodeRecord(id, await this.redis.hgetallBuffer(this.key(id)));
      if (!record || !matchesScope(record, filters)) return false;
      await this.removeRecords([record]);
      return true;
    } catch (err) {
      throw toRedisError(err, 'deleting memory');
    }
  }

  async deleteAll(scope: MemoryScope): Promise<number> {
    const filters = scopeFilters(scope);
    if (isUnsatisfiable(filters)) return 0;
    try {
      const ids = await this.scopeIds(filters);
      const records = await this.fetchRecords(ids);
      const doomed = records.filter((r): r is MemoryRecord => r !== undefined && matchesScope(r, filters));
      const missing = ids.filter((_, i) => records[i] === undefined);
      if (missing.length > 0) await this.forgetMissing(filters, missing);
      if (doomed.length > 0) await this.removeRecords(doomed);
      return doomed.length;
    } catch (err) {
      throw toRedisError(err, 'deleting memories');
    }
  }

  async info(): Promise<IndexInfo> {
    try {
      const documents = await this.redis.scard(plainAllIdsKey(this.prefix));
      return { engine: this.name, indexName: this.indexName, prefix: this.prefix, documents };
    } catch (err) {
      throw toRedisError(err, 'reading memory statistics');
    }
  }

  // ---------------------------------------------------------------- internals

  /** Both client kinds run the same commands; ioredis types them separately. */
  private get redis(): Redis {
    return this.client as Redis;
  }

  private get isCluster(): boolean {
    return this.client.isCluster === true;
  }

  private key(id: string): string {
    return memoryKey(this.prefix, id);
  }

  private usableVector(vector: Float32Array | undefined): Float32Array | undefined {
    if (!vector || !this.vectorDimensions) return undefined;
    if (vector.length !== this.vectorDimensions) {
      throw invalidArgument(
        `query vector has ${vector.length} dimensions but the memory engine was configured with ${this.vectorDimensions}; use the same embedder for writing and searching`,
      );
    }
    return vector.some((x) => x !== 0) ? vector : undefined;
  }

  /**
   * HSETs the records (replacing each hash whole, so no stale field survives) and updates their
   * bookkeeping; returns each record's previous scope values (read in the same transaction).
   */
  private async writeRecords(records: MemoryRecord[]): Promise<Array<Array<string | null>>> {
    const previous: Array<Array<string | null>> = [];
    const queueRecord = (m: ChainableCommander, record: MemoryRecord) => {
      const key = this.key(record.id);
      m.hmget(key, ...SCOPE_FIELD_NAMES).del(key).hset(key, encodeRecord(record));
    };
    const bookkeeping = this.redis.multi();
    if (this.isCluster) {
      // Record keys hash to different slots: each record is its own transaction, then the
      // bookkeeping (one slot) follows. A crash in between leaves a record its sets do not
      // list yet; rewriting it repairs that.
      const replies = await Promise.all(
        records.map((record) => {
          const m = this.redis.multi();
          queueRecord(m, record);
          return m.exec();
        }),
      );
      for (const reply of replies) previous.push(results(reply)[0] as Array<string | null>);
    } else {
      for (const record of records) queueRecord(bookkeeping, record);
    }
    for (const record of records) {
      for (const f of recordScopeValues(record)) bookkeeping.sadd(tagSetKey(this.prefix, f.field, f.value), record.id);
    }
    bookkeeping.sadd(plainAllIdsKey(this.prefix), ...records.map((r) => r.id));
    const bumps = bumpsFor(records, this.prefix, 'upserted');
    for (const [key, bump] of bumps) bookkeeping.incrby(key, bump.by);
    const replies = results(await bookkeeping.exec());
    if (!this.isCluster) records.forEach((_, i) => previous.push(replies[i * 3] as Array<string | null>));
    this.applyOwnChanges(bumps, replies.slice(replies.length - bumps.size) as number[]);
    return previous;
  }

  /** An overwrite that changed a scope value: drop the id from the old value's set and tell its readers. */
  private async unlinkMovedRecords(records: MemoryRecord[], previous: Array<Array<string | null>>): Promise<void> {
    const props = Object.keys(SCOPE_FIELDS) as Array<keyof MemoryScope>;
    const moved: Array<{ field: ScopeField; value: string; id: string }> = [];
    records.forEach((record, i) => {
      SCOPE_FIELD_NAMES.forEach((field, j) => {
        const old = previous[i]?.[j];
        if (old !== null && old !== undefined && old !== '' && old !== record[props[j]]) moved.push({ field, value: old, id: record.id });
      });
    });
    if (moved.length === 0) return;
    const m = this.redis.multi();
    for (const { field, value, id } of moved) m.srem(tagSetKey(this.prefix, field, value), id);
    // Rare (ids are derived from the scope): every scope of the old values is told, none is patched.
    const stale = new Set<string>();
    records.forEach((record, i) => {
      if (!moved.some((mv) => mv.id === record.id)) return;
      const oldValues: ScopeFilter[] = [];
      SCOPE_FIELD_NAMES.forEach((field, j) => {
        const value = previous[i]?.[j];
        if (value) oldValues.push({ prop: props[j], field, value });
      });
      for (const scope of scopesOf(oldValues)) stale.add(scopeVersionKey(this.prefix, scope));
    });
    for (const key of stale) {
      m.incr(key);
      this.cache.delete(key);
    }
    results(await m.exec());
  }

  /** Deletes existing records and every bookkeeping entry of theirs, in one transaction when possible. */
  private async removeRecords(records: MemoryRecord[]): Promise<void> {
    const m = this.redis.multi();
    if (this.isCluster) {
      await Promise.all(records.map((r) => this.redis.del(this.key(r.id))));
    } else {
      m.del(...records.map((r) => this.key(r.id)));
    }
    for (const record of records) {
      for (const f of recordScopeValues(record)) m.srem(tagSetKey(this.prefix, f.field, f.value), record.id);
    }
    m.srem(plainAllIdsKey(this.prefix), ...records.map((r) => r.id));
    const bumps = bumpsFor(records, this.prefix, 'removed');
    for (const [key, bump] of bumps) m.incrby(key, bump.by);
    const replies = results(await m.exec());
    this.applyOwnChanges(bumps, replies.slice(replies.length - bumps.size) as number[]);
  }

  /** Ids whose hash is gone (deleted or expired behind our back): drop them from the scope's sets. */
  private async forgetMissing(filters: ScopeFilter[], ids: string[]): Promise<number> {
    const m = this.redis.multi();
    for (const f of filters) m.srem(tagSetKey(this.prefix, f.field, f.value), ...ids);
    m.srem(plainAllIdsKey(this.prefix), ...ids);
    // The hash is gone, so its other scopes are unknown: the scope that noticed is told; the
    // others notice when they next rebuild.
    m.incr(scopeVersionKey(this.prefix, filters));
    const replies = results(await m.exec());
    return replies[replies.length - 1] as number;
  }

  /**
   * After our own transaction: a cached scope whose counter moved by exactly our increment saw
   * no other writer, so it is patched in place and stays warm; any other cached scope we touched
   * is dropped.
   */
  private applyOwnChanges(bumps: VersionBumps, counters: number[]): void {
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

  private setKeys(filters: ScopeFilter[]): string[] {
    return filters.map((f) => tagSetKey(this.prefix, f.field, f.value));
  }

  private async scopeIds(filters: ScopeFilter[]): Promise<string[]> {
    const keys = this.setKeys(filters);
    return keys.length === 1 ? this.redis.smembers(keys[0]) : this.redis.sinter(...keys);
  }

  /** Decoded records in the order of `ids`; undefined where the hash does not exist. */
  private async fetchRecords(ids: string[]): Promise<Array<MemoryRecord | undefined>> {
    if (ids.length === 0) return [];
    let raw: Array<Record<string, Buffer> | null>;
    if (this.isCluster) {
      raw = await Promise.all(ids.map((id) => this.redis.hgetallBuffer(this.key(id))));
    } else {
      const pipeline = this.redis.pipeline();
      for (const id of ids) pipeline.hgetallBuffer(this.key(id));
      raw = results(await pipeline.exec()) as Array<Record<string, Buffer> | null>;
    }
    return raw.map((fields, i) => decodeRecord(ids[i], fields));
  }

  /**
   * The scope's version counter. Reads issued while one is on the wire share it: a turn searches
   * and lists the same scope at the same moment, and one answer serves both.
   */
  private readVersion(key: string): Promise<string | null> {
    let read = this.versionReads.get(key);
    if (!read) {
      read = this.redis.get(key).finally(() => this.versionReads.delete(key));
      this.versionReads.set(key, read);
    }
    return read;
  }

  /** The cached index of a scope, rebuilt when its version counter moved. */
  private async scopeIndex(filters: ScopeFilter[]): Promise<ScopeIndex> {
    const cacheKey = scopeVersionKey(this.prefix, filters);
    // A turn searches and lists the same scope at once: a build under way serves both, but the
    // late caller still checks the counters, since a write may have landed after that build read them.
    const inflight = this.building.get(cacheKey);
    const candidate = inflight ? await inflight.catch(() => undefined) : this.cache.get(cacheKey);
    if (candidate) {
      const version = await this.readVersion(cacheKey);
      if (version === candidate.versions[0]) return candidate;
    }
    const building = this.buildIndex(filters).then((index) => {
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

  private async buildIndex(filters: ScopeFilter[]): Promise<ScopeIndex> {
    const sets = this.setKeys(filters);
    const m = this.redis.multi().get(scopeVersionKey(this.prefix, filters));
    if (sets.length === 1) m.smembers(sets[0]);
    else m.sinter(...sets);
    const [version, ids] = results(await m.exec()) as [string | null, string[]];
    const fetched = await this.fetchRecords(ids);
    const records: MemoryRecord[] = [];
    const missing: string[] = [];
    fetched.forEach((record, i) => {
      if (!record) missing.push(ids[i]);
      // A record overwritten into another scope is skipped here; its writer unlinks it.
      else if (matchesScope(record, filters)) records.push(record);
    });
    let current = version;
    if (missing.length > 0) {
      const bumped = await this.forgetMissing(filters, missing);
      // Our own bump need not invalidate what we just built, unless someone else wrote too.
      if (bumped === Number(version ?? 0) + 1) current = String(bumped);
    }
    return new ScopeIndex(records, [current], { vectorDimensions: this.vectorDimensions });
  }
}
