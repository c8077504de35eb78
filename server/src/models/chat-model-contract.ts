/**
 * One suite every chat model passes: streaming text, a tool call and the answer to its result,
 * cancellation, and failures as actionable errors. Each implementation gives a subject that
 * arranges its next answer (a script, a fake server's queue, or a request the offline model
 * understands); known deviations are declared with their reason, never by weakening a test.
 */
import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors';
import type { ChatModel, ModelEvent, ModelRequest, ToolSpec } from './types';

/** The names of the contract's tests, for declaring which ones an implementation skips. */
export type ChatModelContractTest = 'streams text' | 'calls a tool' | 'answers a tool result' | 'stops when cancelled' | 'turns a refused key into an actionable error';

/** One chat model under test, with the means to decide its next answer. */
export interface ChatModelSubject {
  model: ChatModel;
  /** The next call answers with text; `expected` is that text when the subject can choose it. */
  text(): { request: ModelRequest; expected?: string };
  /** The next call calls `tool` with `args`. */
  toolCall(tool: ToolSpec, args: Record<string, unknown>): ModelRequest;
  /** The next call answers a request that carries `tool`'s result with text. */
  afterToolResult(tool: ToolSpec, args: Record<string, unknown>, result: string): ModelRequest;
  /** The next call streams a long answer slowly (so a test can stop it mid-way). */
  slow(): ModelRequest;
  /** The next call is refused for its key; the error must name `variable`. */
  refusedKey?(): { request: ModelRequest; variable: string };
  close?(): Promise<void>;
}

/** Which chat model the contract runs against, and the tests it skips with their reason. */
export interface ChatModelContractSetup {
  name: string;
  subject(): Promise<ChatModelSubject>;
  skip?: Array<{ reason: string; tests: ChatModelContractTest[] }>;
}

/** The tool the contract's tool-call tests ask for. */
export const WEATHER_TOOL: ToolSpec = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
};

async function collect(stream: AsyncIterable<ModelEvent>): Promise<ModelEvent[]> {
  const events: ModelEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

const textOf = (events: ModelEvent[]) => events.map((e) => (e.type === 'text-delta' ? e.text : '')).join('');

/** Runs the chat model contract suite against one implementation. */
export function runChatModelContract(setup: ChatModelContractSetup): void {
  const skipped = new Map<ChatModelContractTest, string>();
  for (const { reason, tests } of setup.skip ?? []) for (const t of tests) skipped.set(t, reason);
  const test = (name: ChatModelContractTest, body: (s: ChatModelSubject) => Promise<void>) => {
    const reason = skipped.get(name);
    if (reason) return it.skip(`${name} (not for ${setup.name}: ${reason})`, () => undefined);
    return it(name, async () => {
      const subject = await setup.subject();
      try {
        await body(subject);
      } finally {
        await subject.close?.();
      }
    });
  };

  describe(`chat model contract: ${setup.name}`, () => {
    test('streams text', async (s) => {
      const { request, expected } = s.text();
      const events = await collect(s.model.stream(request));
      const deltas = events.filter((e) => e.type === 'text-delta');
      expect(deltas.length).toBeGreaterThan(0);
      if (expected !== undefined) expect(textOf(events)).toBe(expected);
      else expect(textOf(events).trim().length).toBeGreaterThan(0);
      expect(events.at(-1)).toMatchObject({ type: 'finish', reason: 'stop' });
      expect(events.filter((e) => e.type === 'finish')).toHaveLength(1);
    });

    test('calls a tool', async (s) => {
      const events = await collect(s.model.stream(s.toolCall(WEATHER_TOOL, { city: 'Lisbon' })));
      const calls = events.flatMap((e) => (e.type === 'tool-call' ? [e.call] : []));
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ name: 'get_weather', arguments: { city: 'Lisbon' } });
      expect(calls[0].id).toBeTruthy();
      expect(events.at(-1)).toMatchObject({ type: 'finish', reason: 'tool-calls' });
    });

    test('answers a tool result', async (s) => {
      const events = await collect(s.model.stream(s.afterToolResult(WEATHER_TOOL, { city: 'Lisbon' }, '{"city":"Lisbon","forecast":"sunny","temperatureC":24}')));
      expect(events.some((e) => e.type === 'tool-call')).toBe(false);
      expect(textOf(events).trim().length).toBeGreaterThan(0);
      expect(events.at(-1)).toMatchObject({ type: 'finish', reason: 'stop' });
    });

    test('stops when cancelled', async (s) => {
      const controller = new AbortController();
      const request = { ...s.slow(), signal: controller.signal };
      const events: ModelEvent[] = [];
      const started = Date.now();
      let thrown: unknown;
      try {
        for await (const event of s.model.stream(request)) {
          events.push(event);
          if (event.type === 'text-delta') controller.abort();
        }
      } catch (err) {
        thrown = err;
      }
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(0);
      // A stopped stream never claims to have finished: the agent must know the reply is partial.
      expect(events.some((e) => e.type === 'finish')).toBe(false);
      expect(WorkshopError.is(thrown, 'aborted')).toBe(true);
    });

    test('turns a refused key into an actionable error', async (s) => {
      const refused = s.refusedKey?.();
      expect(refused, `${setup.name} must be able to refuse a key, or declare the skip`).toBeDefined();
      if (!refused) return;
      const failure = await collect(s.model.stream(refused.request)).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(WorkshopError.is(failure, 'model_auth_failed')).toBe(true);
      expect((failure as Error).message).toContain(refused.variable);
    });
  });
}
