/**
 * Which thread is open. Once the agent is known: the one in the address, else the last one opened
 * here, the newest, the agent's default, or a new id. The open thread is loaded, watched on the
 * socket and remembered; when it is deleted, another one opens.
 */
import { useEffect, useRef } from 'react';
import type { DemoAgent, DemoInfo, Thread } from '../../api/types';
import { showThreadInUrl, threadInUrl } from '../../util/page-location';
import { readStored, writeStored } from '../../util/storage';
import { newThreadId } from '../../util/thread-id';
import type { SessionContext } from './session-context';
import type { SessionLoaders } from './use-session-loaders';
import type { SessionSocket } from './use-session-socket';

/** Chooses, opens and replaces the open thread (`threadId` is the state's `currentThreadId`). */
export function useThreadRouting(
  session: SessionContext,
  loaders: SessionLoaders,
  socket: SessionSocket,
  demo: DemoInfo | null,
  agent: DemoAgent | null,
  threadId: string | null,
): void {
  /** Set once the first thread has been chosen; afterwards "no thread" means it was deleted. */
  const threadChosen = useRef(false);
  /** A thread known not to exist yet (a new id, or one the list does not hold): nothing to read. */
  const notStoredYet = useRef<string | null>(null);
  const storageKey = demo && agent ? `workshop:thread:${demo.id}:${agent.id}` : null;

  useEffect(() => {
    if (!agent || !storageKey) return;
    void loaders.loadThreads().then((threads) => {
      threadChosen.current = true;
      if (session.state().currentThreadId) return;
      const chosen = threadInUrl() ?? readStored(storageKey) ?? newestId(threads) ?? agent.defaultThreadId ?? newThreadId();
      // Reading a thread the list just said is not there would only answer 404.
      if (threads && !threads.some((t) => t.id === chosen)) notStoredYet.current = chosen;
      session.dispatch({ type: 'thread.selected', threadId: chosen });
    });
  }, [agent, storageKey, session, loaders]);

  useEffect(() => {
    if (!threadId) return;
    if (storageKey) writeStored(storageKey, threadId);
    showThreadInUrl(threadId);
    socket.current()?.sendIfOpen({ type: 'thread.watch', threadId });
    if (notStoredYet.current === threadId) {
      notStoredYet.current = null;
      session.dispatch({ type: 'thread.missing', threadId });
    } else {
      void loaders.loadThread(threadId, false);
    }
  }, [threadId, storageKey, socket, loaders, session]);

  useEffect(() => {
    if (threadId || !threadChosen.current) return;
    const existing = session.state().threads[0]?.id;
    const next = existing ?? agent?.defaultThreadId ?? newThreadId();
    if (!existing) notStoredYet.current = next;
    session.dispatch({ type: 'thread.selected', threadId: next });
  }, [threadId, session, agent]);
}

function newestId(threads: Thread[] | null): string | undefined {
  return [...(threads ?? [])].sort((a, b) => b.updatedAt - a.updatedAt)[0]?.id;
}
