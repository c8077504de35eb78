import type { Health } from '../../api/types';

const PROVIDER: Record<string, string> = { azure: 'Azure OpenAI', openai: 'OpenAI-compatible' };

/** Which model answers: the built-in offline one, or the configured deployment. */
export function ModelBadge({ model }: { model: Health['model'] | null }) {
  if (!model) return <span className="badge muted" data-testid="model-badge">model…</span>;
  const offline = model.provider === 'offline';
  const label = offline ? 'offline model' : `${PROVIDER[model.provider] ?? model.provider} · ${model.model ?? ''}`.trim();
  return (
    <span
      className={`badge ${offline ? 'badge-offline' : 'badge-cloud'}`}
      data-testid="model-badge"
      data-provider={model.provider}
      title={offline ? 'The built-in offline model: deterministic, no network, no account needed.' : `Deployment ${model.model ?? ''}`}
    >
      {label}
    </span>
  );
}
