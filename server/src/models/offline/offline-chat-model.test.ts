/** The offline model as a provider: streaming, determinism, cancelling, small talk and the fallback. */
import { describe, expect, it } from 'vitest';
import { OfflineChatModel } from './offline-chat-model';
import { wordChunks } from './stream-text';
import { collect, memory, model, request, say } from './offline-chat-test-kit';

describe('OfflineChatModel basics', () => {
  it('identifies itself as the offline provider', () => {
    expect(model.provider).toBe('offline');
    expect(model.model).toBe('offline-demo-model');
    expect(new OfflineChatModel({ model: 'custom' }).model).toBe('custom');
  });

  it('streams word by word: many deltas whose concatenation is the reply, then finish', async () => {
    const req = request({ user: 'what do you know about me?', memories: [memory("User's name is Alice."), memory('User lives in Paris.')] });
    const out = await collect(model, req);
    expect(out.deltas.length).toBeGreaterThan(5);
    expect(out.text).toBe(model.respond(req).text);
    expect(out.deltas.join('')).toBe(out.text);
    expect(out.events[out.events.length - 1]).toEqual({ type: 'finish', reason: 'stop' });
    expect(out.deltas.every((d) => d.trim().split(/\s+/).length === 1)).toBe(true);
  });

  it('is deterministic', async () => {
    const input = { user: "I'm Alice, I live in Paris and I love jazz" };
    expect(await say(input)).toBe(await say(input));
  });

  it('waits between words when asked and stops with `aborted` when cancelled', async () => {
    const slow = new OfflineChatModel({ wordDelayMs: 5 });
    const started = Date.now();
    const out = await collect(slow, request({ user: 'hello there' }));
    expect(out.deltas.length).toBeGreaterThan(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * (out.deltas.length - 1) - 5);

    const controller = new AbortController();
    const req = { ...request({ user: 'who are you?' }), signal: controller.signal };
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of slow.stream(req)) {
          if (event.type === 'text-delta') seen.push(event.text);
          if (seen.length === 2) controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ code: 'aborted' });
    expect(seen.length).toBe(2);
  });

  it('wordChunks keeps every character', () => {
    const text = '  Hello,  world!\n- a\n- b ';
    expect(wordChunks(text).join('')).toBe(text);
    expect(wordChunks('')).toEqual([]);
  });
});

describe('OfflineChatModel: small talk and fallback', () => {
  it('greets, says it is the offline model and that memory is real Redis', async () => {
    const hi = await say({ user: 'Hello!' });
    expect(hi).toMatch(/^Hi!/);
    expect(hi).toMatch(/built-in offline model/);
    expect(hi).toMatch(/Redis/);
    expect(await say({ user: 'hi', memories: [memory("User's name is Alice.")] })).toMatch(/^Hi, Alice!/);
  });

  it('answers who it is, including the tools it has', async () => {
    const text = await say({ user: 'Who are you?' });
    expect(text).toMatch(/built-in offline model/);
    expect(text).toMatch(/Redis/);
    expect(text).toMatch(/weather/);
    expect(await say({ user: 'Who are you?', tools: [] })).not.toMatch(/weather/);
  });

  it('says thanks and goodbye', async () => {
    expect(await say({ user: 'thanks!', memories: [memory("User's name is Alice.")] })).toBe("You're welcome, Alice!");
    expect(await say({ user: 'bye' })).toMatch(/^Bye! .*Redis/);
  });

  it('acknowledges a statement it cannot parse, quoting it', async () => {
    const text = await say({ user: 'The router keeps dropping the connection.' });
    expect(text).toMatch(/^Noted: “The router keeps dropping the connection\.”/);
    expect(await say({ user: 'Is the printer fixed?' })).not.toMatch(/^Noted/);
  });

  it('falls back briefly and honestly', async () => {
    const text = await say({ user: 'Explain quantum chromodynamics' });
    expect(text).toMatch(/^I'm the built-in offline model, so I only understand a few kinds of requests/);
    expect(text.length).toBeLessThan(400);
  });
});
