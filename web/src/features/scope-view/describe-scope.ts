import type { DemoAgent, DemoInfo, MemoryScope, MemoryVector } from '../../api/types';

/** The scope fields that decide which memories an agent sees. */
export interface ScopeFacts {
  applicationId?: string;
  agentId?: string;
  strategy: 'global' | 'per-thread';
  threadId?: string | null;
}

/** The facts of an agent's `/api/demo` scope; `null` until `/api/demo` answered (global, nothing named). */
export function scopeFacts(scope: MemoryScope | null, threadId: string | null): ScopeFacts {
  return { applicationId: scope?.applicationId, agentId: scope?.agentId, strategy: scope?.strategy ?? 'global', threadId };
}

/**
 * Plain-language sentences about what is isolated from what, for the scope view. Every memory
 * read and write is filtered by all of these fields, so each sentence is a real guarantee.
 */
export function describeScope(s: ScopeFacts): string[] {
  const agent = s.agentId ? `the agent “${s.agentId}”` : 'this agent';
  const lines = [
    `Memories here belong to you and ${agent}${s.applicationId ? ` in the application “${s.applicationId}”` : ''}.`,
    'Another attendee never sees them: your user id comes from your browser cookie, not from anything you type.',
  ];
  if (s.agentId) {
    lines.push(`Another agent has its own memories, even for the same user: it searches with a different agent_id than “${s.agentId}”.`);
  }
  if (s.strategy === 'per-thread') {
    lines.push(
      `Memory is per thread: only this conversation${s.threadId ? ` (“${s.threadId}”)` : ''} can use what is stored in it; a new thread starts with an empty memory.`,
    );
  } else {
    lines.push('Memory is global across your threads: start a new chat (or come back days later) and the agent still knows what you told it.');
  }
  lines.push('Conversation history is separate: each thread has its own Redis LIST, whatever the memory strategy.');
  return lines;
}

/**
 * The vector field of the memory index this page searches: its agent's (the demo's first agent's
 * until the page knows its own). `null` = text search only; `undefined` = `/api/demo` has not answered.
 */
export function vectorOf(demo: DemoInfo | null | undefined, agent: DemoAgent | null | undefined): MemoryVector | null | undefined {
  return (agent ?? demo)?.memory.vector;
}
