import { useMemo, useRef } from 'react';
import { api } from '../../api/client';
import type { SessionContext } from './session-context';

/** What the Memory panel can do: search (ranked), edit one memory, forget one or all. */
export interface MemoryCommands {
  searchMemories(query: string): void;
  /** Resolves to whether the edit was saved. */
  updateMemory(id: string, text: string): Promise<boolean>;
  forgetMemory(id: string): Promise<void>;
  forgetAllMemories(): Promise<void>;
}

/** The memory commands of this session, scoped to its agent (and thread, for per-thread memory). */
export function useMemoryCommands(session: SessionContext): MemoryCommands {
  const searchSeq = useRef(0);
  return useMemo((): MemoryCommands => {
    const { dispatch, report } = session;
    return {
      searchMemories(query) {
        const q = query.trim();
        const seq = ++searchSeq.current;
        if (!q) {
          dispatch({ type: 'memory.search.cleared' });
          return;
        }
        api.memories({ q, agentId: session.agent()?.id, threadId: session.memoryThread() }).then(
          (list) => {
            // A slower answer to an older query must not overwrite a newer one.
            if (seq === searchSeq.current) dispatch({ type: 'memory.search.loaded', query: q, items: list.items, engine: list.engine });
          },
          report,
        );
      },
      async updateMemory(id, text) {
        try {
          const { memory } = await api.updateMemory(id, text);
          dispatch({ type: 'memory.changed', memory });
          return true;
        } catch (error) {
          report(error);
          return false;
        }
      },
      async forgetMemory(id) {
        try {
          await api.deleteMemory(id);
          dispatch({ type: 'memory.removed', id });
        } catch (error) {
          report(error);
        }
      },
      async forgetAllMemories() {
        try {
          await api.deleteAllMemories();
          dispatch({ type: 'memory.allRemoved' });
        } catch (error) {
          report(error);
        }
      },
    };
  }, [session]);
}
