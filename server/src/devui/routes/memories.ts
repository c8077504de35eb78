/**
 * The caller's long-term memories with this port's agent: list or search (ranked by the
 * engine), edit, forget one, forget all. Another user's memory id is simply not in the caller's
 * scope, so it answers 404 like an unknown one.
 */
import { Router, type Response } from 'express';
import { z } from 'zod';
import { WorkshopError } from '../../errors';
import { agentFor, type PortContext } from '../context';
import { userIdOf } from '../identity';
import { hitToWire, toWireMemory } from '../wire';

const listQuery = z.object({
  q: z.string().max(1000).optional(),
  agentId: z.string().max(100).optional(),
  /** Per-thread demos: only this thread's memories. */
  threadId: z.string().max(128).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const scopeQuery = z.object({ agentId: z.string().max(100).optional(), threadId: z.string().max(128).optional() });
const editSchema = z.object({ text: z.string({ error: 'text is required (the new memory text)' }), agentId: z.string().max(100).optional() });
const memoryIdParam = z.string().min(1).max(200);

function notFound(id: string): WorkshopError {
  return new WorkshopError('not_found', `no memory ${JSON.stringify(id.slice(0, 60))} of yours here`);
}

export function memoryRoutes(ctx: PortContext): Router {
  const router = Router();
  const { services } = ctx;
  const viewFor = async (res: Response, agentId?: string, threadId?: string) => {
    const agent = agentFor(ctx, agentId);
    return { agent, view: await services.runtime.memoryView(agent, { userId: userIdOf(res), threadId: threadId || undefined }) };
  };

  router.get('/api/memories', async (req, res) => {
    const query = listQuery.parse(req.query);
    const { view } = await viewFor(res, query.agentId, query.threadId);
    const q = query.q?.trim();
    const items = q
      ? (await view.search(q, { limit: query.limit ?? 20 })).map(hitToWire)
      : (await view.searchAll({ limit: query.limit ?? 500 })).map((record) => toWireMemory(record));
    res.json({ engine: services.engine, items });
  });

  router.patch('/api/memories/:id', async (req, res) => {
    const id = memoryIdParam.parse(req.params.id);
    const input = editSchema.parse(req.body);
    const { agent, view } = await viewFor(res, input.agentId ?? scopeQuery.parse(req.query).agentId);
    if (!(await view.get(id))) throw notFound(id);
    const record = await view.update(id, input.text);
    const memory = toWireMemory(record);
    void services.live.publish({ userId: userIdOf(res), agentId: agent.id, frame: { type: 'memory.updated', agentId: agent.id, memory } });
    res.json({ memory });
  });

  router.delete('/api/memories/:id', async (req, res) => {
    const id = memoryIdParam.parse(req.params.id);
    const { agent, view } = await viewFor(res, scopeQuery.parse(req.query).agentId);
    // A fact goes with the statements it came from, so no panel (and no prompt) keeps stating it.
    const deleted = await view.forgetWithSources(id);
    if (deleted.length === 0) throw notFound(id);
    for (const gone of deleted) void services.live.publish({ userId: userIdOf(res), agentId: agent.id, frame: { type: 'memory.deleted', agentId: agent.id, id: gone } });
    res.status(204).end();
  });

  router.delete('/api/memories', async (req, res) => {
    const query = scopeQuery.parse(req.query);
    const { agent, view } = await viewFor(res, query.agentId, query.threadId);
    const deleted = await view.forgetAll();
    void services.live.publish({ userId: userIdOf(res), agentId: agent.id, frame: { type: 'memory.cleared', agentId: agent.id } });
    res.json({ deleted });
  });

  return router;
}
