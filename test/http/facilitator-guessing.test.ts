/** Guessing the facilitator token: a few wrong tries per minute from one address, then 429 with Retry-After. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WRONG_TOKENS_PER_MINUTE } from '../../server/src/devui/facilitator';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';

let server: WorkshopServer;
beforeAll(async () => {
  // A server of its own: the address is turned away for a minute afterwards.
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'] });
});
afterAll(async () => {
  await server?.stop();
});

const overview = (token: string) => fetch(`${server.url('preferences')}/api/admin/overview`, { headers: { authorization: `Bearer ${token}` } });

it('turns an address away after repeated wrong tokens, even with the right one, and says for how long', async () => {
  expect((await overview(server.adminToken)).status).toBe(200);
  for (let i = 0; i < WRONG_TOKENS_PER_MINUTE; i++) {
    const wrong = await overview(`guess-number-${i}`);
    expect(wrong.status).toBe(401);
  }
  // Past the limit the address is turned away, even with the right token, until its minute ends.
  for (const token of ['one-more-guess', server.adminToken]) {
    const refused = await overview(token);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  }
  // The attendee API is not affected.
  expect((await fetch(`${server.url('preferences')}/api/demo`)).status).toBe(200);
});
