/**
 * Glue of a demo page: one socket, one reducer, and the HTTP calls that load and change things.
 * Decisions live in the reducer and the socket class; the hooks composed here only wire them to
 * the API, each with one job.
 */
import { useReducer } from 'react';
import type { DemoAgent, DemoInfo } from '../api/types';
import { initialState, reducer } from '../state/reducer';
import type { UiState } from '../state/types';
import { useSessionContext } from './demo-session/session-context';
import { useDemoInfo } from './demo-session/use-demo-info';
import { useHealthPolling } from './demo-session/use-health-polling';
import { useMemoryCommands, type MemoryCommands } from './demo-session/use-memory-commands';
import { useMemorySync } from './demo-session/use-memory-sync';
import { usePageCommands, type PageCommands } from './demo-session/use-page-commands';
import { useSessionLoaders } from './demo-session/use-session-loaders';
import { useSessionSocket } from './demo-session/use-session-socket';
import { useThreadCommands, type ThreadCommands } from './demo-session/use-thread-commands';
import { useThreadRouting } from './demo-session/use-thread-routing';
import { useTurnCommands, type TurnCommands } from './demo-session/use-turn-commands';

/** Everything a demo page shows and can do. */
export interface DemoSession extends TurnCommands, ThreadCommands, MemoryCommands, PageCommands {
  state: UiState;
  demo: DemoInfo | null;
  /** The agent this page talks to (the one served on this port). */
  agent: DemoAgent | null;
  loadError: string | null;
  /** Tries the socket now instead of waiting out the backoff. */
  reconnectNow(): void;
  /** Lists the next page of older threads below the ones shown. */
  loadOlderThreads(): Promise<void>;
}

/** The live state of this page's demo and the commands that change it. */
export function useDemoSession(): DemoSession {
  const [state, dispatch] = useReducer(reducer, initialState);
  const { demo, agent, loadError } = useDemoInfo(dispatch);
  const session = useSessionContext(dispatch, state, demo, agent);
  const loaders = useSessionLoaders(session);
  const socket = useSessionSocket(session, loaders);
  useHealthPolling(loaders.loadHealth, state.healthDown);
  useThreadRouting(session, loaders, socket, demo, agent, state.currentThreadId);
  useMemorySync(session, loaders, agent, state.currentThreadId, state.turns);

  const turns = useTurnCommands(session, socket);
  const threads = useThreadCommands(session);
  const memories = useMemoryCommands(session);
  const page = usePageCommands(session);
  return { state, demo, agent, loadError, reconnectNow: socket.reconnectNow, loadOlderThreads: loaders.loadOlderThreads, ...turns, ...threads, ...memories, ...page };
}
