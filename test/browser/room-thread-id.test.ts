/**
 * The thread list leads with the thread id (`support_ticket_12345`, part of the Redis key the
 * persistence demo is about), the title only as secondary text.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'], webDist });

describeBrowser('thread ids in Chromium', () => {
  it('shows support_ticket_12345 in the thread list, before and after the thread gets a title', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('persistence'));
    const item = page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_12345"]');
    await item.locator('[data-testid="thread-id"]', { hasText: 'support_ticket_12345' }).waitFor();

    await sendAndWait(page, 'Hi, my router keeps rebooting every hour.');
    // Stored now, with whatever title the server gives it: the id still leads.
    await item.locator('[data-testid="thread-id"]').waitFor();
    expect(await item.locator('[data-testid="thread-id"]').innerText()).toBe('support_ticket_12345');
    const title = item.locator('[data-testid="thread-title"]');
    if ((await title.count()) > 0) expect(await title.innerText()).not.toBe('support_ticket_12345');
    expect(errors).toEqual([]);
    await context.close();
  });
});
