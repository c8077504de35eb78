/**
 * The multi-agent ports point to each other and to `/side-by-side`, so a facilitator moves
 * between 8002, 8003 and the side-by-side view by clicking instead of typing ports.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { useWorkshopServer } from '../use-workshop-server';
import { demoReady, describeBrowser, newAttendee, openDemo, pageErrors, useBrowser, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['multi-agent'], webDist });

describeBrowser('multi-agent links in Chromium', () => {
  it('links the personal page to the work page and to side-by-side', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url(2));
    const personalTitle = await page.locator('[data-testid="demo-title"]').innerText();

    const peers = page.locator('[data-testid="peer-link"]');
    expect(await peers.count()).toBe(1);
    expect(await peers.first().getAttribute('href')).toBe(server.url(3) + '/');
    const sideBySide = page.locator('[data-testid="side-by-side-link"]');
    expect(new URL((await sideBySide.getAttribute('href'))!, page.url()).href).toBe(server.url(2) + '/side-by-side');

    await peers.first().click();
    await page.waitForURL(server.url(3) + '/**');
    await demoReady(page);
    expect(await page.locator('[data-testid="demo-title"]').innerText()).not.toBe(personalTitle);
    // And back: the work page names the personal one.
    expect(await page.locator('[data-testid="peer-link"]').getAttribute('href')).toBe(server.url(2) + '/');

    await page.locator('[data-testid="side-by-side-link"]').click();
    await page.waitForURL(server.url(3) + '/side-by-side');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no peer links on a single-agent page', { timeout: 60_000 }, async () => {
    const single = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'], webDist });
    try {
      const context = await newAttendee(browser());
      const page = await context.newPage();
      await openDemo(page, single.url('persistence'));
      expect(await page.locator('[data-testid="peer-link"], [data-testid="side-by-side-link"]').count()).toBe(0);
      await context.close();
    } finally {
      await single.stop();
    }
  });
});
