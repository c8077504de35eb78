/**
 * The preferences demo (8000) in a real browser: facts taught in one thread show up live in the
 * Memory panel and are recalled in a new thread; the page also works on a phone and in the dark theme.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, memoryTexts, newAttendee, openDemo, pageErrors, screenshot, sendAndWait, shownMessages, useBrowser, waitForMemory, webDist } from './browser';

// Callbacks given to `evaluate` run in the page, where these exist (the project's tsconfig has no DOM types).
declare const document: { documentElement: { scrollWidth: number; dataset: Record<string, string | undefined> }; body: unknown };
declare function getComputedStyle(element: unknown): { backgroundColor: string };

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist });

/** At 390 px the header's buttons are all on screen and nothing sticks out on the right. */
async function expectFitsPhone(page: Page): Promise<void> {
  for (const button of [page.getByRole('button', { name: 'Threads' }), page.locator('[data-testid="theme-toggle"]'), page.locator('[data-testid="display-name"]')]) {
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

describeBrowser('preferences demo in Chromium', () => {
  it('shows taught facts live in the Memory panel and recalls them in a new thread', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await page.locator('[data-testid="memory-empty"]').waitFor();
    await page.locator('[data-testid="display-name"]').click();
    await page.locator('[data-testid="display-name-input"]').fill('Alice');
    await page.locator('[data-testid="display-name-save"]').click();
    await page.locator('[data-testid="display-name"]', { hasText: 'Alice' }).waitFor();
    const threadA = await page.locator('[data-testid="thread-item"][data-active="true"]').getAttribute('data-thread-id');
    expect(threadA).toBeTruthy();
    // A marker on the page's global object survives only if the page is never reloaded.
    await page.evaluate(() => ((globalThis as unknown as { noReload: boolean }).noReload = true));

    await sendAndWait(page, "I'm Alice, I live in Seattle and I'm vegetarian");
    // The thread list titles the thread with its first message at once.
    await page.locator(`[data-testid="thread-item"][data-thread-id="${threadA}"]`, { hasText: "I'm Alice" }).waitFor();
    await waitForMemory(page, /Alice/);
    await waitForMemory(page, /Seattle/);
    await waitForMemory(page, /vegetarian/i);
    const facts = await page.locator('[data-testid="memory-item"][data-kind="fact"] [data-testid="memory-text"]').allInnerTexts();
    expect(facts.join('\n')).toMatch(/Alice/);
    expect(facts.join('\n')).toMatch(/Seattle/);
    expect(facts.join('\n')).toMatch(/vegetarian/i);
    expect(await page.evaluate(() => (globalThis as unknown as { noReload?: boolean }).noReload)).toBe(true);

    // A new thread: empty chat, same user, same long-term memory.
    await page.locator('[data-testid="new-thread-input"]').fill('thread_b');
    await page.locator('[data-testid="new-thread-button"]').click();
    await page.locator('[data-testid="thread-item"][data-thread-id="thread_b"][data-active="true"]').waitFor();
    await page.locator('[data-testid="message"]').first().waitFor({ state: 'detached' });
    expect(await page.locator(`[data-testid="thread-item"][data-thread-id="${threadA}"]`).count()).toBe(1);

    const reply = await sendAndWait(page, "what's my name?");
    expect(reply).toMatch(/Alice/);
    const lastReply = page.locator('[data-testid="message"][data-role="assistant"]').last();
    const chips = lastReply.locator('[data-testid="memory-used-item"]');
    await chips.first().waitFor();
    expect((await chips.allInnerTexts()).join('\n')).toMatch(/Alice/);
    // The chips open the exact context that was injected before the conversation.
    await chips.first().click();
    await expect.poll(() => lastReply.locator('[data-testid="injected-context"]').innerText()).toMatch(/Alice/);
    expect(await shownMessages(page)).toHaveLength(2);
    expect(await memoryTexts(page)).toEqual(expect.arrayContaining([expect.stringMatching(/Alice/)]));
    expect(await page.evaluate(() => (globalThis as unknown as { noReload?: boolean }).noReload)).toBe(true);

    await screenshot(page, 'preferences');
    expect(errors).toEqual([]);

    // The same attendee on a phone and in the dark theme (same cookies, so the same memories).
    const [cookie] = await context.cookies();
    expect(cookie?.name).toBe('workshop_uid');

    const phoneContext = await newAttendee(browser(), { width: 390, height: 844 });
    await phoneContext.addCookies([cookie]);
    const phone = await phoneContext.newPage();
    await openDemo(phone, `${server.url('preferences')}/?thread=thread_b`);
    await phone.locator('[data-testid="message"]').nth(1).waitFor();
    await expectFitsPhone(phone);
    await screenshot(phone, 'phone');
    await phone.getByRole('button', { name: 'Threads' }).click();
    await phone.locator('[data-testid="thread-item"][data-thread-id="thread_b"]').waitFor({ state: 'visible' });
    await phoneContext.close();
    // A new attendee's longer default name ("Attendee 1a2b") must not push the header off screen either.
    const newcomerContext = await newAttendee(browser(), { width: 390, height: 844 });
    const newcomer = await newcomerContext.newPage();
    await openDemo(newcomer, server.url('preferences'));
    await newcomer.locator('[data-testid="display-name"]', { hasText: /Attendee/ }).waitFor();
    await expectFitsPhone(newcomer);
    await newcomerContext.close();

    const darkContext = await newAttendee(browser(), { colorScheme: 'light' });
    await darkContext.addCookies([cookie]);
    const dark = await darkContext.newPage();
    await openDemo(dark, `${server.url('preferences')}/?thread=thread_b`);
    await dark.locator('[data-testid="message"]').nth(1).waitFor();
    const lightBackground = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await dark.locator('[data-testid="theme-toggle"]').click();
    await expect.poll(() => dark.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);
    await screenshot(dark, 'dark');
    await darkContext.close();
    await context.close();
  });
});
