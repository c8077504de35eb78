import { useState } from 'react';
import type { ThreadSummary } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { timeAgo } from '../../util/format';
import { threadIdProblem } from '../../util/thread-id';

/** Props of `ThreadList`. */
export interface ThreadListProps {
  threads: ThreadSummary[];
  currentThreadId: string | null;
  /** Older threads follow on the server (the list is read a page at a time). */
  hasOlder: boolean;
  onSelect(id: string): void;
  onCreate(id?: string): Promise<void>;
  onDelete(id: string): Promise<void>;
  onShowOlder(): Promise<void>;
}

/** The attendee's threads in this demo: create (with a chosen id), switch, delete, page back through older ones. */
export function ThreadList({ threads, currentThreadId, hasOlder, onSelect, onCreate, onDelete, onShowOlder }: ThreadListProps) {
  const [draft, setDraft] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const problem = draft.trim() ? threadIdProblem(draft.trim()) : null;

  // The open thread shows even before its first message is stored.
  const list = currentThreadId && !threads.some((t) => t.id === currentThreadId) ? [{ id: currentThreadId, messageCount: 0 }, ...threads] : threads;
  const sorted = [...list].sort((a, b) => time(b.updatedAt) - time(a.updatedAt));

  return (
    <nav className="threads" aria-label="Threads" data-testid="thread-list">
      <form
        className="new-thread"
        onSubmit={(event) => {
          event.preventDefault();
          if (problem) return;
          void onCreate(draft.trim() || undefined);
          setDraft('');
        }}
      >
        <input
          data-testid="new-thread-input"
          placeholder="thread id (optional)"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-label="New thread id, for example support_ticket_12345"
          aria-invalid={problem !== null}
        />
        <button type="submit" className="button primary small" data-testid="new-thread-button" disabled={problem !== null}>
          New thread
        </button>
      </form>
      {problem && <p className="error-text small">{problem}</p>}
      <ul className="thread-items">
        {sorted.map((thread) => {
          const active = thread.id === currentThreadId;
          return (
            <li key={thread.id} className={`thread-item${active ? ' active' : ''}`} data-testid="thread-item" data-thread-id={thread.id} data-active={active}>
              <button type="button" className="thread-select" onClick={() => onSelect(thread.id)} aria-current={active ? 'true' : undefined}>
                {/* The id is the key concept of the persistence demo (part of the Redis key), so it leads; the title only helps recognise it. */}
                <code className="thread-id" data-testid="thread-id" title={thread.id}>
                  {thread.id}
                </code>
                {thread.title && thread.title !== thread.id && (
                  <span className="thread-title muted small" data-testid="thread-title">
                    {thread.title}
                  </span>
                )}
                <span className="muted small">
                  {thread.messageCount ?? 0} msg{thread.updatedAt ? ` · ${timeAgo(thread.updatedAt)}` : ''}
                </span>
              </button>
              <ConfirmButton
                layout="inline"
                small
                open={confirmDelete === thread.id}
                onOpenChange={(open) => setConfirmDelete(open ? thread.id : null)}
                className="icon-button"
                label={<TrashIcon />}
                testId="thread-delete"
                title={`Delete ${thread.id} (clears its history)`}
                ariaLabel={`Delete thread ${thread.id}`}
                confirmLabel="Delete"
                confirmTestId="thread-delete-confirm"
                cancelLabel="✕"
                cancelAriaLabel="Keep the thread"
                onConfirm={() => void onDelete(thread.id)}
              />
            </li>
          );
        })}
      </ul>
      {hasOlder && (
        <button
          type="button"
          className="button small threads-older"
          data-testid="threads-older"
          disabled={loadingOlder}
          onClick={() => {
            setLoadingOlder(true);
            void onShowOlder().finally(() => setLoadingOlder(false));
          }}
        >
          {loadingOlder ? 'Loading older threads…' : 'Show older threads'}
        </button>
      )}
    </nav>
  );
}

function time(value: number | undefined): number {
  return value ?? Number.MAX_SAFE_INTEGER; // not stored yet: the newest
}

function TrashIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v5M9.2 6.5v5" />
    </svg>
  );
}
