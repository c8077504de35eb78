/** A reply streams into the page word by word: partial text is on screen before the reply is complete. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { type PageNode, UI_TIMEOUT_MS, describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, shownMessages, useBrowser, webDist } from './browser';

// Callbacks given to `waitForFunction` run in the page, where this exists (the project's tsconfig has no DOM types).
declare const document: { querySelector(selector: string): PageNode | null };

const browser = useBrowser();
let server: WorkshopServer;

beforeAll(async () => {
  // 40 ms per word: slow enough to see the reply grow, fast enough for the suite.
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist, wordDelayMs: 40 });
});
afterAll(async () => {
  await server?.stop();
});

/** The streaming reply's text once it has at least `words` words (read in the page, in one go). */
const PARTIAL = (words: number) => {
  const el = document.querySelector('[data-testid="message-streaming"] .streaming-text');
  const text = el?.innerText.replace(/\s+/g, ' ').trim() ?? '';
  return text.split(' ').length >= words ? text : false;
};

describeBrowser('streaming replies in Chromium', () => {
  it('shows a growing partial reply before the final one, and the final text extends it', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    // Facts first, so the next question has a long, many-word answer.
    await sendAndWait(page, "My name is Dana, I live in Lisbon, I'm a nurse and my favourite food is ramen");

    const input = page.locator('[data-testid="composer-input"]');
    await input.fill('what do you know about me?');
    await input.press('Enter');
    const first = (await (await page.waitForFunction(PARTIAL, 3, { timeout: UI_TIMEOUT_MS, polling: 'raf' })).jsonValue()) as string;
    // While it streams the composer offers Stop instead of Send.
    expect(await page.locator('[data-testid="stop-button"]').isVisible()).toBe(true);
    const later = (await (await page.waitForFunction(PARTIAL, first.split(' ').length + 2, { timeout: UI_TIMEOUT_MS, polling: 'raf' })).jsonValue()) as string;

    await page.locator('[data-testid="message-streaming"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="send-button"]').waitFor();
    const messages = await shownMessages(page);
    const final = messages[messages.length - 1];
    expect(final.role).toBe('assistant');
    expect(final.text).toMatch(/Dana/);
    // Strict prefixes: each partial was shown before the reply was complete.
    expect(later.startsWith(first)).toBe(true);
    expect(later.length).toBeGreaterThan(first.length);
    expect(final.text.startsWith(later)).toBe(true);
    expect(final.text.length).toBeGreaterThan(later.length);
    // The streamed element became the stored message (same id), so nothing jumps or repeats.
    expect(messages.filter((m) => m.role === 'assistant')).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
