/** Answers of the HTTP API as tests need them: complete per the contract, with what a test names changed. */
import type { DemoAgent, DemoInfo, DemoMemory } from '@protocol';

/** The memory settings of agent `agentId`; text search only unless `extra` gives a vector. */
export function demoMemory(agentId: string, extra: Partial<DemoMemory> = {}): DemoMemory {
  const scope = { applicationId: 'redis_agent_workshop', agentId, userId: '(you)', strategy: 'global' } as const;
  return { indexName: `idx_${agentId}`, prefix: `memory_${agentId}`, scope, vector: null, ...extra };
}

/** One agent of `/api/demo`. */
export function demoAgent(id: string, port: number, extra: Partial<DemoAgent> = {}): DemoAgent {
  const history = { keyPrefix: 'chat_messages', maxMessages: null, ttlSeconds: null };
  return { id, name: id, description: '', port, memory: demoMemory(id), history, tools: [], ...extra };
}

/** `/api/demo` of a port serving `agents` (memory and history are the first agent's). */
export function demoInfo(agents: DemoAgent[], extra: Partial<DemoInfo> = {}): DemoInfo {
  const [first] = agents;
  return { id: 'demo', title: 'Demo', description: '', port: first.port, agents, memory: first.memory, history: first.history, ...extra };
}
