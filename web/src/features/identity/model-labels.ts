/** Texts of the model badge, kept out of the component so they are unit-tested. */
import { providerLabel } from '@protocol';
import type { EmbedderInfo } from '../../api/types';
import type { PageModel } from '../../state/types';

export { providerLabel };

/**
 * The badge text. The offline model stays "offline model" alone (it has no deployment name worth
 * showing); a real one adds its model or deployment name.
 */
export function chatModelLabel(model: PageModel): string {
  if (model.provider === 'offline') return providerLabel('offline');
  return model.model ? `${providerLabel(model.provider)} · ${model.model}` : providerLabel(model.provider);
}

/**
 * "embeddings: openai:text-embedding-3-small · 1536 dims", "text search only" without an embedder,
 * or null while no health answer has named it.
 */
export function embedderLabel(embedder: EmbedderInfo | null | undefined): string | null {
  if (embedder === undefined) return null;
  if (embedder === null) return 'text search only';
  return `embeddings: ${embedder.name} · ${embedder.dimensions} dims`;
}

/** The badge tooltip: what answers, and what embeds memories for vector search. */
export function modelTitle(model: PageModel): string {
  const chat =
    model.provider === 'offline'
      ? 'The built-in offline model: deterministic, no network, no account needed.'
      : `Chat model: ${providerLabel(model.provider)}${model.model ? `, deployment ${model.model}` : ''}`;
  if (model.embedder === undefined) return chat;
  return `${chat}\n${model.embedder ? embedderLabel(model.embedder) : 'embeddings: none, text search only'}`;
}
