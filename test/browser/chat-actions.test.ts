/**
 * The chat's message actions in Chromium: Copy puts a message's text on the clipboard (also
 * where the Clipboard API is missing), Regenerate replaces the last reply (and another tab on the
 * thread follows live), Edit turns a message into a text box whose Save & send replaces it and
 * everything after it — the agent then no longer knows what was unsaid — and a message that was
 * not sent because Redis was down is sent again by Retry, under the same id, stored once.
 */
import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../redis-process';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { describeBrowser, memoryTexts, newAttendee, openDemo, pageErrors, sendAndWait, shownMessages, UI_TIMEOUT_MS, useBrowser, waitForMemory, webDist, type PageNode } from './browser';

// Callbacks given to `waitForFunction`/`evaluate` run in the page, where these exist.
declare const document: { querySelectorAll(selector: string): ArrayLike<PageNode>; querySelector(selector: string): PageNode | null };
declare const navigator: { clipboard?: { readText(): Promise<string> } };

const browser = useBrowser();
let redis: TestRedis;
let server: WorkshopServer;

beforeAll(async () => {
  // A Redis of its own: the last test stops it, and the shared test server must not go down under other files.
  redis = await startTestRedis();
  server = await startWorkshopServer({ redisUrl: redis.url, demos: ['preferences'], webDist });
});
afterAll(async () => {
  await server?.stop();
  await redis?.stop();
});

/** Waits until no reply is streaming or awaited, and returns the messages shown. */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[data-testid="message-streaming"], [data-testid="message-waiting"], [data-testid="message"][data-role="user"] [data-testid="message-status"]'), undefined, {
    timeout: UI_TIMEOUT_MS,
  });
  return shownMessages(page);
}

const card = (page: Page, id: string) => page.locator(`[data-testid="message"][data-message-id="${id}"]`);

