/**
 * The composition root: the one place that builds models, memory engines, memory providers and
 * history stores, for the server, the console demos and the benchmarks alike. It turns demo
 * declarations into running agents on one Redis connection and hands out interfaces, so callers
 * never pick an implementation or touch a history or memory key themselves.
 */
import { Agent } from './agents/agent';
import { AgentThread } from './agents/thread';
import { withToolContext } from './agents/tool';
import type { ChatModel, ToolRecords } from './agents/types';
import type { DemoAgentDefinition, DemoMemoryDefinition } from './demo-definition';
import { DEFAULT_HISTORY_KEY_PREFIX } from './history/options';
import { RedisChatMessageStore } from './history/redis-store';
import type { ChatMessageStore } from './history/types';
import { checkEmbedder, readEmbedderStamp } from './memory/embedder-stamp';
import { createMemoryEngine, type CreateMemoryEngineOptions } from './memory/engines';
import { RedisMemoryProvider } from './memory/provider';
import type { Embedder, EngineName, MemoryEngine, MemoryStore } from './memory/types';
import { createModels, type CreateModelsOptions, type Models } from './models/factory';
import type { ModelCallLimits, ModelConfig } from './config/types';
import { assertKeyPart, toolDataPrefix } from './redis/keys';
import { RedisToolRecords } from './redis/tool-records';
import type { FactSource } from './nlp/facts/types';
import type { EngineChoice } from './contracts/names';
import type { RedisClient } from './redis/connection';
import type { RedisCapabilities } from './redis/probe';

/** What every user's agents share: the Redis client, the models, and how memory is searched. */
export interface WorkshopRuntimeOptions {
  client: RedisClient;
  capabilities: RedisCapabilities;
  model: ChatModel;
  /** Vectors for hybrid search; none = text search only. */
  embedder?: Embedder;
  /** Reads facts from user messages (a real model); none = the offline NLP extractor. */
  facts?: FactSource;
  /** `auto` picks the search-module engine when the server has it. Default `auto`. */
  engine?: EngineChoice;
  /** Rebuild a search index whose schema changed. Default false. */
  overwriteIndex?: boolean;
  /** Memory the plain engine's cached scope indexes may use, per engine. Default 256 MiB. */
  cacheBytes?: number;
  /** Builds each memory engine. Default `createMemoryEngine` (the engines registered in `memory/engines/index.ts`). */
  createEngine?: (options: CreateMemoryEngineOptions) => MemoryEngine;
}

/** One agent of a demo, bound to one user: the agent, its memory, and its threads. */
export interface UserAgent {
  definition: DemoAgentDefinition;
  agent: Agent;
  memory: MemoryStore;
  /** The memory engine's name, for the turn log and the frames. */
  engine: EngineName;
  /** The thread with this id (a new `thread_<uuid>` when absent), history in Redis. */
  thread(threadId?: string): AgentThread;
}

/** Builds each user's agents, memory views and histories over one Redis and one set of models. */
export class WorkshopRuntime {
  readonly options: WorkshopRuntimeOptions;
  private readonly engines = new Map<string, Promise<MemoryEngine>>();

  constructor(options: WorkshopRuntimeOptions) {
    this.options = options;
  }

  /** The engine for a memory index, created and initialised once per process. */
  engine(memory: DemoMemoryDefinition): Promise<MemoryEngine> {
    const key = `${memory.indexName}\u0000${memory.prefix}`;
    let engine = this.engines.get(key);
    if (!engine) {
      engine = (async () => {
        const { embedder } = this.options;
        // Before the index is (re)built: a rebuild needs the records re-embedded first.
        if (embedder) {
          await checkEmbedder({ client: this.options.client, prefix: memory.prefix, indexName: memory.indexName, embedder, rebuild: this.options.overwriteIndex ?? false });
        }
        // Without an embedder (one that could not be reached at start), the index keeps the
        // vector field it has: search runs on text alone, and the index is not reported as changed.
        const vectorDimensions = embedder?.dimensions ?? (await readEmbedderStamp(this.options.client, memory.prefix))?.dimensions;
        const created = (this.options.createEngine ?? createMemoryEngine)({
          client: this.options.client,
          capabilities: this.options.capabilities,
          engine: this.options.engine ?? 'auto',
          indexName: memory.indexName,
          prefix: memory.prefix,
          vectorDimensions,
          overwriteIndex: this.options.overwriteIndex,
          maxCacheBytes: this.options.cacheBytes,
        });
        await created.init();
        return created;
      })();
      // A failed init (Redis down at that moment) must be retried by the next caller.
      engine.catch(() => this.engines.delete(key));
      this.engines.set(key, engine);
    }
    return engine;
  }

