/**
 * Stop keeps the reply: pressing Stop while a reply streams leaves the words shown so far in the
 * card, marked "interrupted"; Redis holds the same text with `interrupted: true`, so a reload
 * shows it again exactly so.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WireMessage } from '../../server/src/contracts/ws';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { type PageNode, UI_TIMEOUT_MS, demoReady, describeBrowser, newAttendee, openDemo, pageErrors, shownMessages, useBrowser, webDist } from './browser';

// Callbacks given to `waitForFunction` run in the page, where this exists (the project's tsconfig has no DOM types).
declare const document: { querySelector(selector: string): PageNode | null };

const browser = useBrowser();
let server: WorkshopServer;

beforeAll(async () => {
  // 80 ms per word: the long reply below takes ~4 s, so Stop lands well inside it.
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist, wordDelayMs: 80 });
});
afterAll(async () => {
  await server?.stop();
});

/** A question the offline model answers with a long (50+ word) reply. */
const LONG_QUESTION = 'Who are you and what can you do for me today?';

/** The streaming reply's text once it has at least `words` words (read in the page, in one go). */
const PARTIAL = (words: number) => {
  const el = document.querySelector('[data-testid="message-streaming"] .streaming-text');
  const text = el?.innerText.replace(/\s+/g, ' ').trim() ?? '';
  return text.split(' ').length >= words ? text : false;
};

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describeBrowser('Stop in Chromium', () => {
  it('keeps the streamed words in the card, marked interrupted, also after a reload', { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    const threadId = await page.locator('[data-testid="thread-item"][data-active="true"]').getAttribute('data-thread-id');
    expect(threadId).toBeTruthy();

    const input = page.locator('[data-testid="composer-input"]');
    await input.fill(LONG_QUESTION);
    await input.press('Enter');
    const partial = (await (await page.waitForFunction(PARTIAL, 5, { timeout: UI_TIMEOUT_MS, polling: 'raf' })).jsonValue()) as string;
    await page.locator('[data-testid="stop-button"]').click();

    // The turn ends: no streaming card, Send is back.
    await page.locator('[data-testid="message-streaming"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="send-button"]').waitFor();
    const assistant = page.locator('[data-testid="message"][data-role="assistant"]');
    await expect.poll(() => assistant.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);
    // The card keeps what was streamed (a word or two more may have come before the stop got through)…
    const shown = (await shownMessages(page)).filter((m) => m.role === 'assistant');
    expect(shown).toHaveLength(1);
    const kept = shown[0].text;
    expect(kept.startsWith(partial)).toBe(true);
    expect(kept.split(' ').length).toBeLessThan(40);
    // …and says it was cut short.
    await expect.poll(() => assistant.first().getAttribute('data-interrupted'), { timeout: UI_TIMEOUT_MS }).toBe('true');
    expect(await assistant.first().locator('[data-testid="message-status"]').innerText()).toBe('interrupted');
    const replyId = await assistant.first().getAttribute('data-message-id');

    // Redis holds the same text, flagged.
    const answer = await context.request.get(`${server.url('preferences')}/api/threads/${threadId}`);
    expect(answer.status()).toBe(200);
    const { messages } = (await answer.json()) as { messages: WireMessage[] };
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages[1].id).toBe(replyId);
    expect(messages[1].interrupted).toBe(true);
    expect(messages[1].text.trim().length).toBeGreaterThan(0);
    expect(fold(messages[1].text)).toBe(kept);

    // A reload reads the thread back from Redis: same words, same marker.
    await page.reload();
    await demoReady(page);
    await page.locator(`[data-testid="message"][data-message-id="${replyId}"]`).waitFor();
    const reloaded = await shownMessages(page);
    expect(reloaded.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(reloaded[1].text).toBe(kept);
    const card = page.locator(`[data-testid="message"][data-message-id="${replyId}"]`);
    expect(await card.getAttribute('data-interrupted')).toBe('true');
    expect(await card.locator('[data-testid="message-status"]').innerText()).toBe('interrupted');

    expect(errors).toEqual([]);
    await context.close();
  });
});
