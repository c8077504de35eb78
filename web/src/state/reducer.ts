/**
 * The demo page's state as a PURE function of what happened: server frames, connection changes and
 * HTTP results. No clocks, no randomness, no I/O: callers pass timestamps and ids in the actions.
 * Each concern handles its own actions and frames in `reducers/`; this module only routes them.
 */
import type { ServerFrame } from '@protocol';
import type { UiAction, UiState } from './types';
import { connectionActions, connectionFrames } from './reducers/connection';
import { dispatchTo, type Handlers } from './reducers/handlers';
import { identityActions, identityFrames } from './reducers/identity';
import { memoryActions, memoryFrames } from './reducers/memories';
import { noticeActions } from './reducers/notices';
import { threadActions, threadFrames } from './reducers/threads';
import { turnActions, turnFrames } from './reducers/turns';

/** The state before anything happened: connecting, nothing loaded. */
export const initialState: UiState = {
  connection: 'connecting',
  everConnected: false,
  redis: null,
  healthDown: false,
  model: null,
  me: null,
  agentId: null,
  currentThreadId: null,
  threads: [],
  threadsCursor: null,
  threadsById: {},
  pending: {},
  turns: {},
  turnOrder: [],
  streaming: {},
  memories: { items: [], loaded: false },
  memorySearch: null,
  resumed: null,
  notices: [],
  noticeSeq: 0,
  liveVersion: 0,
};

// Typed as complete maps: an action or frame type without a handler does not compile.
const frameHandlers: Handlers<ServerFrame> = {
  ...identityFrames,
  ...connectionFrames,
  ...threadFrames,
  ...turnFrames,
  ...memoryFrames,
};

const actionHandlers: Handlers<UiAction> = {
  frame: (state, action) => dispatchTo(frameHandlers, state, action.frame),
  ...connectionActions,
  ...identityActions,
  ...threadActions,
  ...turnActions,
  ...memoryActions,
  ...noticeActions,
};

/** The next state after one action; never mutates `state`. */
export function reducer(state: UiState, action: UiAction): UiState {
  return dispatchTo(actionHandlers, state, action);
}
