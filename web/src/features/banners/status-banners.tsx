import type { UiState } from '../../state/types';
import { reconnecting, redisDown } from '../../state/selectors';

/** Props of `StatusBanners`. */
export interface StatusBannersProps {
  state: UiState;
  onDismissNotice(id: number): void;
  onDismissResumed(): void;
  /** Skips the reconnect backoff; the button shows only when given. */
  onReconnectNow?(): void;
}

/** Connection, resume, Redis-down and error banners above the chat. */
export function StatusBanners({ state, onDismissNotice, onDismissResumed, onReconnectNow }: StatusBannersProps) {
  return (
    <div className="banners" aria-live="polite">
      {reconnecting(state) && (
        <div className="banner banner-warn" data-testid="banner-reconnecting" role="status">
          <span className="spinner" aria-hidden />
          <span className="banner-text">{state.everConnected ? 'server restarting — reconnecting…' : 'connecting to the server…'}</span>
          {onReconnectNow && (
            <button type="button" className="button small" data-testid="reconnect-now" onClick={onReconnectNow}>
              Reconnect now
            </button>
          )}
        </div>
      )}
      {redisDown(state) && (
        <div className="banner banner-error" data-testid="banner-redis-down" role="alert">
          <span className="banner-text">
            Redis is unreachable — the server keeps running and recovers by itself when Redis is back. Check that
            redis-server (or <code>docker compose up redis</code>) is running, or <code>REDIS_URL</code>.
          </span>
        </div>
      )}
      {state.resumed && (
        <div className="banner banner-ok" data-testid="banner-resumed" role="status">
          <span className="banner-text">
            resumed {state.resumed.count} message{state.resumed.count === 1 ? '' : 's'} from Redis key <code>{state.resumed.key}</code>
          </span>
          <button type="button" className="icon-button" onClick={onDismissResumed} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      {state.notices.map((notice) => (
        <div key={notice.id} className={`banner ${notice.kind === 'error' ? 'banner-error' : 'banner-info'}`} data-testid="banner-notice" role="alert">
          <span className="banner-text">{notice.text}</span>
          <button type="button" className="icon-button" onClick={() => onDismissNotice(notice.id)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
