/** Picking a memory engine for the server at hand. The composition root calls this; nothing else does. */
import { WorkshopError } from '../../errors';
import type { RedisClient } from '../../redis/connection';
import type { MemoryEngine } from '../types';
import type { FusionWeights } from './fusion';
import { PlainRedisEngine } from './plain-engine';
import { RediSearchEngine } from './redisearch-engine';

export { PlainRedisEngine, type PlainRedisEngineOptions } from './plain-engine';
export { RediSearchEngine, type RediSearchEngineOptions } from './redisearch-engine';
export { DEFAULT_FUSION_WEIGHTS, type FusionWeights } from './fusion';

/** `auto` = the query engine when the server has the search module, else the plain engine. */
export type EngineChoice = 'auto' | 'redisearch' | 'fallback';

export interface CreateMemoryEngineOptions {
  /** Injected client; engines never close it. */
  client: RedisClient;
  /** What the server can do (from the start-up probe). */
  capabilities: { search: boolean };
  /** MEMORY_ENGINE. Default `auto`. */
  engine?: EngineChoice;
  /** Search index name (used by the query engine; only reported by the plain one). */
  indexName: string;
  /** Memory hashes live at `{prefix}:{id}`. */
  prefix: string;
  /** Embedder dimensions; enables hybrid search. Default: text only. */
  vectorDimensions?: number;
  /** Rebuild a search index whose schema changed (MEMORY_OVERWRITE_INDEX). Default false. */
  overwriteIndex?: boolean;
  /** Hybrid blend. Default `{ text: 0.5, vector: 0.5 }`. */
  fusionWeights?: FusionWeights;
  /** Plain engine: scopes with a cached in-process index. Default 200. */
  maxCachedScopes?: number;
}

/** The engine for these options; call `init()` on it before use. */
export function createMemoryEngine(options: CreateMemoryEngineOptions): MemoryEngine {
  const choice = options.engine ?? 'auto';
  if (choice !== 'auto' && choice !== 'redisearch' && choice !== 'fallback') {
    throw new WorkshopError('config_invalid', `MEMORY_ENGINE must be auto, redisearch or fallback (got ${JSON.stringify(choice)})`);
  }
  if (choice === 'redisearch' && !options.capabilities.search) {
    throw new WorkshopError(
      'config_invalid',
      'MEMORY_ENGINE=redisearch, but this Redis server has no search module (FT.* commands). ' +
        'Use Redis 8 or Redis Stack (docker compose up), or set MEMORY_ENGINE=auto or fallback.',
    );
  }
  const useSearch = choice === 'redisearch' || (choice === 'auto' && options.capabilities.search);
  if (useSearch) {
    return new RediSearchEngine({
      client: options.client,
      indexName: options.indexName,
      prefix: options.prefix,
      vectorDimensions: options.vectorDimensions,
      overwriteIndex: options.overwriteIndex,
      fusionWeights: options.fusionWeights,
    });
  }
  return new PlainRedisEngine({
    client: options.client,
    indexName: options.indexName,
    prefix: options.prefix,
    vectorDimensions: options.vectorDimensions,
    fusionWeights: options.fusionWeights,
    maxCachedScopes: options.maxCachedScopes,
  });
}
