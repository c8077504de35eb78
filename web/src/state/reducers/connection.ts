/** The WebSocket connection and the health of the server and Redis behind it. */
import type { UiState } from '../types';
import type { ActionHandlers, FrameHandlers } from './handlers';
import { dropRedisOutageNotices } from './notices';
import { endTurn } from './turns';

/** Connection actions: the socket's status changed, `/api/health` answered. */
export const connectionActions = {
  connection: (state, action) => {
    let next: UiState = { ...state, connection: action.status };
    if (action.status === 'open') return { ...next, everConnected: true };
    // The connection is gone: running turns will not report back on this socket. Their partial
    // replies stay visible (marked) until the thread is reloaded from Redis.
    for (const turn of Object.values(state.turns)) {
      if (turn.status === 'running') next = endTurn(next, turn.turnId, 'interrupted');
    }
    return { ...next, pending: {} };
  },

  'health.loaded': (state, action) => {
    const down = action.httpStatus === 503 || !action.health;
    return {
      ...(action.health?.redis.connected ? dropRedisOutageNotices(state) : state),
      healthDown: down,
      model: action.health?.model ?? state.model,
      redis: action.health?.redis ?? state.redis,
    };
  },
} satisfies ActionHandlers;

/** Connection frames: Redis came or went; a pong carries nothing to show. */
export const connectionFrames = {
  'redis.status': (state, frame) => ({ ...(frame.redis.connected ? dropRedisOutageNotices(state) : state), redis: frame.redis }),
  pong: (state) => state,
} satisfies FrameHandlers;
