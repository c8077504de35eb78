import { memo, useState } from 'react';
import type { ChatMessage, TurnState } from '../../state/types';
import { pretty } from '../../util/format';
import { cutShortHint, cutShortReason } from '../../util/turn-labels';
import { MarkdownText } from './markdown-text';
import { MemoriesUsed } from './memories-used';
import { MessageToolbar, type MessageActions } from './message-actions';
import { MessageEditor } from './message-editor';
import { ToolSteps } from './tool-steps';

/** Props of `MessageItem`. */
export interface MessageItemProps {
  message: ChatMessage;
  /** The turn that produced this reply, when this tab saw it. */
  turn: TurnState | null;
  /** Tool call ids already shown as stored tool messages (so the turn's copy is not repeated). */
  shownToolCalls: ReadonlySet<string>;
  /** Edit, Retry and Regenerate; without them only Copy is offered. */
  actions?: MessageActions;
  /** A turn runs in the thread. */
  busy?: boolean;
  /** This is the reply Regenerate replaces. */
  canRegenerate?: boolean;
  /**
   * An older message of a long thread, above the newest screenfuls: laid out only once scrolled
   * near (`content-visibility`), its markdown formatted when the page is idle (see `MarkdownText`).
   */
  older?: boolean;
}

const INTERRUPTED_HINT = 'The reply was stopped before it was complete: this is the part written until then.';

/** One stored message. Tool results and calls appear inline; replies list the memories they used. */
export const MessageItem = memo(function MessageItem({ message, turn, shownToolCalls, actions, busy = false, canRegenerate = false, older = false }: MessageItemProps) {
  const [editing, setEditing] = useState(false);
  const status = message.failed ? 'not sent' : message.pending ? 'sending…' : message.interrupted ? 'interrupted' : null;
  const toolsFromTurn = turn && turn.replyMessageId === message.id ? turn.tools.filter((t) => !shownToolCalls.has(t.id)) : [];
  return (
    <article
      className={`message message-${message.role}${message.pending ? ' is-pending' : ''}${message.failed ? ' is-failed' : ''}${older ? ' is-older' : ''}`}
      data-testid="message"
      data-role={message.role}
      data-message-id={message.id}
      data-interrupted={message.interrupted ? 'true' : undefined}
    >
      <header className="message-meta">
        <span className="author">{authorLabel(message)}</span>
        {status && (
          <span
            className={`status-tag status-${status.replace(/\W/g, '')}`}
            data-testid="message-status"
            title={status === 'interrupted' ? INTERRUPTED_HINT : undefined}
          >
            {status}
          </span>
        )}
        <MessageToolbar message={message} actions={actions} busy={busy} canRegenerate={canRegenerate} editing={editing} onStartEdit={() => setEditing(true)} />
      </header>
      {editing && actions ? (
        <MessageEditor
          initialText={message.text}
          busy={busy}
          onCancel={() => setEditing(false)}
          onSave={(text) => {
            setEditing(false);
            actions.onEdit(message.id, text);
          }}
        />
      ) : (
        <Body message={message} deferMarkdown={older} />
      )}
      {turn && message.role === 'assistant' && turn.replyMessageId === message.id && <CutShortNote turn={turn} />}
      {toolsFromTurn.length > 0 && <ToolSteps steps={toolsFromTurn} />}
      {message.role === 'assistant' && (turn && turn.replyMessageId === message.id ? <MemoriesUsed turn={turn} /> : message.memoriesUsed && <MemoriesUsed turn={{ memories: message.memoriesUsed }} />)}
    </article>
  );
});

/**
 * The model stopped before it was done (output limit, content filter): the reply looks complete
 * but is not, so say so. Only this tab knows, from `turn.finished`; Redis does not store it.
 */
function CutShortNote({ turn }: { turn: TurnState }) {
  const reason = cutShortReason(turn.finishReason);
  if (!reason) return null;
  return (
    <p className="cut-short-note small" data-testid="message-cut-short" data-finish-reason={turn.finishReason} title={cutShortHint(turn.finishReason)}>
      Reply cut short: {reason}
    </p>
  );
}

function Body({ message, deferMarkdown }: { message: ChatMessage; deferMarkdown: boolean }) {
  if (message.role === 'user') return <p className="user-text">{message.text}</p>;
  if (message.role === 'tool') {
    return (
      <details className="tool-result" data-testid="tool-result">
        <summary>
          <span aria-hidden>⚙</span> result of <code>{message.toolName ?? 'tool'}</code>
        </summary>
        <pre className="code-block">{pretty(message.text)}</pre>
      </details>
    );
  }
  if (message.role === 'system') return <p className="muted small">{message.text}</p>;
  return (
    <>
      {message.text && <MarkdownText text={message.text} defer={deferMarkdown} />}
      {message.toolCalls && message.toolCalls.length > 0 && (
        <ul className="tool-steps">
          {message.toolCalls.map((call) => (
            <li key={call.id} className="tool-step" data-testid="tool-call">
              <span aria-hidden>⚙</span> calls <code>{call.name}</code>{' '}
              <code className="muted">{JSON.stringify(call.arguments)}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function authorLabel(message: ChatMessage): string {
  if (message.role === 'user') return message.authorName || 'You';
  if (message.role === 'tool') return 'Tool';
  if (message.role === 'system') return 'System';
  return message.authorName || 'Agent';
}
