/** Which agent of a demo this page serves, and how that agent's memories are scoped. */
import type { DemoAgent, DemoInfo } from '../api/types';

/** The agent served by this port: the one whose `port` matches, else the first. */
export function pickAgent(demo: DemoInfo | null, port: number): DemoAgent | null {
  if (!demo || demo.agents.length === 0) return null;
  return demo.agents.find((a) => a.port === port) ?? demo.agents.find((a) => a.port === demo.port) ?? demo.agents[0];
}

/**
 * With per-thread memory (the persistence demo) the agent only ever sees the current thread's
 * memories, so the Memory panel shows those: the thread to narrow to, or undefined.
 */
export function memoryThreadOf(agent: DemoAgent | null, demo: DemoInfo | null, currentThreadId: string | null): string | undefined {
  const strategy = (agent ?? demo)?.memory.scope.strategy;
  return strategy === 'per-thread' ? (currentThreadId ?? undefined) : undefined;
}
