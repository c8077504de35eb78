/** What every route and socket of the DevUI needs: the process-wide services and the port's demo. */
import type { Logger } from 'pino';
import type { ChatModel } from '../agents/types';
import type { WorkshopRuntime } from '../compose';
import type { DemoAgentDefinition, DemoDefinition } from '../demo-definition';
import { WorkshopError } from '../errors';
import type { EngineName } from '../memory/types';
import type { RedisClient } from '../redis/connection';
import type { RedisCapabilities } from '../redis/probe';
import type { Facilitator } from './facilitator';
import type { Identity } from './identity';
import type { LiveEvents } from './live-events';
import type { RedisStatusWatcher } from './redis-status';
import type { ThreadRegistry } from './thread-registry';
import type { RoomLimits } from './room-limits';

/** Names the worker process (`--workers`) that answered a request or accepted a WebSocket. */
export const WORKER_HEADER = 'X-Workshop-Worker';

/** Shared by every port of one process. */
export interface DevuiServices {
  runtime: WorkshopRuntime;
  client: RedisClient;
  capabilities: RedisCapabilities;
  model: Pick<ChatModel, 'provider' | 'model'>;
  /** The embedder behind hybrid search; none = text search only. */
  embedder?: { name: string; dimensions: number };
  /** Model problems found at start that did not stop it (an unreachable embedding deployment). */
  modelWarnings?: string[];
  /** The memory engine in use (reported in health, the UI and the turn log). */
  engine: EngineName;
  identity: Identity;
  registry: ThreadRegistry;
  live: LiveEvents;
  status: RedisStatusWatcher;
  facilitator: Facilitator;
  /** How many turns may run and sockets stay open (per attendee, per address, per process); see room-limits.ts. */
  limits: RoomLimits;
  logger: Logger;
  /** Every demo this process knows (the facilitator overview covers them all). */
  demos: DemoDefinition[];
  /** WORKSHOP_PORT_BASE: a demo agent listens on portBase + portOffset. */
  portBase: number;
  /** Namespace of the DevUI keys (`workshop`; tests pass their own). */
  namespace?: string;
  /** The built UI (`web/dist`); absent or unbuilt = API only. */
  webDist?: string;
  /** This process's number among several workers on the same ports (`--workers`); sent as `X-Workshop-Worker`. Absent when it runs alone. */
  worker?: number;
}

/** One listening port: the demo and the agent(s) it serves. */
export interface PortContext {
  services: DevuiServices;
  demo: DemoDefinition;
  port: number;
  /** The agents this port serves (multi-agent: one per port). */
  agents: DemoAgentDefinition[];
}

/**
 * The agent a request means: `agentId` when given (it must be one this port serves, else 404),
 * otherwise the port's first agent.
 */
export function agentFor(ctx: PortContext, agentId?: string): DemoAgentDefinition {
  if (agentId === undefined || agentId === '') return ctx.agents[0];
  const agent = ctx.agents.find((a) => a.id === agentId);
  if (!agent) {
    throw new WorkshopError('not_found', `port ${ctx.port} serves no agent ${JSON.stringify(agentId)}; it serves ${ctx.agents.map((a) => a.id).join(', ')}`);
  }
  return agent;
}
