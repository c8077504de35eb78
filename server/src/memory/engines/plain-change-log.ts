/**
 * The plain engine's per-scope change log. Every write raises the version counter of each scope
 * it touches by the number of records it changed there, and appends those record ids to the
 * scope's log in the same step (one Lua script for all the scopes of a transaction). So the
 * counter always equals the number of ids ever appended: a process whose cached scope is at
 * version `v` while the counter says `c` finds what it missed in the last `c - v` entries, reads
 * only those records, and patches its index — instead of re-reading a scope of 10,000 records
 * because one of them changed. When the log no longer reaches back that far (trimmed, expired,
 * or written by an older version of this engine), the reader rebuilds as before.
 *
 * Entries are ids only: the reader fetches each id's current hash, so applying an entry twice,
 * or an entry of a record that changed again since, gives the same result.
 */
import type { ChainableCommander } from 'ioredis';
import { LuaScript } from '../../history/lua-script';
import type { PlainStore } from './plain-store';
import type { ScopeFilter } from './scope';

/** Log entries kept per scope: a reader further behind than this rebuilds. */
export const CHANGE_LOG_LENGTH = 1000;

/** Ids pushed per RPUSH inside the script (Lua's stack limits `unpack`). */
const PUSH_CHUNK = 500;

/*
 * KEYS = version counter, change log: a pair per scope (all share the prefix's hash tag).
 * ARGV[1] = TTL in seconds, ARGV[2] = log length kept, then per scope: n, followed by n ids.
 * Returns the new counter of each scope, in KEYS order.
 */
const BUMP_SCRIPT = `
local ttl, keep, chunk = tonumber(ARGV[1]), tonumber(ARGV[2]), ${PUSH_CHUNK}
local out = {}
local a = 3
for i = 1, #KEYS, 2 do
  local n = tonumber(ARGV[a])
  a = a + 1
  out[#out + 1] = redis.call('INCRBY', KEYS[i], n)
  redis.call('EXPIRE', KEYS[i], ttl)
  local last = a + n - 1
  while a <= last do
    local upto = math.min(a + chunk - 1, last)
    redis.call('RPUSH', KEYS[i + 1], unpack(ARGV, a, upto))
    a = upto + 1
  end
  redis.call('LTRIM', KEYS[i + 1], -keep, -1)
  redis.call('EXPIRE', KEYS[i + 1], ttl)
end
return out
`;

/*
 * KEYS[1] = version counter, KEYS[2] = change log. ARGV[1] = the version the reader holds.
 * Returns { counter, its PTTL, ids changed since } or { counter, PTTL } when the log does not
 * reach back to that version (the reader rebuilds).
 */
const CHANGES_SINCE = new LuaScript(`
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local pttl = redis.call('PTTL', KEYS[1])
local behind = current - tonumber(ARGV[1])
if behind == 0 then return { current, pttl, {} } end
if behind < 0 or behind > redis.call('LLEN', KEYS[2]) then return { current, pttl } end
return { current, pttl, redis.call('LRANGE', KEYS[2], -behind, -1) }
`);

/** What a scope's counter says now, and the ids changed since a version (absent: rebuild). */
export interface ScopeChanges {
  version: number;
  /** The counter's PTTL (-1 none, -2 absent). */
  pttl: number;
  ids?: string[];
}

/** One scope's part of a write: its keys and the ids it changed there (one counter step each). */
export interface ScopeBump {
  versionKey: string;
  changesKey: string;
  ids: string[];
}

/** The keys of a scope's counter and log. */
export function scopeBumpKeys(store: PlainStore, filters: ReadonlyArray<Pick<ScopeFilter, 'field' | 'value'>>): Omit<ScopeBump, 'ids'> {
  return { versionKey: store.versionKey(filters), changesKey: store.changesKey(filters) };
}

/** Queues the bump of every scope in `bumps` as one command; its reply is the new counters, in order. */
export function queueBumps(m: ChainableCommander, store: PlainStore, bumps: ScopeBump[]): void {
  const keys: string[] = [];
  const argv: string[] = [String(store.versionTtlSeconds), String(CHANGE_LOG_LENGTH)];
  for (const bump of bumps) {
    keys.push(bump.versionKey, bump.changesKey);
    argv.push(String(bump.ids.length), ...bump.ids);
  }
  m.eval(BUMP_SCRIPT, keys.length, ...keys, ...argv);
}

/** The scope's counter, and the ids changed since `version` when its log still holds them. */
export async function changesSince(store: PlainStore, filters: ScopeFilter[], version: number): Promise<ScopeChanges> {
  const { versionKey, changesKey } = scopeBumpKeys(store, filters);
  const [current, pttl, ids] = (await CHANGES_SINCE.run(store.redis, [versionKey, changesKey], [String(version)])) as [number, number, string[] | undefined];
  return { version: current, pttl, ...(ids ? { ids } : {}) };
}
