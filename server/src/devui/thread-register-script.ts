/**
 * The one Lua script behind registering a thread: the cap check and the registration as a single
 * atomic step, so two tabs (or a tab and an SDK script) creating threads at once cannot both pass
 * the check and end one over the cap. Sent with EVALSHA, falling back to EVAL (see `LuaScript`).
 */
import type { RedisClient } from '../redis/connection';
import { LuaScript } from '../history/lua-script';

/*
 * KEYS[1] = the thread index ZSET, KEYS[2] = its meta HASH (same slot: `{historyPrefix}`).
 * ARGV[1] = thread id, ARGV[2] = now (ms), ARGV[3] = most threads, ARGV[4] = title ('' = none).
 * Returns 1 when the thread was added, 0 when it was registered already, -1 when it is new and
 * the index is full (nothing is written then).
 */
export const REGISTER_SCRIPT = `
local index, meta = KEYS[1], KEYS[2]
local id, now = ARGV[1], ARGV[2]
if not redis.call('ZSCORE', index, id) and redis.call('ZCARD', index) >= tonumber(ARGV[3]) then
  return -1
end
local added = redis.call('ZADD', index, 'NX', now, id)
redis.call('HSETNX', meta, 'c:' .. id, now)
-- untitled threads take their first message as title (the registry's touch)
if ARGV[4] ~= '' then
  redis.call('HSETNX', meta, 't:' .. id, ARGV[4])
end
return added
`;

const registerScript = new LuaScript(REGISTER_SCRIPT);

/** What registering a thread did. */
export type RegisterOutcome = 'added' | 'existed' | 'full';

/** Runs `REGISTER_SCRIPT`; `title` is already cleaned. */
export async function runRegisterScript(
  client: RedisClient,
  keys: { index: string; meta: string },
  thread: { id: string; now: number; title?: string },
  maxThreads: number,
): Promise<RegisterOutcome> {
  const reply = await registerScript.run(client, [keys.index, keys.meta], [thread.id, String(thread.now), String(maxThreads), thread.title ?? '']);
  const code = Number(reply);
  return code === 1 ? 'added' : code === 0 ? 'existed' : 'full';
}
