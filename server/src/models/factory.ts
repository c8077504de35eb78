/**
 * The one place that turns the model configuration into a chat model, an embedder and a fact
 * reader: the server, the console demos and the benchmarks all call `createModels`.
 */
import type { TokenCredential } from '@azure/identity';
import type { ModelCallLimits, ModelConfig } from '../config/types';
import { HashingEmbedder } from '../memory/embedders/hashing-embedder';
import type { FactSource } from '../nlp/facts/types';
import { ModelFactExtractor } from './model-facts';
import { OfflineChatModel } from './offline';
import { createOpenAIClient } from './openai/client';
import { OpenAIChatModel } from './openai/chat-model';
import { OpenAIEmbedder } from './openai/embedder';
import { modelProfile } from './openai/profile';
import { DEFAULT_RETRY_POLICY } from './retry';
import type { ChatModel, Embedder } from './types';

/** The models the workshop runs with, and what went wrong connecting to them. */
export interface Models {
  chat: ChatModel;
  /** Vectors for hybrid search; none when a configured embedding model could not be reached at start (text search only). */
  embedder?: Embedder;
  /** Reads facts from user messages; undefined = the memory provider's offline extractor. */
  facts?: FactSource;
  /** Problems found while connecting that did not stop the start (shown in the log and the UI). */
  warnings: string[];
}

/** How `createModels` builds the models beyond the configuration. */
export interface CreateModelsOptions {
  /** Offline model typing effect in ms per word. Default 0. */
  wordDelayMs?: number;
  /** Timeout and retries of remote calls. Default 60 s, 3 retries. */
  limits?: ModelCallLimits;
  /** Entra ID credential for Azure without a key (tests inject one). Default `DefaultAzureCredential`. */
  credential?: TokenCredential;
}

const DEFAULT_LIMITS: ModelCallLimits = { timeoutMs: 60_000, maxRetries: DEFAULT_RETRY_POLICY.maxRetries };

/** Builds the chat model, embedder and fact reader the configuration names; an unreachable embedder is a warning, not a failure. */
export async function createModels(config: ModelConfig, options: CreateModelsOptions = {}): Promise<Models> {
  if (config.provider === 'offline') {
    return { chat: new OfflineChatModel({ wordDelayMs: options.wordDelayMs }), embedder: new HashingEmbedder(), warnings: [] };
  }
  const limits = options.limits ?? DEFAULT_LIMITS;
  const profile = modelProfile(config);
  const client = createOpenAIClient(config, { credential: options.credential, timeoutMs: limits.timeoutMs });
  const retry = { ...DEFAULT_RETRY_POLICY, maxRetries: limits.maxRetries };
  const chat = new OpenAIChatModel({ client, profile, retry, idleTimeoutMs: limits.timeoutMs });
  const warnings: string[] = [];
  let embedder: Embedder | undefined;
  if (profile.embeddingModel) {
    try {
      embedder = await OpenAIEmbedder.connect({ client, profile, retry: { ...retry, maxRetries: Math.min(1, retry.maxRetries) } });
    } catch (err) {
      // A wrong key or a missing deployment must not stop a room from starting: memory search
      // runs on text alone until the embedder is fixed and the workshop restarted.
      warnings.push(`embeddings are off (memory search uses text only): ${err instanceof Error ? err.message : String(err)}`);
    }
  } else {
    embedder = new HashingEmbedder();
  }
  return { chat, embedder, facts: new ModelFactExtractor(chat), warnings };
}
