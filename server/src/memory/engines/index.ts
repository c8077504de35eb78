/** Picking a memory engine for the server at hand. The composition root calls this; nothing else does. */
import { WorkshopError } from '../../errors';
import type { RedisClient } from '../../redis/connection';
import type { EngineName, MemoryEngine } from '../types';
import type { FusionWeights } from './fusion';
import { PlainRedisEngine } from './plain-engine';
import { RediSearchEngine } from './redisearch-engine';

export { PlainRedisEngine, type PlainRedisEngineOptions } from './plain-engine';
export { RediSearchEngine, type RediSearchEngineOptions } from './redisearch-engine';
export { DEFAULT_FUSION_WEIGHTS, type FusionWeights } from './fusion';

/** `auto` = the query engine when the server has the search module, else the plain engine. */
export type { EngineChoice } from '../../contracts/names';
import type { EngineChoice } from '../../contracts/names';

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

/**
 * Which engine `choice` means on a server with these capabilities (also for reporting it before
 * any index exists). Throws `config_invalid` for an unknown choice, or `redisearch` without the module.
 */
export function chooseEngine(choice: EngineChoice | undefined, capabilities: { search: boolean }): EngineName {
  const picked = choice ?? 'auto';
  if (picked !== 'auto' && picked !== 'redisearch' && picked !== 'fallback') {
    throw new WorkshopError('config_invalid', `MEMORY_ENGINE must be auto, redisearch or fallback (got ${JSON.stringify(picked)})`);
  }
  if (picked === 'redisearch' && !capabilities.search) {
    throw new WorkshopError(
      'config_invalid',
      'MEMORY_ENGINE=redisearch, but this Redis server has no search module (FT.* commands). ' +
        'Use Redis 8 or Redis Stack (docker compose up), or set MEMORY_ENGINE=auto or fallback.',
    );
  }
  return picked === 'redisearch' || (picked === 'auto' && capabilities.search) ? 'redisearch' : 'fallback';
}

/** The engine for these options; call `init()` on it before use. */
export function createMemoryEngine(options: CreateMemoryEngineOptions): MemoryEngine {
  if (chooseEngine(options.engine, options.capabilities) === 'redisearch') {
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
