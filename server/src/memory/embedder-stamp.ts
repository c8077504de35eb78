/**
 * Vectors from two embedders cannot be compared: a memory index must hold one embedder's
 * vectors only. The embedder that wrote under a prefix is stamped next to the records; a start
 * with another one (different name or dimension) is stopped with an explanation, or, when the
 * rebuild option is on, re-embeds every stored memory with the new embedder first.
 */
import type { Cluster, Redis } from 'ioredis';
import { WorkshopError } from '../errors';
import type { RedisClient } from '../redis/connection';
import { toRedisError } from '../redis/connection';
import { memoryEmbedderKey } from '../redis/keys';
import { encodeVector } from './record-codec';
import type { Embedder } from './types';

/** The embedder whose vectors are stored under a memory prefix. */
export interface EmbedderStamp {
  name: string;
  dimensions: number;
}

/** The memory prefix to check, the embedder the workshop now runs with, and whether to re-embed. */
export interface CheckEmbedderOptions {
  client: RedisClient;
  /** Memory records live at `{prefix}:{id}`. */
  prefix: string;
  /** Named in the message (the search index, or the prefix on plain Redis). */
  indexName: string;
  embedder: Embedder;
  /** MEMORY_OVERWRITE_INDEX: re-embed the stored memories instead of refusing. */
  rebuild: boolean;
}

/** What happened: the stamp was new, matched, or the memories were re-embedded (how many). */
export type StampOutcome = { status: 'new' | 'same' } | { status: 'rebuilt'; previous: EmbedderStamp; reembedded: number };

/** The embedder stamped under a prefix; `undefined` when none is, or the stamp is unreadable. */
export async function readEmbedderStamp(client: RedisClient, prefix: string): Promise<EmbedderStamp | undefined> {
  const raw = await client.get(memoryEmbedderKey(prefix));
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<EmbedderStamp>;
    return typeof value.name === 'string' && typeof value.dimensions === 'number' ? { name: value.name, dimensions: value.dimensions } : undefined;
  } catch {
    return undefined;
  }
}

/** Stamps the embedder on first use; a different one stops the start with an explanation, or re-embeds every memory when `rebuild` is on. */
export async function checkEmbedder(options: CheckEmbedderOptions): Promise<StampOutcome> {
  const { client, prefix, embedder } = options;
  const current: EmbedderStamp = { name: embedder.name, dimensions: embedder.dimensions };
  const key = memoryEmbedderKey(prefix);
  try {
    const previous = await readEmbedderStamp(client, prefix);
    if (!previous) {
      await client.set(key, JSON.stringify(current), 'NX');
      return { status: 'new' };
    }
    if (previous.name === current.name && previous.dimensions === current.dimensions) return { status: 'same' };
    if (!options.rebuild) {
      throw new WorkshopError(
        'index_schema_changed',
        `memory index "${options.indexName}" holds vectors from the embedder ${previous.name} (${previous.dimensions} dimensions), ` +
          `but the workshop is now configured with ${current.name} (${current.dimensions} dimensions); vectors of two embedders cannot be compared. ` +
          'Set MEMORY_OVERWRITE_INDEX=true to re-embed the stored memories with the new embedder and rebuild the index (the memories are kept), ' +
          'or go back to the previous embedding model.',
      );
    }
    const reembedded = await reembedAll(client, prefix, embedder);
    await client.set(key, JSON.stringify(current));
    return { status: 'rebuilt', previous, reembedded };
  } catch (err) {
    if (err instanceof WorkshopError) throw err;
    throw toRedisError(err, 'checking the memory embedder');
  }
}

const PAGE = 200;

/** Every memory HASH under the prefix gets a new `embedding` from its `content`. Returns how many. */
async function reembedAll(client: RedisClient, prefix: string, embedder: Embedder): Promise<number> {
  const nodes: Redis[] = client.isCluster ? (client as Cluster).nodes('master') : [client as Redis];
  let count = 0;
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', PAGE, 'TYPE', 'hash');
      cursor = next;
      if (keys.length === 0) continue;
      const contents = await Promise.all(keys.map((k) => client.hget(k, 'content')));
      const todo = keys.map((k, i) => ({ key: k, content: contents[i] })).filter((r): r is { key: string; content: string } => typeof r.content === 'string');
      if (todo.length === 0) continue;
      const vectors = await embedder.embed(todo.map((r) => r.content));
      await Promise.all(todo.map((r, i) => client.hset(r.key, 'embedding', encodeVector(vectors[i]))));
      count += todo.length;
    } while (cursor !== '0');
  }
  return count;
}
