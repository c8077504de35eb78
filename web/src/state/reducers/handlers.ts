/** Typing shared by the state's concern modules: one pure function per action or frame type. */
import type { ServerFrame } from '@protocol';
import type { UiAction, UiState } from '../types';

/** One handler per `type` of the union `T`, each given the member of that type. */
export type Handlers<T extends { type: string }> = {
  [K in T['type']]: (state: UiState, input: Extract<T, { type: K }>) => UiState;
};

/** Handlers for some of the UI actions; the root reducer requires every action to have one. */
export type ActionHandlers = Partial<Handlers<UiAction>>;

/** Handlers for some of the server frames; the root reducer requires every frame to have one. */
export type FrameHandlers = Partial<Handlers<ServerFrame>>;

/** Calls the handler registered for `input.type` (the map is complete, so there always is one). */
export function dispatchTo<T extends { type: string }>(handlers: Handlers<T>, state: UiState, input: T): UiState {
  const handle = handlers[input.type as T['type']] as (state: UiState, input: T) => UiState;
  return handle(state, input);
}
