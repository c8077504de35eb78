/**
 * Long-term memories of this page's agent: the list, the search results, and the live events that
 * change both. Events of other agents (sharing the attendee's socket) are ignored.
 */
import type { WireMemory } from '@protocol';
import type { UiState } from '../types';
import type { ActionHandlers, FrameHandlers } from './handlers';

/** Memory actions: HTTP loads and searches, and the results of this tab's edits. */
export const memoryActions = {
  'memories.loaded': (state, action) => ({
    ...state,
    memories: { items: action.items, engine: action.engine ?? state.memories.engine, loaded: true },
  }),
  'memory.search.loaded': (state, action) => ({
    ...state,
    memorySearch: { query: action.query, items: action.items, engine: action.engine },
  }),
  'memory.search.cleared': (state) => ({ ...state, memorySearch: null }),
  'memory.changed': (state, action) => upsertMemory(state, action.memory),
  'memory.removed': (state, action) => removeMemory(state, action.id),
  'memory.allRemoved': (state) => clearMemories(state),
} satisfies ActionHandlers;

/** Live memory frames, applied when they concern this page's agent. */
export const memoryFrames = {
  'memory.stored': (state, frame) => (isThisAgent(state, frame.agentId) ? upsertMemory(state, frame.memory) : state),
  'memory.updated': (state, frame) => (isThisAgent(state, frame.agentId) ? upsertMemory(state, frame.memory) : state),
  'memory.deleted': (state, frame) => (isThisAgent(state, frame.agentId) ? removeMemory(state, frame.id) : state),
  'memory.cleared': (state, frame) => (isThisAgent(state, frame.agentId) ? clearMemories(state) : state),
} satisfies FrameHandlers;

function isThisAgent(state: UiState, agentId: string): boolean {
  return state.agentId === null || state.agentId === agentId;
}

function upsertMemory(state: UiState, memory: WireMemory): UiState {
  const items = state.memories.items;
  const index = items.findIndex((m) => m.id === memory.id);
  const nextItems = index >= 0 ? items.map((m, i) => (i === index ? { ...memory } : m)) : [memory, ...items];
  const search = state.memorySearch
    ? { ...state.memorySearch, items: state.memorySearch.items.map((m) => (m.id === memory.id ? { ...memory, score: m.score } : m)) }
    : null;
  return {
    ...state,
    memories: { ...state.memories, items: nextItems },
    memorySearch: search,
    liveVersion: state.liveVersion + 1,
  };
}

function removeMemory(state: UiState, id: string): UiState {
  return {
    ...state,
    memories: { ...state.memories, items: state.memories.items.filter((m) => m.id !== id) },
    memorySearch: state.memorySearch
      ? { ...state.memorySearch, items: state.memorySearch.items.filter((m) => m.id !== id) }
      : null,
    liveVersion: state.liveVersion + 1,
  };
}

function clearMemories(state: UiState): UiState {
  return {
    ...state,
    memories: { ...state.memories, items: [] },
    memorySearch: state.memorySearch ? { ...state.memorySearch, items: [] } : null,
    liveVersion: state.liveVersion + 1,
  };
}
