/** The memory provider behind the Memory panel, the memory routes and the facilitator. */
import type { DemoAgentDefinition } from '../demo-definition';
import { RedisMemoryProvider } from '../memory/provider';
import { assertKeyPart } from '../redis/keys';
import type { DevuiServices } from './context';

/**
 * The memories of `userId` with `agent`. For a per-thread demo, `threadId` narrows the view to
 * that thread; without it the view spans all of the user's threads (still only theirs).
 */
export async function memoryView(services: DevuiServices, agent: DemoAgentDefinition, userId: string, threadId?: string): Promise<RedisMemoryProvider> {
  const narrow = agent.memory.strategy === 'per-thread' && threadId ? assertKeyPart(threadId, 'threadId') : undefined;
  return new RedisMemoryProvider({
    engine: await services.runtime.engine(agent.memory),
    applicationId: agent.memory.applicationId,
    agentId: agent.id,
    userId,
    threadId: narrow,
    embedder: services.runtime.options.embedder,
    factExtractor: null,
  });
}

/** Every attendee's memories with `agent` (facilitator reset): the scope without a user. */
export async function agentWideView(services: DevuiServices, agent: DemoAgentDefinition): Promise<RedisMemoryProvider> {
  return new RedisMemoryProvider({
    engine: await services.runtime.engine(agent.memory),
    applicationId: agent.memory.applicationId,
    agentId: agent.id,
    factExtractor: null,
  });
}
