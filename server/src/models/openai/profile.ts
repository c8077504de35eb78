/**
 * What an error message needs to know about the configured model: who serves it, where, and
 * which environment variable fixes which mistake. Built once from the config, so every message
 * names the variable the attendee actually set.
 */
import type { ModelConfig } from '../../config/types';

/** What an error message needs to know about the configured model: who serves it, where, and which variable fixes what. */
export interface ModelProfile {
  /** `azure` or `openai`. */
  provider: 'azure' | 'openai';
  /** Where requests go: the Azure endpoint, OPENAI_BASE_URL, or api.openai.com. */
  url: string;
  /** Chat deployment (Azure) or model name. */
  chatModel: string;
  /** Embedding deployment or model, when one is configured. */
  embeddingModel?: string;
  /** The variable that holds the chat model's name. */
  chatModelVariable: string;
  /** The variable that holds the embedding model's name. */
  embeddingModelVariable: string;
  /** The variable that holds the address. */
  urlVariable: string;
  /** The variable that holds the key. */
  keyVariable: string;
  /** True when Azure is reached with Entra ID (`az login`) instead of a key. */
  entraId: boolean;
  /** True when a key is configured. */
  hasKey: boolean;
}

/** A model configuration that calls a server: Azure OpenAI or an OpenAI-compatible one. */
export type RemoteModelConfig = Exclude<ModelConfig, { provider: 'offline' }>;

/** The profile of a configured remote model, naming the environment variables the attendee set. */
export function modelProfile(config: RemoteModelConfig): ModelProfile {
  if (config.provider === 'azure') {
    return {
      provider: 'azure',
      url: config.endpoint,
      chatModel: config.deployment,
      embeddingModel: config.embeddingDeployment,
      chatModelVariable: 'AZURE_AI_MODEL_DEPLOYMENT_NAME',
      embeddingModelVariable: 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME',
      urlVariable: 'AZURE_OPENAI_ENDPOINT',
      keyVariable: 'AZURE_OPENAI_API_KEY',
      entraId: !config.apiKey,
      hasKey: Boolean(config.apiKey),
    };
  }
  return {
    provider: 'openai',
    url: config.baseUrl ?? 'https://api.openai.com/v1',
    chatModel: config.model,
    embeddingModel: config.embeddingModel,
    chatModelVariable: 'OPENAI_MODEL',
    embeddingModelVariable: 'OPENAI_EMBEDDING_MODEL',
    urlVariable: 'OPENAI_BASE_URL',
    keyVariable: 'OPENAI_API_KEY',
    entraId: false,
    hasKey: Boolean(config.apiKey),
  };
}
