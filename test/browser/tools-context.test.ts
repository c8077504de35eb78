/**
 * The DevUI's Tools view and context inspector in Chromium: the Tools tab lists the agent's real
 * tools with their JSON Schema; a turn that calls the weather tool shows its arguments, result and
 * duration in the Trace; and the inspector shows the instructions, the injected memories and a
 * token count that grows over the thread's turns.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { preferencesDemo } from '../../demos/preferences';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, newAttendee, openDemo, pageErrors, screenshot, sendAndWait, useBrowser, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist });

/** The thread's estimated tokens so far, as the Trace panel's summary line states them. */
async function threadTokens(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="trace-thread-tokens"]').getAttribute('data-estimated'));
}

/** Opens a context part (its `<details>`) and returns it. */
async function openPart(inspector: Locator, testId: string): Promise<Locator> {
  const part = inspector.locator(`[data-testid="${testId}"]`);
  await part.locator('summary').click();
  return part;
}

describeBrowser('tools view and context inspector in Chromium', () => {
  it('lists the tools with their schema, traces a tool call and shows what the model was sent', { timeout: 90_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));

    // Tools view: the agent's real tools, the weather tool with its `city` argument and schema.
    const declared = (preferencesDemo.agents[0].tools ?? []).map((t) => t.name);
    await page.locator('[data-testid="tab-tools"]').click();
    await page.locator('[data-testid="tab-tools"]', { hasText: String(declared.length) }).waitFor();
    const names = await page.locator('[data-testid="tool-item"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-tool-name')));
    expect(names).toEqual(declared);
    const weather = page.locator('[data-testid="tool-item"][data-tool-name="get_weather"]');
    await expect(weather.locator('[data-testid="tool-description"]').innerText()).resolves.toMatch(/weather/i);
    const city = weather.locator('[data-testid="tool-arg"][data-arg-name="city"]');
    expect(await city.innerText()).toMatch(/city\s+string\s+City name/);
    await weather.locator('.tool-schema summary').click();
    const schema = JSON.parse(await weather.locator('[data-testid="tool-schema"]').innerText());
    expect(schema).toMatchObject({ type: 'object', properties: { city: { type: 'string' } }, required: expect.arrayContaining(['city']) });
    await screenshot(page, 'tools-view');

    // Turn 1 teaches a fact; the Trace counts what the model was sent.
    await page.locator('[data-testid="tab-trace"]').click();
    await sendAndWait(page, 'My name is Ana and I live in Paris.');
    await page.locator('[data-testid="trace-thread-tokens"]').waitFor();
    const afterOne = await threadTokens(page);
    expect(afterOne).toBeGreaterThan(20);

    // Turn 2 asks for the weather: the offline model calls get_weather.
    await sendAndWait(page, 'What is the weather in Paris?');
    const newest = page.locator('[data-testid="trace-turn"]').first();
    const call = newest.locator('[data-testid="trace-tool-call"][data-tool-name="get_weather"]');
    await call.waitFor();
    expect(await call.getAttribute('data-status')).toBe('done');
    expect(JSON.parse(await call.locator('[data-testid="trace-tool-args"]').innerText())).toMatchObject({ city: 'Paris' });
    // The forecast is longer than a few lines, so it comes folded behind its size: unfold it.
    const fold = call.locator('details.json-fold', { has: page.locator('[data-testid="trace-tool-result"]') });
    expect(await fold.locator('summary').innerText()).toMatch(/^result: \d+ lines, \d+ characters$/);
    await fold.locator('summary').click();
    const result = JSON.parse(await call.locator('[data-testid="trace-tool-result"]').innerText());
    expect(result).toMatchObject({ city: 'Paris' });
    expect(typeof result.temperatureC).toBe('number');
    expect(await call.locator('[data-testid="trace-tool-duration"]').innerText()).toMatch(/^\d+ ms$|^\d+\.\d s$/);

    // The inspector of turn 2: instructions, the memory of turn 1, the history and the tokens.
    const inspector = newest.locator('[data-testid="trace-context"]');
    await inspector.locator('summary').first().click();
    const instructions = await openPart(inspector, 'context-instructions');
    expect(await instructions.innerText()).toContain(preferencesDemo.agents[0].instructions.slice(0, 40));
    const memories = await openPart(inspector, 'context-memories');
    expect(await memories.innerText()).toMatch(/## Memories[\s\S]*Paris/);
    expect(await inspector.locator('[data-testid="context-history"]').innerText()).toMatch(/2 messages/);
    expect(await inspector.locator('[data-testid="context-tool-rounds"]').innerText()).toMatch(/tool rounds/);
    const turnTokens = Number(await inspector.locator('[data-testid="context-turn-tokens"]').getAttribute('data-tokens'));
    expect(await inspector.locator('[data-testid="context-turn-tokens"]').innerText()).toMatch(/~[\d,]+ tokens over 2 model calls/);

    // Cumulative over the thread: the second turn's tokens are added to the first's.
    const afterTwo = await threadTokens(page);
    expect(turnTokens).toBeGreaterThan(afterOne);
    expect(afterTwo).toBe(afterOne + turnTokens);
    expect(await page.locator('[data-testid="trace-thread-tokens"]').innerText()).toMatch(/over 2 turns/);

    await screenshot(page, 'trace-context-inspector');
    expect(errors).toEqual([]);
    await context.close();
  });
});
