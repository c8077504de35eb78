/**
 * Per-thread memory (the persistence demo): the Memory panel shows what the agent can use in the
 * open ticket — this thread's memories only — and follows the attendee from ticket to ticket.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, memoryTexts, newAttendee, openDemo, sendAndWait, useBrowser, waitForMemory, webDist, type PageNode } from './browser';

declare const document: { querySelectorAll(selector: string): ArrayLike<PageNode> };

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'], webDist });

describeBrowser('per-thread memory in Chromium', () => {
  it("shows only the open ticket's memories, live and after switching tickets", { timeout: 60_000 }, async () => {
    const page = await (await newAttendee(browser())).newPage();
    await openDemo(page, server.url('persistence'));
    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_12345"][data-active="true"]').waitFor({ state: 'attached' });
    await sendAndWait(page, 'My printer on floor 3 is jammed.');
    await waitForMemory(page, /printer on floor 3/);

    await page.locator('[data-testid="new-thread-input"]').fill('support_ticket_777');
    await page.locator('[data-testid="new-thread-button"]').click();
    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_777"][data-active="true"]').waitFor();
    await sendAndWait(page, 'My laptop battery drains in an hour.');
    await waitForMemory(page, /laptop battery/);
    expect((await memoryTexts(page)).join(' | ')).not.toContain('printer');

    await page.locator('[data-testid="thread-item"][data-thread-id="support_ticket_12345"]').click();
    await waitForMemory(page, /printer on floor 3/);
    // The list was replaced, not added to: the other ticket's memories are gone from the panel.
    await page.waitForFunction(
      () => !Array.from(document.querySelectorAll('[data-testid="memory-text"]')).some((n) => n.innerText.includes('laptop battery')),
      undefined,
      { timeout: 10_000 },
    );
    expect((await memoryTexts(page)).join(' | ')).toContain('printer on floor 3');
  });
});
