import { useEffect, useMemo, useState, type Dispatch } from 'react';
import { api } from '../../api/client';
import { FIRST_READS, firstRead } from '../../api/first-reads';
import type { DemoAgent, DemoInfo } from '../../api/types';
import { pickAgent } from '../../state/demo-agent';
import type { UiAction } from '../../state/types';
import { errorText } from '../../util/format';
import { pagePort } from '../../util/page-location';

/** What the page is about, read once: the demo (`/api/demo`), its agent on this port, and who is here. */
export interface DemoInfoState {
  demo: DemoInfo | null;
  agent: DemoAgent | null;
  /** Why `/api/demo` could not be read, if it could not. */
  loadError: string | null;
}

/** Reads the demo and the attendee once, and tells the reducer which agent this page serves. */
export function useDemoInfo(dispatch: Dispatch<UiAction>): DemoInfoState {
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const agent = useMemo(() => pickAgent(demo, pagePort()), [demo]);

  useEffect(() => {
    firstRead(FIRST_READS.demo, api.demo).then(setDemo, (error) => setLoadError(errorText(error)));
    firstRead(FIRST_READS.me, api.me).then((me) => dispatch({ type: 'me.loaded', me }), () => undefined);
  }, [dispatch]);

  useEffect(() => {
    if (agent) dispatch({ type: 'agent.selected', agentId: agent.id });
  }, [agent, dispatch]);

  return { demo, agent, loadError };
}
