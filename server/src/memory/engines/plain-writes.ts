/**
 * The plain engine's write path. A write is one MULTI that replaces the record hashes, adds the
 * ids to the tag set of each scope value and, in one script call, raises the version counter of
 * every scope the records belong to (each combination of application, agent, user and thread: at
 * most 15) and appends the ids to those scopes' change logs; an overwrite that moves a record out
 * of a scope takes a second MULTI. The counters' new values go to the scope cache, which patches
 * its indexes when no other writer came in between (and otherwise catches up from the log).
 */
import type { ChainableCommander } from 'ioredis';
import { plainAllIdsKey } from '../../redis/keys';
import { SCOPE_FIELDS, encodeRecord, type ScopeField } from '../record-codec';
import type { MemoryRecord, MemoryScope } from '../types';
import { execResults } from './engine-shared';
import { queueBumps, scopeBumpKeys, type ScopeBump } from './plain-change-log';
import { scopesOf, type PlainStore } from './plain-store';
import { recordScopeValues, type ScopeFilter } from './scope';

const SCOPE_FIELD_NAMES = Object.values(SCOPE_FIELDS) as ScopeField[];
const SCOPE_PROPS = Object.keys(SCOPE_FIELDS) as Array<keyof MemoryScope>;

/** Counter increments of one transaction, per version key, with the records behind them. */
export type VersionBumps = Map<string, ScopeBump & { upserted: MemoryRecord[]; removed: string[] }>;

/** Who hears about committed writes: the scope cache. */
export interface OwnWriteListener {
  /** After our transaction: `counters` are the new values of the bumped counters, in the order of `bumps`. */
  applyOwnChanges(bumps: VersionBumps, counters: number[]): void;
  /** A scope whose cached index can no longer be trusted. */
  drop(versionKey: string): void;
}

function bumpsFor(records: MemoryRecord[], store: PlainStore, kind: 'upserted' | 'removed'): VersionBumps {
  const bumps: VersionBumps = new Map();
  for (const record of records) {
    for (const scope of scopesOf(recordScopeValues(record))) {
      const keys = scopeBumpKeys(store, scope);
      const bump = bumps.get(keys.versionKey) ?? { ...keys, ids: [], upserted: [], removed: [] };
      bump.ids.push(record.id);
      if (kind === 'upserted') bump.upserted.push(record);
      else bump.removed.push(record.id);
      bumps.set(keys.versionKey, bump);
    }
  }
  return bumps;
}

/**
 * Ids whose hash is gone (deleted or expired behind our back): drops them from the scope's sets
 * and returns the scope's new version counter.
 */
export async function forgetMissing(store: PlainStore, filters: ScopeFilter[], ids: string[]): Promise<number> {
  const m = store.redis.multi();
  for (const f of filters) m.srem(store.tagSetKey(f.field, f.value), ...ids);
  m.srem(plainAllIdsKey(store.prefix), ...ids);
  // The hash is gone, so its other scopes are unknown: the scope that noticed is told; the
  // others notice when they next rebuild.
  queueBumps(m, store, [{ ...scopeBumpKeys(store, filters), ids }]);
  const replies = execResults(await m.exec());
  return (replies[replies.length - 1] as number[])[0];
}

/** Stores and deletes records with their bookkeeping, and tells the listener what it changed. */
export class PlainWrites {
  constructor(
    private readonly store: PlainStore,
    private readonly listener: OwnWriteListener,
  ) {}

  /** Stores records (distinct ids, already checked), moving overwritten ones out of scopes they left. */
  async upsert(records: MemoryRecord[]): Promise<void> {
    const previous = await this.writeRecords(records);
    await this.unlinkMovedRecords(records, previous);
  }

  /** Deletes existing records and every bookkeeping entry of theirs, in one transaction when possible. */
  async remove(records: MemoryRecord[]): Promise<void> {
    const { redis, isCluster } = this.store;
    const m = redis.multi();
    if (isCluster) {
      await Promise.all(records.map((r) => redis.del(this.store.key(r.id))));
    } else {
      m.del(...records.map((r) => this.store.key(r.id)));
    }
    await this.commit(m, this.queueBookkeeping(m, records, 'removed'));
  }

