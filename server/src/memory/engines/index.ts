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
import { ENGINE_CHOICES, ENGINE_NAMES, type EngineChoice } from '../../contracts/names';

/** What `createMemoryEngine` needs: a client, what the server can do, and the index to serve. */
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
  /** Plain engine: memory its cached scope indexes may use (estimated). Default 256 MiB. */
  maxCacheBytes?: number;
}

/** An engine as the workshop knows it: when it can run, and how to build it. */
export interface EngineRegistration {
  /** Whether this Redis server can run it (from the start-up probe). */
  available(capabilities: { search: boolean }): boolean;
  /** What it needs, for the message when MEMORY_ENGINE asks for it and the server cannot. */
  requirement: string;
  create(options: CreateMemoryEngineOptions): MemoryEngine;
}

/**
 * Every engine, by the name declared in `contracts/names.ts`. `auto` takes the first available
 * one in `ENGINE_NAMES` order. A new engine is its class, one entry here (and its name), and a
 * run of the engine contract suite (`engine-contract.ts`).
 */
export const ENGINES: Record<EngineName, EngineRegistration> = {
  redisearch: {
    available: (capabilities) => capabilities.search,
    requirement: 'a server with the search module (FT.* commands): Redis 8 or Redis Stack (docker compose up)',
    create: (o) =>
      new RediSearchEngine({ client: o.client, indexName: o.indexName, prefix: o.prefix, vectorDimensions: o.vectorDimensions, overwriteIndex: o.overwriteIndex, fusionWeights: o.fusionWeights }),
  },
  fallback: {
    available: () => true,
    requirement: 'any Redis',
    create: (o) =>
      new PlainRedisEngine({ client: o.client, indexName: o.indexName, prefix: o.prefix, vectorDimensions: o.vectorDimensions, fusionWeights: o.fusionWeights, maxCachedScopes: o.maxCachedScopes, maxCacheBytes: o.maxCacheBytes }),
  },
};

/**
 * Which engine `choice` means on a server with these capabilities (also for reporting it before
 * any index exists). Throws `config_invalid` for an unknown choice, or an engine the server cannot run.
 */
export function chooseEngine(choice: EngineChoice | undefined, capabilities: { search: boolean }): EngineName {
  const picked = choice ?? 'auto';
  if (picked === 'auto') return ENGINE_NAMES.find((name) => ENGINES[name].available(capabilities)) ?? 'fallback';
  if (!(ENGINE_NAMES as readonly string[]).includes(picked)) {
    throw new WorkshopError('config_invalid', `MEMORY_ENGINE must be one of ${ENGINE_CHOICES.join(', ')} (got ${JSON.stringify(picked)})`);
  }
  if (!ENGINES[picked].available(capabilities)) {
    throw new WorkshopError(
      'config_invalid',
      `MEMORY_ENGINE=${picked}, but this Redis server cannot run it: it needs ${ENGINES[picked].requirement}. Set MEMORY_ENGINE=auto, or use such a server.`,
    );
  }
  return picked;
}

/** The engine for these options; call `init()` on it before use. */
export function createMemoryEngine(options: CreateMemoryEngineOptions): MemoryEngine {
  return ENGINES[chooseEngine(options.engine, options.capabilities)].create(options);
}
