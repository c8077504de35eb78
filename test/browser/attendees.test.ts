/**
 * Two attendees (two browser contexts, two cookies) on the same server: the second sees none of
 * the first one's threads or memories, even when choosing the same thread id. The facilitator
 * view then sees both of them.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, memoryTexts, newAttendee, openDemo, pageErrors, screenshot, sendAndWait, shownMessages, useBrowser, waitForMemory, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), webDist });

async function rename(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="display-name"]').click();
  await page.locator('[data-testid="display-name-input"]').fill(name);
  await page.locator('[data-testid="display-name-save"]').click();
  await page.locator('[data-testid="display-name"]', { hasText: name }).waitFor();
}

async function threadIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="thread-item"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-thread-id') ?? ''));
}

const me = (page: Page) => page.evaluate(() => fetch('/api/me').then((r) => r.json() as Promise<{ userId: string; displayName: string }>));

describeBrowser('two attendees in Chromium', () => {
  it("shows a second attendee none of the first one's threads or memories", { timeout: 60_000 }, async () => {
    const carolContext = await newAttendee(browser());
    const carol = await carolContext.newPage();
    const errors = [pageErrors(carol)];
    await openDemo(carol, server.url('preferences'));
    await rename(carol, 'Carol');
    await sendAndWait(carol, "I'm Carol, I'm allergic to peanuts and I love jazz");
    await carol.locator('[data-testid="new-thread-input"]').fill('secret_plans');
    await carol.locator('[data-testid="new-thread-button"]').click();
    await carol.locator('[data-testid="thread-item"][data-thread-id="secret_plans"][data-active="true"]').waitFor();
    await sendAndWait(carol, 'remember that my locker code is 4321');
    await waitForMemory(carol, /Carol/);
    await waitForMemory(carol, /peanut/i);
    const carolThreads = await threadIds(carol);
    expect(carolThreads).toHaveLength(2);
    const carolMemoryId = await carol.locator('[data-testid="memory-item"][data-kind="fact"]').first().getAttribute('data-memory-id');
    expect(carolMemoryId).toBeTruthy();
    const persistence = await carolContext.newPage();
    await openDemo(persistence, server.url('persistence'));
    await sendAndWait(persistence, 'Carol here: my printer is on fire.');

    const daveContext = await newAttendee(browser());
    const dave = await daveContext.newPage();
    errors.push(pageErrors(dave));
    await openDemo(dave, server.url('preferences'));
    await rename(dave, 'Dave');
    expect((await me(dave)).userId).not.toBe((await me(carol)).userId);
    await dave.locator('[data-testid="memory-empty"]').waitFor();
    expect(await memoryTexts(dave)).toEqual([]);
    const daveThreads = await threadIds(dave);
    expect(daveThreads).toHaveLength(1);
    expect(daveThreads.some((id) => carolThreads.includes(id))).toBe(false);
    expect(await shownMessages(dave)).toEqual([]);

    const reply = await sendAndWait(dave, "what's my name?");
    expect(reply).not.toMatch(/Carol/);
    expect(await dave.locator('[data-testid="memory-used-item"]').count()).toBe(0);
    expect((await sendAndWait(dave, 'what do you know about me?')).toLowerCase()).not.toMatch(/carol|peanut|jazz|4321/);

    // The same thread id is Dave's own, empty thread; Carol's is not reachable.
    await openDemo(dave, `${server.url('preferences')}/?thread=secret_plans`);
    await dave.locator('[data-testid="thread-item"][data-thread-id="secret_plans"][data-active="true"]').waitFor();
    await dave.locator('.empty-chat').waitFor();
    expect(await shownMessages(dave)).toEqual([]);
    const denied = await dave.evaluate(
      (id) => fetch(`/api/memories/${encodeURIComponent(id)}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hijacked' }) }).then((r) => r.status),
      carolMemoryId!,
    );
    expect(denied).toBe(404);
    const davePersistence = await daveContext.newPage();
    await openDemo(davePersistence, server.url('persistence'));
    await davePersistence.locator('[data-testid="thread-item"][data-thread-id="support_ticket_12345"][data-active="true"]').waitFor({ state: 'attached' });
    await davePersistence.locator('.empty-chat').waitFor();
    expect(await shownMessages(davePersistence)).toEqual([]);
    expect(await memoryTexts(davePersistence)).toEqual([]);

    // Carol's data is untouched (the 404 edit changed nothing), and Dave's questions never reached her.
    await carol.reload();
    await openDemo(carol, `${server.url('preferences')}/?thread=secret_plans`);
    await waitForMemory(carol, /Carol/);
    expect((await memoryTexts(carol)).join('\n')).not.toMatch(/hijacked|what's my name/);
    expect((await shownMessages(carol)).map((m) => m.text)[0]).toBe('remember that my locker code is 4321');

    // The facilitator sees both attendees (and only with the token).
    const facilitator = await carolContext.newPage();
    errors.push(pageErrors(facilitator));
    await facilitator.goto(server.url('preferences') + '/facilitator');
    await facilitator.locator('[data-testid="admin-token-input"]').fill('wrong-token');
    await facilitator.locator('[data-testid="admin-token-submit"]').click();
    await facilitator.locator('[data-testid="admin-error"]').waitFor();
    await facilitator.locator('[data-testid="admin-token-input"]').fill(server.adminToken);
    await facilitator.locator('[data-testid="admin-token-submit"]').click();
    const attendees = facilitator.locator('[data-testid="admin-attendee"]');
    await attendees.first().waitFor();
    expect((await attendees.allInnerTexts()).sort()).toEqual(['Carol', 'Dave']);
    await facilitator.locator('[data-testid="admin-attendee"]', { hasText: 'Carol' }).click();
    const detail = facilitator.locator('[data-testid="admin-attendee-detail"]');
    await detail.locator('[data-testid="admin-memory"]', { hasText: /peanut/i }).first().waitFor();
    await screenshot(facilitator, 'facilitator');

    expect(errors.flat()).toEqual([]);
    await carolContext.close();
    await daveContext.close();
  });
});
