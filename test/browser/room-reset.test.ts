/**
 * A facilitator reset reaches the attendees' open pages at once: their threads leave the list,
 * the open one is replaced by a new empty thread, and the Memory panel empties — no reload. A
 * thread deleted in another tab leaves this tab's list the same way.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, waitForMemory, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'], webDist });

const threadIds = (page: import('playwright-core').Page) =>
  page.locator('[data-testid="thread-item"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-thread-id') ?? ''));

describeBrowser('live resets in Chromium', () => {
  it("a facilitator reset empties an open attendee page's threads and memories without a reload", { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('persistence'));
    await sendAndWait(page, 'My laptop will not charge since yesterday; I am on Windows 11.');
    await page.locator('[data-testid="new-thread-input"]').fill('support_ticket_777');
    await page.locator('[data-testid="new-thread-button"]').click();
    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_777"][data-active="true"]').waitFor();
    await sendAndWait(page, 'The printer on floor 3 jams on every page.');
    await page.locator('[data-testid="tab-memory"]').click();
    await waitForMemory(page, /Windows 11|printer|laptop/i);
    expect((await threadIds(page)).length).toBe(2);
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));

    const reset = await fetch(`${server.url('persistence')}/api/admin/reset`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: 'persistence' }),
    });
    expect(reset.status).toBe(200);

    // Both threads leave the list; the page opens a fresh, empty one in their place.
    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_777"]').waitFor({ state: 'detached' });
    // The demo's own ticket thread opens again, empty.
    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_12345"][data-active="true"]').waitFor();
    await page.locator('[data-testid="message"]').first().waitFor({ state: 'detached' });
    expect(await threadIds(page)).toEqual(['support_ticket_12345']);
    await page.locator('[data-testid="memory-item"]').first().waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // And the room carries on: the next message starts over.
    const reply = await sendAndWait(page, 'Hello again, my monitor flickers.');
    expect(reply.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a thread deleted in one tab leaves the list of another tab', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const [first, second] = [await context.newPage(), await context.newPage()];
    await openDemo(first, server.url('persistence'));
    await first.locator('[data-testid="new-thread-input"]').fill('support_ticket_4242');
    await first.locator('[data-testid="new-thread-button"]').click();
    await first.locator('[data-testid="thread-item"][data-thread-id="support_ticket_4242"][data-active="true"]').waitFor();
    await sendAndWait(first, 'My headset microphone is muted all the time.');
    await openDemo(second, server.url('persistence') + '/?thread=support_ticket_12345');
    await second.locator('[data-testid="thread-item"][data-thread-id="support_ticket_4242"]').waitFor();

    const answer = await first.evaluate(() => fetch('/api/threads/support_ticket_4242', { method: 'DELETE' }).then((r) => r.status));
    expect(answer).toBe(204);
    await second.locator('[data-testid="thread-item"][data-thread-id="support_ticket_4242"]').waitFor({ state: 'detached' });
    await context.close();
  });
});
