/**
 * The Redis view in Chromium, for two attendees: each sees their own memory count beside the
 * whole index's, copies real commands for their own records and history (checked against Redis
 * with this test's client), the redis-cli line of the test server, and long keys that wrap
 * between their `:` parts.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { testClient, testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, screenshot, sendAndWait, useBrowser, webDist } from './browser';

const browser = useBrowser();
const redis = testClient();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), webDist });

/** What an element is to the layout check below (the project's tsconfig has no DOM types). */
interface Box {
  querySelectorAll(selector: string): ArrayLike<Box>;
  getBoundingClientRect(): { top: number };
  getClientRects(): ArrayLike<unknown>;
  textContent: string | null;
}

/** An attendee's page on the preferences demo with the clipboard allowed, after `messages` turns. */
async function attendeeAfter(messages: string[]): Promise<{ page: Page; userId: string; errors: string[] }> {
  const context = await newAttendee(browser(), { width: 1280, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('preferences') });
  const page = await context.newPage();
  const errors = pageErrors(page);
  await openDemo(page, server.url('preferences'));
  for (const text of messages) await sendAndWait(page, text);
  const userId = await page.evaluate(() => fetch('/api/me').then((r) => r.json() as Promise<{ userId: string }>).then((me) => me.userId));
  return { page, userId, errors };
}

/** Opens the Redis tab and reads the two counts once they agree with the attendee's memory list. */
async function counts(page: Page): Promise<{ yours: number; index: number; listed: number }> {
  await page.locator('[data-testid="tab-redis"]').click();
  const listed = await page.evaluate(() => fetch('/api/memories?limit=1000').then((r) => r.json() as Promise<{ items: unknown[] }>).then((b) => b.items.length));
  const yours = page.locator('[data-testid="redis-your-documents"]');
  await expect.poll(() => yours.innerText(), { timeout: 15_000 }).toBe(String(listed));
  return { yours: Number(await yours.innerText()), index: Number(await page.locator('[data-testid="redis-documents"]').innerText()), listed };
}

/** Clicks a copy button, waits for "Copied", and returns what is on the clipboard. */
async function copy(page: Page, button: ReturnType<Page['locator']>): Promise<string> {
  await button.click();
  await expect.poll(() => button.innerText()).toBe('Copied');
  return page.evaluate('navigator.clipboard.readText()') as Promise<string>;
}

describeBrowser('the Redis view', () => {
  it("shows the attendee's own count beside the whole index, copyable commands on real keys, and how to connect", { timeout: 90_000 }, async () => {
    const ada = await attendeeAfter(['My name is Ada, I live in Lisbon and I love jazz.', 'I am vegetarian.']);
    const bo = await attendeeAfter(['My name is Bo.']);

    const adaCounts = await counts(ada.page);
    const boCounts = await counts(bo.page);
    expect(adaCounts.yours).toBeGreaterThan(boCounts.yours);
    expect(boCounts.yours).toBeGreaterThan(0);
    // The index is everyone's: both see the same total, holding both of theirs.
    expect(adaCounts.index).toBe(boCounts.index);
    expect(adaCounts.index).toBeGreaterThanOrEqual(adaCounts.yours + boCounts.yours);
    expect(await ada.page.locator('[data-testid="redis-view"]').innerText()).toMatch(new RegExp(`${adaCounts.yours}\\s+of ${adaCounts.index} in the whole index \\(every attendee's\\)`));

    // A fact's copied command reads that very record, Ada's.
    const fact = ada.page.locator('[data-testid="redis-record"][data-kind="fact"]', { hasText: 'Lisbon' });
    const hgetall = await copy(ada.page, fact.locator('[data-testid="redis-record-copy"]'));
    const [, recordKey] = /^HGETALL (\S+)$/.exec(hgetall) ?? [];
    expect(recordKey).toBe(await fact.locator('[data-testid="redis-record-key"]').getAttribute('data-key'));
    const record = await redis.hgetall(recordKey);
    expect(record).toMatchObject({ kind: 'fact', user_id: ada.userId, agent_id: 'personal_assistant' });
    expect(record.content).toMatch(/Lisbon/);
    // Bo's records are not in Ada's list.
    const boKeys = await bo.page.locator('[data-testid="redis-record-key"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-key')));
    expect(boKeys.length).toBe(boCounts.yours);
    expect(boKeys).not.toContain(recordKey);

    // The history LIST's command returns the conversation.
    const history = ada.page.locator('[data-testid="redis-key-row"][data-type="list"]').first();
    const lrange = await copy(ada.page, history.locator('[data-testid="redis-key-copy"]'));
    const [, listKey] = /^LRANGE (\S+) 0 -1$/.exec(lrange) ?? [];
    const stored = (await redis.lrange(listKey, 0, -1)).map((m) => JSON.parse(m) as { text: string });
    expect(stored.map((m) => m.text)).toContain('I am vegetarian.');
    expect(Number(await history.getAttribute('data-length'))).toBe(stored.length);

    // How to connect: the test server listens on 127.0.0.1, so its port is all redis-cli needs.
    const port = new URL(testRedisUrl()).port;
    expect(await ada.page.locator('[data-testid="redis-cli-command"]').innerText()).toBe(`redis-cli -p ${port}`);
    expect(await copy(ada.page, ada.page.locator('[data-testid="redis-cli-copy"]'))).toBe(`redis-cli -p ${port}`);
    expect(await ada.page.locator('[data-testid="redis-cli-note"]').innerText()).toMatch(/paste any command/);

    // A long key wraps between its parts, never inside one.
    const layout = await history.locator('[data-testid="redis-key"]').evaluate((el) => {
      const parts = Array.from((el as unknown as Box).querySelectorAll('.key-part'));
      return {
        lines: new Set(parts.map((p) => Math.round(p.getBoundingClientRect().top))).size,
        split: parts.filter((p) => p.getClientRects().length > 1).map((p) => p.textContent),
      };
    });
    expect(layout.lines).toBeGreaterThan(1);
    expect(layout.split).toEqual([]);
    await screenshot(ada.page, 'redis-view');

    expect([...ada.errors, ...bo.errors]).toEqual([]);
    await ada.page.context().close();
    await bo.page.context().close();
  });
});
