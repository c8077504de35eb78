/**
 * MemoryRecord ⇄ HASH fields (DESIGN §3). Both engines store exactly these fields, so a server
 * can switch engines (or an attendee can inspect a record with HGETALL) without a migration.
 */
import type { MemoryKind, MemoryRecord, MemoryScope } from './types';

/** Hash field names, in the order they are written. */
export const RECORD_FIELDS = [
  'content',
  'kind',
  'role',
  'application_id',
  'agent_id',
  'user_id',
  'thread_id',
  'conversation_id',
  'message_id',
  'author_name',
  'fact_key',
  'source_ids',
  'created_at',
  'embedding',
] as const;

/** A memory HASH field name. */
export type RecordField = (typeof RECORD_FIELDS)[number];

/** Scope property → hash field. Every scope filter and every tag set is keyed by these. */
export const SCOPE_FIELDS = {
  applicationId: 'application_id',
  agentId: 'agent_id',
  userId: 'user_id',
  threadId: 'thread_id',
} as const satisfies Record<keyof MemoryScope, RecordField>;

/** The HASH field of a scope property. */
export type ScopeField = (typeof SCOPE_FIELDS)[keyof typeof SCOPE_FIELDS];

/** Optional string properties and their fields; an empty string is treated as unset. */
const OPTIONAL_STRINGS = [
  ['role', 'role'],
  ['applicationId', 'application_id'],
  ['agentId', 'agent_id'],
  ['userId', 'user_id'],
  ['threadId', 'thread_id'],
  ['conversationId', 'conversation_id'],
  ['messageId', 'message_id'],
  ['authorName', 'author_name'],
  ['factKey', 'fact_key'],
] as const satisfies ReadonlyArray<readonly [keyof MemoryRecord, RecordField]>;

const KINDS: ReadonlySet<string> = new Set<MemoryKind>(['message', 'fact', 'tool']);

/** Whether a stored `kind` field is one the workshop knows. */
export function isMemoryKind(value: unknown): value is MemoryKind {
  return typeof value === 'string' && KINDS.has(value);
}

/** FLOAT32 little-endian bytes, the layout the query engine's VECTOR fields read. */
export function encodeVector(vector: Float32Array | readonly number[]): Buffer {
  const out = Buffer.allocUnsafe(vector.length * 4);
  for (let i = 0; i < vector.length; i++) out.writeFloatLE(vector[i], i * 4);
  return out;
}

/** The inverse of `encodeVector`; undefined for a byte string that cannot be one. */
export function decodeVector(bytes: Buffer): Float32Array | undefined {
  if (bytes.length === 0 || bytes.length % 4 !== 0) return undefined;
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readFloatLE(i * 4);
  return out;
}

/**
 * The HASH fields of a record. Unset (and empty) optional fields are not written, so a filter on
 * a field never matches a record that lacks it. `embedding` is written only when present.
 */
export function encodeRecord(record: MemoryRecord): Record<string, string | Buffer> {
  const fields: Record<string, string | Buffer> = {
    content: record.content,
    kind: record.kind,
  };
  for (const [prop, field] of OPTIONAL_STRINGS) {
    const value = record[prop];
    if (typeof value === 'string' && value !== '') fields[field] = value;
  }
  // Ids are [A-Za-z0-9_-], so a comma list is unambiguous and readable in HGETALL.
  if (record.sourceIds && record.sourceIds.length > 0) fields.source_ids = record.sourceIds.join(',');
  fields.created_at = String(Math.trunc(record.createdAt));
  if (record.embedding && record.embedding.length > 0) fields.embedding = encodeVector(record.embedding);
  return fields;
}

type RawValue = string | Buffer | null | undefined;

function text(value: RawValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : value.toString('utf8');
}

/**
 * A record from its HASH fields (as HGETALL or FT.SEARCH return them, strings or Buffers).
 * Tolerant by design: a hand-edited or half-written hash yields a best-effort record instead
 * of an exception (missing content → `''`, unknown kind → `message`, bad time → `0`, a
 * malformed embedding is dropped). Returns undefined only when there are no fields at all
 * (the key does not exist).
 */
export function decodeRecord(id: string, fields: Record<string, RawValue> | null | undefined): MemoryRecord | undefined {
  if (!fields || Object.keys(fields).length === 0) return undefined;
  const kind = text(fields.kind);
  const createdAt = Number(text(fields.created_at));
  const record: MemoryRecord = {
    id,
    kind: isMemoryKind(kind) ? kind : 'message',
    content: text(fields.content) ?? '',
    createdAt: Number.isFinite(createdAt) ? createdAt : 0,
  };
  for (const [prop, field] of OPTIONAL_STRINGS) {
    const value = text(fields[field]);
    if (value !== undefined && value !== '') record[prop] = value;
  }
  const sources = text(fields.source_ids);
  if (sources) record.sourceIds = sources.split(',').filter(Boolean);
  const embedding = fields.embedding;
  if (Buffer.isBuffer(embedding)) {
    const vector = decodeVector(embedding);
    if (vector) record.embedding = vector;
  }
  return record;
}
