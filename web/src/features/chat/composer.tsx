import { useRef, useState, type KeyboardEvent } from 'react';
import { MAX_MESSAGE_CHARS } from '@protocol';

/** Props of `Composer`. */
export interface ComposerProps {
  busy: boolean;
  disabled?: boolean;
  placeholder?: string;
  onSend(text: string): void;
  onStop(): void;
}

/** Enter sends; Shift+Enter is a new line, and Enter that confirms an IME composition (Japanese, Chinese…) must not send. */
export function isSendKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing;
}

/** Message box: Enter sends, Shift+Enter starts a new line; Stop replaces Send during a turn. */
export function Composer({ busy, disabled, placeholder, onSend, onStop }: ComposerProps) {
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const tooLong = text.length > MAX_MESSAGE_CHARS;
  const canSend = !busy && !disabled && text.trim().length > 0 && !tooLong;

  function submit() {
    if (!canSend) return;
    onSend(text);
    setText('');
    ref.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isSendKey(event)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="visually-hidden" htmlFor="composer-input">
        Message
      </label>
      <textarea
        id="composer-input"
        ref={ref}
        data-testid="composer-input"
        value={text}
        rows={2}
        placeholder={placeholder ?? 'Message the agent — Enter to send, Shift+Enter for a new line'}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        disabled={disabled}
        aria-invalid={tooLong}
      />
      <div className="composer-actions">
        {tooLong && (
          <span className="error-text small">
            {text.length}/{MAX_MESSAGE_CHARS}
          </span>
        )}
        {busy ? (
          <button type="button" className="button danger" data-testid="stop-button" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" className="button primary" data-testid="send-button" disabled={!canSend}>
            Send
          </button>
        )}
      </div>
    </form>
  );
}
