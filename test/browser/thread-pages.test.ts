/**
 * The thread list reads a page of threads at a time: an attendee with more threads than a page
 * sees the newest ones and a "Show older threads" button that lists the rest below them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { THREAD_PAGE_SIZE } from '../../server/src/contracts/http';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, useBrowser, webDist, type PageNode } from './browser';

const browser = useBrowser();
let server: WorkshopServer;

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist });
});
afterAll(async () => {
  await server?.stop();
});

describeBrowser('older threads in Chromium', () => {
  it('lists the newest page first and the rest after "Show older threads"', { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser());
    const url = server.url('preferences');
    // The page's own cookie, then 60 threads through the API, one after another (oldest first).
    expect((await context.request.get(`${url}/api/me`)).ok()).toBe(true);
    const ids = Array.from({ length: THREAD_PAGE_SIZE + 10 }, (_, i) => `older_${String(i).padStart(2, '0')}`);
    for (const id of ids) expect((await context.request.post(`${url}/api/threads`, { data: { id } })).status()).toBe(201);

    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, url);
    const items = page.locator('[data-testid="thread-item"]');
    const shownIds = () => items.evaluateAll((nodes) => (nodes as unknown as PageNode[]).map((node) => node.getAttribute('data-thread-id')));
    const older = page.locator('[data-testid="threads-older"]');
    await older.waitFor();
    expect(await items.count()).toBe(THREAD_PAGE_SIZE);
    // The newest thread opens; the oldest ten are not listed yet.
    expect(await page.locator('[data-testid="thread-item"][data-active="true"]').getAttribute('data-thread-id')).toBe(ids.at(-1));
    expect(await shownIds()).not.toContain(ids[0]);

    await older.click();
    await page.locator(`[data-testid="thread-item"][data-thread-id="${ids[0]}"]`).waitFor();
    const all = await shownIds();
    expect(all).toHaveLength(ids.length);
    expect(new Set(all).size).toBe(ids.length);
    // Newest first, the older page below the first one.
    expect(all).toEqual([...ids].reverse());
    await older.waitFor({ state: 'detached' });

    // An older thread opens like any other.
    await page.locator(`[data-testid="thread-item"][data-thread-id="${ids[0]}"] .thread-select`).click();
    await page.locator(`[data-testid="thread-item"][data-thread-id="${ids[0]}"][data-active="true"]`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
