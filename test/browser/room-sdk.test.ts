/** The page gives each attendee their API key and an SDK snippet that really drives their agent. */
import OpenAI from 'openai';
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { UI_TIMEOUT_MS, describeBrowser, newAttendee, openDemo, pageErrors, useBrowser, webDist } from './browser';

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist });

describeBrowser('from your own code', () => {
  it('the Scope panel shows the key and the snippet; the key drives the agent through the openai SDK', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await page.locator('[data-testid="tab-scope"]').click();
    const key = page.locator('[data-testid="api-key"]');
    await key.waitFor({ timeout: UI_TIMEOUT_MS });
    const apiKey = await key.innerText();
    expect(await page.locator('[data-testid="sdk-code"]').innerText()).toContain(`${server.url('preferences')}/v1`);

    const client = new OpenAI({ baseURL: `${server.url('preferences')}/v1`, apiKey, maxRetries: 0 });
    const conversation = await client.conversations.create({});
    await client.responses.create({ model: 'personal_assistant', input: 'My name is Leocadia.', conversation: conversation.id });
    // The page, same attendee, knows what was said through the SDK.
    await page.reload();
    await openDemo(page, server.url('preferences'));
    await expect.poll(() => page.locator('[data-testid="thread-id"]').allInnerTexts(), { timeout: UI_TIMEOUT_MS }).toContain(conversation.id);
    expect(errors).toEqual([]);
    await context.close();
  });
});
