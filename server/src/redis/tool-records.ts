/**
 * The demo tools' records of one user in Redis (the `ToolRecords` interface of
 * `agents/tool-context.ts`): a HASH per record with a `_version` field, and a SET of ids per
 * collection. A write is a compare-and-set in one Lua script, so two changes of the same ticket
 * at once (from two tabs, or two server processes) never interleave: the loser reads again.
 */
import { invalidArgument } from '../errors';
import type { RedisClient } from './connection';
import { assertKeyPart, toolCollectionKey, toolCollectionsKey, toolRecordKey } from './keys';

/** The version field inside each record HASH. */
const VERSION = '_version';

/*
 * KEYS[1] = the record HASH, KEYS[2] = the collection's SET of ids, KEYS[3] = the user's SET of
 * collection names (same slot: the user's tag). ARGV[1] = the version the caller read (0: not
 * stored), ARGV[2] = the record id, ARGV[3] = the collection, ARGV[4..] = field, value pairs.
 * Returns the new version, or 0 when the version moved on. A write replaces the whole record, so
 * a field the caller dropped is gone.
 */
const PUT_SCRIPT = `
local current = tonumber(redis.call('HGET', KEYS[1], '${VERSION}') or '0')
if current ~= tonumber(ARGV[1]) then
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], '${VERSION}', current + 1, unpack(ARGV, 4))
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[3])
return current + 1
`;

/** Where and for whom the records live. */
export interface RedisToolRecordsOptions {
  client: RedisClient;
  /** Key prefix (`toolDataPrefix` of the agent's memory prefix). */
  prefix: string;
  /** The user whose records these are: part of every key, so no argument can reach another user's. */
  userId: string;
}

/** One stored record as the tools read it. */
interface StoredRecord {
  id: string;
  fields: Record<string, string>;
  version: number;
}

function fromHash(id: string, hash: Record<string, string>): StoredRecord | undefined {
  if (!hash || !(VERSION in hash)) return undefined;
  const { [VERSION]: version, ...fields } = hash;
  return { id, fields, version: Number(version) };
}

/** One user's demo tool records in Redis. */
export class RedisToolRecords {
  private readonly client: RedisClient;
  private readonly prefix: string;
  private readonly userId: string;

  constructor(options: RedisToolRecordsOptions) {
    this.client = options.client;
    this.prefix = assertKeyPart(options.prefix, 'tool data prefix');
    this.userId = assertKeyPart(options.userId, 'userId');
  }

  async get(collection: string, id: string): Promise<StoredRecord | undefined> {
    return fromHash(id, await this.client.hgetall(toolRecordKey(this.prefix, this.userId, collection, id)));
  }

  async put(collection: string, id: string, fields: Record<string, string>, version: number): Promise<boolean> {
    if (VERSION in fields) throw invalidArgument(`"${VERSION}" is kept by the record store itself`);
    const pairs = Object.entries(fields).flat();
    const keys = [toolRecordKey(this.prefix, this.userId, collection, id), toolCollectionKey(this.prefix, this.userId, collection), toolCollectionsKey(this.prefix, this.userId)];
    // EVAL, not EVALSHA: the script is a few lines, and Redis caches its compiled form by itself.
    const written = await this.client.eval(PUT_SCRIPT, 3, ...keys, String(version), id, collection, ...pairs);
    return Number(written) > 0;
  }

  /** Deletes every record of this user and the sets that list them; returns how many records went. */
  async clear(): Promise<number> {
    const collectionsKey = toolCollectionsKey(this.prefix, this.userId);
    const collections = await this.client.smembers(collectionsKey);
    const idSets = await Promise.all(collections.map((c) => this.client.smembers(toolCollectionKey(this.prefix, this.userId, c))));
    const keys = collections.flatMap((c, i) => [toolCollectionKey(this.prefix, this.userId, c), ...idSets[i].map((id) => toolRecordKey(this.prefix, this.userId, c, id))]);
    // One slot (the user's tag), so one DEL per chunk is fine in a cluster too.
    for (let at = 0; at < keys.length; at += 500) await this.client.del(...keys.slice(at, at + 500));
    await this.client.del(collectionsKey);
    return idSets.reduce((n, ids) => n + ids.length, 0);
  }

  async list(collection: string): Promise<StoredRecord[]> {
    const ids = await this.client.smembers(toolCollectionKey(this.prefix, this.userId, collection));
    if (ids.length === 0) return [];
    const pipeline = this.client.pipeline();
    for (const id of ids) pipeline.hgetall(toolRecordKey(this.prefix, this.userId, collection, id));
    const replies = (await pipeline.exec()) ?? [];
    const out: StoredRecord[] = [];
    replies.forEach(([err, hash], i) => {
      if (err) throw err;
      const record = fromHash(ids[i], hash as Record<string, string>);
      if (record) out.push(record);
    });
    return out;
  }
}
