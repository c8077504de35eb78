import { useState } from 'react';
import type { Me } from '../../api/types';

/** Props of `DisplayName`. */
export interface DisplayNameProps {
  me: Pick<Me, 'userId' | 'displayName'> | null;
  onRename(displayName: string): Promise<boolean>;
}

/** The attendee's display name, editable in place. The user id itself comes from the cookie. */
export function DisplayName({ me, onRename }: DisplayNameProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');

  if (editing) {
    return (
      <form
        className="display-name editing"
        onSubmit={async (event) => {
          event.preventDefault();
          const name = draft.trim();
          if (!name || name === me?.displayName || (await onRename(name))) setEditing(false);
        }}
      >
        <input
          data-testid="display-name-input"
          value={draft}
          maxLength={60}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          aria-label="Display name"
          autoFocus
        />
        <button type="submit" className="button small primary" data-testid="display-name-save">
          Save
        </button>
      </form>
    );
  }
  return (
    <button
      type="button"
      className="display-name"
      data-testid="display-name"
      title={me ? `User id ${me.userId} — click to change your display name` : undefined}
      onClick={() => {
        setDraft(me?.displayName ?? '');
        setEditing(true);
      }}
    >
      <span className="avatar" aria-hidden>
        {(me?.displayName || '?').slice(0, 1).toUpperCase()}
      </span>
      {me?.displayName || '…'}
    </button>
  );
}
