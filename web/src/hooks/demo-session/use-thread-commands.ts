import { useMemo } from 'react';
import { api, ApiError } from '../../api/client';
import { newThreadId } from '../../util/thread-id';
import type { SessionContext } from './session-context';

/** What the thread list can do: open, create (with a chosen id or a generated one), delete. */
export interface ThreadCommands {
  selectThread(id: string): void;
  createThread(id?: string): Promise<void>;
  deleteThread(id: string): Promise<void>;
}

/** The thread commands of this session. */
export function useThreadCommands(session: SessionContext): ThreadCommands {
  return useMemo((): ThreadCommands => {
    const { dispatch, report } = session;
    return {
      selectThread: (id) => dispatch({ type: 'thread.selected', threadId: id }),
      async createThread(id) {
        const chosen = id?.trim() || newThreadId();
        try {
          const { thread } = await api.createThread({ id: chosen });
          dispatch({ type: 'thread.created', thread });
          dispatch({ type: 'thread.selected', threadId: thread.id });
        } catch (error) {
          report(error);
        }
      },
      async deleteThread(id) {
        try {
          await api.deleteThread(id);
          dispatch({ type: 'thread.deleted', threadId: id });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) dispatch({ type: 'thread.deleted', threadId: id });
          else report(error);
        }
      },
    };
  }, [session]);
}