  /**
   * HSETs the records (replacing each hash whole, so no stale field survives) and updates their
   * bookkeeping; returns each record's previous scope values (read in the same transaction).
   */
  private async writeRecords(records: MemoryRecord[]): Promise<Array<Array<string | null>>> {
    const { redis, isCluster } = this.store;
    const previous: Array<Array<string | null>> = [];
    const queueRecord = (m: ChainableCommander, record: MemoryRecord) => {
      const key = this.store.key(record.id);
      m.hmget(key, ...SCOPE_FIELD_NAMES).del(key).hset(key, encodeRecord(record));
    };
    const bookkeeping = redis.multi();
    if (isCluster) {
      // Record keys hash to different slots: each record is its own transaction, then the
      // bookkeeping (one slot) follows. A crash in between leaves a record its sets do not
      // list yet; rewriting it repairs that.
      const replies = await Promise.all(
        records.map((record) => {
          const m = redis.multi();
          queueRecord(m, record);
          return m.exec();
        }),
      );
      for (const reply of replies) previous.push(execResults(reply)[0] as Array<string | null>);
    } else {
      for (const record of records) queueRecord(bookkeeping, record);
    }
    const replies = await this.commit(bookkeeping, this.queueBookkeeping(bookkeeping, records, 'upserted'));
    if (!isCluster) records.forEach((_, i) => previous.push(replies[i * 3] as Array<string | null>));
    return previous;
  }

  /**
   * Queues what a write changes besides the hashes: the ids in their scope values' sets and in
   * the set of all ids, then the counter increments, last (where `commit` finds their replies).
   */
  private queueBookkeeping(m: ChainableCommander, records: MemoryRecord[], kind: 'upserted' | 'removed'): VersionBumps {
    const change = (key: string, ...ids: string[]) => (kind === 'upserted' ? m.sadd(key, ...ids) : m.srem(key, ...ids));
    for (const record of records) {
      for (const f of recordScopeValues(record)) change(this.store.tagSetKey(f.field, f.value), record.id);
    }
    change(plainAllIdsKey(this.store.prefix), ...records.map((r) => r.id));
    const bumps = bumpsFor(records, this.store, kind);
    queueBumps(m, this.store, [...bumps.values()]);
    return bumps;
  }

  /** Runs the transaction and gives the bumped counters' new values to the listener; returns every reply. */
  private async commit(m: ChainableCommander, bumps: VersionBumps): Promise<unknown[]> {
    const replies = execResults(await m.exec());
    this.listener.applyOwnChanges(bumps, replies[replies.length - 1] as number[]);
    return replies;
  }

  /** An overwrite that changed a scope value: drop the id from the old value's set and tell its readers. */
  private async unlinkMovedRecords(records: MemoryRecord[], previous: Array<Array<string | null>>): Promise<void> {
    const moved: Array<{ field: ScopeField; value: string; id: string }> = [];
    records.forEach((record, i) => {
      SCOPE_FIELD_NAMES.forEach((field, j) => {
        const old = previous[i]?.[j];
        if (old !== null && old !== undefined && old !== '' && old !== record[SCOPE_PROPS[j]]) moved.push({ field, value: old, id: record.id });
      });
    });
    if (moved.length === 0) return;
    const m = this.store.redis.multi();
    for (const { field, value, id } of moved) m.srem(this.store.tagSetKey(field, value), id);
    // Rare (ids are derived from the scope): every scope of the old values is told, none is patched.
    const stale = new Map<string, ScopeBump>();
    records.forEach((record, i) => {
      if (!moved.some((mv) => mv.id === record.id)) return;
      const oldValues: ScopeFilter[] = [];
      SCOPE_FIELD_NAMES.forEach((field, j) => {
        const value = previous[i]?.[j];
        if (value) oldValues.push({ prop: SCOPE_PROPS[j], field, value });
      });
      for (const scope of scopesOf(oldValues)) {
        const keys = scopeBumpKeys(this.store, scope);
        const bump = stale.get(keys.versionKey) ?? { ...keys, ids: [] };
        bump.ids.push(record.id);
        stale.set(keys.versionKey, bump);
      }
    });
    queueBumps(m, this.store, [...stale.values()]);
    for (const key of stale.keys()) this.listener.drop(key);
    execResults(await m.exec());
  }
}
