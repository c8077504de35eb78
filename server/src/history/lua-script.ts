/**
 * A Lua script of the history store, sent with EVALSHA and falling back to EVAL when the server
 * does not have it cached (after a restart or SCRIPT FLUSH). EVALSHA instead of `defineCommand`,
 * so an injected client is not modified.
 */
import { createHash } from 'node:crypto';
import type { RedisClient } from '../redis/connection';

/** One Lua script and the SHA1 that EVALSHA knows it by. */
export class LuaScript {
  readonly sha: string;

  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Runs the script on `keys` (all in one hash slot) with `argv`; returns Redis' raw reply. */
  async run(client: RedisClient, keys: string[], argv: string[]): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...argv);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      // EVAL also caches the script, so the next call's EVALSHA hits
      return client.eval(this.source, keys.length, ...keys, ...argv);
    }
  }
}
