/** The built UI: index.html for every SPA page, assets as files, the API next to it. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';

let server: WorkshopServer;
const dist = mkdtempSync(join(tmpdir(), 'workshop-dist-'));

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>workshop test page</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app");');
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['multi-agent'], webDist: dist });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('web UI', () => {
  it('serves index.html for /, /side-by-side and /facilitator, with an identity cookie', async () => {
    for (const path of ['/', '/side-by-side', '/facilitator']) {
      const res = await fetch(server.url('multi-agent') + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('workshop test page');
      expect(res.headers.get('set-cookie')).toMatch(/^workshop_uid=/);
    }
  });

  it('serves assets, and unknown files are still a JSON 404', async () => {
    const asset = await fetch(server.url(3) + '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain('console.log');
    const missing = await fetch(server.url(3) + '/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
    expect((await fetch(server.url(3) + '/api/demo')).status).toBe(200);
  });

  it('answers a folder of the build (/assets) with the JSON 404, not an HTML redirect', async () => {
    for (const path of ['/assets', '/assets/']) {
      const res = await fetch(server.url(3) + path, { redirect: 'manual' });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      expect(((await res.json()) as { error: { code: string } }).error.code, path).toBe('route_not_found');
    }
  });
});
