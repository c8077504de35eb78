/** Texts of the model badge, kept out of the component so they are unit-tested. */
import { providerLabel } from '@protocol';
import type { EmbedderInfo, ModelInfo } from '../../api/types';

export { providerLabel };

/**
 * The badge text. The offline model stays "offline model" alone (it has no deployment name worth
 * showing); a real one adds its model or deployment name.
 */
export function chatModelLabel(model: ModelInfo): string {
  if (model.provider === 'offline') return providerLabel('offline');
  return `${providerLabel(model.provider)} · ${model.model ?? ''}`.replace(/ · $/, '');
}

/**
 * "embeddings: openai:text-embedding-3-small · 1536 dims", "text search only" without an embedder,
 * or null when an older server does not say.
 */
export function embedderLabel(embedder: EmbedderInfo | null | undefined): string | null {
  if (embedder === undefined) return null;
  if (embedder === null) return 'text search only';
  return `embeddings: ${embedder.name} · ${embedder.dimensions} dims`;
}

/** The badge tooltip: what answers, and what embeds memories for vector search. */
export function modelTitle(model: ModelInfo): string {
  const chat =
    model.provider === 'offline'
      ? 'The built-in offline model: deterministic, no network, no account needed.'
      : `Chat model: ${providerLabel(model.provider)}${model.model ? `, deployment ${model.model}` : ''}`;
  if (model.embedder === undefined) return chat;
  return `${chat}\n${model.embedder ? embedderLabel(model.embedder) : 'embeddings: none, text search only'}`;
}
