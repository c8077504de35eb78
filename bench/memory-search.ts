/**
 * Plain-engine memory search for one user's scope at several sizes: warm (cache valid), cold
 * (another engine instance on another connection wrote to the scope, so the reader rebuilds from
 * Redis) and after the reader's own write (cache patched in process, Orama index rebuilt).
 */
import type { Redis } from 'ioredis';
import { HashingEmbedder } from '../server/src/memory/embedders';
import { PlainRedisEngine } from '../server/src/memory/engines';
import type { MemoryRecord, MemoryScope } from '../server/src/memory/types';
import { SEARCH_QUERIES, syntheticMemories } from './fixtures';
import { summarize, timeLoop, type Summary } from './stats';

export interface SearchSizeResult {
  memories: number;
  /** Cache valid: one GET, then Orama BM25 + vector search in process. */
  warm: Summary;
  /** Another engine (second client) wrote one record to the scope before each search. */
  cold: Summary;
  /** The same engine wrote one record to the scope before each search. */
  afterOwnWrite: Summary;
  /** Hits returned by the last warm search (sanity: the search found something). */
  hits: number;
}

export interface SearchBenchOptions {
  readerClient: Redis;
  writerClient: Redis;
  prefix: string;
  sizes: number[];
}

const embedder = new HashingEmbedder();

export async function benchMemorySearch(options: SearchBenchOptions): Promise<SearchSizeResult[]> {
  const engineOptions = { prefix: options.prefix, vectorDimensions: embedder.dimensions };
  const reader = new PlainRedisEngine({ ...engineOptions, client: options.readerClient });
  const writer = new PlainRedisEngine({ ...engineOptions, client: options.writerClient });
  const queries = await Promise.all(SEARCH_QUERIES.map(async (text) => ({ text, vector: (await embedder.embed([text]))[0] })));
  const out: SearchSizeResult[] = [];

  for (const size of options.sizes) {
    const scope: MemoryScope = { applicationId: 'bench_app', agentId: 'assistant', userId: `search_user_${size}` };
    const records = syntheticMemories(scope, size, `s${size}`, size);
    const vectors = await embedder.embed(records.map((r) => r.content));
    records.forEach((r, i) => (r.embedding = vectors[i]));
    for (let i = 0; i < records.length; i += 200) await writer.upsert(records.slice(i, i + 200));

    const search = async (i: number) => {
      const q = queries[((i % queries.length) + queries.length) % queries.length];
      return reader.search(scope, q.text, { limit: 10, vector: q.vector });
    };
    // One extra record, rewritten with new text before each cold / own-write sample (the size stays size + 1).
    const extra = async (i: number): Promise<MemoryRecord> => {
      const content = `Note ${i}: remember the bench marker ${i % 7}.`;
      return { ...scope, id: `s${size}_extra`, kind: 'message', role: 'user', content, createdAt: Date.now(), embedding: (await embedder.embed([content]))[0] };
    };

    const big = size >= 1000;
    const warm = await timeLoop(search, { warmup: 20, iterations: big ? 300 : 1000, budgetMs: 5_000 });
    const hits = (await search(0)).length;
    const cold = await timeLoop(search, { warmup: 3, iterations: big ? 40 : 150, budgetMs: 10_000 }, async (i) => writer.upsert([await extra(i)]));
    const own = await timeLoop(search, { warmup: 3, iterations: big ? 40 : 150, budgetMs: 10_000 }, async (i) => reader.upsert([await extra(i)]));
    out.push({ memories: size, warm: summarize(warm), cold: summarize(cold), afterOwnWrite: summarize(own), hits });
  }
  return out;
}
