import { DEFAULT_CONTEXT_PROMPT, ENGINE_LABELS } from '@protocol';
import { useState } from 'react';

import type { SearchEngine } from '../../api/types';

/** What a reply was given: from the turn this tab saw, or stored with the message in Redis. */
export interface UsedMemories {
  memories?: Array<{ id: string; text: string; score?: number; kind?: string }>;
  /** The exact context text, when this tab saw the turn. */
  context?: string;
  engine?: SearchEngine;
}

/**
 * The memories a reply was given, with their scores. Clicking shows the context text that was
 * injected before the conversation, so the attendee sees what the model saw.
 */
export function MemoriesUsed({ turn }: { turn: UsedMemories }) {
  const [open, setOpen] = useState(false);
  if (!turn.memories) return null;
  const memories = turn.memories;
  return (
    <div className="memories-used" data-testid="memories-used">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        data-testid="memories-used-toggle"
      >
        {memories.length === 0 ? 'No memories used' : `Used ${memories.length} ${memories.length === 1 ? 'memory' : 'memories'}`}
        {turn.engine ? ` · ${ENGINE_LABELS[turn.engine].label}` : ''}
      </button>
      {memories.length > 0 && (
        <ul className="chips">
          {memories.map((m) => (
            <li key={m.id}>
              <button type="button" className="chip" data-testid="memory-used-item" onClick={() => setOpen(true)} title={m.text}>
                <span className="chip-text">{m.text}</span>
                {/* Facts ride along on every turn (score 0: not matched by the search, injected anyway). */}
                {m.kind === 'fact' && !m.score ? (
                  <span className="score" title="facts are injected on every turn">fact</span>
                ) : (
                  m.score !== undefined && <span className="score">{m.score.toFixed(2)}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div className="injected-context">
          <div className="muted small">Context injected before the conversation:</div>
          <pre className="code-block" data-testid="injected-context">
            {turn.context ?? (memories.length === 0 ? '(nothing was injected)' : `${DEFAULT_CONTEXT_PROMPT}\n${memories.map((m) => `- ${m.text.replace(/\s+/g, ' ').trim()}`).join('\n')}`)}
          </pre>
        </div>
      )}
    </div>
  );
}
