/**
 * A room restart resumes fast: after the server comes back (Ctrl+C, `npm start`), the open page is
 * connected again within about a second of the server answering, instead of waiting out the
 * socket's backoff (up to 10 s). While the server is away the banner offers "Reconnect now".
 */
import { afterAll, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, useBrowser, webDist } from './browser';

const browser = useBrowser();
let server: WorkshopServer | undefined;

afterAll(async () => {
  await server?.stop();
});

/** Target 1 s; the margin is for slow CI machines. */
const RESUME_LIMIT_MS = 1_500;

// Runs in the page: stamps the moment the status dot turns open (the page's clock is the machine's).
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null; body: unknown };
declare const MutationObserver: new (cb: () => void) => { observe(target: unknown, options: object): void };

describeBrowser('room restart in Chromium', () => {
  it('is connected again within a second of the restarted server answering', { timeout: 90_000 }, async () => {
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'], webDist });
    const { namespace, portBase } = server;
    const healthUrl = server.url('persistence') + '/api/health';
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('persistence'));

    await server.stop();
    await page.locator('[data-testid="connection-status"]:not([data-status="open"])').waitFor();
    const reconnectNow = page.locator('[data-testid="banner-reconnecting"] [data-testid="reconnect-now"]');
    await reconnectNow.waitFor({ state: 'visible' });
    // Pressed while the server is still away: one more failed attempt, nothing breaks.
    await reconnectNow.click();
    // Let the socket's backoff grow past the target, as in a real restart that takes seconds.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await reconnectNow.isVisible()).toBe(true);

    await page.evaluate(() => {
      const w = globalThis as unknown as { openAt?: number };
      const observer = new MutationObserver(() => {
        if (w.openAt === undefined && document.querySelector('[data-testid="connection-status"]')?.getAttribute('data-status') === 'open') w.openAt = Date.now();
      });
      observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
    });

    // The start is not awaited: the first 200 of /api/health is the moment the server is back.
    const restart = startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'], namespace, portBase, webDist });
    let answeredAt: number | undefined;
    const deadline = Date.now() + 60_000;
    while (answeredAt === undefined && Date.now() < deadline) {
      try {
        const res = await fetch(healthUrl, { signal: AbortSignal.timeout(1_000) });
        if (res.status === 200) answeredAt = Date.now();
      } catch {
        // Still down.
      }
      if (answeredAt === undefined) await new Promise((r) => setTimeout(r, 25));
    }
    server = await restart;
    expect(answeredAt).toBeDefined();

    await page.locator('[data-testid="connection-status"][data-status="open"]').waitFor({ timeout: 15_000 });
    const openAt = await page.evaluate(() => (globalThis as unknown as { openAt?: number }).openAt);
    expect(openAt).toBeDefined();
    const resumeMs = openAt! - answeredAt!;
    console.log(`resumed ${resumeMs} ms after /api/health first answered 200`);
    expect(resumeMs).toBeLessThan(RESUME_LIMIT_MS);
    await page.locator('[data-testid="reconnect-now"]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
