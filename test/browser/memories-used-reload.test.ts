/**
 * "Memories used" are stored with the reply in Redis: after a reload (or in another tab) a reply
 * still shows what it was based on, and the context it was given.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { UI_TIMEOUT_MS, describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, waitForMemory, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist });

describeBrowser('memories used after a reload', () => {
  it('the reply keeps its memories and the injected context', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await sendAndWait(page, 'My name is Wilhelmina and I keep bees.');
    await waitForMemory(page, /Wilhelmina/);
    await sendAndWait(page, "What's my name?");
    const live = page.locator('[data-testid="message"][data-role="assistant"]').last().locator('[data-testid="memory-used-item"]');
    await expect.poll(() => live.allInnerTexts(), { timeout: UI_TIMEOUT_MS }).toContainEqual(expect.stringContaining('Wilhelmina'));

    await page.reload();
    await openDemo(page, server.url('preferences'));
    const last = page.locator('[data-testid="message"][data-role="assistant"]').last();
    await expect.poll(() => last.locator('[data-testid="memory-used-item"]').allInnerTexts(), { timeout: UI_TIMEOUT_MS }).toContainEqual(expect.stringContaining('Wilhelmina'));
    await last.locator('[data-testid="memories-used-toggle"]').click();
    expect(await last.locator('[data-testid="injected-context"]').innerText()).toMatch(/^## Memories\nConsider the following memories[\s\S]*Wilhelmina/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
