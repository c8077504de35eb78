/**
 * The one Lua script behind every history append: dedupe by id, append, trim to the limit and
 * refresh the TTL as a single atomic step (DESIGN §3). Sent with EVALSHA, falling back to EVAL
 * when the server does not have it cached (see `LuaScript`).
 */
import type { RedisClient } from '../redis/connection';
import { LuaScript } from './lua-script';

/*
 * KEYS[1] = the history LIST, KEYS[2] = the SET of ids stored in it (same slot).
 * ARGV[1] = maxMessages (0 = unlimited), ARGV[2] = ttlSeconds (0 = none),
 * ARGV[3] = '1' to write only when the thread is empty (initial messages),
 * ARGV[4..] = id, json pairs in order.
 * Returns the 1-based positions of the messages that were added.
 */
export const APPEND_SCRIPT = `
local list, ids = KEYS[1], KEYS[2]
local max = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local len = redis.call('LLEN', list)
if ARGV[3] == '1' and len > 0 then
  return {}
end
if len == 0 then
  -- the LIST expired or was deleted by hand; ids left behind would block those messages forever
  redis.call('DEL', ids)
end
local added, values = {}, {}
for i = 4, #ARGV, 2 do
  if redis.call('SADD', ids, ARGV[i]) == 1 then
    values[#values + 1] = ARGV[i + 1]
    added[#added + 1] = (i - 2) / 2
  end
end
-- one RPUSH for the batch (in slices: Lua's unpack has a stack limit)
for from = 1, #values, 1000 do
  redis.call('RPUSH', list, unpack(values, from, math.min(from + 999, #values)))
end
if max > 0 then
  local excess = redis.call('LLEN', list) - max
  if excess > 0 then
    local dropped = redis.call('LRANGE', list, 0, excess - 1)
    for _, raw in ipairs(dropped) do
      -- pcall: an element written by hand may not be JSON; it is trimmed all the same
      local ok, msg = pcall(cjson.decode, raw)
      if ok and type(msg) == 'table' and type(msg.id) == 'string' then
        redis.call('SREM', ids, msg.id)
      end
    end
    redis.call('LTRIM', list, excess, -1)
  end
end
if ttl > 0 then
  redis.call('EXPIRE', list, ttl)
  redis.call('EXPIRE', ids, ttl)
end
return added
`;

const appendScript = new LuaScript(APPEND_SCRIPT);

/** SHA1 of `APPEND_SCRIPT`, the name EVALSHA knows it by. */
export const APPEND_SCRIPT_SHA = appendScript.sha;

/** What one run of the append script writes: the keys, the limits and the messages. */
export interface AppendArgs {
  listKey: string;
  idsKey: string;
  maxMessages?: number;
  ttlSeconds?: number;
  onlyIfEmpty: boolean;
  /** [id, json] in order. */
  entries: Array<[string, string]>;
}

/** Runs the script and returns the 0-based indexes of `entries` that were added. */
export async function runAppendScript(client: RedisClient, args: AppendArgs): Promise<number[]> {
  const argv: string[] = [String(args.maxMessages ?? 0), String(args.ttlSeconds ?? 0), args.onlyIfEmpty ? '1' : '0'];
  for (const [id, json] of args.entries) argv.push(id, json);
  const reply = await appendScript.run(client, [args.listKey, args.idsKey], argv);
  return (reply as number[]).map((position) => Number(position) - 1);
}
