import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../../../test/fakes/openai-server';
import { WorkshopError } from '../../errors';
import type { ModelEvent } from '../types';
import { OpenAIChatModel } from './chat-model';
import { createOpenAIClient } from './client';
import { modelProfile } from './profile';

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAIServer();
});
afterAll(() => fake?.close());

function model(options: { idleTimeoutMs?: number; maxRetries?: number } = {}) {
  const config = { provider: 'openai' as const, model: 'gpt-fake', baseUrl: fake.openaiBaseUrl };
  return new OpenAIChatModel({
    client: createOpenAIClient(config, { timeoutMs: 5_000 }),
    profile: modelProfile(config),
    idleTimeoutMs: options.idleTimeoutMs,
    retry: { maxRetries: options.maxRetries ?? 2, baseDelayMs: 10, maxDelayMs: 1_000 },
  });
}

const ask = (text: string) => ({ messages: [{ role: 'user' as const, text }], tools: [] });

async function run(stream: AsyncIterable<ModelEvent>): Promise<{ events: ModelEvent[]; error?: unknown }> {
  const events: ModelEvent[] = [];
  try {
    for await (const event of stream) events.push(event);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

describe('OpenAIChatModel', () => {
  it('fails with model_timeout when a started stream falls silent, keeping what came before', async () => {
    fake.script({ type: 'stall', text: 'Thinking hard' });
    const started = Date.now();
    const { events, error } = await run(model({ idleTimeoutMs: 300 }).stream(ask('hi')));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(events).toEqual([{ type: 'text-delta', text: 'Thinking' }]);
    expect(WorkshopError.is(error, 'model_timeout')).toBe(true);
    expect((error as Error).message).toContain('MODEL_TIMEOUT_SECONDS');
  });

  it('assembles parallel tool calls in order, with arguments split across chunks', async () => {
    fake.script({ type: 'tool-calls', calls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }, { name: 'get_calendar', arguments: { date: '2026-12-03' } }] });
    const { events } = await run(model().stream(ask('weather and calendar')));
    expect(events.filter((e) => e.type === 'tool-call').map((e) => (e.type === 'tool-call' ? [e.call.name, e.call.arguments] : []))).toEqual([
      ['get_weather', { city: 'Oslo' }],
      ['get_calendar', { date: '2026-12-03' }],
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'finish', reason: 'tool-calls' });
  });

  it('retries 5xx with backoff and reports each retry, then gives up with the attempts counted', async () => {
    fake.script({ type: 'error', status: 503 }, { type: 'error', status: 503 }, { type: 'error', status: 503 });
    const { events, error } = await run(model({ maxRetries: 2 }).stream(ask('hi')));
    expect(events.map((e) => e.type)).toEqual(['retry', 'retry']);
    expect(WorkshopError.is(error, 'model_failed')).toBe(true);
    expect((error as Error).message).toMatch(/503.*after 3 tries/);
  });

  it('reports a length finish so the agent knows the reply was cut', async () => {
    fake.script({ type: 'text', text: 'This reply was cut', finishReason: 'length' });
    const { events } = await run(model().stream(ask('long please')));
    expect(events.at(-1)).toMatchObject({ type: 'finish', reason: 'length' });
  });
});
