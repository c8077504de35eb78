import { useState, type ReactNode } from 'react';

export type PanelId = 'memory' | 'history' | 'trace' | 'scope' | 'redis';

const TABS: Array<[PanelId, string]> = [
  ['memory', 'Memory'],
  ['history', 'History'],
  ['trace', 'Trace'],
  ['scope', 'Scope'],
  ['redis', 'Redis'],
];

/** The tabbed side column. Only the open panel is mounted, so hidden panels make no requests. */
export function SidePanels({ render, badges }: { render(panel: PanelId): ReactNode; badges?: Partial<Record<PanelId, string | number>> }) {
  const [active, setActive] = useState<PanelId>('memory');
  return (
    <aside className="side-panels" aria-label="Inspect memory and Redis">
      <div className="tab-bar" role="tablist">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={active === id}
            aria-controls={`panel-${id}`}
            className={`tab${active === id ? ' active' : ''}`}
            data-testid={`tab-${id}`}
            onClick={() => setActive(id)}
          >
            {label}
            {badges?.[id] !== undefined && <span className="tab-badge">{badges[id]}</span>}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {render(active)}
      </div>
    </aside>
  );
}
