/** The Express app of one demo port: identity, the JSON API of DESIGN §6, the built UI, JSON errors. */
import express, { type Express } from 'express';
import { WORKER_HEADER, type PortContext } from './context';
import { errorHandler, HttpError, notFoundHandler } from './errors';
import { adminRoutes } from './routes/admin';
import { openAICompatRoutes, openAIErrorHandler } from './routes/openai-compat';
import { demoRoutes } from './routes/demo';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { memoryRoutes } from './routes/memories';
import { redisViewRoutes } from './routes/redis-view';
import { threadRoutes } from './routes/threads';
import { webUiRoutes } from './routes/web-ui';
import { securityHeaders } from './security-headers';

/** Largest JSON body accepted: a MAX_MESSAGE_CHARS message in any script fits with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The Express app of one demo port: identity, the JSON API, the built UI, and JSON errors. */
export function createDemoApp(ctx: PortContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const { worker } = ctx.services;
  // Several processes answer on one port: say which one did (load balancing checks, bug reports).
  if (worker !== undefined) {
    app.use((_req, res, next) => {
      res.setHeader(WORKER_HEADER, String(worker));
      next();
    });
  }
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  // A body that express.json() skipped (text/plain, a form, no Content-Type) would reach the
  // routes as `undefined` and come back as a puzzling 400 "expected object"; say what is wrong.
  app.use((req, _res, next) => {
    const hasBody = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
    if (req.body === undefined && hasBody && ['POST', 'PUT', 'PATCH'].includes(req.method)) {
      return next(new HttpError('unsupported_media_type', 'send the request body as JSON with Content-Type: application/json'));
    }
    next();
  });
  // A /v1 body that is not JSON fails before the /v1 routes: it still gets an OpenAI-style error.
  app.use('/v1', openAIErrorHandler(ctx));
  // Every answer (nosniff among them): the side-by-side page may frame the other demo ports.
  app.use(securityHeaders(workshopPorts(ctx)));
  // Health first: a monitor probing it needs no cookie.
  app.use(healthRoutes(ctx));
  app.use(adminRoutes(ctx));
  // Bearer API keys, not cookies: the attendee's own code, through the openai SDK.
  app.use(openAICompatRoutes(ctx));
  app.use(ctx.services.identity.middleware());
  app.use(demoRoutes(ctx));
  app.use(meRoutes(ctx));
  app.use(threadRoutes(ctx));
  app.use(memoryRoutes(ctx));
  app.use(redisViewRoutes(ctx));
  app.use(webUiRoutes(ctx.services.webDist));
  app.use(notFoundHandler);
  app.use(errorHandler((err) => ctx.services.logger.error({ err }, 'unexpected error while answering a request')));
  return app;
}

/** Every port this workshop listens on (each demo agent's). */
function workshopPorts(ctx: PortContext): number[] {
  const { services } = ctx;
  return [...new Set(services.demos.flatMap((demo) => demo.agents.map((agent) => services.portBase + agent.portOffset)))].sort((a, b) => a - b);
}
