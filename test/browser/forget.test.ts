/**
 * Forgetting in the preferences demo (8000), in a real browser: the attendee forgets one fact in
 * the Memory panel, and nothing that still states it is left — not the fact, not the message it
 * came from, not in the panel, not in the API, not in a new thread's answer — while the other
 * fact told in the same sentence is kept.
 */
import { expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { describeBrowser, memoryTexts, newAttendee, openDemo, pageErrors, sendAndWait, useBrowser, waitForMemory, webDist, type PageNode } from './browser';

declare const document: { querySelectorAll(selector: string): ArrayLike<PageNode> };

const browser = useBrowser();
const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], webDist });

/** What the offline model (or any honest model) says when it was not told. */
const DOES_NOT_KNOW = /don['’]t know|do not know|haven['’]t told|not sure|no idea|didn['’]t tell/i;

describeBrowser('forgetting a memory in Chromium', () => {
  it('Forgetting a fact in the Memory panel means a new thread no longer knows it', { timeout: 60_000 }, async () => {
    const context = await newAttendee(browser());
    const page = await context.newPage();
    const errors = pageErrors(page);
    await openDemo(page, server.url('preferences'));
    await page.locator('[data-testid="memory-empty"]').waitFor();
    const firstThread = await page.locator('[data-testid="thread-item"][data-active="true"]').getAttribute('data-thread-id');

    await sendAndWait(page, 'my dog is called Biscuit and I play the cello');
    const dogFact = page.locator('[data-testid="memory-item"][data-kind="fact"]', { has: page.locator('[data-testid="memory-text"]', { hasText: /Biscuit/ }) });
    const celloFact = page.locator('[data-testid="memory-item"][data-kind="fact"]', { has: page.locator('[data-testid="memory-text"]', { hasText: /cello/i }) });
    await dogFact.first().waitFor();
    await celloFact.first().waitFor();
    // The raw statement is a memory too (it says both things).
    await page.locator('[data-testid="memory-item"][data-kind="message"]', { hasText: /Biscuit/ }).first().waitFor();
    expect(await dogFact.count()).toBe(1);
    const celloFactText = await celloFact.locator('[data-testid="memory-text"]').innerText();

    // Forget has no confirm step for one memory (only "Forget everything…" asks).
    await dogFact.locator('[data-testid="memory-forget"]').click();

    // The fact and the message it came from leave the panel (memory.deleted for each).
    await page.waitForFunction(
      () => !Array.from(document.querySelectorAll('[data-testid="memory-item"] [data-testid="memory-text"]')).some((n) => /biscuit/i.test(n.innerText)),
      undefined,
      { timeout: 10_000 },
    );
    const shown = await memoryTexts(page);
    expect(shown.filter((t) => /biscuit/i.test(t))).toEqual([]);
    // The other fact of the same sentence stays.
    expect(shown).toContain(celloFactText);

    // The API agrees (the page's own cookie: same attendee).
    const listed = await page.request.get(`${server.url('preferences')}/api/memories`);
    expect(listed.status()).toBe(200);
    const items = ((await listed.json()) as { items: Array<{ kind: string; text: string }> }).items;
    expect(items.filter((m) => /biscuit/i.test(m.text)).map((m) => `${m.kind}: ${m.text}`)).toEqual([]);
    expect(items.filter((m) => m.kind === 'fact').map((m) => m.text)).toContain(celloFactText);

    // A new chat (the "New" button with no id: a generated one) does not know the dog's name…
    await page.locator('[data-testid="new-thread-button"]').click();
    await page.waitForFunction(
      (old) => Array.from(document.querySelectorAll('[data-testid="thread-item"][data-active="true"]')).some((n) => n.getAttribute('data-thread-id') !== old),
      firstThread,
      { timeout: 10_000 },
    );
    await page.locator('[data-testid="message"]').first().waitFor({ state: 'detached' });
    const dogReply = await sendAndWait(page, "what's my dog called?");
    expect(dogReply).not.toMatch(/biscuit/i);
    expect(dogReply).toMatch(DOES_NOT_KNOW);
    const dogTurnUsed = await page.locator('[data-testid="message"][data-role="assistant"]').last().locator('[data-testid="memory-used-item"]').allInnerTexts();
    expect(dogTurnUsed.filter((t) => /biscuit/i.test(t))).toEqual([]);

    // …and still knows the other fact.
    const celloReply = await sendAndWait(page, 'what instrument do I play?');
    expect(celloReply).toMatch(/cello/i);
    expect(celloReply).not.toMatch(/biscuit/i);

    // Asking did not bring it back.
    expect((await memoryTexts(page)).filter((t) => /biscuit/i.test(t))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
