/**
 * The agents through the real `openai` SDK: `/v1/responses` (streaming and not) and
 * `/v1/conversations`, with each attendee's API key, on a real workshop and Redis.
 */
import OpenAI, { AuthenticationError, BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer;
beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl() });
});
afterAll(() => server?.stop());

async function clientFor(url: string): Promise<{ client: OpenAI; attendee: Attendee }> {
  const attendee = new Attendee(url);
  const { apiKey } = (await attendee.get('/api/me')).body;
  expect(apiKey).toMatch(/^wk_u_[0-9a-f]{16}\./);
  return { client: new OpenAI({ baseURL: `${url}/v1`, apiKey, maxRetries: 0 }), attendee };
}

describe('the openai SDK against the workshop', () => {
  it('a fact told in one conversation is known in another; the conversation is one of the attendee\'s threads', async () => {
    const { client, attendee } = await clientFor(server.url('preferences'));
    const first = await client.conversations.create({});
    const told = await client.responses.create({ model: 'personal_assistant', input: 'My name is Ingrid and I live in Tromsø.', conversation: first.id });
    expect(told.status).toBe('completed');
    expect(told.output_text.length).toBeGreaterThan(0);
    const second = await client.conversations.create({});
    const asked = await client.responses.create({ model: 'personal_assistant', input: [{ role: 'user', content: "What's my name?" }], conversation: second.id });
    expect(asked.output_text).toContain('Ingrid');
    const items = await client.conversations.items.list(first.id, { order: 'asc' });
    expect(items.data.map((i) => (i as { role?: string }).role)).toEqual(['user', 'assistant']);
    const threads = (await attendee.get('/api/threads')).body.threads.map((t: { id: string }) => t.id);
    expect(threads).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it('streams a reply as Responses API events', async () => {
    const { client } = await clientFor(server.url('preferences'));
    const stream = await client.responses.create({ model: 'personal_assistant', input: 'I am a vegetarian and I love ramen.', stream: true });
    const types: string[] = [];
    let text = '';
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') completed = event.response;
    }
    expect(types[0]).toBe('response.created');
    expect(types.filter((t) => t === 'response.output_text.delta').length).toBeGreaterThan(1);
    expect(types.at(-1)).toBe('response.completed');
    expect(completed?.output_text ?? (completed?.output[0] as { content: Array<{ text: string }> }).content[0].text).toBe(text);
  });

  it('a conversation survives a restart of the server', async () => {
    const restartable = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'] });
    const { client, attendee } = await clientFor(restartable.url('persistence'));
    const conversation = await client.conversations.create({});
    await client.responses.create({ model: 'support_agent', input: 'My printer shows error E42 since Monday.', conversation: conversation.id });
    await restartable.stop();
    const again = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'], namespace: restartable.namespace, portBase: restartable.portBase });
    try {
      const { apiKey } = (await attendee.get('/api/me')).body;
      const after = new OpenAI({ baseURL: `${again.url('persistence')}/v1`, apiKey, maxRetries: 0 });
      expect((await after.conversations.retrieve(conversation.id)).id).toBe(conversation.id);
      const items = await after.conversations.items.list(conversation.id, { order: 'asc' });
      expect(JSON.stringify(items.data)).toContain('E42');
    } finally {
      await again.stop();
    }
  });

  it("another attendee's key sees none of it, and bad requests get OpenAI-style errors", async () => {
    const { client } = await clientFor(server.url('preferences'));
    const mine = await client.conversations.create({});
    const { client: other } = await clientFor(server.url('preferences'));
    await expect(other.conversations.retrieve(mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(other.responses.create({ model: 'personal_assistant', input: 'hi', conversation: mine.id })).rejects.toBeInstanceOf(NotFoundError);
    const stranger = new OpenAI({ baseURL: `${server.url('preferences')}/v1`, apiKey: 'wk_u_0000000000000000.forged', maxRetries: 0 });
    const refused = await stranger.conversations.create({}).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect((refused as AuthenticationError).error).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key' });
    await expect(client.responses.create({ model: 'no_such_agent', input: 'hi' })).rejects.toBeInstanceOf(NotFoundError);
    const notJson = await fetch(`${server.url('preferences')}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${client.apiKey}` }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: unknown }).error).toMatchObject({ type: 'invalid_request_error', code: 'bad_json' });
    const bad = await client.responses.create({ model: 'personal_assistant', input: 42 as unknown as string }).catch((err: unknown) => err);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect((bad as BadRequestError).error).toMatchObject({ type: 'invalid_request_error', param: 'input' });
  });
});