  async userAgent(definition: DemoAgentDefinition, user: { userId: string }): Promise<UserAgent> {
    const memory = new RedisMemoryProvider({
      engine: await this.engine(definition.memory),
      applicationId: definition.memory.applicationId,
      agentId: definition.id,
      userId: user.userId,
      scopeToPerOperationThread: definition.memory.strategy === 'per-thread',
      topK: definition.memory.topK,
      embedder: this.options.embedder,
      factExtractor: this.options.facts,
    });
    const agent = new Agent({
      name: definition.name,
      description: definition.description,
      instructions: definition.instructions,
      model: this.options.model,
      // Each user's agent gets that user's ticket and calendar records; the declared tools stay shared.
      tools: withToolContext(definition.tools ?? [], { records: this.toolRecords(definition, user.userId) }),
      contextProviders: [memory],
    });
    const thread = (threadId?: string) => new AgentThread(this.historyStore(definition, user.userId, threadId));
    return { definition, agent, memory, engine: memory.engine.name, thread };
  }

  /**
   * The memories of one user with one agent, for reading and correcting them (no fact reading:
   * edits are taken as written). For a per-thread demo `threadId` narrows the view to that thread;
   * without it the view spans all of the user's threads. Without `userId` it spans every user
   * (the facilitator's reset).
   */
  async memoryView(definition: DemoAgentDefinition, view: { userId?: string; threadId?: string } = {}): Promise<MemoryStore> {
    const narrow = definition.memory.strategy === 'per-thread' && view.threadId ? assertKeyPart(view.threadId, 'threadId') : undefined;
    return new RedisMemoryProvider({
      engine: await this.engine(definition.memory),
      applicationId: definition.memory.applicationId,
      agentId: definition.id,
      userId: view.userId,
      threadId: view.userId ? narrow : undefined,
      embedder: this.options.embedder,
      factExtractor: null,
    });
  }

  /** The history of one of the user's threads with this agent (a new `thread_<uuid>` when absent). */
  historyStore(definition: DemoAgentDefinition, userId: string, threadId?: string): ChatMessageStore {
    return new RedisChatMessageStore({
      client: this.options.client,
      threadId,
      keyPrefix: userHistoryPrefix(definition, userId),
      maxMessages: definition.history.maxMessages,
      ttlSeconds: definition.history.ttlSeconds,
    });
  }

  /** The demo tools' records (tickets, calendar bookings) of one user with one agent, next to its memory prefix. */
  toolRecords(definition: DemoAgentDefinition, userId: string): ToolRecords {
    return new RedisToolRecords({ client: this.options.client, prefix: toolDataPrefix(definition.memory.prefix), userId });
  }

  /** A history by its prefix (`userHistoryPrefix`) and thread id, to count, describe or clear it. */
  historyAt(historyPrefix: string, threadId: string): ChatMessageStore {
    return new RedisChatMessageStore({ client: this.options.client, threadId, keyPrefix: historyPrefix });
  }
}

/** What `composeWorkshop` starts from: Redis, the configuration, and what a test injects. */
export interface ComposeOptions {
  client: RedisClient;
  capabilities: RedisCapabilities;
  /** What the configuration says about models and memory. */
  config: { model: ModelConfig; modelCalls: ModelCallLimits; memory: { engine: EngineChoice; overwriteIndex: boolean; cacheMb?: number } };
  /** Offline model typing effect in ms per word. Default 0. */
  wordDelayMs?: number;
  /** Entra ID credential for Azure without a key (tests inject one). */
  credential?: CreateModelsOptions['credential'];
  /** Models already built (a test's scripted model); default: built from `config.model`. */
  models?: Models;
}

/** Models from the configuration, then the runtime on top of them: what every entry point starts with. */
export async function composeWorkshop(options: ComposeOptions): Promise<{ runtime: WorkshopRuntime; models: Models }> {
  const { config } = options;
  const models = options.models ?? (await createModels(config.model, { wordDelayMs: options.wordDelayMs, limits: config.modelCalls, credential: options.credential }));
  const runtime = new WorkshopRuntime({
    client: options.client,
    capabilities: options.capabilities,
    model: models.chat,
    embedder: models.embedder,
    facts: models.facts,
    engine: config.memory.engine,
    overwriteIndex: config.memory.overwriteIndex,
    cacheBytes: config.memory.cacheMb === undefined ? undefined : config.memory.cacheMb * 1024 * 1024,
  });
  return { runtime, models };
}

/**
 * Attendees pick their own thread ids (`support_ticket_12345`), so two of them may pick the same
 * one: the agent and user ids in the key prefix keep their histories apart
 * (`chat_messages:support_agent:u_1a2b:support_ticket_12345`).
 */
export function userHistoryPrefix(definition: DemoAgentDefinition, userId: string): string {
  return `${definition.history.keyPrefix ?? DEFAULT_HISTORY_KEY_PREFIX}:${definition.id}:${userId}`;
}
