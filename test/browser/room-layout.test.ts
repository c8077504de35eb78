/**
 * What a room sees on its screens: the side-by-side page at 1440×900 (one theme toggle that the
 * frames follow, each agent's Memory panel with room to read), a phone (the display name whole),
 * a fresh page load that asks for nothing that does not exist, the new-thread box whose hint
 * fits, and tool results in the Memory panel as indented JSON.
 */
import type { Frame, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { demoReady, describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), webDist });

interface Box {
  top: number;
  bottom: number;
  height: number;
}

/** Where an element sits in its frame's viewport, and the viewport's height. */
async function boxIn(scope: Page | Frame, selector: string): Promise<{ box: Box; viewport: number }> {
  return scope.locator(selector).first().evaluate((el) => {
    const r = (el as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
    return { box: { top: r.top, bottom: r.bottom, height: r.height }, viewport: (globalThis as unknown as { innerHeight: number }).innerHeight };
  });
}

const themeOf = (scope: Page | Frame) => scope.evaluate(() => (globalThis as unknown as { document: { documentElement: { dataset: { theme?: string } } } }).document.documentElement.dataset.theme);

describeBrowser('the room layout in Chromium', () => {
  it('side by side at 1440×900: one theme toggle the frames follow, and each Memory panel readable', { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser(), { width: 1440, height: 900 });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(server.url('multi-agent') + '/side-by-side');
    const frames = await Promise.all(
      ['agent_personal', 'agent_work'].map(async (id) => {
        const frame = await (await page.locator(`[data-testid="frame-${id}"]`).elementHandle())!.contentFrame();
        await demoReady(frame!);
        return frame!;
      }),
    );
    expect(await page.locator('[data-testid="theme-toggle"]').count()).toBe(1);
    for (const frame of frames) {
      expect(await frame.locator('[data-testid="theme-toggle"]').count()).toBe(0);
      // Both the chat and the panels are on screen without scrolling the frame, and the panels
      // get a real share of it (not a strip below the fold).
      const panels = await boxIn(frame, '.side-panels');
      const chat = await boxIn(frame, '[data-testid="composer-input"]');
      expect(panels.box.bottom).toBeLessThanOrEqual(panels.viewport + 1);
      expect(panels.box.height).toBeGreaterThan(panels.viewport * 0.35);
      expect(chat.box.bottom).toBeLessThan(panels.box.top + 1);
    }

    const before = await themeOf(page);
    expect(await Promise.all(frames.map(themeOf))).toEqual([before, before]);
    await page.locator('[data-testid="theme-toggle"]').click();
    const after = before === 'dark' ? 'light' : 'dark';
    for (const frame of frames) await frame.waitForFunction((want) => (globalThis as unknown as { document: { documentElement: { dataset: { theme?: string } } } }).document.documentElement.dataset.theme === want, after);
    expect(await themeOf(page)).toBe(after);
    await sendAndWait(frames[0], 'My name is Ilse and I play the oboe.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the display name is whole and nothing is wider than the screen', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser(), { width: 390, height: 844 });
    const page = await context.newPage();
    await openDemo(page, server.url('preferences'));
    const name = page.locator('[data-testid="display-name"]');
    await name.waitFor();
    const fits = await name.evaluate((el) => {
      const node = el as unknown as { scrollWidth: number; clientWidth: number };
      return node.scrollWidth <= node.clientWidth;
    });
    expect(fits).toBe(true);
    const widths = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document;
      return { page: doc.documentElement.scrollWidth, screen: (globalThis as unknown as { innerWidth: number }).innerWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    // The status dot, the model, the name and the theme toggle share one row.
    const tops = await page.locator('.top-actions > *').evaluateAll((nodes) =>
      nodes
        .map((n) => (n as unknown as { getBoundingClientRect(): { top: number; height: number } }).getBoundingClientRect())
        // Elements the phone layout hides have no box.
        .filter((r) => r.height > 0)
        .map((r) => Math.round(r.top + r.height / 2)),
    );
    expect(tops.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
    await context.close();
  });

  it('a first visit asks the server for nothing that does not exist (no 404 for the new thread)', { timeout: 60_000 }, async () => {
    for (const demo of ['preferences', 'persistence', 'multi-agent'] as const) {
      const context = await newAttendee(browser());
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await openDemo(page, server.url(demo));
      // The page names its icon inline, so the browser never asks for a /favicon.ico.
      expect(await page.locator('link[rel="icon"][href^="data:"]').count()).toBe(1);
      // The thread is shown as new (loaded), without a read of it.
      await page.locator('[data-testid="composer-input"]').waitFor();
      await page.waitForTimeout(300);
      expect(failed, demo).toEqual([]);
      // It is a real thread once the first message is stored: a reload reads it.
      await sendAndWait(page, 'I drink my coffee black.');
      await page.reload();
      await openDemo(page, page.url());
      await page.locator('[data-testid="message"][data-role="user"]').first().waitFor();
      expect(await page.locator('[data-testid="message"][data-role="user"]').count()).toBe(1);
      expect(failed, demo).toEqual([]);
      await context.close();
    }
  });

  it("shows the new-thread box's hint whole, and a tool's result as indented JSON in the Memory panel", { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser(), { width: 1280, height: 800 });
    const page = await context.newPage();
    await openDemo(page, server.url('preferences'));
    const fit = await page.locator('[data-testid="new-thread-input"]').evaluate((el) => {
      const input = el as unknown as { placeholder: string; clientWidth: number };
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { font: string; paddingLeft: string; paddingRight: string } }).getComputedStyle(el);
      const canvas = (globalThis as unknown as { document: { createElement(tag: string): { getContext(kind: string): { font: string; measureText(t: string): { width: number } } } } }).document.createElement('canvas');
      const ctx = canvas.getContext('2d');
      ctx.font = style.font;
      return { text: ctx.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);

    await sendAndWait(page, "What's the weather like in Porto?");
    await page.locator('[data-testid="tab-memory"]').click();
    const json = page.locator('[data-testid="memory-item"][data-kind="tool"] [data-testid="memory-json"]').first();
    await json.waitFor();
    const text = await json.innerText();
    expect(text.split('\n').length).toBeGreaterThan(2);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toMatch(/Porto/);
    await context.close();
  });
});
