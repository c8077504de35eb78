/**
 * What both memory engines do alike, so they cannot drift apart: their limits, the checks of
 * configured and query vector dimensions, reading one record within a scope, checking a MULTI's
 * replies, and turning ranked ids into hits.
 */
import type { Redis } from 'ioredis';
import { invalidArgument } from '../../errors';
import type { RedisClient } from '../../redis/connection';
import { memoryKey } from '../../redis/keys';
import { decodeRecord } from '../record-codec';
import type { MemoryHit, MemoryRecord } from '../types';
import { fuseHybrid, normaliseTextScores, type FusionWeights, type TextCandidate, type VectorCandidate } from './fusion';
import { isUnsatisfiable, isValidRecordId, matchesScope, type ScopeFilter } from './scope';

/** Hits a search returns when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 10;
/** The most hits one search may ask for. */
export const MAX_SEARCH_LIMIT = 1_000;
/** Default page size of `list` when no limit is given; matches the query engine's result cap. */
export const DEFAULT_LIST_LIMIT = 10_000;

/** Both client kinds run the same commands; ioredis types them separately. */
export function commandsOf(client: RedisClient): Redis {
  return client as Redis;
}

/**
 * The `vectorDimensions` option, checked: undefined (text only) or a positive integer, at most
 * `max` when the engine has a ceiling. Throws `invalid_argument`.
 */
export function checkedDimensions(dims: number | undefined, max?: number): number | undefined {
  if (dims === undefined) return undefined;
  if (!Number.isInteger(dims) || dims < 1 || (max !== undefined && dims > max)) {
    throw invalidArgument(
      max === undefined
        ? 'vectorDimensions must be a positive integer (the embedder dimensions)'
        : `vectorDimensions must be an integer from 1 to ${max} (the embedder dimensions)`,
    );
  }
  return dims;
}

/**
 * The query vector to rank by: undefined when the engine is text only or the vector is all
 * zeros (it has no direction to compare by). A vector of another length than the configured one
 * throws `invalid_argument`; `configured` names where that length comes from ("the memory index has").
 */
export function usableVector(vector: Float32Array | undefined, dims: number | undefined, configured: string): Float32Array | undefined {
  if (!vector || !dims) return undefined;
  if (vector.length !== dims) {
    throw invalidArgument(`query vector has ${vector.length} dimensions but ${configured} ${dims}; use the same embedder for writing and searching`);
  }
  return vector.some((x) => x !== 0) ? vector : undefined;
}

/**
 * Refuses a record whose embedding has another length than the search index's vector field
 * (the plain engine searches such a record by text only). Throws `invalid_argument`.
 */
export function assertEmbeddingFits(record: MemoryRecord, dims: number | undefined): void {
  if (dims && record.embedding && record.embedding.length !== dims) {
    throw invalidArgument(
      `memory record ${record.id}: embedding has ${record.embedding.length} dimensions, the index expects ${dims}; ` +
        'use the embedder the index was created with, or rebuild it with MEMORY_OVERWRITE_INDEX=true',
    );
  }
}

/**
 * The record `id` when its hash exists and it belongs to the scope; undefined otherwise, without
 * a Redis call when the scope or the id can never match.
 */
export async function readScopedRecord(redis: Redis, prefix: string, filters: ScopeFilter[], id: string): Promise<MemoryRecord | undefined> {
  if (isUnsatisfiable(filters) || !isValidRecordId(id)) return undefined;
  const record = decodeRecord(id, await redis.hgetallBuffer(memoryKey(prefix, id)));
  return record && matchesScope(record, filters) ? record : undefined;
}

/** The same id twice in one write: the last one wins, as two writes in a row would. */
export function lastPerId(records: MemoryRecord[]): MemoryRecord[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

/** What `exec()` of a MULTI or pipeline answers: per command an error or a value; null when aborted. */
export type ExecResult = Array<[Error | null, unknown]> | null;

/** Results of a MULTI, throwing the first per-command error (EXEC itself does not). */
export function execResults(reply: ExecResult): unknown[] {
  if (!reply) throw new Error('transaction aborted');
  return reply.map(([err, value]) => {
    if (err) throw err;
    return value;
  });
}

/** How many candidates each side fetches: hybrid ranking looks deeper, since fusion reorders. */
export function candidateCount(limit: number, hybrid: boolean): number {
  return hybrid ? Math.max(limit * 3, 30) : limit;
}

/**
 * The hits of a ranked search, best first: fused when a vector took part, else text scores
 * normalised; ids without a record and scores that are not positive are skipped; at most `limit`.
 */
export function rankedHits(
  textHits: TextCandidate[],
  vectorHits: VectorCandidate[] | undefined,
  weights: FusionWeights,
  limit: number,
  recordOf: (id: string) => MemoryRecord | undefined,
): MemoryHit[] {
  const ranked = vectorHits ? fuseHybrid(textHits, vectorHits, weights) : normaliseTextScores(textHits);
  const hits: MemoryHit[] = [];
  for (const { id, score } of ranked) {
    const record = recordOf(id);
    if (!record || !(score > 0)) continue;
    hits.push({ record, score });
    if (hits.length >= limit) break;
  }
  return hits;
}
