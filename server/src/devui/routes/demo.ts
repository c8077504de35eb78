/** `GET /api/demo`: what this port serves, its memory scope, history settings and tools. */
import { Router } from 'express';
import { toolSpec } from '../../agents/tool';
import { demoInfoSchema, type DemoHistory, type DemoInfo, type DemoMemory } from '../../contracts/http';
import type { DemoAgentDefinition } from '../../demo-definition';
import { DEFAULT_HISTORY_KEY_PREFIX } from '../../history/options';
import type { PortContext } from '../context';
import { send } from '../wire';

function memoryOf(agent: DemoAgentDefinition, embedder: PortContext['services']['embedder']): DemoMemory {
  return {
    indexName: agent.memory.indexName,
    prefix: agent.memory.prefix,
    scope: { applicationId: agent.memory.applicationId, agentId: agent.id, userId: '(you)', strategy: agent.memory.strategy },
    // The vector half of hybrid search: which field, how long, compared how; null = text only.
    vector: embedder ? { field: 'embedding', dimensions: embedder.dimensions, distance: 'COSINE', embedder: embedder.name } : null,
  };
}

function historyOf(agent: DemoAgentDefinition): DemoHistory {
  return {
    keyPrefix: agent.history.keyPrefix ?? DEFAULT_HISTORY_KEY_PREFIX,
    maxMessages: agent.history.maxMessages ?? null,
    ttlSeconds: agent.history.ttlSeconds ?? null,
  };
}

/** `GET /api/demo`. */
export function demoRoutes(ctx: PortContext): Router {
  const router = Router();
  const { demo, services } = ctx;
  const portOf = (agent: DemoAgentDefinition) => services.portBase + agent.portOffset;
  const main = ctx.agents[0];
  const body: DemoInfo = {
    id: demo.id,
    title: demo.title,
    description: demo.description,
    port: ctx.port,
    agents: ctx.agents.map((agent) => ({
      id: agent.id,
      name: agent.name,
      description: agent.description,
      port: portOf(agent),
      memory: memoryOf(agent, services.embedder),
      history: historyOf(agent),
      // Exactly what the model is offered: the same spec the agent sends with each call.
      tools: (agent.tools ?? []).map(toolSpec),
      ...(agent.defaultThreadId ? { defaultThreadId: agent.defaultThreadId } : {}),
    })),
    memory: memoryOf(main, services.embedder),
    history: historyOf(main),
    ...(main.defaultThreadId ? { defaultThreadId: main.defaultThreadId } : {}),
    // Every agent of the demo with its port, so a multi-agent page can show them side by side.
    ...(demo.agents.length > 1 ? { peers: demo.agents.map((agent) => ({ agentId: agent.id, name: agent.name, port: portOf(agent) })) } : {}),
  };
  router.get('/api/demo', (_req, res) => {
    send(res, demoInfoSchema, body);
  });
  return router;
}
