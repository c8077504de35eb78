import type { StreamingReply as Streaming, TurnState } from '../../state/types';
import { MarkdownText } from './markdown-text';
import { ToolSteps } from './tool-steps';

/**
 * The reply while it streams (or the placeholder before its first word). It has the same frame
 * and a reserved minimum height as a stored reply, so nothing jumps when it turns into one.
 */
export function StreamingReply({ streaming, turn }: { streaming: Streaming | null; turn: TurnState | null }) {
  const searching = turn && !turn.memories;
  // The model answered 429/5xx and is tried again: say why the reply is slow to start.
  const retry = turn && turn.retries.length > 0 ? turn.retries[turn.retries.length - 1] : null;
  const waiting = retry ? `retrying (${retry.reason || 'model busy'})…` : searching ? 'searching memories…' : 'thinking…';
  return (
    <article
      className="message message-assistant is-streaming"
      data-testid={streaming ? 'message-streaming' : 'message-waiting'}
      data-role="assistant"
      data-message-id={streaming?.messageId}
      aria-live="polite"
      aria-busy="true"
    >
      <header className="message-meta">
        <span className="author">Agent</span>
        <span className="status-tag">{streaming ? 'writing…' : waiting}</span>
      </header>
      {turn?.memories && (
        <p className="muted small">
          {turn.memories.length === 0 ? 'No memories found' : `Found ${turn.memories.length} memories`}
          {turn.memorySearchMs !== undefined ? ` in ${Math.round(turn.memorySearchMs)} ms` : ''}
        </p>
      )}
      {turn && <ToolSteps steps={turn.tools} />}
      {streaming ? (
        <div className="streaming-text">
          <MarkdownText text={streaming.text} live />
          <span className="caret" aria-hidden />
        </div>
      ) : (
        <div className="typing" aria-label="waiting for the reply">
          <span />
          <span />
          <span />
        </div>
      )}
    </article>
  );
}
