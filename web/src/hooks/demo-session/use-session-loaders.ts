/** The HTTP reads of a demo page, each dispatching what it got. */
import { useMemo } from 'react';
import { api, ApiError } from '../../api/client';
import { FIRST_READS, firstRead } from '../../api/first-reads';
import type { Thread } from '../../api/types';
import type { SessionContext } from './session-context';

/** Reads that fill the state from the server; failures are reported, never thrown. */
export interface SessionLoaders {
  loadHealth(): Promise<void>;
  /** `resumed`: the read follows a reconnect, so the page says what came back. */
  loadThread(threadId: string, resumed: boolean): Promise<void>;
  /** The first page of the attendee's threads (newest first), or null when the read failed. */
  loadThreads(): Promise<Thread[] | null>;
  /** The next page of older threads, below the ones listed ("Show older threads"); nothing when none follows. */
  loadOlderThreads(): Promise<void>;
  loadMemories(): Promise<void>;
}

/** The loaders of this session (stable as long as the context is). */
export function useSessionLoaders(session: SessionContext): SessionLoaders {
  return useMemo((): SessionLoaders => {
    const { dispatch, report } = session;
    return {
      async loadHealth() {
        try {
          const { httpStatus, health } = await api.health();
          dispatch({ type: 'health.loaded', httpStatus, health });
        } catch (error) {
          // Server unreachable: the connection banner covers it. An answer off the contract is worth saying.
          if (error instanceof ApiError && error.code === 'bad_response') report(error);
        }
      },
      async loadThread(threadId, resumed) {
        try {
          // A reload after a reconnect must read now; the page's first read may have started early.
          const detail = await (resumed ? api.thread(threadId) : firstRead(FIRST_READS.thread(threadId), () => api.thread(threadId)));
          dispatch({ type: 'thread.loaded', threadId, detail, resumed });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) dispatch({ type: 'thread.missing', threadId });
          else report(error);
        }
      },
      async loadThreads() {
        try {
          const { threads, nextCursor } = await firstRead(FIRST_READS.threads, () => api.threads());
          dispatch({ type: 'threads.loaded', threads, nextCursor });
          return threads;
        } catch (error) {
          report(error);
          return null;
        }
      },
      async loadOlderThreads() {
        const cursor = session.state().threadsCursor;
        if (!cursor) return;
        try {
          const { threads, nextCursor } = await api.threads({ cursor });
          dispatch({ type: 'threads.older.loaded', threads, nextCursor });
        } catch (error) {
          report(error);
        }
      },
      async loadMemories() {
        try {
          const list = await api.memories({ agentId: session.agent()?.id, threadId: session.memoryThread() });
          dispatch({ type: 'memories.loaded', items: list.items, engine: list.engine });
        } catch (error) {
          report(error);
        }
      },
    };
  }, [session]);
}
