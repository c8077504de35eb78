/**
 * The page on a real model (the local server that speaks the OpenAI API): the top bar names the
 * model and the embedder, the Redis view shows the vector field, the Trace panel shows tokens
 * and a retry, and a refused key is shown as the actionable message.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../fakes/openai-server';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { UI_TIMEOUT_MS, describeBrowser, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, webDist } from './browser';

const browser = useBrowser();
let fake: FakeOpenAIServer;
let server: WorkshopServer;

beforeAll(async () => {
  fake = await startFakeOpenAIServer({
    apiKey: 'test-key',
    embeddingDimensions: 32,
    onChat: (body) => {
      const isFacts = (body.tools ?? []).some((t: any) => t.function.name === 'record_user_facts');
      if (isFacts) return { type: 'tool-calls', calls: [{ name: 'record_user_facts', arguments: { facts: [], retract: [] } }] };
      const user = [...body.messages].reverse().find((m: any) => m.role === 'user')?.content ?? '';
      return { type: 'text', text: `The model heard: ${user}` };
    },
  });
  server = await startWorkshopServer({
    redisUrl: testRedisUrl(),
    demos: ['preferences'],
    webDist,
    env: { OPENAI_BASE_URL: fake.openaiBaseUrl, OPENAI_MODEL: 'gpt-fake', OPENAI_API_KEY: 'test-key', OPENAI_EMBEDDING_MODEL: 'embed-fake' },
  });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

describeBrowser('a real model in the page', () => {
  it('names the model and embedder, shows vectors, tokens, retries and actionable errors', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser(), { width: 1400, height: 900 });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await expect.poll(() => page.locator('[data-testid="model-badge"]').innerText(), { timeout: UI_TIMEOUT_MS }).toMatch(/OpenAI-compatible · gpt-fake/);
    expect(await page.locator('[data-testid="model-embedder"]').getAttribute('data-embedder')).toBe('openai:embed-fake');

    await page.locator('[data-testid="tab-redis"]').click();
    await expect.poll(() => page.locator('[data-testid="vector-dimensions"]').innerText(), { timeout: UI_TIMEOUT_MS }).toBe('32');
    expect(await page.locator('[data-testid="vector-embedder"]').innerText()).toBe('openai:embed-fake');

    fake.script({ type: 'error', status: 429, message: 'slow down', headers: { 'retry-after': '0' } });
    const reply = await sendAndWait(page, 'Hello model');
    expect(reply).toContain('The model heard: Hello model');
    await page.locator('[data-testid="tab-trace"]').click();
    await expect.poll(() => page.locator('[data-testid="trace-tokens"]').first().innerText(), { timeout: UI_TIMEOUT_MS }).toMatch(/tokens \d+ in · \d+ out/);
    expect(await page.locator('[data-testid="trace-retries"]').first().innerText()).toMatch(/retried 1× \(HTTP 429/);

    fake.script({ type: 'error', status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided' });
    const input = page.locator('[data-testid="composer-input"]');
    await input.fill('Are you there?');
    await input.press('Enter');
    await expect.poll(() => page.locator('body').innerText(), { timeout: UI_TIMEOUT_MS }).toMatch(/OPENAI_API_KEY/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
