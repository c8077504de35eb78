import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_MESSAGE_CHARS } from '@protocol';
import { isSendKey } from './composer';

/** Props of `MessageEditor`. */
export interface MessageEditorProps {
  initialText: string;
  /** A turn runs in the thread: the edit cannot be sent yet. */
  busy: boolean;
  onSave(text: string): void;
  onCancel(): void;
}

/** A user message turned into a text box: Save & send (Enter) replaces it, Cancel (Escape) keeps it. */
export function MessageEditor({ initialText, busy, onSave, onCancel }: MessageEditorProps) {
  const [text, setText] = useState(initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const tooLong = text.length > MAX_MESSAGE_CHARS;
  const canSave = !busy && text.trim().length > 0 && !tooLong;

  useEffect(() => {
    const area = ref.current;
    area?.focus();
    area?.setSelectionRange(area.value.length, area.value.length);
  }, []);

  function save() {
    if (canSave) onSave(text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isSendKey(event)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form
      className="message-editor"
      data-testid="message-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <textarea ref={ref} data-testid="message-editor-input" aria-label="Edit your message" value={text} rows={3} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} aria-invalid={tooLong} />
      <p className="muted small">Sending replaces this message and everything after it; what they taught the agent is forgotten.</p>
      <div className="message-editor-actions">
        {tooLong && (
          <span className="error-text small">
            {text.length}/{MAX_MESSAGE_CHARS}
          </span>
        )}
        <button type="button" className="button small" data-testid="message-editor-cancel" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button small primary" data-testid="message-editor-save" disabled={!canSave}>
          Save &amp; send
        </button>
      </div>
    </form>
  );
}
