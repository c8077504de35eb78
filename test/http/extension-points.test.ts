/**
 * Adding a demo and a model provider, done once (docs/architecture.md): a test-only demo
 * declaration served by the real workshop, on a test-only model handed to the composition root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoDefinition } from '../../server/src/demo-definition';
import { ScriptedChatModel } from '../../server/src/models/testing/scripted-chat-model';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

const recipeDemo: DemoDefinition = {
  id: 'recipes',
  title: 'Recipe helper',
  description: 'A test-only demo: one agent that remembers what you cook.',
  agents: [
    {
      id: 'recipe_agent',
      name: 'Recipe Agent',
      description: 'Suggests dishes',
      instructions: 'You suggest recipes.',
      memory: { indexName: 'test_recipes_idx', prefix: 'test_recipes', applicationId: 'test_app', strategy: 'global' },
      history: { maxMessages: 10 },
      portOffset: 0,
    },
  ],
};

const model = new ScriptedChatModel([(request) => ({ text: `Scripted answer to: ${request.messages.at(-1)?.text ?? ''}`, usage: { inputTokens: 7, outputTokens: 4 } })], {
  provider: 'scripted',
  model: 'script-1',
});

let server: WorkshopServer;
beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), declarations: [recipeDemo], models: { chat: model, warnings: [] } });
});
afterAll(() => server?.stop());

describe('extension points', () => {
  it('a new demo is a declaration: the workshop serves it with its own agent, memory and history', async () => {
    const me = new Attendee(server.url(0));
    const demo = (await me.get('/api/demo')).body;
    expect(demo).toMatchObject({ id: 'recipes', agents: [{ id: 'recipe_agent', name: 'Recipe Agent' }], history: { maxMessages: 10 } });
    expect(demo.memory.prefix).toMatch(/test_recipes$/);
    const res = await me.post('/api/threads/dinner/messages', { text: 'I love making risotto.' });
    expect(res.status).toBe(200);
    expect((await me.get('/api/memories')).body.items.some((m: { text: string }) => /risotto/.test(m.text))).toBe(true);
  });

  it('a new model provider is a ChatModel handed to the composition root: every turn goes through it', async () => {
    const me = new Attendee(server.url(0));
    expect((await me.get('/api/health')).body.model).toMatchObject({ provider: 'scripted', model: 'script-1' });
    const socket = await me.socket();
    socket.send({ type: 'turn.start', requestId: 'm1', threadId: 'lunch', text: 'Any idea for lunch?' });
    const finished = await socket.next('turn.finished');
    expect(finished.reply.text).toBe('Scripted answer to: Any idea for lunch?');
    expect(finished.usage).toEqual({ inputTokens: 7, outputTokens: 4 });
    expect(model.requests.at(-1)?.messages[0]).toEqual({ role: 'system', text: 'You suggest recipes.' });
    socket.close();
  });
});
