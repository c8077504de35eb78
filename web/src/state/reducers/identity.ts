/** Who is on this page: the attendee (cookie identity, display name) and the agent it talks to. */
import type { ActionHandlers, FrameHandlers } from './handlers';

/** Identity actions: `/api/me` answered or the name changed; the page's agent is known. */
export const identityActions = {
  'me.loaded': (state, action) => ({ ...state, me: action.me }),
  'agent.selected': (state, action) => ({ ...state, agentId: action.agentId }),
} satisfies ActionHandlers;

/** The socket's greeting: the attendee as the server knows them, and Redis's status. */
export const identityFrames = {
  hello: (state, frame) => ({
    ...state,
    // The greeting carries no API key: keep the one `/api/me` gave for the same attendee.
    me: { userId: frame.userId, displayName: frame.displayName, ...(state.me?.userId === frame.userId && state.me.apiKey ? { apiKey: state.me.apiKey } : {}) },
    redis: frame.redis,
  }),
} satisfies FrameHandlers;
