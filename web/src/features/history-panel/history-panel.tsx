import { useCallback } from 'react';
import { api, ApiError } from '../../api/client';
import type { DemoInfo, ThreadDetail } from '../../api/types';
import { useApiData } from '../../hooks/use-api-data';
import type { UiState } from '../../state/types';
import { ttl } from '../../util/format';

/** Props of `HistoryPanel`. */
export interface HistoryPanelProps {
  state: UiState;
  demo: DemoInfo | null;
}

/**
 * What Redis holds for the open thread: its LIST key, length against the limit, TTL and the raw
 * JSON elements. Re-read from the server after every live change, so it shows Redis, not this tab.
 */
export function HistoryPanel({ state, demo }: HistoryPanelProps) {
  const threadId = state.currentThreadId;
  const load = useCallback(async (): Promise<ThreadDetail | null> => {
    if (!threadId) return null;
    try {
      return await api.thread(threadId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, [threadId]);
  const { data, error, reload } = useApiData(load, `${threadId}:${state.liveVersion}:${state.connection}`);

  // The real key carries the agent and user ids; only the server knows it, so nothing is shown
  // until it answered (a guessed key would flash and mislead).
  // Until then (or for a thread not stored yet) the limit and TTL are the demo's settings.
  const settings = data ?? demo?.history;
  const key = data?.key ?? '';
  const max = settings?.maxMessages ?? null;
  const length = data?.messages.length ?? 0;
  const configuredTtl = settings?.ttlSeconds ?? null;

  return (
    <div className="panel history-panel" data-testid="history-panel">
      <dl className="facts">
        <dt>Redis key</dt>
        <dd>
          {key ? <code data-testid="history-key">{key}</code> : <span className="muted small">created with the first message</span>}{' '}
          <span className="muted small">(LIST, newest at the tail)</span>
        </dd>
        <dt>Length</dt>
        <dd data-testid="history-length">
          {length}
          {max ? ` / ${max} (older messages are trimmed)` : ' (no limit)'}
          {max ? (
            <span className="meter" aria-hidden>
              <span style={{ width: `${Math.min(100, (length / max) * 100)}%` }} />
            </span>
          ) : null}
        </dd>
        <dt>TTL</dt>
        <dd data-testid="history-ttl">
          configured: {ttl(configuredTtl)}
          {data && data.ttlRemaining >= 0 ? ` · expires in ${ttl(data.ttlRemaining)}` : ''}
        </dd>
      </dl>
      <div className="row">
        <span className="muted small">
          Inspect it yourself: <code>LRANGE {key} 0 -1</code>
        </span>
        <button type="button" className="button small push" onClick={reload}>
          Refresh
        </button>
      </div>
      {/* While the socket reconnects the banner explains a failed read; it is re-read once connected. */}
      {error && state.connection === 'open' && <p className="error-text">{error}</p>}
      {!data && !error && <p className="muted">Nothing stored yet for this thread.</p>}
      {data && (
        <ol className="raw-list" start={0} data-testid="history-raw">
          {data.messages.map((m) => (
            <li key={m.id}>
              <pre className="code-block">{JSON.stringify(m, null, 2)}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
