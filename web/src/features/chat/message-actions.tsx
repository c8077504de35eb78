import { CopyButton } from '../../components/copy-button';
import type { ChatMessage } from '../../state/types';

/** What the chat does for a message's buttons; the same (stable) object for every message. */
export interface MessageActions {
  /** Replaces a stored user message with `text` and runs the turn again. */
  onEdit(messageId: string, text: string): void;
  /** Asks the last question again. */
  onRegenerate(): void;
  /** Sends a "not sent" message again. */
  onRetry(messageId: string): void;
}

/** Props of `MessageToolbar`. */
export interface MessageToolbarProps {
  message: ChatMessage;
  actions?: MessageActions;
  /** A turn runs in the thread: only Copy is offered. */
  busy: boolean;
  /** This is the last reply, which Regenerate replaces. */
  canRegenerate: boolean;
  editing: boolean;
  onStartEdit(): void;
}

/** Copy on every user and assistant message; Edit, Retry and Regenerate where they apply and no turn runs. */
export function MessageToolbar({ message, actions, busy, canRegenerate, editing, onStartEdit }: MessageToolbarProps) {
  if (message.role !== 'user' && message.role !== 'assistant') return null;
  const idle = actions && !busy && !editing;
  const stored = !message.pending && !message.failed;
  return (
    <span className="message-actions">
      {message.text && <CopyButton text={message.text} label="Copy the text of this message" testId="copy-message" />}
      {idle && message.role === 'user' && stored && (
        <button type="button" className="message-action" data-testid="edit-message" title="Edit this message and send it again" onClick={onStartEdit}>
          Edit
        </button>
      )}
      {idle && message.failed && (
        <button type="button" className="message-action" data-testid="retry-message" title="Send this message again" onClick={() => actions.onRetry(message.id)}>
          Retry
        </button>
      )}
      {idle && canRegenerate && (
        <button type="button" className="message-action" data-testid="regenerate-reply" title="Ask the last question again for a new reply" onClick={actions.onRegenerate}>
          Regenerate
        </button>
      )}
    </span>
  );
}
