/** Scope rules both engines share: which fields filter, what an empty value means, who may see a record. */
import { invalidArgument } from '../../errors';
import { assertKeyPart } from '../../redis/keys';
import { SCOPE_FIELDS, isMemoryKind, type ScopeField } from '../record-codec';
import type { MemoryKind, MemoryRecord, MemoryScope } from '../types';

/** One filter of a scope: hash field and the value it must hold. */
export interface ScopeFilter {
  prop: keyof MemoryScope;
  field: ScopeField;
  value: string;
}

/**
 * The filters of a scope, in a fixed order. A field is a filter when it is not `undefined`;
 * an empty string is a filter too (one no stored record can satisfy, since empty values are
 * never written), so `userId: ''` narrows to nothing instead of widening to every user.
 * A scope without any filter is refused: it would read or delete everything.
 */
export function scopeFilters(scope: MemoryScope): ScopeFilter[] {
  const filters: ScopeFilter[] = [];
  for (const prop of Object.keys(SCOPE_FIELDS) as Array<keyof MemoryScope>) {
    const value = scope[prop];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw invalidArgument(`memory scope ${prop} must be a string`);
    filters.push({ prop, field: SCOPE_FIELDS[prop], value });
  }
  if (filters.length === 0) {
    throw invalidArgument('a memory scope needs at least one of applicationId, agentId, userId, threadId');
  }
  return filters;
}

/**
 * The longest scope value (application, agent, user or thread id) either engine accepts, in
 * UTF-16 units. Ids are far shorter (a user id is 36); the bound exists because the query engine
 * does not match a very long TAG value as itself (a 10 KB user id found nothing on RediSearch
 * 2.10, a silent miss), so both engines refuse such values on write and match nothing on read,
 * and the plain engine keeps the same contract as the search-module one.
 */
export const MAX_SCOPE_VALUE_LENGTH = 512;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A string Redis cannot store as itself: a lone UTF-16 surrogate becomes U+FFFD on the way to
 * UTF-8, so two different values would collapse into one stored value.
 */
export function isMalformedText(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/**
 * True when some filter can never match, so the answer is "nothing": an empty value (never
 * written), or a malformed or over-long one (never accepted by a write).
 */
export function isUnsatisfiable(filters: ScopeFilter[]): boolean {
  return filters.some((f) => f.value === '' || f.value.length > MAX_SCOPE_VALUE_LENGTH || isMalformedText(f.value));
}

/** Whether a record belongs to a scope: every filter equals the record's value exactly. */
export function matchesScope(record: MemoryRecord, filters: ScopeFilter[]): boolean {
  return filters.every((f) => record[f.prop] === f.value);
}

/** The record's own values of the scope fields (what its bookkeeping and tags are keyed by). */
export function recordScopeValues(record: MemoryRecord): ScopeFilter[] {
  const out: ScopeFilter[] = [];
  for (const prop of Object.keys(SCOPE_FIELDS) as Array<keyof MemoryScope>) {
    const value = record[prop];
    if (typeof value === 'string' && value !== '') out.push({ prop, field: SCOPE_FIELDS[prop], value });
  }
  return out;
}

/** Record ids become key names, so they follow the key-part rule of `redis/keys.ts`. */
export function isValidRecordId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_.:-]{1,128}$/.test(id);
}

/** Checks what a write needs before anything reaches Redis; throws `invalid_argument`. */
export function assertWritableRecord(record: MemoryRecord): void {
  assertKeyPart(record.id, 'memory record id');
  if (typeof record.content !== 'string') throw invalidArgument(`memory record ${record.id}: content must be a string`);
  if (!isMemoryKind(record.kind)) throw invalidArgument(`memory record ${record.id}: kind must be message, fact or tool`);
  if (!Number.isFinite(record.createdAt)) throw invalidArgument(`memory record ${record.id}: createdAt must be a number (ms)`);
  const scopeValues = recordScopeValues(record);
  if (scopeValues.length === 0) {
    throw invalidArgument(`memory record ${record.id} needs at least one of applicationId, agentId, userId, threadId`);
  }
  for (const f of scopeValues) {
    if (isMalformedText(f.value)) throw invalidArgument(`memory record ${record.id}: ${f.prop} is not well-formed Unicode`);
    if (f.value.length > MAX_SCOPE_VALUE_LENGTH) {
      throw invalidArgument(`memory record ${record.id}: ${f.prop} is ${f.value.length} characters long; at most ${MAX_SCOPE_VALUE_LENGTH}`);
    }
  }
}

/** The kinds to keep; undefined or empty means "every kind". An unknown kind is an error, not a silent widening. */
export function kindFilter(kinds: MemoryKind[] | undefined): MemoryKind[] | undefined {
  if (!kinds || kinds.length === 0) return undefined;
  for (const kind of kinds) {
    if (!isMemoryKind(kind)) throw invalidArgument(`unknown memory kind ${JSON.stringify(kind)}; use message, fact or tool`);
  }
  return [...new Set(kinds)];
}

/** A bounded positive integer from an optional limit. */
export function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}
