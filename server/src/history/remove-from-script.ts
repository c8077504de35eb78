/**
 * The Lua script behind `removeFrom`: find a message by id, then drop it and every message after
 * it from the LIST and their ids from the SET, as one atomic step, so an append from another
 * process never lands between the search and the trim (DESIGN §3: the SET always names exactly
 * the ids in the LIST).
 */
import type { RedisClient } from '../redis/connection';
import { LuaScript } from './lua-script';

/*
 * KEYS[1] = the history LIST, KEYS[2] = the SET of ids stored in it (same slot).
 * ARGV[1] = the id of the first message to remove.
 * Returns the removed elements, oldest first (none when the id is not stored).
 * The search runs from the tail in chunks: the message to rewind to is nearly always a recent
 * one (the last question, an edit a few messages up), and an unbounded history is never read
 * whole for it.
 */
export const REMOVE_FROM_SCRIPT = `
local list, ids = KEYS[1], KEYS[2]
local target = ARGV[1]
if redis.call('SISMEMBER', ids, target) == 0 then
  return {}
end
local at = -1
local stop = redis.call('LLEN', list) - 1
while stop >= 0 and at < 0 do
  local start = math.max(0, stop - 99)
  local chunk = redis.call('LRANGE', list, start, stop)
  for i = #chunk, 1, -1 do
    -- pcall: an element written by hand may not be JSON
    local ok, msg = pcall(cjson.decode, chunk[i])
    if ok and type(msg) == 'table' and msg.id == target then
      at = start + i - 1
      break
    end
  end
  stop = start - 1
end
if at < 0 then
  -- the SET named an id the LIST does not hold (the LIST was changed by hand): forget it
  redis.call('SREM', ids, target)
  return {}
end
local removed = redis.call('LRANGE', list, at, -1)
for _, raw in ipairs(removed) do
  local ok, msg = pcall(cjson.decode, raw)
  if ok and type(msg) == 'table' and type(msg.id) == 'string' then
    redis.call('SREM', ids, msg.id)
  end
end
if at == 0 then
  redis.call('DEL', list, ids)
else
  redis.call('LTRIM', list, 0, at - 1)
end
return removed
`;

const removeFromScript = new LuaScript(REMOVE_FROM_SCRIPT);

/** Runs the script; returns the removed LIST elements (raw JSON), oldest first. */
export async function runRemoveFromScript(client: RedisClient, args: { listKey: string; idsKey: string; messageId: string }): Promise<string[]> {
  const reply = await removeFromScript.run(client, [args.listKey, args.idsKey], [args.messageId]);
  return (reply as unknown[]).map(String);
}
