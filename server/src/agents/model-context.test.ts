import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import { WorkshopRuntime } from '../compose';
import { HashingEmbedder } from '../memory/embedders';
import { OfflineChatModel } from '../models/offline';
import { charsPerTokenCounter, loadTokenCounter } from '../models/token-estimate';
import { MAX_LISTED_MESSAGES, MAX_MESSAGE_PREVIEW_CHARS, MAX_PART_CHARS, describeModelCall, type ModelCallContext } from './model-context';
import { toolSpec } from './tool';
import { getCalendarTool, getWeatherTool } from './tools';
import type { AgentEvent, ModelMessage } from './types';

const INSTRUCTIONS = 'You are a friendly personal assistant. Never invent facts about the user.';

describe('describeModelCall', () => {
  const user: ModelMessage = { role: 'user', text: 'What is the weather in Paris?' };
  const parts = {
    call: 1,
    instructions: INSTRUCTIONS,
    history: [
      { role: 'user', text: 'Hi, I am Ana.' },
      { role: 'assistant', text: 'Nice to meet you, Ana.' },
    ] satisfies ModelMessage[],
    historyWindow: 40,
    userMessage: user,
    toolRounds: [],
    tools: [toolSpec(getWeatherTool)],
    earlierTokens: 0,
  };

  it('names every part with its tokens, and the whole call adds up to the request estimate', async () => {
    const counter = await loadTokenCounter();
    const memories: ModelMessage = { role: 'system', text: '## Memories\n- User lives in Paris.', memories: [] };
    const sent = describeModelCall({ ...parts, memories }, counter);
    expect(sent.instructions).toEqual({ text: INSTRUCTIONS, chars: INSTRUCTIONS.length, tokens: counter.message({ role: 'system', text: INSTRUCTIONS }) });
    expect(sent.memories).toMatchObject({ text: memories.text, count: 0 });
    expect(sent.history.messages.map((m) => [m.role, m.text])).toEqual([
      ['user', 'Hi, I am Ana.'],
      ['assistant', 'Nice to meet you, Ana.'],
    ]);
    expect(sent.history.window).toBe(40);
    expect(sent.history.tokens).toBe(sent.history.messages[0].tokens + sent.history.messages[1].tokens);
    expect(sent.userMessage.text).toBe(user.text);
    expect(sent.tools.names).toEqual(['get_weather']);
    expect(sent.tools.tokens).toBe(counter.tools(parts.tools));
    expect(sent.tokens).toBe(counter.request([{ role: 'system', text: INSTRUCTIONS }, memories, ...parts.history, user], parts.tools));
    expect(sent.turnTokens).toBe(sent.tokens);
    expect(sent.tokenizer).toBe('o200k_base');
  });

  it('bounds the payload: long texts become previews with their full length, tokens still count all of it', () => {
    const long = 'word '.repeat(3000);
    const sent = describeModelCall(
      { ...parts, instructions: long, history: [{ role: 'assistant', text: long }], userMessage: { role: 'user', text: long } },
      charsPerTokenCounter,
    );
    expect(sent.instructions).toMatchObject({ chars: long.length, truncated: true });
    expect(sent.instructions.text).toHaveLength(MAX_PART_CHARS);
    expect(sent.instructions.tokens).toBe(charsPerTokenCounter.message({ role: 'system', text: long }));
    expect(sent.userMessage).toMatchObject({ chars: long.length, truncated: true });
    expect(sent.history.messages[0].text).toHaveLength(MAX_MESSAGE_PREVIEW_CHARS);
    expect(sent.history.messages[0]).toMatchObject({ chars: long.length, truncated: true });
    expect(JSON.stringify(sent).length).toBeLessThan(2 * MAX_PART_CHARS + MAX_MESSAGE_PREVIEW_CHARS + 2000);
    expect(sent.tokenizer).toBe('chars/4');
  });

  it('lists only the newest messages of a long history, while count and tokens cover all of them', () => {
    const history: ModelMessage[] = Array.from({ length: MAX_LISTED_MESSAGES + 10 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', text: `message ${i}` }));
    const sent = describeModelCall({ ...parts, history, historyWindow: 100 }, charsPerTokenCounter);
    expect(sent.history.count).toBe(MAX_LISTED_MESSAGES + 10);
    expect(sent.history.messages).toHaveLength(MAX_LISTED_MESSAGES);
    expect(sent.history.messages[0].text).toBe('message 10');
    expect(sent.history.messages.at(-1)?.text).toBe(`message ${MAX_LISTED_MESSAGES + 9}`);
    expect(sent.history.tokens).toBe(history.reduce((sum, m) => sum + charsPerTokenCounter.message(m), 0));
  });

  it('adds a later call to the tokens of the earlier ones', () => {
    const first = describeModelCall(parts, charsPerTokenCounter);
    const second = describeModelCall({ ...parts, call: 2, earlierTokens: first.turnTokens }, charsPerTokenCounter);
    expect(second.turnTokens).toBe(first.tokens + second.tokens);
  });
});

describe('the agent reports each model call before it is made', () => {
  const client = testClient();
  const runtime = new WorkshopRuntime({
    client,
    capabilities: { version: '7', cluster: false, search: false },
    model: new OfflineChatModel(),
    embedder: new HashingEmbedder(),
  });

  it('with the instructions, the injected memories, the history window, the user message and the tool round', async () => {
    const prefix = uniquePrefix('context');
    const definition = {
      id: 'assistant',
      name: 'Assistant',
      description: 'test agent',
      instructions: INSTRUCTIONS,
      tools: [getWeatherTool, getCalendarTool],
      memory: { indexName: prefix, prefix, applicationId: 'app', strategy: 'global' as const },
      history: { keyPrefix: `${prefix}_chat` },
      portOffset: 0,
    };
    const user = await runtime.userAgent(definition, { userId: 'ana' });
    const thread = user.thread('weather');
    await user.agent.run('My name is Ana and I live in Paris.', { thread });

    const events: AgentEvent[] = [];
    for await (const event of user.agent.runStream('What is the weather in Paris?', { thread })) events.push(event);
    const calls = events.filter((e): e is Extract<AgentEvent, { type: 'model-request' }> => e.type === 'model-request').map((e) => e.context);
    // One call that asks for the weather, one that answers with the tool's result.
    expect(calls.map((c) => c.call)).toEqual([1, 2]);
    const [first, second] = calls as [ModelCallContext, ModelCallContext];
    expect(first.instructions.text).toBe(INSTRUCTIONS);
    expect(first.memories?.text).toMatch(/^## Memories/);
    expect(first.memories?.text).toContain('Paris');
    expect(first.memories?.count).toBeGreaterThan(0);
    expect(first.history.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(first.history.count).toBe(2);
    expect(first.history.messages[0].text).toBe('My name is Ana and I live in Paris.');
    expect(first.userMessage.text).toBe('What is the weather in Paris?');
    expect(first.toolRounds.messages).toEqual([]);
    expect(first.tools.names).toEqual(['get_weather', 'get_calendar']);
    expect(second.toolRounds.messages.map((m) => [m.role, m.toolCalls ?? m.toolName])).toEqual([
      ['assistant', ['get_weather']],
      ['tool', 'get_weather'],
    ]);
    expect(second.toolRounds.messages[1].text).toContain('Paris');
    expect(second.tokens).toBeGreaterThan(first.tokens);
    expect(second.turnTokens).toBe(first.tokens + second.tokens);
    // Reported before the model answers: the first call precedes the first word and the tool call.
    const types = events.map((e) => e.type);
    expect(types.indexOf('model-request')).toBeLessThan(types.indexOf('tool-call'));
    expect(types.lastIndexOf('model-request')).toBeLessThan(types.indexOf('text-delta'));

    const result = await user.agent.run('And tomorrow?', { thread });
    expect(result.context?.history.messages.length).toBeGreaterThan(first.history.messages.length);
  });
});
