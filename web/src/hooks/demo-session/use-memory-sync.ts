import { useEffect } from 'react';
import type { DemoAgent } from '../../api/types';
import type { TurnState } from '../../state/types';
import type { SessionContext } from './session-context';
import type { SessionLoaders } from './use-session-loaders';

/**
 * Keeps the Memory panel's list current: read once the agent is known, again for each opened
 * thread when memory is per thread, and shortly after each finished turn as a safety net for the
 * live memory events.
 */
export function useMemorySync(
  session: SessionContext,
  loaders: SessionLoaders,
  agent: DemoAgent | null,
  threadId: string | null,
  turns: Record<string, TurnState>,
): void {
  useEffect(() => {
    if (agent) void loaders.loadMemories();
  }, [agent, loaders]);

  useEffect(() => {
    if (threadId && session.memoryThread()) void loaders.loadMemories();
  }, [threadId, session, loaders]);

  const finishedTurns = Object.values(turns).filter((t) => t.status === 'finished' || t.status === 'stopped').length;
  useEffect(() => {
    if (finishedTurns === 0) return;
    const timer = setTimeout(() => void loaders.loadMemories(), 400);
    return () => clearTimeout(timer);
  }, [finishedTurns, loaders]);
}
