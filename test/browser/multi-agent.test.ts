/**
 * The multi-agent demo (8002 / 8003): one attendee, two agents, two memories that never mix;
 * `/side-by-side` shows both agents for the same user.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { demoReady, describeBrowser, memoryTexts, newAttendee, openDemo, pageErrors, screenshot, sendAndWait, useBrowser, waitForMemory, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['multi-agent'], webDist });

describeBrowser('multi-agent demo in Chromium', () => {
  it('keeps what each agent learns in its own memory, and shows both side by side for one user', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const personal = await context.newPage();
    const work = await context.newPage();
    const errors = [...[personal, work].map(pageErrors)];

    await openDemo(personal, server.url(2));
    expect(await personal.locator('[data-testid="demo-page"]').getAttribute('data-demo-id')).toBe('multi-agent');
    await sendAndWait(personal, 'My name is Bob and I love hiking in the mountains');
    await waitForMemory(personal, /Bob/);

    await openDemo(work, server.url(3));
    await work.locator('[data-testid="memory-empty"]').waitFor();
    await sendAndWait(work, 'I work at Contoso as a data engineer');
    await waitForMemory(work, /Contoso/);
    // The work agent was never told the name: its memory has no trace of it.
    const notKnown = await sendAndWait(work, "what's my name?");
    expect(notKnown).not.toMatch(/Bob/);
    expect((await memoryTexts(work)).join('\n')).not.toMatch(/Bob|hiking/);

    // The personal agent's panel still shows only its own, even after a reload from Redis.
    await personal.reload();
    await demoReady(personal);
    await waitForMemory(personal, /Bob/);
    expect((await memoryTexts(personal)).join('\n')).not.toMatch(/Contoso/);
    expect(await sendAndWait(personal, "what's my name?")).toMatch(/Bob/);

    // Same user on both ports (the cookie is per host), different agent_id in the scope.
    await personal.locator('[data-testid="tab-scope"]').click();
    await work.locator('[data-testid="tab-scope"]').click();
    const userCell = await personal.locator('[data-testid="scope-user_id"]').innerText();
    const userId = /u_[0-9a-f]{16}/.exec(userCell)?.[0];
    expect(userId).toBeTruthy();
    expect(await work.locator('[data-testid="scope-user_id"]').innerText()).toBe(userCell);
    expect(await personal.locator('[data-testid="scope-agent_id"]').innerText()).toBe('agent_personal');
    expect(await work.locator('[data-testid="scope-agent_id"]').innerText()).toBe('agent_work');
    await personal.locator('[data-testid="tab-memory"]').click();
    await work.locator('[data-testid="tab-memory"]').click();
    await waitForMemory(personal, /Bob/);
    await waitForMemory(work, /Contoso/);
    await screenshot(personal, 'multi-agent-personal');
    await screenshot(work, 'multi-agent-work');

    const side = await context.newPage();
    errors.push(pageErrors(side));
    await side.goto(server.url(2) + '/side-by-side');
    await side.locator('[data-testid="side-by-side"]').waitFor();
    const columns = side.locator('[data-testid="side-by-side-agent"]');
    await expect.poll(() => columns.count()).toBe(2);
    expect(await columns.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-agent-id')))).toEqual(['agent_personal', 'agent_work']);
    const personalFrame = side.frameLocator('[data-testid="frame-agent_personal"]');
    const workFrame = side.frameLocator('[data-testid="frame-agent_work"]');
    await personalFrame.locator('[data-testid="memory-item"] [data-testid="memory-text"]', { hasText: /Bob/ }).first().waitFor();
    await workFrame.locator('[data-testid="memory-item"] [data-testid="memory-text"]', { hasText: /Contoso/ }).first().waitFor();
    expect((await personalFrame.locator('[data-testid="memory-text"]').allInnerTexts()).join('\n')).not.toMatch(/Contoso/);
    expect((await workFrame.locator('[data-testid="memory-text"]').allInnerTexts()).join('\n')).not.toMatch(/Bob|hiking/);
    // Each frame is the agent's own port, for the same user.
    const frames = side.frames().filter((f) => f !== side.mainFrame());
    expect(frames.map((f) => new URL(f.url()).port).sort()).toEqual([String(server.portBase + 2), String(server.portBase + 3)]);
    for (const frame of frames) {
      const me = await frame.evaluate(() => fetch('/api/me').then((r) => r.json() as Promise<{ userId: string }>));
      expect(me.userId).toBe(userId);
    }
    await screenshot(side, 'side-by-side');
    expect(errors.flat()).toEqual([]);
    await context.close();
  });
});
