/** `GET /api/health`: Redis connection, engine and model; 503 while Redis is unreachable. */
import { Router } from 'express';
import { healthSchema } from '../../contracts/http';
import type { PortContext } from '../context';
import { send } from '../wire';

/** `GET /api/health`. */
export function healthRoutes(ctx: PortContext): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    const redis = await ctx.services.status.check();
    const { provider, model } = ctx.services.model;
    const embedder = ctx.services.embedder ?? null;
    const warnings = ctx.services.modelWarnings ?? [];
    const body = { status: redis.connected ? 'ok' : 'degraded', redis, model: { provider, model, embedder, ...(warnings.length ? { warnings } : {}) } } as const;
    send(res, healthSchema, body, redis.connected ? 200 : 503);
  });
  return router;
}
