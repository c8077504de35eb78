/**
 * The built UI (`web/dist`): its assets, and index.html for the SPA's pages. Checked per request,
 * so a UI built after the server started is served without a restart; when there is none the
 * pages answer a JSON 404 that says how to build it, and the API works as usual.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { HttpError } from '../errors';

/** Paths that are pages of the single-page app. */
export const SPA_PAGES = ['/', '/side-by-side', '/facilitator'];

/** The built pages (`/`, `/side-by-side`, `/facilitator`) and their assets; a JSON 404 while the UI is not built. */
export function webUiRoutes(webDist: string | undefined): Router {
  const router = Router();
  if (!webDist) return router;
  const index = join(webDist, 'index.html');
  router.get(SPA_PAGES, (_req, res, next) => {
    if (!existsSync(index)) {
      return next(new HttpError('ui_not_built', 'the web UI is not built yet: run "npm run build" (npm start does it for you)'));
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  // redirect: false: `/assets` (a folder) would otherwise answer an HTML 301 to `/assets/`; it gets the JSON 404.
  router.use(express.static(webDist, { index: false, fallthrough: true, redirect: false }));
  return router;
}
