/**
 * The facilitator's view of one attendee in Chromium: activity in two demos, grouped demo →
 * agent → thread and memories, closed groups opened on demand, markdown rendered as the chat
 * renders it, and a search that narrows everything to what matches (counted and highlighted).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { Attendee } from '../http/attendee';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, newAttendee, pageErrors, screenshot, useBrowser, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), webDist });

/** The texts of the messages and memories the detail shows now. */
async function shownItems(page: Page): Promise<string[]> {
  return page.locator('[data-testid="admin-attendee-detail"] :is([data-testid="admin-message"], [data-testid="admin-memory"])').allInnerTexts();
}

describeBrowser('the facilitator reads one attendee', () => {
  it('sees two demos grouped, markdown rendered, and a search narrowing both', { timeout: 90_000 }, async () => {
    const ada = new Attendee(server.url('preferences'));
    await ada.patch('/api/me', { displayName: 'Ada' });
    await ada.post('/api/threads/food/messages', { text: 'My favourite food is **sushi** and I love jazz.' });
    await ada.post('/api/threads/trip/messages', { text: 'I live in Lisbon.' });
    await ada.on(server.url('persistence')).post('/api/threads/support_ticket_42/messages', { text: 'My **printer** is on fire.' });
    const bob = new Attendee(server.url('preferences'));
    await bob.patch('/api/me', { displayName: 'Bob' });
    await bob.post('/api/threads/food/messages', { text: 'My printer at home is fine.' });

    const context = await newAttendee(browser(), { width: 1280, height: 900 });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${server.url('preferences')}/facilitator`);
    await page.locator('[data-testid="admin-token-input"]').fill(server.adminToken);
    await page.locator('[data-testid="admin-token-submit"]').click();
    await page.locator('[data-testid="admin-attendee"]', { hasText: 'Ada' }).click();
    const detail = page.locator('[data-testid="admin-attendee-detail"]');
    await detail.locator('[data-testid="admin-search"]').waitFor();

    // Demos she used are open, the one she did not is closed; threads start closed.
    const demo = (id: string) => detail.locator(`[data-testid="admin-demo"][data-demo-id="${id}"]`);
    expect(await demo('preferences').getAttribute('data-open')).toBe('true');
    expect(await demo('persistence').getAttribute('data-open')).toBe('true');
    expect(await demo('multi-agent').getAttribute('data-open')).toBe('false');
    expect(await demo('preferences').locator('[data-testid="admin-demo-toggle"]').first().innerText()).toMatch(/2 threads · 4 messages · \d+ memories/);
    const threads = demo('preferences').locator('[data-testid="admin-thread"]');
    expect((await threads.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-thread-id')))).sort()).toEqual(['food', 'trip']);
    expect(await threads.locator('[data-testid="admin-message"]').count()).toBe(0);
    expect(await demo('persistence').locator('[data-testid="admin-thread"][data-thread-id="support_ticket_42"]').count()).toBe(1);

    // Opening a thread shows its messages, rendered: bold, not asterisks.
    const food = demo('preferences').locator('[data-testid="admin-thread"][data-thread-id="food"]');
    await food.locator('[data-testid="admin-thread-toggle"]').click();
    const first = food.locator('[data-testid="admin-message"][data-role="user"]').first();
    await first.waitFor();
    expect(await first.locator('.markdown strong').innerText()).toBe('sushi');
    expect(await food.locator('[data-testid="admin-message"]').count()).toBe(2);
    // The raw memories of her messages are rendered the same way once opened.
    const rawMemories = demo('preferences').locator('[data-testid="admin-memory-kind"][data-kind="message"]');
    await rawMemories.locator('[data-testid="admin-memory-kind-toggle"]').click();
    await rawMemories.locator('[data-testid="admin-memory"] .markdown strong', { hasText: 'sushi' }).first().waitFor();
    expect(await demo('preferences').locator('[data-testid="admin-memory"][data-kind="fact"]').count()).toBeGreaterThan(0);
    expect(await detail.innerText()).not.toContain('**');
    await screenshot(page, 'facilitator-detail');

    // Search: only what mentions "PRINTER" (any case) is left, in the persistence demo only.
    await detail.locator('[data-testid="admin-search"]').fill('PRINTER');
    const summary = detail.locator('[data-testid="admin-search-summary"]');
    await expect.poll(() => summary.getAttribute('data-hits')).not.toBeNull();
    await expect.poll(() => detail.locator('[data-testid="admin-demo"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-demo-id')))).toEqual(['persistence']);
    const found = await shownItems(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((text) => /printer/i.test(text))).toBe(true);
    expect(Number(await summary.getAttribute('data-hits'))).toBe(found.length);
    expect(await summary.innerText()).toBe(`${found.length} ${found.length === 1 ? 'match' : 'matches'}`);
    // Bob's printer is not Ada's.
    expect(found.join('\n')).not.toMatch(/at home/);
    // The matches are highlighted in the rendered text (CSS Custom Highlight API).
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights.get('admin-search')?.size ?? 0)).toBeGreaterThanOrEqual(found.length);
    await screenshot(page, 'facilitator-detail-search');

    await detail.locator('[data-testid="admin-search"]').fill('zebra');
    await detail.getByText('Nothing matches “zebra”.').waitFor();
    expect(await shownItems(page)).toEqual([]);

    // Clearing the search brings the groups back as they were left (the food thread still open).
    await detail.locator('[data-testid="admin-search"]').fill('');
    await expect.poll(() => detail.locator('[data-testid="admin-demo"]').count()).toBe(3);
    expect(await food.getAttribute('data-open')).toBe('true');
    expect(await demo('preferences').locator('[data-testid="admin-thread"][data-thread-id="trip"]').getAttribute('data-open')).toBe('false');
    expect(await page.evaluate(() => (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('admin-search'))).toBe(false);

    // With a room of attendees, the list filters by name.
    await page.locator('[data-testid="admin-attendee-filter"]').fill('bo');
    await expect.poll(() => page.locator('[data-testid="admin-attendee"]').allInnerTexts()).toEqual(['Bob']);

    expect(errors).toEqual([]);
    await context.close();
  });
});
