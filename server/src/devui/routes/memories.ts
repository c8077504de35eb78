/**
 * The caller's long-term memories with this port's agent: list or search (ranked by the
 * engine), edit, forget one, forget all. Another user's memory id is simply not in the caller's
 * scope, so it answers 404 like an unknown one.
 */
import { Router, type Response } from 'express';
import {
  deletedMemoriesSchema,
  memoryAnswerSchema,
  memoryIdSchema,
  memoryListQuerySchema,
  memoryListSchema,
  memoryScopeQuerySchema,
  updateMemoryBodySchema,
} from '../../contracts/http';
import { WorkshopError } from '../../errors';
import { releaseAgentUser } from '../agent-users';
import { agentFor, type PortContext } from '../context';
import { userIdOf } from '../identity';
import { hitToWire, send, toWireMemory } from '../wire';

function notFound(id: string): WorkshopError {
  return new WorkshopError('not_found', `no memory ${JSON.stringify(id.slice(0, 60))} of yours here`);
}

/** `/api/memories…`: list, search, edit and forget the caller's memories. */
export function memoryRoutes(ctx: PortContext): Router {
  const router = Router();
  const { services } = ctx;
  const viewFor = async (res: Response, agentId?: string, threadId?: string) => {
    const agent = agentFor(ctx, agentId);
    return { agent, view: await services.runtime.memoryView(agent, { userId: userIdOf(res), threadId: threadId || undefined }) };
  };

  router.get('/api/memories', async (req, res) => {
    const query = memoryListQuerySchema.parse(req.query);
    const { view } = await viewFor(res, query.agentId, query.threadId);
    const q = query.q?.trim();
    const items = q
      ? (await view.search(q, { limit: query.limit ?? 20 })).map(hitToWire)
      : (await view.searchAll({ limit: query.limit ?? 500 })).map((record) => toWireMemory(record));
    send(res, memoryListSchema, { engine: services.engine, items });
  });

  router.patch('/api/memories/:id', async (req, res) => {
    const id = memoryIdSchema.parse(req.params.id);
    const input = updateMemoryBodySchema.parse(req.body);
    const { agent, view } = await viewFor(res, input.agentId ?? memoryScopeQuerySchema.parse(req.query).agentId);
    if (!(await view.get(id))) throw notFound(id);
    const record = await view.update(id, input.text);
    const memory = toWireMemory(record);
    void services.live.publish({ userId: userIdOf(res), agentId: agent.id, frame: { type: 'memory.updated', agentId: agent.id, memory } });
    send(res, memoryAnswerSchema, { memory });
  });

  router.delete('/api/memories/:id', async (req, res) => {
    const id = memoryIdSchema.parse(req.params.id);
    const { agent, view } = await viewFor(res, memoryScopeQuerySchema.parse(req.query).agentId);
    // A fact goes with the statements it came from, so no panel (and no prompt) keeps stating it.
    const deleted = await view.forgetWithSources(id);
    if (deleted.length === 0) throw notFound(id);
    await releaseAgentUser(services, agent, userIdOf(res));
    for (const gone of deleted) void services.live.publish({ userId: userIdOf(res), agentId: agent.id, frame: { type: 'memory.deleted', agentId: agent.id, id: gone } });
    res.status(204).end();
  });

  router.delete('/api/memories', async (req, res) => {
    const query = memoryScopeQuerySchema.parse(req.query);
    const { agent, view } = await viewFor(res, query.agentId, query.threadId);
    const deleted = await view.forgetAll();
    await releaseAgentUser(services, agent, userIdOf(res));
    void services.live.publish({ userId: userIdOf(res), agentId: agent.id, frame: { type: 'memory.cleared', agentId: agent.id } });
    send(res, deletedMemoriesSchema, { deleted });
  });

  return router;
}
