/**
 * The `openai` SDK client for the configured provider: `AzureOpenAI` (key or Entra ID) or the
 * plain client for OpenAI and every server that speaks its API (Ollama, LM Studio, vLLM,
 * llama.cpp). The SDK's own retries are off: `withRetries` retries instead, so each retry can be
 * reported to the Trace panel.
 */
import { DefaultAzureCredential, getBearerTokenProvider, type TokenCredential } from '@azure/identity';
import OpenAI, { AzureOpenAI } from 'openai';
import type { RemoteModelConfig } from './profile';

/** The API version used when AZURE_OPENAI_API_VERSION is unset: the newest GA version with tools, streaming usage and structured output. */
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

/** Entra ID scope of Azure OpenAI (Cognitive Services), as `az login` tokens are issued for it. */
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

/** How the SDK client authenticates to Azure without a key, and how long a request may take. */
export interface OpenAIClientOptions {
  /** Entra ID credential for Azure without a key. Default `new DefaultAzureCredential()` (az login, managed identity, env). */
  credential?: TokenCredential;
  /** Per-request timeout in ms. */
  timeoutMs: number;
}

/** The SDK client for the configured provider: `AzureOpenAI` with a key or Entra ID, or the plain client, its own retries off. */
export function createOpenAIClient(config: RemoteModelConfig, options: OpenAIClientOptions): OpenAI {
  const common = { maxRetries: 0, timeout: options.timeoutMs };
  if (config.provider === 'azure') {
    // No `deployment` here: each call names its deployment as `model`, so the chat and the
    // embedding deployments share one client.
    const apiVersion = config.apiVersion ?? DEFAULT_AZURE_API_VERSION;
    if (config.apiKey) return new AzureOpenAI({ ...common, endpoint: config.endpoint, apiKey: config.apiKey, apiVersion });
    const credential = options.credential ?? new DefaultAzureCredential();
    return new AzureOpenAI({ ...common, endpoint: config.endpoint, azureADTokenProvider: getBearerTokenProvider(credential, COGNITIVE_SERVICES_SCOPE), apiVersion });
  }
  // Local servers need no key, but the SDK refuses to start without one.
  return new OpenAI({ ...common, apiKey: config.apiKey ?? 'not-needed', baseURL: config.baseUrl });
}