describeBrowser('message actions in Chromium', () => {
  it('Copy puts the text of a message on the clipboard, with or without the Clipboard API', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('preferences') });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await sendAndWait(page, 'Remember that the boat leaves at 9:30.\nBring a coat!');
    const [question, reply] = await shownMessages(page);
    const readClipboard = () => page.evaluate(() => navigator.clipboard!.readText());

    await card(page, question.id).locator('[data-testid="copy-message"]').click();
    await card(page, question.id).locator('[data-testid="copy-message"][data-state="copied"]', { hasText: 'Copied' }).waitFor();
    expect(await readClipboard()).toBe('Remember that the boat leaves at 9:30.\nBring a coat!');
    // "Copied" is brief.
    await card(page, question.id).locator('[data-testid="copy-message"]', { hasText: /^Copy$/ }).waitFor();

    // A reply is copied as stored (its markdown source), not as the page renders it.
    const stored = (await (await page.request.get(`${server.url('preferences')}/api/threads/${await activeThread(page)}`)).json()) as { messages: Array<{ id: string; text: string }> };
    await card(page, reply.id).locator('[data-testid="copy-message"]').click();
    await card(page, reply.id).locator('[data-testid="copy-message"][data-state="copied"]').waitFor();
    expect(await readClipboard()).toBe(stored.messages.find((m) => m.id === reply.id)?.text);

    // Plain http on a LAN address has no Clipboard API: the text is copied through a selection.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await card(page, question.id).locator('[data-testid="copy-message"]').click();
    await card(page, question.id).locator('[data-testid="copy-message"][data-state="copied"]').waitFor();
    await page.evaluate(() => delete (navigator as { clipboard?: unknown }).clipboard);
    expect(await readClipboard()).toBe('Remember that the boat leaves at 9:30.\nBring a coat!');
    expect(errors).toEqual([]);
  });

  it('Regenerate asks the last question again; another tab on the thread follows live', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await sendAndWait(page, 'My name is Ada.');
    await sendAndWait(page, 'What is the weather in Oslo?');
    const before = await shownMessages(page);
    const oldReply = before[before.length - 1];
    const otherTab = await context.newPage();
    await openDemo(otherTab, page.url());
    expect((await shownMessages(otherTab)).map((m) => m.id)).toEqual(before.map((m) => m.id));

    // Only the last reply offers Regenerate.
    expect(await page.locator('[data-testid="regenerate-reply"]').count()).toBe(1);
    await card(page, oldReply.id).locator('[data-testid="regenerate-reply"]').click();
    await card(page, oldReply.id).waitFor({ state: 'detached' });
    const after = await settled(page);
    const users = (list: typeof after) => list.filter((m) => m.role === 'user');
    expect(users(after).map((m) => m.text)).toEqual(['My name is Ada.', 'What is the weather in Oslo?']);
    expect(users(after)[1].id).not.toBe(users(before)[1].id);
    expect(after[after.length - 1].role).toBe('assistant');
    expect(after[after.length - 1].text).toMatch(/Oslo/);
    expect(after.map((m) => m.id)).not.toContain(oldReply.id);

    await otherTab.waitForFunction((ids) => Array.from(document.querySelectorAll('[data-testid="message"]')).map((n) => n.getAttribute('data-message-id')).join() === ids.join(), after.map((m) => m.id), { timeout: UI_TIMEOUT_MS });
    expect(errors).toEqual([]);
  });

  it('Edit turns the message into a text box; Save & send replaces it and what followed, and the agent forgets it', { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await sendAndWait(page, 'My favourite colour is green.');
    expect(await sendAndWait(page, 'What is my favourite colour?')).toMatch(/green/i);
    await waitForMemory(page, /green/i);
    const [statement] = await shownMessages(page);

    // Escape cancels: the message is back as it was.
    await card(page, statement.id).locator('[data-testid="edit-message"]').click();
    const editor = card(page, statement.id).locator('[data-testid="message-editor-input"]');
    expect(await editor.inputValue()).toBe('My favourite colour is green.');
    await editor.fill('My favourite colour is red.');
    await editor.press('Escape');
    await card(page, statement.id).locator('[data-testid="message-editor"]').waitFor({ state: 'detached' });
    expect((await shownMessages(page))[0].text).toBe('My favourite colour is green.');
    // Cancel does the same.
    await card(page, statement.id).locator('[data-testid="edit-message"]').click();
    await card(page, statement.id).locator('[data-testid="message-editor-cancel"]').click();
    await card(page, statement.id).locator('[data-testid="message-editor"]').waitFor({ state: 'detached' });

    // Shift+Enter is a new line, Enter sends.
    await card(page, statement.id).locator('[data-testid="edit-message"]').click();
    await editor.fill('My favourite colour is blue.');
    await editor.press('Shift+Enter');
    await editor.pressSequentially('Thanks!');
    expect(await editor.inputValue()).toBe('My favourite colour is blue.\nThanks!');
    await editor.press('Enter');
    await card(page, statement.id).waitFor({ state: 'detached' });
    const after = await settled(page);
    expect(after.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(after[0].text).toBe('My favourite colour is blue. Thanks!');

    // What the edited message said is forgotten: the panel and the agent know blue, not green.
    await waitForMemory(page, /blue/i);
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('[data-testid="memory-item"] [data-testid="memory-text"]')).some((n) => /green/i.test(n.innerText)), undefined, { timeout: UI_TIMEOUT_MS });
    expect((await memoryTexts(page)).filter((t) => /green/i.test(t))).toEqual([]);
    const answer = await sendAndWait(page, 'What is my favourite colour?');
    expect(answer).toMatch(/blue/i);
    expect(answer).not.toMatch(/green/i);
    // Save & send by button, on the question this time: the reply after it is replaced.
    const question = (await shownMessages(page))[2];
    await card(page, question.id).locator('[data-testid="edit-message"]').click();
    await card(page, question.id).locator('[data-testid="message-editor-input"]').fill('Which colour do I like best?');
    await card(page, question.id).locator('[data-testid="message-editor-save"]').click();
    await card(page, question.id).waitFor({ state: 'detached' });
    const final = await settled(page);
    expect(final.map((m) => m.text.slice(0, 28))).toEqual(['My favourite colour is blue.', expect.any(String), 'Which colour do I like best?', expect.any(String)]);
    expect(final).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('Retry sends a message that was not sent (Redis was down) again, with the same id, stored once', { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await sendAndWait(page, 'Hello!');

    const port = redis.port;
    await redis.stop();
    const input = page.locator('[data-testid="composer-input"]');
    await input.fill('My name is Zed.');
    await input.press('Enter');
    const failed = page.locator('[data-testid="message"][data-role="user"]', { has: page.locator('[data-testid="message-status"]', { hasText: 'not sent' }) });
    await failed.waitFor();
    const id = await failed.getAttribute('data-message-id');
    expect(id).toBeTruthy();
    await failed.locator('[data-testid="retry-message"]').waitFor();

    redis = await startTestRedis(undefined, { port });
    await page.locator('[data-testid="banner-redis-down"]').waitFor({ state: 'detached', timeout: 20_000 });
    await failed.locator('[data-testid="retry-message"]').click();
    const after = await settled(page);
    const mine = after.filter((m) => m.id === id);
    expect(mine).toEqual([{ id, role: 'user', text: 'My name is Zed.' }]);
    expect(after[after.length - 1].role).toBe('assistant');
    expect(after[after.length - 1].text).toMatch(/Zed/);
    expect(await page.locator('[data-testid="message-status"]', { hasText: 'not sent' }).count()).toBe(0);

    // Redis holds it once (the restarted Redis is empty, so its one history LIST is this thread's).
    const client = new Redis(redis.url);
    try {
      const thread = await activeThread(page);
      const lists = [];
      for (const key of await client.keys(`*:${thread}`)) if ((await client.type(key)) === 'list') lists.push(key);
      expect(lists).toHaveLength(1);
      const stored = (await client.lrange(lists[0], 0, -1)).map((raw) => JSON.parse(raw) as { id: string });
      expect(stored.filter((m) => m.id === id)).toHaveLength(1);
    } finally {
      client.disconnect();
    }
    expect(errors).toEqual([]);
  });
});

async function activeThread(page: Page): Promise<string> {
  const id = await page.locator('[data-testid="thread-item"][data-active="true"]').getAttribute('data-thread-id');
  if (!id) throw new Error('no active thread');
  return id;
}
