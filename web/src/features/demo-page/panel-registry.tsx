/**
 * The side panels of a demo page, in tab order. Each entry is everything a panel needs: its id,
 * its tab's label, and the component that renders it from the page's session. A new panel is one
 * more entry here.
 */
import type { ComponentType } from 'react';
import type { DemoSession } from '../../hooks/use-demo-session';
import { HistoryPanel } from '../history-panel/history-panel';
import { MemoryPanel } from '../memory-panel/memory-panel';
import { RedisView } from '../redis-view/redis-view';
import { vectorOf } from '../scope-view/describe-scope';
import { ScopeView } from '../scope-view/scope-view';
import { ToolsView } from '../tools-view/tools-view';
import { TracePanel } from '../trace-panel/trace-panel';

/** What every panel component gets: the page's state and commands. */
export interface PanelProps {
  session: DemoSession;
}

/** One side panel: its tab and what it shows. */
export interface PanelEntry {
  /** Unique among the panels; the tab's test id is `tab-${id}`. */
  id: string;
  /** The tab's text. */
  label: string;
  /** Renders the panel; mounted only while its tab is open. */
  component: ComponentType<PanelProps>;
  /** A count on the tab (e.g. how many memories), or undefined for none. */
  badge?(session: DemoSession): string | number | undefined;
}

/** The demo page's panels; the first one is open at first. */
export const DEMO_PANELS: readonly PanelEntry[] = [
  {
    id: 'memory',
    label: 'Memory',
    component: ({ session }) => (
      <MemoryPanel
        state={session.state}
        onSearch={session.searchMemories}
        onSave={session.updateMemory}
        onForget={session.forgetMemory}
        onForgetAll={session.forgetAllMemories}
      />
    ),
    badge: ({ state }) => (state.memories.loaded ? state.memories.items.length : undefined),
  },
  {
    id: 'history',
    label: 'History',
    component: ({ session }) => <HistoryPanel state={session.state} demo={session.demo} />,
  },
  {
    id: 'trace',
    label: 'Trace',
    component: ({ session }) => <TracePanel state={session.state} />,
  },
  {
    id: 'tools',
    label: 'Tools',
    component: ({ session }) => <ToolsView agent={session.agent} />,
    badge: ({ agent }) => agent?.tools.length,
  },
  {
    id: 'scope',
    label: 'Scope',
    component: ({ session: { demo, agent, state } }) => (
      <ScopeView demo={demo} agent={agent} threadId={state.currentThreadId} userId={state.me?.userId} apiKey={state.me?.apiKey} />
    ),
  },
  {
    id: 'redis',
    label: 'Redis',
    component: ({ session: { demo, agent, state } }) => (
      <RedisView refreshKey={`${state.liveVersion}:${state.connection}:${state.redis?.connected}`} vector={vectorOf(demo, agent)} />
    ),
  },
];
