/**
 * Memory search inside Redis with the query engine (FT.* commands): Redis 8, Redis Stack,
 * Redis Cloud, Azure Managed Redis. One index over the memory HASHes; every read is an FT.SEARCH
 * whose scope is a set of escaped TAG filters, full text is BM25, and hybrid search adds a KNN
 * query pre-filtered by the same scope, fused in process exactly as the plain engine fuses.
 *
 * Scorer: `BM25STD` (standard Okapi BM25). It is the default on Redis 8 and exists on older
 * servers (where the default was TFIDF), so naming it gives the same ranking everywhere;
 * `BM25`, the older variant, is deprecated since Redis 8.4.
 */
import type { Redis } from 'ioredis';
import { WorkshopError, invalidArgument } from '../../errors';
import type { RedisClient } from '../../redis/connection';
import { toRedisError } from '../../redis/connection';
import { assertKeyPart, memoryKey } from '../../redis/keys';
import { isQueryableTagValue, textQuery } from '../escape';
import { decodeRecord, encodeRecord } from '../record-codec';
import type { IndexInfo, MemoryEngine, MemoryHit, MemoryKind, MemoryRecord, MemoryScope, SearchOptions } from '../types';
import {
  DEFAULT_LIST_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  assertEmbeddingFits,
  candidateCount,
  checkedDimensions,
  commandsOf,
  execResults,
  lastPerId,
  rankedHits,
  readScopedRecord,
  usableVector,
} from './engine-shared';
import { DEFAULT_FUSION_WEIGHTS, type FusionWeights } from './fusion';
import { createIndexArgs, memorySchema, schemaDifferences } from './redisearch-schema';
import { assertWritableRecord, clampLimit, kindFilter, matchesScope, recordScopeValues, scopeFilters, type ScopeFilter } from './scope';
import {
  VECTOR_SCORE,
  deletePageArgs,
  newestArgs,
  scopeFilterQuery,
  textSearchArgs,
  vectorSearchArgs,
} from './redisearch-query';
import { parseInfoReply, parseSearchReply, replyText, type IndexInfoReply, type SearchDocument } from './search-reply';

/** How a query-engine engine connects, names its index and keys, and ranks. */
export interface RediSearchEngineOptions {
  /** Injected client (standalone or cluster); the engine never closes it. */
  client: RedisClient;
  /** Name of the search index (MEMORY_INDEX_NAME). */
  indexName: string;
  /** Records live at `{prefix}:{id}`; the index covers `{prefix}:` (MEMORY_PREFIX). */
  prefix: string;
  /** Embedding length; adds the `embedding` VECTOR field and enables hybrid search. Default: text only. */
  vectorDimensions?: number;
  /** Drop and recreate an index whose schema differs (documents are kept and re-indexed). Default false. */
  overwriteIndex?: boolean;
  /** Blend of text and vector relevance in hybrid search. Default `{ text: 0.5, vector: 0.5 }`. */
  fusionWeights?: FusionWeights;
}

const DELETE_PAGE = 500;
const MAX_VECTOR_DIMENSIONS = 32_768;

/** The memory engine for a Redis with the search module: one FT index over the memory hashes. */
export class RediSearchEngine implements MemoryEngine {
  readonly name = 'redisearch' as const;
  private readonly client: RedisClient;
  private readonly indexName: string;
  private readonly prefix: string;
  private readonly vectorDimensions: number | undefined;
  private readonly overwriteIndex: boolean;
  private readonly weights: FusionWeights;

  constructor(options: RediSearchEngineOptions) {
    if (!options?.client) throw invalidArgument('RediSearchEngine needs a Redis `client`');
    this.client = options.client;
    this.indexName = assertKeyPart(options.indexName, 'memory index name (MEMORY_INDEX_NAME)');
    this.prefix = assertKeyPart(options.prefix, 'memory prefix (MEMORY_PREFIX)');
    this.vectorDimensions = checkedDimensions(options.vectorDimensions, MAX_VECTOR_DIMENSIONS);
    this.overwriteIndex = options.overwriteIndex ?? false;
    this.weights = options.fusionWeights ?? DEFAULT_FUSION_WEIGHTS;
  }

