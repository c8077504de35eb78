/** What the demo session's hooks share: the reducer's dispatch, the latest values, error reporting. */
import { useMemo, useRef, type Dispatch } from 'react';
import { ApiError } from '../../api/client';
import type { DemoAgent, DemoInfo } from '../../api/types';
import { memoryThreadOf } from '../../state/demo-agent';
import type { UiAction, UiState } from '../../state/types';
import { errorText } from '../../util/format';

/**
 * Stable for the page's life, so callbacks registered once (socket handlers, commands) read the
 * latest state through it instead of capturing a stale one.
 */
export interface SessionContext {
  dispatch: Dispatch<UiAction>;
  /** The state as of the last render. */
  state(): UiState;
  /** The agent this page talks to, once `/api/demo` answered. */
  agent(): DemoAgent | null;
  /** The thread the Memory panel narrows to (per-thread memory), else undefined. */
  memoryThread(): string | undefined;
  /** Shows a failed call as a notice, unless a banner already explains it. */
  report(error: unknown): void;
}

/** Builds the page's `SessionContext` from the reducer and what `/api/demo` said. */
export function useSessionContext(dispatch: Dispatch<UiAction>, state: UiState, demo: DemoInfo | null, agent: DemoAgent | null): SessionContext {
  const latest = useRef({ state, demo, agent });
  latest.current = { state, demo, agent };
  return useMemo(
    () => ({
      dispatch,
      state: () => latest.current.state,
      agent: () => latest.current.agent,
      memoryThread: () => memoryThreadOf(latest.current.agent, latest.current.demo, latest.current.state.currentThreadId),
      report: (error: unknown) => {
        if (explainedByBanner(error, latest.current.state)) return;
        dispatch({ type: 'notice', kind: 'error', text: errorText(error), code: error instanceof ApiError ? error.code : undefined });
      },
    }),
    [dispatch],
  );
}

function explainedByBanner(error: unknown, state: UiState): boolean {
  if (!(error instanceof ApiError)) return false;
  // A 503 is Redis being down: the banner says so already.
  if (error.status === 503) return true;
  // Unreachable while the socket is down: the reconnecting banner says so, and everything is re-read on reconnect.
  return error.status === 0 && state.connection !== 'open';
}
