/**
 * The plain engine's key names and the Redis reads its scope cache and its write path both
 * need: a scope's ids (the SINTER of its tag sets) and the records behind ids.
 */
import type { ChainableCommander, Redis } from 'ioredis';
import type { RedisClient } from '../../redis/connection';
import { memoryKey, plainScopeChangesKey, plainScopeVersionKey, plainTagSetKey } from '../../redis/keys';
import { decodeRecord, type ScopeField } from '../record-codec';
import type { MemoryRecord } from '../types';
import { commandsOf, execResults } from './engine-shared';
import type { ScopeFilter } from './scope';

/**
 * Scope values can be any string (an e-mail as user id). In a key name they are percent-encoded,
 * so no value can close the hash tag, add a `:` segment or otherwise spell another key.
 */
export function tagSetKey(prefix: string, field: ScopeField, value: string): string {
  return plainTagSetKey(prefix, field, encodeURIComponent(value));
}

/** A scope's filters as part of a key name (in the fixed field order, values encoded). */
function scopeSignature(filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): string {
  return filters.map((f) => `${f.field}=${encodeURIComponent(f.value)}`).join('&');
}

/** The version counter of a scope. */
export function scopeVersionKey(prefix: string, filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): string {
  return plainScopeVersionKey(prefix, scopeSignature(filters));
}

/** The change log of a scope (see plain-change-log.ts). */
export function scopeChangesKey(prefix: string, filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): string {
  return plainScopeChangesKey(prefix, scopeSignature(filters));
}

/**
 * How long a scope's version counter (and its change log) lives after its last bump: 30 days. Counters are never
 * deleted (a reused counter could match a reader's cached version and serve stale memories);
 * they expire instead, and the scope cache trusts an index for at most half this long (see
 * `ScopeCache`), so an expired and restarted counter can never match a version it holds.
 */
export const DEFAULT_VERSION_TTL_SECONDS = 30 * 24 * 60 * 60;

/** Every scope a record is visible in: each non-empty combination of its scope values. */
export function scopesOf(values: ScopeFilter[]): ScopeFilter[][] {
  const out: ScopeFilter[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) out.push(values.filter((_, i) => mask & (1 << i)));
  return out;
}

/** One engine's client and prefix, with the key names and reads built on them. */
export class PlainStore {
  /** The client's commands (standalone or cluster). */
  readonly redis: Redis;
  /** On a cluster, record keys hash to different slots, so they cannot share a transaction. */
  readonly isCluster: boolean;

  constructor(
    client: RedisClient,
    /** Records live at `{prefix}:{id}`; bookkeeping keys share the `{prefix}` hash tag. */
    readonly prefix: string,
    /** TTL a bump gives a version counter (`DEFAULT_VERSION_TTL_SECONDS`); every process of a prefix must agree. */
    readonly versionTtlSeconds = DEFAULT_VERSION_TTL_SECONDS,
  ) {
    this.redis = commandsOf(client);
    this.isCluster = client.isCluster === true;
  }

  /** The record hash of `id`. */
  key(id: string): string {
    return memoryKey(this.prefix, id);
  }

  /** The id set of one scope value. */
  tagSetKey(field: ScopeField, value: string): string {
    return tagSetKey(this.prefix, field, value);
  }

  /** The version counter of a scope. */
  versionKey(filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): string {
    return scopeVersionKey(this.prefix, filters);
  }

  /** The change log of a scope. */
  changesKey(filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): string {
    return scopeChangesKey(this.prefix, filters);
  }

  /** The id sets whose intersection is the scope. */
  setKeys(filters: ScopeFilter[]): string[] {
    return filters.map((f) => this.tagSetKey(f.field, f.value));
  }

  /** The ids the scope's sets list (some hashes may be gone). */
  async scopeIds(filters: ScopeFilter[]): Promise<string[]> {
    const keys = this.setKeys(filters);
    return keys.length === 1 ? this.redis.smembers(keys[0]) : this.redis.sinter(...keys);
  }

  /** Decoded records in the order of `ids`; undefined where the hash does not exist. */
  async fetchRecords(ids: string[]): Promise<Array<MemoryRecord | undefined>> {
    if (ids.length === 0) return [];
    let raw: Array<Record<string, Buffer> | null>;
    if (this.isCluster) {
      raw = await Promise.all(ids.map((id) => this.redis.hgetallBuffer(this.key(id))));
    } else {
      const pipeline = this.redis.pipeline();
      for (const id of ids) pipeline.hgetallBuffer(this.key(id));
      raw = execResults(await pipeline.exec()) as Array<Record<string, Buffer> | null>;
    }
    return raw.map((fields, i) => decodeRecord(ids[i], fields));
  }
}
