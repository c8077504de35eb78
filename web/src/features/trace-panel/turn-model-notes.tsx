import type { TurnState } from '../../state/types';
import { cutShortHint, cutShortReason, retryDetails, retryLabel } from '../../util/turn-labels';

/**
 * What a real model adds to a turn beyond timings: retries after 429/5xx, a reply cut short, and
 * memory steps that degraded without failing the turn. Nothing shows for a clean turn.
 */
export function TurnModelNotes({ turn }: { turn: TurnState }) {
  const retried = retryLabel(turn.retries, turn.retryCount);
  const cutShort = cutShortReason(turn.finishReason);
  if (!retried && !cutShort && turn.notices.length === 0) return null;
  return (
    <ul className="trace-notes small">
      {retried && (
        <li className="muted" data-testid="trace-retries" title={retryDetails(turn.retries) || undefined}>
          {retried}
        </li>
      )}
      {cutShort && (
        <li className="warn-text" data-testid="trace-finish" data-finish-reason={turn.finishReason} title={cutShortHint(turn.finishReason)}>
          reply cut short: {cutShort}
        </li>
      )}
      {turn.notices.map((notice, i) => (
        <li key={`${notice.source}-${i}`} className="warn-text" data-testid="trace-notice" data-source={notice.source}>
          <span aria-hidden>⚠</span> <strong>{notice.source}</strong>: {notice.message}
        </li>
      ))}
    </ul>
  );
}
