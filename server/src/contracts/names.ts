/**
 * Names declared once: the memory engines and the model providers, with the labels every part
 * shows. The config's choices, the protocol's enums, the start banner and the UI all derive from
 * these lists, so a new engine or provider is named here and nowhere else.
 */

/** Memory search engines (see `memory/engines/`). */
export const ENGINE_NAMES = ['redisearch', 'fallback'] as const;
/** A memory search engine's name. */
export type EngineName = (typeof ENGINE_NAMES)[number];

/** MEMORY_ENGINE values: an engine, or `auto` (the search module when the server has it). */
export const ENGINE_CHOICES = ['auto', ...ENGINE_NAMES] as const;
/** A MEMORY_ENGINE value. */
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

/** How each engine is named to people: a short label and what it does. */
export const ENGINE_LABELS: Record<EngineName, { label: string; detail: string }> = {
  redisearch: { label: 'Redis search', detail: 'FT.SEARCH in Redis: BM25 text and vector search' },
  fallback: { label: 'plain Redis', detail: 'records in Redis, ranking in the server process' },
};

/** The text that opens the injected memory context (same wording as the original provider); the page rebuilds stored contexts with it. */
export const DEFAULT_CONTEXT_PROMPT = '## Memories\nConsider the following memories when answering user questions:';

/** Model providers the configuration can pick (`/api/health` `model.provider`). */
export const MODEL_PROVIDERS = ['offline', 'azure', 'openai'] as const;
/** A model provider's name. */
export type ModelProvider = (typeof MODEL_PROVIDERS)[number];

/** How each provider is named to people. */
export const MODEL_PROVIDER_LABELS: Record<ModelProvider, string> = {
  offline: 'offline model',
  azure: 'Azure OpenAI',
  openai: 'OpenAI-compatible',
};

/** The label of a provider; one this version does not know is shown as it is. */
export function providerLabel(provider: string): string {
  return (MODEL_PROVIDER_LABELS as Record<string, string>)[provider] ?? provider;
}