  /** Creates the index, or checks that the existing one has our schema (rebuilding it when allowed). */
  async init(): Promise<void> {
    const schema = memorySchema(this.vectorDimensions);
    try {
      let info = await this.readInfo();
      if (!info) {
        try {
          await this.redis.call('FT.CREATE', ...createIndexArgs(this.indexName, this.prefix, schema));
          return;
        } catch (err) {
          // Another process created it between our FT.INFO and FT.CREATE: check what it made.
          if (!/already exists/i.test(String((err as Error)?.message))) throw err;
          info = await this.readInfo();
          if (!info) throw err;
        }
      }
      const diffs = schemaDifferences(schema, this.prefix, info);
      if (diffs.length === 0) return;
      if (!this.overwriteIndex) {
        throw new WorkshopError(
          'index_schema_changed',
          `search index "${this.indexName}" exists with a different schema (${diffs.join('; ')}). ` +
            'Set overwriteIndex / MEMORY_OVERWRITE_INDEX=true to drop and rebuild it (the memory hashes are kept and re-indexed), ' +
            'or choose another MEMORY_INDEX_NAME.',
        );
      }
      // Without DD: only the index goes, the records stay and the new index picks them up.
      await this.redis.call('FT.DROPINDEX', this.indexName);
      await this.redis.call('FT.CREATE', ...createIndexArgs(this.indexName, this.prefix, schema));
    } catch (err) {
      throw this.failure(err, 'creating the memory search index');
    }
  }

