/**
 * `GET /api/health`: Redis connection, engine and model. `degraded` (503) while Redis is
 * unreachable; `busy` (200) while the server is at its bound of running turns or reads Redis'
 * answers late — Redis is fine then, so pages show no outage banner.
 */
import { Router } from 'express';
import { healthSchema } from '../../contracts/http';
import type { PortContext } from '../context';
import { send } from '../wire';

/** `GET /api/health`. */
export function healthRoutes(ctx: PortContext): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    const { slow, ...redis } = await ctx.services.status.check();
    const { provider, model } = ctx.services.model;
    const embedder = ctx.services.embedder ?? null;
    const warnings = ctx.services.modelWarnings ?? [];
    const turns = ctx.services.limits.load();
    const status = !redis.connected ? 'degraded' : slow || turns.saturated ? 'busy' : 'ok';
    const body = { status, redis, turns, model: { provider, model, embedder, ...(warnings.length ? { warnings } : {}) } } as const;
    send(res, healthSchema, body, redis.connected ? 200 : 503);
  });
  return router;
}
