import { ENGINE_LABELS } from '@protocol';
import { useEffect, useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import type { UiState } from '../../state/types';
import { MemoryItem } from './memory-item';

/** Props of `MemoryPanel`. */
export interface MemoryPanelProps {
  state: UiState;
  onSearch(query: string): void;
  onSave(id: string, text: string): Promise<boolean>;
  onForget(id: string): void;
  onForgetAll(): Promise<void>;
}

const KIND_ORDER = { fact: 0, tool: 1, message: 2 } as const;

/** Long-term memories of this scope, live; search ranks them with the server's engine. */
export function MemoryPanel({ state, onSearch, onSave, onForget, onForgetAll }: MemoryPanelProps) {
  const [query, setQuery] = useState(state.memorySearch?.query ?? '');

  // Search as the attendee types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => onSearch(query), 250);
    return () => clearTimeout(timer);
  }, [query, onSearch]);

  const searching = query.trim().length > 0;
  const items = searching
    ? state.memorySearch?.items ?? []
    : [...state.memories.items].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.createdAt - a.createdAt);
  const facts = state.memories.items.filter((m) => m.kind === 'fact').length;
  const engine = state.memorySearch?.engine ?? state.memories.engine;

  return (
    <div className="panel memory-panel" data-testid="memory-panel">
      <div className="panel-intro">
        <strong>{state.memories.items.length}</strong> {state.memories.items.length === 1 ? 'memory' : 'memories'} stored ({facts} {facts === 1 ? 'fact' : 'facts'})
        {engine && <span className="muted small"> · engine: {ENGINE_LABELS[engine].label} ({ENGINE_LABELS[engine].detail})</span>}
      </div>
      <form className="search-row" role="search" onSubmit={(e) => { e.preventDefault(); onSearch(query); }}>
        <input
          type="search"
          data-testid="memory-search"
          placeholder="Search memories (ranked)…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Search memories"
        />
      </form>
      {searching && state.memorySearch && (
        <p className="muted small" data-testid="memory-search-summary">
          {items.length} result{items.length === 1 ? '' : 's'} for “{state.memorySearch.query}”, best first
        </p>
      )}
      {!state.memories.loaded && <p className="muted">Loading memories…</p>}
      {state.memories.loaded && items.length === 0 && (
        <p className="muted" data-testid="memory-empty">
          {searching ? 'Nothing matches.' : 'No memories yet. Tell the agent something about yourself.'}
        </p>
      )}
      <ul className="memory-list">
        {items.map((memory) => (
          <MemoryItem key={memory.id} memory={memory} onSave={onSave} onForget={onForget} />
        ))}
      </ul>
      {state.memories.items.length > 0 && (
        <div className="danger-zone">
          <ConfirmButton
            small
            label="Forget everything…"
            testId="memory-forget-all"
            promptLabel="Forget all memories?"
            prompt={`Forget all ${state.memories.items.length} memories of this agent? This cannot be undone.`}
            confirmLabel="Forget all"
            confirmTestId="memory-forget-all-confirm"
            onConfirm={() => void onForgetAll()}
          />
        </div>
      )}
    </div>
  );
}
