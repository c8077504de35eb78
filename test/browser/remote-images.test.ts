/**
 * A reply with a remote image (`![x](http://host/leak.png)`, as a real model could be talked into
 * writing) must not make the attendee's browser fetch it: the chat shows a link instead, and the
 * page's Content-Security-Policy would refuse the load anyway. The "remote host" is a real local
 * HTTP server on another port that counts every request it gets.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScriptedChatModel } from '../../server/src/models/testing/scripted-chat-model';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { describeBrowser, newAttendee, openDemo, sendAndWait, useBrowser, webDist } from './browser';

const browser = useBrowser();
let server: WorkshopServer;
let remote: Server;
const hits: string[] = [];
let remoteUrl = '';

beforeAll(async () => {
  remote = createServer((req, res) => {
    hits.push(`${req.url} referer=${req.headers.referer ?? ''}`);
    res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
  remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
  const model = new ScriptedChatModel([() => ({ text: `Here you go: ![chart](${remoteUrl}/leak.png) and ![](${remoteUrl}/second.png) done.` })]);
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist, models: { chat: model, warnings: [] } });
});
afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => remote?.close(resolve));
});

describeBrowser('remote images in replies', () => {
  it('shows them as links and never fetches them', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    await openDemo(page, server.url('preferences'));
    await sendAndWait(page, 'Show me a chart of my week, please.');
    const links = page.locator('[data-testid="message"][data-role="assistant"] [data-testid="image-link"]');
    expect(await links.count()).toBe(2);
    expect(await links.first().getAttribute('href')).toBe(`${remoteUrl}/leak.png`);
    expect(await links.first().innerText()).toContain('chart');
    expect(await page.locator('[data-testid="message"] img').count()).toBe(0);
    // A reload renders the stored reply again: still nothing fetched.
    await page.reload();
    await openDemo(page, page.url());
    await links.first().waitFor();
    await page.waitForTimeout(300);
    expect(hits).toEqual([]);
    await context.close();
  });
});
