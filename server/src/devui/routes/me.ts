/** `GET /api/me`, `PATCH /api/me {displayName}`: the caller's identity. */
import { Router } from 'express';
import { meSchema, updateMeBodySchema } from '../../contracts/http';
import type { PortContext } from '../context';
import { userIdOf } from '../identity';
import { send } from '../wire';

/** `GET /api/me`, `PATCH /api/me`. */
export function meRoutes(ctx: PortContext): Router {
  const router = Router();
  const { identity } = ctx.services;
  router.get('/api/me', async (_req, res) => {
    const userId = userIdOf(res);
    send(res, meSchema, { userId, displayName: await identity.displayName(userId), apiKey: identity.apiKeyFor(userId) });
  });
  router.patch('/api/me', async (req, res) => {
    const userId = userIdOf(res);
    const { displayName } = updateMeBodySchema.parse(req.body);
    send(res, meSchema, { userId, displayName: await identity.setDisplayName(userId, displayName), apiKey: identity.apiKeyFor(userId) });
  });
  return router;
}
