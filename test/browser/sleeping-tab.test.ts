/**
 * A tab whose WebSocket died without a word — the laptop slept for ten minutes, or the network
 * silently dropped the connection — notices by itself, connects again and shows what other tabs
 * added meanwhile, without a reload.
 *
 * The page talks to the workshop through a TCP proxy (`dropping-proxy.ts`) that can make its
 * socket go silent: no close frame, no FIN, no RST, every byte swallowed — what a NAT or Wi-Fi
 * that forgot the connection does. "Asleep for ten minutes" is simulated without waiting ten
 * minutes: the page is frozen through the DevTools protocol (`Page.setWebLifecycleState`: no
 * script, timer or event of the page runs, as in a suspended laptop or a discarded background
 * tab) while its socket is dropped and another tab of the same attendee sends messages; then it
 * is made active again. That is all a long sleep does to a tab: its code stood still, its
 * connection died unseen, and the conversation went on. The length of the sleep adds nothing once
 * it outlasts every timer of the page: the page stays frozen past its heartbeat's interval, so on
 * waking the heartbeat is overdue and fires at once — as after ten minutes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { HEARTBEAT_DEFAULTS } from '../../web/src/transport/heartbeat';
import { describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, webDist } from './browser';
import { startDroppingProxy, type DroppingProxy } from './dropping-proxy';

const browser = useBrowser();
let server: WorkshopServer;
let proxy: DroppingProxy;

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'], webDist });
  proxy = await startDroppingProxy(server.portBase + 1);
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

/** Longer than the heartbeat's interval: every timer of the page is overdue when it wakes. */
const SLEEP_MS = HEARTBEAT_DEFAULTS.intervalMs + 1_000;
/** A heartbeat interval, its 5 s for an answer, a reconnect and a reload of the thread: generous for CI. */
const NOTICE_WITHIN_MS = 25_000;
/** Once awake: the overdue heartbeat's 5 s for an answer, a reconnect and a reload. */
const CATCH_UP_AFTER_WAKING_MS = HEARTBEAT_DEFAULTS.timeoutMs + 5_000;

async function markNotReloaded(page: Page): Promise<void> {
  await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
}

async function notReloaded(page: Page): Promise<boolean | undefined> {
  return page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded);
}

/** A new attendee's tab on its ticket thread, with one message in it. */
async function openSleeper() {
  const context = await newAttendee(browser());
  const sleeper = await context.newPage();
  const errors = pageErrors(sleeper);
  await openDemo(sleeper, proxy.url);
  await sendAndWait(sleeper, `Opening note ${Date.now()}: the scanner jams on page two.`);
  await markNotReloaded(sleeper);
  return { context, sleeper, errors };
}

async function showsMessage(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="message"][data-role="user"]', { hasText: text }).waitFor({ timeout: NOTICE_WITHIN_MS });
}

describeBrowser('a tab whose socket died silently', () => {
  it('asleep (frozen, socket dropped): wakes, reconnects and shows what other tabs added', { timeout: 90_000 }, async () => {
    const { context, sleeper, errors } = await openSleeper();
    const cdp = await context.newCDPSession(sleeper);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    const fellAsleep = Date.now();
    expect(proxy.dropWebSockets()).toBe(1);
    // The attendee goes on in another tab (opened now, so its socket is a new, working one).
    const other = await context.newPage();
    await openDemo(other, proxy.url);
    const added = [`While you slept ${Date.now()}: the scanner was replaced.`, `And the toner too ${Date.now()}.`];
    for (const text of added) await sendAndWait(other, text);
    await new Promise((r) => setTimeout(r, SLEEP_MS - (Date.now() - fellAsleep)));

    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    const woke = Date.now();
    for (const text of added) await showsMessage(sleeper, text);
    const caughtUpMs = Date.now() - woke;
    console.log(`the woken tab showed what it missed ${caughtUpMs} ms after waking`);
    expect(caughtUpMs).toBeLessThan(CATCH_UP_AFTER_WAKING_MS);
    await sleeper.locator('[data-testid="connection-status"][data-status="open"]').waitFor();
    expect(await notReloaded(sleeper)).toBe(true);
    // The reconnected socket carries live events again: a message from the other tab arrives by itself.
    const live = `Live again ${Date.now()}.`;
    await sendAndWait(other, live);
    await showsMessage(sleeper, live);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('awake, socket dropped by the network: the heartbeat notices, and the tab catches up', { timeout: 90_000 }, async () => {
    const { context, sleeper, errors } = await openSleeper();
    expect(proxy.dropWebSockets()).toBe(1);
    // Sent from outside the page (another device of the same attendee) while its socket is dead.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const text = `Sent from the phone ${Date.now()}.`;
    const sent = await fetch(`${server.url('persistence')}/api/threads/support_ticket_12345/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text }),
    });
    expect(sent.status).toBe(200);
    const dropped = Date.now();
    await showsMessage(sleeper, text);
    console.log(`the tab caught up ${Date.now() - dropped} ms after the message was sent`);
    expect(await notReloaded(sleeper)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
