/**
 * Many active attendees on one agent: each user's scope holds a few dozen memories, and searches
 * go round the whole room, so every scope must stay cached for the search to stay warm. Run for a
 * small room and a large one in the same process; the large room's search must cost what the
 * small one's does (no cliff where the cache stops holding the room), within the cache's memory
 * budget (`maxCacheBytes`, `MEMORY_CACHE_MB`).
 */
import type { Redis } from 'ioredis';
import { HashingEmbedder } from '../server/src/memory/embedders';
import { PlainRedisEngine } from '../server/src/memory/engines';
import type { MemoryScope } from '../server/src/memory/types';
import { SEARCH_QUERIES, syntheticMemories } from './fixtures';
import { summarize, type Summary } from './stats';

export interface RoomSizeResult {
  users: number;
  memoriesPerUser: number;
  /** Searches going round every user, after one untimed round. */
  search: Summary;
  /** Scopes the engine kept cached at the end. */
  cachedScopes: number;
  /** JS heap growth over the run (the cached indexes), MiB. */
  heapGrowthMiB: number;
}

const embedder = new HashingEmbedder();

export async function benchManyUsers(options: { client: Redis; prefix: string; rooms: number[]; memoriesPerUser: number; searchesPerUser: number }): Promise<RoomSizeResult[]> {
  const queries = await Promise.all(SEARCH_QUERIES.map(async (text) => ({ text, vector: (await embedder.embed([text]))[0] })));
  const out: RoomSizeResult[] = [];
  for (const users of options.rooms) {
    const engine = new PlainRedisEngine({ client: options.client, prefix: `${options.prefix}_${users}`, vectorDimensions: embedder.dimensions });
    const scopes: MemoryScope[] = [];
    for (let u = 0; u < users; u++) {
      const scope: MemoryScope = { applicationId: 'bench_app', agentId: 'assistant', userId: `room_user_${u}` };
      const records = syntheticMemories(scope, options.memoriesPerUser, `u${u}`, u * 31 + 7);
      const vectors = await embedder.embed(records.map((r) => r.content));
      records.forEach((r, i) => (r.embedding = vectors[i]));
      await engine.upsert(records);
      scopes.push(scope);
    }
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const search = (u: number, i: number) => {
      const q = queries[(u + i) % queries.length];
      return engine.search(scopes[u], q.text, { limit: 10, vector: q.vector });
    };
    for (let u = 0; u < users; u++) await search(u, 0);
    const samples: number[] = [];
    for (let i = 1; i <= options.searchesPerUser; i++) {
      for (let u = 0; u < users; u++) {
        const started = performance.now();
        await search(u, i);
        samples.push(performance.now() - started);
      }
    }
    global.gc?.();
    out.push({
      users,
      memoriesPerUser: options.memoriesPerUser,
      search: summarize(samples),
      cachedScopes: engine.cachedScopes,
      heapGrowthMiB: Math.round(((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024) * 10) / 10,
    });
  }
  return out;
}