  async upsert(records: MemoryRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const record of records) this.assertIndexable(record);
    const unique = lastPerId(records);
    try {
      // DEL first so a field the new version lacks (an old embedding) does not survive.
      if (this.client.isCluster) {
        await Promise.all(unique.map((r) => this.redis.multi().del(this.key(r.id)).hset(this.key(r.id), encodeRecord(r)).exec().then(execResults)));
      } else {
        const m = this.redis.multi();
        for (const r of unique) m.del(this.key(r.id)).hset(this.key(r.id), encodeRecord(r));
        execResults(await m.exec());
      }
    } catch (err) {
      throw this.failure(err, 'storing memory');
    }
  }

  async get(scope: MemoryScope, id: string): Promise<MemoryRecord | undefined> {
    const filters = scopeFilters(scope);
    try {
      return await readScopedRecord(this.redis, this.prefix, filters, id);
    } catch (err) {
      throw this.failure(err, 'reading memory');
    }
  }

  async search(scope: MemoryScope, text: string, options: SearchOptions = {}): Promise<MemoryHit[]> {
    const filters = scopeFilters(scope);
    const kinds = kindFilter(options.kinds);
    const limit = clampLimit(options.limit, DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT);
    const vector = usableVector(options.vector, this.vectorDimensions, 'the memory index has');
    const filter = scopeFilterQuery(filters, kinds);
    if (filter === undefined) return [];
    const terms = textQuery(typeof text === 'string' ? text : '');
    try {
      if (!terms && !vector) {
        return (await this.newest(filter, filters, limit)).map((record) => ({ record, score: 0 }));
      }
      const candidates = candidateCount(limit, vector !== undefined);
      const [textDocs, vectorDocs] = await Promise.all([
        terms ? this.textSearch(filter, terms, candidates) : Promise.resolve([]),
        vector ? this.vectorSearch(filter, vector, candidates) : Promise.resolve([]),
      ]);
      const records = new Map<string, MemoryRecord>();
      const keep = (docs: SearchDocument[]) =>
        docs.flatMap((doc) => {
          const record = this.toRecord(doc, filters);
          if (!record) return [];
          records.set(record.id, record);
          return [{ id: record.id, doc }];
        });
      const textHits = keep(textDocs).map(({ id, doc }) => ({ id, score: doc.score ?? 0 }));
      // COSINE distance is 1 - cosine similarity; a missing score counts as no similarity.
      const vectorHits = keep(vectorDocs).map(({ id, doc }) => ({ id, similarity: 1 - Number(doc.fields[VECTOR_SCORE] === undefined ? NaN : replyText(doc.fields[VECTOR_SCORE])) }));
      return rankedHits(textHits, vector ? vectorHits : undefined, this.weights, limit, (id) => records.get(id));
    } catch (err) {
      throw this.failure(err, 'searching memory');
    }
  }

  async list(scope: MemoryScope, options: { kinds?: MemoryKind[]; limit?: number } = {}): Promise<MemoryRecord[]> {
    const filters = scopeFilters(scope);
    const kinds = kindFilter(options.kinds);
    const limit = clampLimit(options.limit, DEFAULT_LIST_LIMIT, DEFAULT_LIST_LIMIT);
    const filter = scopeFilterQuery(filters, kinds);
    if (filter === undefined) return [];
    try {
      return await this.newest(filter, filters, limit);
    } catch (err) {
      throw this.failure(err, 'listing memory');
    }
  }

  async delete(scope: MemoryScope, id: string): Promise<boolean> {
    const filters = scopeFilters(scope);
    try {
      if (!(await readScopedRecord(this.redis, this.prefix, filters, id))) return false;
      return (await this.redis.del(this.key(id))) === 1;
    } catch (err) {
      throw this.failure(err, 'deleting memory');
    }
  }

  async deleteAll(scope: MemoryScope): Promise<number> {
    const filters = scopeFilters(scope);
    const filter = scopeFilterQuery(filters, undefined);
    if (filter === undefined) return 0;
    let deleted = 0;
    // Documents that matched the tags but not the exact scope stay, so the next page starts after them.
    let skipped = 0;
    try {
      for (let round = 0; round < 100_000; round++) {
        const reply = await this.redis.call('FT.SEARCH', ...deletePageArgs(this.indexName, filter, filters, skipped, DELETE_PAGE));
        const docs = parseSearchReply(reply, { withScores: false, noContent: false }).documents;
        if (docs.length === 0) break;
        const doomed: string[] = [];
        for (const doc of docs) {
          if (filters.every((f) => replyText(doc.fields[f.field]) === f.value)) doomed.push(doc.key);
          else skipped++;
        }
        if (doomed.length > 0) deleted += await this.deleteKeys(doomed);
        if (docs.length < DELETE_PAGE) break;
      }
      return deleted;
    } catch (err) {
      throw this.failure(err, 'deleting memories');
    }
  }

  async info(): Promise<IndexInfo> {
    try {
      const info = await this.readInfo();
      return { engine: this.name, indexName: this.indexName, prefix: this.prefix, documents: info?.numDocs ?? 0 };
    } catch (err) {
      throw this.failure(err, 'reading the memory index');
    }
  }

  // ---------------------------------------------------------------- internals

  private get redis(): Redis {
    return commandsOf(this.client);
  }

  private key(id: string): string {
    return memoryKey(this.prefix, id);
  }

  private assertIndexable(record: MemoryRecord): void {
    assertWritableRecord(record);
    for (const f of recordScopeValues(record)) {
      if (!isQueryableTagValue(f.value)) {
        throw invalidArgument(
          `memory record ${record.id}: ${f.prop} ${JSON.stringify(f.value.slice(0, 40))} cannot be a search tag ` +
            '(no commas, control characters or leading/trailing spaces)',
        );
      }
    }
    assertEmbeddingFits(record, this.vectorDimensions);
  }

  private async newest(filter: string, filters: ScopeFilter[], limit: number): Promise<MemoryRecord[]> {
    const reply = await this.redis.callBuffer('FT.SEARCH', ...newestArgs(this.indexName, filter, limit));
    return parseSearchReply(reply, { withScores: false, noContent: false })
      .documents.map((doc) => this.toRecord(doc, filters))
      .filter((r): r is MemoryRecord => r !== undefined);
  }

  private async textSearch(filter: string, terms: string, candidates: number): Promise<SearchDocument[]> {
    const reply = await this.redis.callBuffer('FT.SEARCH', ...textSearchArgs(this.indexName, filter, terms, candidates));
    return parseSearchReply(reply, { withScores: true, noContent: false }).documents;
  }

  private async vectorSearch(filter: string, vector: Float32Array, candidates: number): Promise<SearchDocument[]> {
    const reply = await this.redis.callBuffer('FT.SEARCH', ...vectorSearchArgs(this.indexName, filter, vector, candidates));
    return parseSearchReply(reply, { withScores: false, noContent: false }).documents;
  }

  /** The record behind a result, only if it really is in the scope (tags are a pre-filter, not the proof). */
  private toRecord(doc: SearchDocument, filters: ScopeFilter[]): MemoryRecord | undefined {
    const start = `${this.prefix}:`;
    if (!doc.key.startsWith(start)) return undefined;
    const record = decodeRecord(doc.key.slice(start.length), doc.fields);
    return record && matchesScope(record, filters) ? record : undefined;
  }

  private async deleteKeys(keys: string[]): Promise<number> {
    if (this.client.isCluster) {
      const counts = await Promise.all(keys.map((k) => this.redis.del(k)));
      return counts.reduce((a, b) => a + b, 0);
    }
    return this.redis.del(...keys);
  }

  /** FT.INFO parsed, or undefined when the index does not exist. */
  private async readInfo(): Promise<IndexInfoReply | undefined> {
    try {
      return parseInfoReply(await this.redis.call('FT.INFO', this.indexName));
    } catch (err) {
      if (/unknown index name|no such index|index not found/i.test(String((err as Error)?.message))) return undefined;
      throw err;
    }
  }

  private failure(err: unknown, what: string): WorkshopError {
    if (/unknown command/i.test(String((err as Error)?.message)) && /FT\./i.test(String((err as Error)?.message))) {
      return new WorkshopError(
        'config_invalid',
        `${what} failed: this Redis server has no search module (FT.* commands). Set MEMORY_ENGINE=fallback (or auto), or use Redis 8 / Redis Stack.`,
        { cause: err },
      );
    }
    return toRedisError(err, what);
  }
}
