/**
 * The DevUI's tools view and context inspector over the real workshop: `GET /api/demo` lists each
 * agent's tools with their JSON Schema, every model call of a turn is announced in a `turn.context`
 * frame, and an HTTP turn answers with the same `context`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistenceDemo } from '../../demos/persistence';
import { preferencesDemo } from '../../demos/preferences';
import { getWeatherTool } from '../../server/src/agents/tools';
import { demoInfoSchema, turnAnswerSchema } from '../../server/src/contracts/http';
import type { ServerFrame } from '../../server/src/contracts/ws';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

type ContextFrame = Extract<ServerFrame, { type: 'turn.context' }>;

/** The tool names a demo's first agent declares. */
const declaredTools = (demo: typeof preferencesDemo) => (demo.agents[0].tools ?? []).map((t) => t.name);

let server: WorkshopServer;
const open: FrameSocket[] = [];

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences', 'persistence'] });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.stop();
});

describe('GET /api/demo: the tools of each agent', () => {
  it('names each tool with its description and the JSON Schema the model is sent', async () => {
    const { status, body } = await new Attendee(server.url('preferences')).get('/api/demo');
    expect(status).toBe(200);
    const demo = demoInfoSchema.parse(body);
    const tools = demo.agents[0].tools;
    expect(tools.map((t) => t.name)).toEqual(declaredTools(preferencesDemo));
    const weather = tools.find((t) => t.name === 'get_weather')!;
    expect(weather.description).toBe(getWeatherTool.description);
    expect(weather.parameters).toMatchObject({
      type: 'object',
      properties: { city: { type: 'string', description: 'City name, for example "Paris"' } },
      required: expect.arrayContaining(['city']),
    });
    // The `$schema` keyword some servers reject is not part of what the model is sent.
    expect(weather.parameters).not.toHaveProperty('$schema');

    const support = demoInfoSchema.parse((await new Attendee(server.url('persistence')).get('/api/demo')).body);
    expect(support.agents[0].tools.map((t) => t.name)).toEqual(declaredTools(persistenceDemo));
    expect(support.agents[0].tools.map((t) => t.name)).toContain('get_ticket_status');
  });
});

describe('turn.context: what each model call is sent', () => {
  it('arrives before the reply with the instructions, the injected memories and the history window', async () => {
    const me = new Attendee(server.url('preferences'));
    const socket = await me.socket();
    open.push(socket);
    await socket.next('hello');
    socket.send({ type: 'turn.start', requestId: 'teach', threadId: 'ctx', text: 'My name is Ines and I live in Lisbon.' });
    const firstTurn = await socket.next('turn.started', (f) => f.requestId === 'teach');
    await socket.next('turn.finished', (f) => f.turnId === firstTurn.turnId);

    socket.send({ type: 'turn.start', requestId: 'ask', threadId: 'ctx', text: 'What is the weather in Lisbon?' });
    const started = await socket.next('turn.started', (f) => f.requestId === 'ask');
    await socket.next('turn.finished', (f) => f.turnId === started.turnId);
    const frames = socket.frames.filter((f) => 'turnId' in f && f.turnId === started.turnId);
    const contexts = frames.filter((f): f is ContextFrame => f.type === 'turn.context').map((f) => f.context);
    expect(contexts.map((c) => c.call)).toEqual([1, 2]);
    const [first, second] = contexts;
    expect(first.instructions.text).toMatch(/^You are a friendly personal assistant/);
    expect(first.memories?.text).toMatch(/^## Memories/);
    expect(first.memories?.text).toContain('Lisbon');
    expect(first.memories?.count).toBeGreaterThan(0);
    expect(first.history.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(first.history.count).toBe(2);
    expect(first.history.window).toBe(40);
    expect(first.userMessage.text).toBe('What is the weather in Lisbon?');
    expect(first.tools.names).toEqual(declaredTools(preferencesDemo));
    expect(first.tools.tokens).toBeGreaterThan(0);
    expect(first.tokenizer).toBe('o200k_base');
    expect(first.tokens).toBeGreaterThan(first.instructions.tokens + first.history.tokens);
    expect(second.toolRounds.messages.map((m) => m.role)).toEqual(['assistant', 'tool']);
    expect(second.turnTokens).toBe(first.tokens + second.tokens);
    // Each call is announced before the model answers it.
    const types = frames.map((f) => f.type);
    expect(types.indexOf('turn.context')).toBeLessThan(types.indexOf('tool.call'));
    expect(types.lastIndexOf('turn.context')).toBeLessThan(types.indexOf('text.delta'));
  });

  it('comes back as `context` in the answer of an HTTP turn', async () => {
    const me = new Attendee(server.url('persistence'));
    const first = await me.post('/api/threads/support_ticket_777/messages', { text: 'My printer shows error E42.' });
    expect(first.status).toBe(200);
    const { status, body } = await me.post('/api/threads/support_ticket_777/messages', { text: 'Thanks, that is all.' });
    expect(status).toBe(200);
    const answer = turnAnswerSchema.parse(body);
    expect(answer.context?.instructions.text.length).toBeGreaterThan(0);
    expect(answer.context?.history.messages.map((m) => m.text)[0]).toBe('My printer shows error E42.');
    expect(answer.context?.userMessage.text).toBe('Thanks, that is all.');
    expect(answer.context?.tools.names).toEqual(declaredTools(persistenceDemo));
    expect(answer.context?.turnTokens).toBeGreaterThan(0);
  });
});
