import { useState } from 'react';
import type { DemoSession } from '../../hooks/use-demo-session';
import type { PanelEntry } from './panel-registry';

/** Props of `SidePanels`: the panels to offer (see `DEMO_PANELS`) and the session they show. */
export interface SidePanelsProps {
  panels: readonly PanelEntry[];
  session: DemoSession;
}

/** The tabbed side column. Only the open panel is mounted, so hidden panels make no requests. */
export function SidePanels({ panels, session }: SidePanelsProps) {
  const [activeId, setActiveId] = useState(panels[0]?.id);
  const active = panels.find((p) => p.id === activeId) ?? panels[0];
  if (!active) return null;
  const Panel = active.component;
  return (
    <aside className="side-panels" aria-label="Inspect memory and Redis">
      <div className="tab-bar" role="tablist">
        {panels.map(({ id, label, badge }) => {
          const count = badge?.(session);
          return (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={active.id === id}
              aria-controls={`panel-${id}`}
              className={`tab${active.id === id ? ' active' : ''}`}
              data-testid={`tab-${id}`}
              onClick={() => setActiveId(id)}
            >
              {label}
              {count !== undefined && <span className="tab-badge">{count}</span>}
            </button>
          );
        })}
      </div>
      <div className="panel-body" role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        <Panel key={active.id} session={session} />
      </div>
    </aside>
  );
}
