/**
 * Redis goes away while an attendee has the page open: the tab shows the Redis banner, the
 * server stays up (health 503), a message sent meanwhile is refused and marked, and when Redis is
 * back the banner and the outage's notices go and chatting works again — with no reload.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../redis-process';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { describeBrowser, newAttendee, openDemo, sendAndWait, UI_TIMEOUT_MS, useBrowser, webDist } from './browser';

const browser = useBrowser();
let redis: TestRedis;
let server: WorkshopServer;

beforeAll(async () => {
  // A Redis of its own: the shared test server must not go down under other files.
  redis = await startTestRedis();
  server = await startWorkshopServer({ redisUrl: redis.url, demos: ['preferences'], webDist });
});
afterAll(async () => {
  await server?.stop();
  await redis?.stop();
});

describeBrowser('a Redis outage in Chromium', () => {
  it('shows the banner while Redis is down and heals by itself', { timeout: 60_000 }, async () => {
    const page = await (await newAttendee(browser())).newPage();
    await openDemo(page, server.url('preferences'));
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    await sendAndWait(page, 'My name is Zed.');

    const port = redis.port;
    await redis.stop();
    await page.locator('[data-testid="banner-redis-down"]').waitFor({ timeout: UI_TIMEOUT_MS });
    expect((await fetch(`${server.url('preferences')}/api/health`)).status).toBe(503);
    // A message sent meanwhile is refused with a reason, and marked as not sent.
    const input = page.locator('[data-testid="composer-input"]');
    await input.fill('Do you still remember me?');
    await input.press('Enter');
    await page.locator('[data-testid="banner-notice"]', { hasText: /redis/i }).waitFor();
    await page.locator('[data-testid="message"][data-role="user"]', { hasText: 'Do you still remember me?' }).locator('text=not sent').waitFor();

    redis = await startTestRedis(undefined, { port });
    await page.locator('[data-testid="banner-redis-down"]').waitFor({ state: 'detached', timeout: 20_000 });
    // What went wrong because Redis was down is not news any more: those notices go with the banner.
    await page.locator('[data-testid="banner-notice"]', { hasText: /redis/i }).waitFor({ state: 'detached' });
    expect((await fetch(`${server.url('preferences')}/api/health`)).status).toBe(200);
    // The restarted Redis is empty (the test server keeps no data), so the agent learns anew.
    const reply = await sendAndWait(page, 'My name is Zoe.');
    expect(reply).toContain('Zoe');
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});
