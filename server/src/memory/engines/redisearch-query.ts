/**
 * The FT.SEARCH commands the query-engine memory engine sends, built as plain data so they can
 * be checked without a server. Every user string in them has gone through `escape.ts`.
 */
import { escapeTagValue, isQueryableTagValue } from '../escape';
import { RECORD_FIELDS, encodeVector } from '../record-codec';
import type { MemoryKind } from '../types';
import { isUnsatisfiable, type ScopeFilter } from './scope';

/** One argument of a Redis command. */
export type CommandArg = string | number | Buffer;

/** Name under which KNN results carry their cosine distance. */
export const VECTOR_SCORE = 'vector_score';

/** Every stored field, the embedding included: results carry what `get` would return. */
export const RETURN_FIELDS: readonly string[] = [...RECORD_FIELDS];

/**
 * The scope (and kinds) as TAG filters, `@user_id:{alice} @agent_id:{a1}`, every value escaped.
 * Undefined when no stored record can match: an empty value, or one a tag query cannot express
 * (writes refuse those), so the caller answers "nothing" without asking Redis.
 */
export function scopeFilterQuery(filters: ScopeFilter[], kinds: MemoryKind[] | undefined): string | undefined {
  if (isUnsatisfiable(filters) || filters.some((f) => !isQueryableTagValue(f.value))) return undefined;
  const parts = filters.map((f) => `@${f.field}:{${escapeTagValue(f.value)}}`);
  if (kinds) parts.push(`@kind:{${kinds.map(escapeTagValue).join(' | ')}}`);
  return parts.join(' ');
}

function returnArgs(extra: string[] = []): CommandArg[] {
  const fields = [...RETURN_FIELDS, ...extra];
  return ['RETURN', fields.length, ...fields];
}

/** Newest first within the filter. */
export function newestArgs(indexName: string, filter: string, limit: number): CommandArg[] {
  return [indexName, filter, ...returnArgs(), 'SORTBY', 'created_at', 'DESC', 'LIMIT', 0, limit, 'DIALECT', 2];
}

/** BM25 full text within the filter; `terms` comes from `textQuery` (`(a|b)`). */
export function textSearchArgs(indexName: string, filter: string, terms: string, candidates: number): CommandArg[] {
  return [
    indexName, `${filter} @content:${terms}`,
    'WITHSCORES', 'SCORER', 'BM25STD', ...returnArgs(),
    'LIMIT', 0, candidates, 'DIALECT', 2,
  ];
}

/** The `candidates` nearest embeddings (cosine) among the records the filter admits: the scope is a pre-filter. */
export function vectorSearchArgs(indexName: string, filter: string, vector: Float32Array, candidates: number): CommandArg[] {
  return [
    indexName, `(${filter})=>[KNN ${candidates} @embedding $vec AS ${VECTOR_SCORE}]`,
    'PARAMS', 2, 'vec', encodeVector(vector),
    ...returnArgs([VECTOR_SCORE]),
    'SORTBY', VECTOR_SCORE, 'ASC', 'LIMIT', 0, candidates, 'DIALECT', 2,
  ];
}

/**
 * One page of keys to delete. The scope fields come back instead of NOCONTENT so each key can
 * be checked against the exact scope before it goes.
 */
export function deletePageArgs(indexName: string, filter: string, filters: ScopeFilter[], offset: number, count: number): CommandArg[] {
  return [indexName, filter, 'RETURN', filters.length, ...filters.map((f) => f.field), 'LIMIT', offset, count, 'DIALECT', 2];
}
