/**
 * The persistence demo (8001) survives a real restart: the server child process is stopped
 * (SIGTERM, as Ctrl+C) and started again on the same data and port, and the open page
 * reconnects by itself and shows the same conversation, read back from Redis.
 */
import { afterAll, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, screenshot, sendAndWait, shownMessages, useBrowser } from './browser';

const browser = useBrowser();
let server: WorkshopServer | undefined;

afterAll(async () => {
  await server?.stop();
});

describeBrowser('persistence demo in Chromium', () => {
  it('keeps support_ticket_12345 across a real server restart and reconnects by itself', { timeout: 90_000 }, async () => {
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'] });
    const { namespace, portBase } = server;
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('persistence'));
    // A new attendee lands in the demo's ticket thread.
    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_12345"][data-active="true"]').waitFor({ state: 'attached' });

    await sendAndWait(page, 'Hi, my router keeps rebooting every hour.');
    await sendAndWait(page, "What's the status of ticket 12345?");
    const before = await shownMessages(page);
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(before.every((m) => m.id && m.text)).toBe(true);
    await page.locator('[data-testid="tab-history"]').click();
    // `chat_messages:{agent}:{user}:{thread}`, under this test's namespace (once read from the server).
    const keyPattern = new RegExp(`^${namespace}_chat_messages:support_agent:u_[0-9a-f]{16}:support_ticket_12345$`);
    const key = await page.locator('[data-testid="history-key"]', { hasText: keyPattern }).innerText();
    expect(key).toMatch(keyPattern);
    await page.locator('[data-testid="history-length"]', { hasText: String(before.length) }).waitFor();
    await page.evaluate(() => ((globalThis as unknown as { noReload: boolean }).noReload = true));

    // A real stop: the child process exits, the port closes.
    await server.stop();
    expect(server.child?.exitCode).toBe(0);
    await expect(fetch(server.url('persistence') + '/api/health')).rejects.toThrow();
    await page.locator('[data-testid="banner-reconnecting"]', { hasText: 'server restarting — reconnecting' }).waitFor();
    await page.locator('[data-testid="connection-status"]:not([data-status="open"])').waitFor();

    server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'], namespace, portBase });
    const resumed = page.locator('[data-testid="banner-resumed"]');
    await resumed.waitFor({ timeout: 30_000 });
    expect((await resumed.innerText()).replace(/\s+/g, ' ')).toContain(`resumed ${before.length} messages from Redis key ${key}`);
    await page.locator('[data-testid="banner-reconnecting"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="connection-status"][data-status="open"]').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { noReload?: boolean }).noReload)).toBe(true);

    // Requests that failed while the server was away are covered by the banners, not reported as errors.
    expect(await page.locator('[data-testid="banner-notice"]').allInnerTexts()).toEqual([]);
    const after = await shownMessages(page);
    expect(after).toEqual(before);
    await page.locator('[data-testid="history-length"]', { hasText: String(before.length) }).waitFor();
    // The History panel re-reads the LIST once reconnected: no leftover error from the outage.
    await page.locator('[data-testid="history-panel"] .error-text').waitFor({ state: 'detached' });
    await page.locator('[data-testid="history-raw"] > li').nth(before.length - 1).waitFor();
    await screenshot(page, 'persistence');

    // The restarted server answers the same conversation for a fresh load too (same cookie, same key).
    await openDemo(page, server.url('persistence') + '/?thread=support_ticket_12345');
    await page.locator('[data-testid="message"]').nth(before.length - 1).waitFor();
    expect(await shownMessages(page)).toEqual(before);
    // And the conversation goes on where it stopped.
    await sendAndWait(page, 'Thanks, it works again.');
    expect(await shownMessages(page)).toHaveLength(before.length + 2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
