/** `GET /api/me`, `PATCH /api/me {displayName}`: the caller's identity. */
import { Router } from 'express';
import { z } from 'zod';
import type { PortContext } from '../context';
import { displayNameSchema, userIdOf } from '../identity';

const patchSchema = z.object({ displayName: displayNameSchema });

export function meRoutes(ctx: PortContext): Router {
  const router = Router();
  const { identity } = ctx.services;
  router.get('/api/me', async (_req, res) => {
    const userId = userIdOf(res);
    res.json({ userId, displayName: await identity.displayName(userId) });
  });
  router.patch('/api/me', async (req, res) => {
    const userId = userIdOf(res);
    const { displayName } = patchSchema.parse(req.body);
    res.json({ userId, displayName: await identity.setDisplayName(userId, displayName) });
  });
  return router;
}
