import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DemoSession } from '../../hooks/use-demo-session';
import { initialState } from '../../state/reducer';
import { DEMO_PANELS, type PanelEntry, type PanelProps } from './panel-registry';
import { SidePanels } from './side-panels';

const idle = () => undefined;
const session: DemoSession = {
  state: { ...initialState, currentThreadId: 'support_ticket_12345' },
  demo: null,
  agent: null,
  loadError: null,
  send: idle,
  regenerate: idle,
  editAndResend: idle,
  retry: idle,
  stop: idle,
  selectThread: idle,
  createThread: async () => undefined,
  deleteThread: async () => undefined,
  searchMemories: idle,
  updateMemory: async () => true,
  forgetMemory: async () => undefined,
  forgetAllMemories: async () => undefined,
  rename: async () => true,
  dismissNotice: idle,
  dismissResumed: idle,
  reconnectNow: idle,
  loadOlderThreads: async () => undefined,
};

/** A panel that exists only in this test. */
function ProbePanel({ session: s }: PanelProps) {
  return createElement('p', { 'data-testid': 'probe-panel' }, `probe of ${s.state.currentThreadId}`);
}
const probe: PanelEntry = { id: 'probe', label: 'Probe', component: ProbePanel, badge: () => 7 };

const render = (panels: readonly PanelEntry[]) => renderToStaticMarkup(createElement(SidePanels, { panels, session }));
/** Each tab's id (from its test id) and its label, in order. */
const tabs = (html: string) => [...html.matchAll(/data-testid="tab-([^"]+)">([^<]*)/g)].map((m) => [m[1], m[2]]);

describe('side panels from the registry', () => {
  it('offers the demo panels with their test ids, the first one open', () => {
    const html = render(DEMO_PANELS);
    expect(tabs(html)).toEqual([
      ['memory', 'Memory'],
      ['history', 'History'],
      ['trace', 'Trace'],
      ['tools', 'Tools'],
      ['scope', 'Scope'],
      ['redis', 'Redis'],
    ]);
    expect(html).toMatch(/id="tab-memory" aria-selected="true"/);
    expect(html).toContain('data-testid="memory-panel"');
  });

  it('shows a panel added to the registry as one more tab, with its badge, mounted only when open', () => {
    const html = render([...DEMO_PANELS, probe]);
    expect(tabs(html).map(([id]) => id)).toEqual(['memory', 'history', 'trace', 'tools', 'scope', 'redis', 'probe']);
    expect(html).toMatch(/data-testid="tab-probe">Probe<span class="tab-badge">7<\/span>/);
    expect(html).not.toContain('probe-panel');
  });

  it("renders the open panel's component with the page's session", () => {
    const html = render([probe, ...DEMO_PANELS]);
    expect(html).toMatch(/id="tab-probe" aria-selected="true"/);
    expect(html).toContain('role="tabpanel" id="panel-probe" aria-labelledby="tab-probe"><p data-testid="probe-panel">probe of support_ticket_12345</p>');
    expect(html).not.toContain('data-testid="memory-panel"');
  });
});
