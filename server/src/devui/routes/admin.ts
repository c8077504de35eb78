/** Facilitator routes (Bearer token): overview, one attendee, reset this demo. */
import { Router } from 'express';
import { adminOverviewSchema, attendeeDetailSchema, resetAnswerSchema, resetBodySchema } from '../../contracts/http';
import type { PortContext } from '../context';
import { HttpError } from '../errors';
import { attendeeDetail, overview, resetDemo } from '../facilitator';
import { send } from '../wire';

/** `/api/admin/…`: the facilitator's overview, one attendee, and the reset of a demo (Bearer token). */
export function adminRoutes(ctx: PortContext): Router {
  const router = Router();
  const { services, demo } = ctx;
  router.use('/api/admin', services.facilitator.middleware());

  router.get('/api/admin/overview', async (_req, res) => {
    send(res, adminOverviewSchema, await overview(services));
  });

  router.get('/api/admin/attendees/:userId', async (req, res) => {
    send(res, attendeeDetailSchema, await attendeeDetail(services, req.params.userId));
  });

  router.post('/api/admin/reset', async (req, res) => {
    const { confirm } = resetBodySchema.parse(req.body ?? {});
    if (confirm !== demo.id) {
      throw new HttpError('confirmation_required', `resetting deletes every attendee's threads and memories of this demo: send {"confirm": "${demo.id}"} to go ahead`);
    }
    const result = await resetDemo(services, demo);
    services.logger.warn({ event: 'reset', demo: demo.id, ...result }, 'facilitator reset a demo');
    send(res, resetAnswerSchema, result);
  });
  return router;
}
