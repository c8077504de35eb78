import { useState } from 'react';
import type { WireMemory } from '@protocol';
import { timeAgo } from '../../util/format';
import { MarkdownText } from '../chat/markdown-text';
import { toolResultText } from './memory-body';

/** Props of `MemoryItem`. */
export interface MemoryItemProps {
  memory: WireMemory;
  onSave(id: string, text: string): Promise<boolean>;
  onForget(id: string): void;
}

const KIND_LABEL: Record<WireMemory['kind'], string> = { fact: 'fact', message: 'message', tool: 'tool result' };

/** One stored memory: its text, kind, score when ranked, and edit / forget. */
export function MemoryItem({ memory, onSave, onForget }: MemoryItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(memory.text);
  const [saving, setSaving] = useState(false);

  async function save() {
    const text = draft.trim();
    if (!text || text === memory.text) {
      setEditing(false);
      return;
    }
    setSaving(true);
    const ok = await onSave(memory.id, text);
    setSaving(false);
    if (ok) setEditing(false);
  }

  return (
    <li className={`memory-item kind-${memory.kind}`} data-testid="memory-item" data-kind={memory.kind} data-memory-id={memory.id}>
      <div className="memory-head">
        <span className={`kind-badge kind-${memory.kind}`}>{KIND_LABEL[memory.kind]}</span>
        {memory.role && memory.kind !== 'fact' && <span className="muted small">{memory.role}</span>}
        {memory.score !== undefined && (
          <span className="score" title="Relevance score from the search engine">
            {memory.score.toFixed(3)}
          </span>
        )}
        <span className="muted small push">{timeAgo(memory.createdAt)}</span>
      </div>
      {editing ? (
        <form
          className="memory-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <textarea data-testid="memory-edit-input" value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} autoFocus />
          <div className="row">
            <button type="submit" className="button primary small" data-testid="memory-save" disabled={saving}>
              Save
            </button>
            <button type="button" className="button small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <MemoryText text={memory.text} />
      )}
      {memory.threadId && <div className="muted small">thread {memory.threadId}</div>}
      {!editing && (
        <div className="row memory-actions">
          <button
            type="button"
            className="button small"
            data-testid="memory-edit"
            onClick={() => {
              setDraft(memory.text);
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button type="button" className="button small danger-outline" data-testid="memory-forget" onClick={() => onForget(memory.id)}>
            Forget
          </button>
        </div>
      )}
    </li>
  );
}

/** The text as the chat shows it (markdown rendered), a tool's JSON result indented. */
function MemoryText({ text }: { text: string }) {
  const toolResult = toolResultText(text);
  return (
    <div className="memory-text" data-testid="memory-text">
      {toolResult ? (
        <>
          <span className="muted small">
            <code>{toolResult.tool}</code> result
          </span>
          <pre className="memory-json" data-testid="memory-json">
            {toolResult.json}
          </pre>
        </>
      ) : (
        <MarkdownText text={text} />
      )}
    </div>
  );
}
