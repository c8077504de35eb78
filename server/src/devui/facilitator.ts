/**
 * The facilitator's view: a Bearer token (WORKSHOP_ADMIN_TOKEN, or one generated at start),
 * compared in constant time; an overview of every attendee and per-demo counts; one attendee's
 * threads and memories; and "reset this demo".
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { DemoAgentDefinition, DemoDefinition } from '../demo-definition';
import { toRedisError } from '../redis/connection';
import { agentUsersKey } from '../redis/keys';
import { userHistoryPrefix } from '../compose';
import type { DevuiServices } from './context';
import { HttpError } from './errors';
import { defaultDisplayName } from './identity';
import { toWireMemory } from './wire';
import type { WireMemory } from '../contracts/ws';
import type { AdminOverview, AttendeeDetail, AttendeeOverview, DemoCounts, ResetResult } from '../contracts/http';

/** Holds the token; `generated` tells main.ts to print it. */
export class Facilitator {
  readonly token: string;
  readonly generated: boolean;
  private readonly digest: Buffer;

  constructor(token?: string) {
    this.generated = !token;
    this.token = token ?? randomBytes(18).toString('base64url');
    this.digest = sha256(this.token);
  }

  /** Constant-time check (both sides hashed first, so their lengths match). */
  accepts(candidate: string | undefined): boolean {
    if (!candidate) return false;
    return timingSafeEqual(sha256(candidate), this.digest);
  }

  /** Express middleware: 401 unless `Authorization: Bearer <token>` is right. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!this.accepts(match?.[1]?.trim())) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="workshop facilitator"');
        return next(
          new HttpError('unauthorized', 'the facilitator API needs Authorization: Bearer <token> (WORKSHOP_ADMIN_TOKEN, or the token printed at start)'),
        );
      }
      next();
    };
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Users who used an agent (the SET kept by the turn runner). */
async function agentUsers(services: DevuiServices, agent: DemoAgentDefinition): Promise<string[]> {
  try {
    return await services.client.smembers(agentUsersKey(agent.id, services.namespace));
  } catch (err) {
    throw toRedisError(err, 'listing the attendees of an agent');
  }
}

async function memoryCount(services: DevuiServices, agent: DemoAgentDefinition, userId: string): Promise<number> {
  const view = await services.runtime.memoryView(agent, { userId });
  return (await view.searchAll({ limit: 10_000 })).length;
}

/** Every attendee and every demo, with counts. */
export async function overview(services: DevuiServices): Promise<AdminOverview> {
  const names = await services.identity.attendees();
  const people = new Map<string, AttendeeOverview>();
  const person = (userId: string) => {
    let entry = people.get(userId);
    if (!entry) {
      entry = { userId, displayName: names.get(userId) ?? defaultDisplayName(userId), demos: {} };
      people.set(userId, entry);
    }
    return entry;
  };
  for (const userId of names.keys()) person(userId);

  const demos: DemoCounts[] = [];
  for (const demo of services.demos) {
    const counts: DemoCounts = { id: demo.id, port: services.portBase + Math.min(...demo.agents.map((a) => a.portOffset)), attendees: 0, threads: 0, memories: 0 };
    const users = new Set<string>();
    for (const agent of demo.agents) {
      for (const userId of await agentUsers(services, agent)) {
        users.add(userId);
        const [threads, memories] = await Promise.all([
          services.registry.count(userHistoryPrefix(agent, userId)),
          memoryCount(services, agent, userId),
        ]);
        const mine = (person(userId).demos[demo.id] ??= { threads: 0, memories: 0 });
        mine.threads += threads;
        mine.memories += memories;
        counts.threads += threads;
        counts.memories += memories;
      }
    }
    counts.attendees = users.size;
    demos.push(counts);
  }
  return { demos, attendees: [...people.values()] };
}

/** One attendee's threads and memories in `demo`; 404 for an unknown user. */
export async function attendeeDetail(services: DevuiServices, demo: DemoDefinition, userId: string): Promise<AttendeeDetail> {
  const names = await services.identity.attendees();
  if (!names.has(userId)) throw new HttpError('not_found', `no attendee ${JSON.stringify(userId.slice(0, 40))}`);
  const threads: AttendeeDetail['threads'] = [];
  const memories: WireMemory[] = [];
  for (const agent of demo.agents) {
    for (const thread of await services.registry.list(userHistoryPrefix(agent, userId))) threads.push({ ...thread, agentId: agent.id });
    const view = await services.runtime.memoryView(agent, { userId });
    for (const record of await view.searchAll({ limit: 1000 })) memories.push(toWireMemory(record));
  }
  return { userId, displayName: names.get(userId) ?? defaultDisplayName(userId), threads, memories };
}

/** Deletes every attendee's threads and memories of `demo`. */
export async function resetDemo(services: DevuiServices, demo: DemoDefinition): Promise<ResetResult> {
  let deletedThreads = 0;
  let deletedMemories = 0;
  const counted = new Set<string>();
  for (const agent of demo.agents) {
    const users = await agentUsers(services, agent);
    for (const userId of users) {
      deletedThreads += await services.registry.removeAll(userHistoryPrefix(agent, userId));
    }
    // Agents of one demo may share an index; the scope (application + agent) keeps this to the agent.
    const key = `${agent.memory.prefix}\u0000${agent.id}`;
    if (!counted.has(key)) {
      counted.add(key);
      deletedMemories += await (await services.runtime.memoryView(agent)).forgetAll();
    }
    try {
      await services.client.del(agentUsersKey(agent.id, services.namespace));
    } catch (err) {
      throw toRedisError(err, 'resetting the attendee list');
    }
    for (const userId of users) {
      void services.live.publish({ userId, agentId: agent.id, frame: { type: 'memory.cleared', agentId: agent.id } });
    }
  }
  return { deletedThreads, deletedMemories };
}
