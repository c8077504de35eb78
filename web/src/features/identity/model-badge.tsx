import type { PageModel } from '../../state/types';
import { chatModelLabel, embedderLabel, modelTitle } from './model-labels';

/**
 * Which model answers (the built-in offline one, or the configured deployment), what embeds the
 * memories, and whether the server had to work around its model settings.
 */
export function ModelBadge({ model }: { model: PageModel | null }) {
  if (!model) return <span className="badge muted" data-testid="model-badge">model…</span>;
  const offline = model.provider === 'offline';
  const embeddings = embedderLabel(model.embedder);
  const warnings = model.warnings ?? [];
  return (
    <>
      <span
        className={`badge ${offline ? 'badge-offline' : 'badge-cloud'}`}
        data-testid="model-badge"
        data-provider={model.provider}
        title={modelTitle(model)}
      >
        {chatModelLabel(model)}
      </span>
      {embeddings && (
        // Its own element, so the badge text stays the chat model alone.
        <span className="badge badge-embedder muted" data-testid="model-embedder" data-embedder={model.embedder?.name ?? 'none'}>
          {embeddings}
        </span>
      )}
      {warnings.length > 0 && (
        <span
          className="model-warning"
          data-testid="model-warnings"
          role="img"
          aria-label={`model warnings: ${warnings.join('; ')}`}
          title={warnings.join('\n')}
        >
          ⚠
        </span>
      )}
    </>
  );
}
