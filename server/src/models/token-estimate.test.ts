import { describe, expect, it } from 'vitest';
import { getWeatherTool } from '../agents/tools';
import { toolSpec } from '../agents/tool';
import { charsPerTokenCounter, loadTokenCounter } from './token-estimate';
import type { ModelMessage } from './types';

describe('token estimate (o200k_base)', () => {
  it('counts text with the GPT-4o tokenizer, loaded once', async () => {
    const counter = await loadTokenCounter();
    expect(counter.tokenizer).toBe('o200k_base');
    expect(await loadTokenCounter()).toBe(counter);
    // Reference counts of tiktoken's o200k_base.
    expect(counter.text('Hello, world!')).toBe(4);
    expect(counter.text('')).toBe(0);
    // Far fewer tokens than characters for English, but more than one per word.
    const sentence = 'You are a friendly personal assistant. Use the memories about the user to personalise every answer.';
    const words = sentence.split(' ').length;
    expect(counter.text(sentence)).toBeGreaterThanOrEqual(words);
    expect(counter.text(sentence)).toBeLessThan(sentence.length / 2);
  });

  it('counts a special-token marker a user typed as plain text instead of throwing', async () => {
    const counter = await loadTokenCounter();
    expect(counter.text('hi <|endoftext|> there')).toBeGreaterThan(3);
  });

  it('adds the per-message framing, tool calls, and the reply priming of a request', async () => {
    const counter = await loadTokenCounter();
    const user: ModelMessage = { role: 'user', text: 'What is the weather in Paris?' };
    expect(counter.message(user)).toBe(counter.text('user') + counter.text(user.text) + 3);
    const call: ModelMessage = { role: 'assistant', text: '', toolCalls: [{ id: 'c1', name: 'get_weather', arguments: { city: 'Paris' } }] };
    expect(counter.message(call)).toBe(counter.text('assistant') + counter.text('get_weather') + counter.text('{"city":"Paris"}') + 3 + 3);
    expect(counter.request([user], [])).toBe(counter.message(user) + 3);
  });

  it('counts tool definitions, less the system-message deduction when a system message is there', async () => {
    const counter = await loadTokenCounter();
    const spec = toolSpec(getWeatherTool);
    const tools = counter.tools([spec]);
    // Name, description and the city parameter's description are all in the rendered definition.
    expect(tools).toBeGreaterThan(counter.text(spec.description) + counter.text('City name, for example "Paris"'));
    expect(counter.tools([])).toBe(0);
    const user: ModelMessage = { role: 'user', text: 'hi' };
    const system: ModelMessage = { role: 'system', text: 'Be brief.' };
    expect(counter.request([user], [spec])).toBe(counter.message(user) + tools + 3);
    expect(counter.request([system, user], [spec])).toBe(counter.message(system) + counter.message(user) + tools - 4 + 3);
  });

  it('falls back to four characters per token, named as such', () => {
    expect(charsPerTokenCounter.tokenizer).toBe('chars/4');
    expect(charsPerTokenCounter.text('abcdefgh')).toBe(2);
    expect(charsPerTokenCounter.text('abcdefghi')).toBe(3);
    expect(charsPerTokenCounter.message({ role: 'user', text: 'abcdefgh' })).toBe(1 + 2 + 3);
  });
});
