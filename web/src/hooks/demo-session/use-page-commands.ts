import { useMemo } from 'react';
import { api } from '../../api/client';
import type { SessionContext } from './session-context';

/** The page's own controls: the attendee's display name and the banners' dismiss buttons. */
export interface PageCommands {
  /** Resolves to whether the new name was saved. */
  rename(displayName: string): Promise<boolean>;
  dismissNotice(id: number): void;
  dismissResumed(): void;
}

/** The page commands of this session. */
export function usePageCommands(session: SessionContext): PageCommands {
  return useMemo((): PageCommands => {
    const { dispatch, report } = session;
    return {
      async rename(displayName) {
        try {
          const me = await api.updateMe(displayName);
          dispatch({ type: 'me.loaded', me });
          return true;
        } catch (error) {
          report(error);
          return false;
        }
      },
      dismissNotice: (id) => dispatch({ type: 'notice.dismissed', id }),
      dismissResumed: () => dispatch({ type: 'resumed.dismissed' }),
    };
  }, [session]);
}
