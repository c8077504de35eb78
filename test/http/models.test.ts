/**
 * Every demo on a real model: the real `openai` SDK (and `@azure/identity` with an injected
 * credential) against a local server that speaks Chat Completions and Embeddings in the OpenAI
 * and the Azure URL shapes, through the DevUI's HTTP API and WebSocket, on the real test Redis.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AZURE_API_VERSION } from '../../server/src/models/openai/client';
import { startFakeOpenAIServer, type FakeChatStep, type FakeOpenAIServer, type RecordedRequest } from '../fakes/openai-server';
import { testClient, testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

/**
 * The fake model's behaviour: reads facts with simple patterns when asked to record them, calls
 * the weather tool when asked about the weather, and otherwise answers with what it was told.
 */
function fakeModel(body: any): FakeChatStep {
  const tools: string[] = (body.tools ?? []).map((t: any) => t.function.name);
  const messages: any[] = body.messages;
  const last = messages.at(-1);
  const userText: string = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  if (tools.includes('record_user_facts')) {
    if (/please fail/.test(userText)) return { type: 'error', status: 500, message: 'extraction exploded' };
    const facts: Array<{ attribute: string; value: string }> = [];
    const place = /\b(?:live in|moved to|based in)\s+([A-Z][a-z]+)/.exec(userText);
    if (place) facts.push({ attribute: 'location', value: place[1] });
    const name = /\bmy name is\s+([A-Z][a-z]+)/i.exec(userText);
    if (name) facts.push({ attribute: 'name', value: name[1] });
    return { type: 'tool-calls', calls: [{ name: 'record_user_facts', arguments: { facts, retract: [] } }] };
  }
  if (last?.role === 'tool') return { type: 'text', text: `Here is what the tool said: ${last.content}` };
  const weather = /weather in ([A-Z][a-z]+)/.exec(userText);
  if (weather && tools.includes('get_weather')) return { type: 'tool-calls', calls: [{ name: 'get_weather', arguments: { city: weather[1] } }] };
  const memory = messages.find((m) => typeof m.content === 'string' && m.content.startsWith('## Memories'));
  return { type: 'text', text: memory ? `From memory: ${memory.content.split('\n').slice(2).join(' ')}` : `You said: ${userText}` };
}

const redis = testClient();
let fake: FakeOpenAIServer;
let server: WorkshopServer;

const openaiEnv = () => ({ OPENAI_BASE_URL: fake.openaiBaseUrl, OPENAI_MODEL: 'gpt-fake', OPENAI_API_KEY: 'test-key', OPENAI_EMBEDDING_MODEL: 'embed-fake' });

beforeAll(async () => {
  fake = await startFakeOpenAIServer({ apiKey: 'test-key', bearerTokens: ['entra-token'], deployments: ['chat-dep', 'embed-dep'], embeddingDimensions: 48, onChat: fakeModel });
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), env: openaiEnv() });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const chatRequests = (since: number) => fake.requests.slice(since).filter((r) => r.kind === 'chat');
const turnRequests = (since: number) => chatRequests(since).filter((r) => !(r.body.tools ?? []).some((t: any) => t.function.name === 'record_user_facts'));

describe('an OpenAI-compatible server behind every demo', () => {
  it('reports the provider, the model and the embedder with the dimension its first answer had', async () => {
    const health = await new Attendee(server.url('preferences')).get('/api/health');
    expect(health.body.model).toMatchObject({ provider: 'openai', model: 'gpt-fake', embedder: { name: 'openai:embed-fake', dimensions: 48 } });
    const demo = await new Attendee(server.url('persistence')).get('/api/demo');
    expect(demo.body.memory.vector).toEqual({ field: 'embedding', dimensions: 48, distance: 'COSINE', embedder: 'openai:embed-fake' });
  });

  it('runs a full turn with a tool call over HTTP, the tool result going back to the model', async () => {
    const me = new Attendee(server.url('preferences'));
    const since = fake.requests.length;
    const res = await me.post('/api/threads/weather_http/messages', { text: 'What is the weather in Lisbon?' });
    expect(res.status).toBe(200);
    expect(res.body.toolCalls).toEqual([expect.objectContaining({ name: 'get_weather', arguments: { city: 'Lisbon' } })]);
    expect(res.body.reply.text).toContain('Lisbon');
    const [first, second] = turnRequests(since);
    expect(first.shape).toBe('openai');
    expect(first.headers.authorization).toBe('Bearer test-key');
    expect(first.body.tools.map((t: any) => t.function.name)).toContain('get_weather');
    const toolMessage = second.body.messages.at(-1);
    expect(toolMessage).toMatchObject({ role: 'tool', tool_call_id: res.body.toolCalls[0].id });
    expect(JSON.parse(toolMessage.content)).toMatchObject({ city: 'Lisbon' });
  });

  it('streams the same turn over the WebSocket with tokens and the finish reason', async () => {
    const socket = await new Attendee(server.url('preferences')).socket();
    socket.send({ type: 'turn.start', requestId: 'w1', threadId: 'weather_ws', text: 'What is the weather in Porto?' });
    const call = await socket.next('tool.call');
    expect(call.call).toMatchObject({ name: 'get_weather', arguments: { city: 'Porto' } });
    await socket.next('tool.result', (f) => f.toolCallId === call.call.id);
    const finished = await socket.next('turn.finished');
    expect(finished.reply.text).toContain('Porto');
    expect(finished.finishReason).toBe('stop');
    expect(finished.usage?.inputTokens).toBeGreaterThan(0);
    expect(finished.usage?.outputTokens).toBeGreaterThan(0);
    expect(socket.frames.filter((f) => f.type === 'text.delta').length).toBeGreaterThan(1);
    socket.close();
  });

  it('sends the memory context as its own message between the instructions and the conversation', async () => {
    const me = new Attendee(server.url('preferences'));
    expect((await me.post('/api/threads/ctx_a/messages', { text: 'I live in Coimbra these days.' })).status).toBe(200);
    const since = fake.requests.length;
    const res = await me.post('/api/threads/ctx_b/messages', { text: 'Where do I live?' });
    expect(res.status).toBe(200);
    const [request] = turnRequests(since);
    const [instructions, context, ...rest] = request.body.messages;
    expect(instructions.role).toBe('system');
    expect(instructions.content).not.toContain('## Memories');
    expect(context.content).toMatch(/^## Memories\nConsider the following memories when answering user questions:/);
    expect(context.content).toContain('User lives in Coimbra.');
    expect(rest.at(-1)).toEqual({ role: 'user', content: 'Where do I live?' });
    expect(res.body.reply.text).toContain('Coimbra');
  });

  it('keeps the facts the model extracted, and a new value replaces the old one', async () => {
    const me = new Attendee(server.url('preferences'));
    await me.post('/api/threads/facts_a/messages', { text: 'Hi, my name is Maren and I live in Bergen.' });
    await me.post('/api/threads/facts_b/messages', { text: 'Big news: I moved to Oslo last week.' });
    const facts = (await me.get('/api/memories')).body.items.filter((m: any) => m.kind === 'fact').map((m: any) => m.text);
    expect(facts).toContain("User's name is Maren.");
    expect(facts).toContain('User lives in Oslo.');
    expect(facts.join(' ')).not.toContain('Bergen');
    // The extraction asked the model for a tool call with the fact schema.
    const extraction = fake.requests.find((r) => r.kind === 'chat' && (r.body.tools ?? []).some((t: any) => t.function.name === 'record_user_facts'));
    expect(extraction?.body.tool_choice).toBe('required');
  });

  it('stores the returned vectors and searches with them (hybrid search on the plain engine)', async () => {
    const me = new Attendee(server.url('persistence'));
    await me.post('/api/threads/support_ticket_77/messages', { text: 'My router keeps dropping the wifi connection every evening.' });
    const items = (await me.get('/api/memories?q=wifi router dropping')).body.items;
    expect(items[0].text).toContain('router');
    const keys = await redis.keys(`*:${items[0].id}`);
    const embedding = await redis.hgetBuffer(keys[0], 'embedding');
    expect(embedding?.length).toBe(48 * 4);
    // The query itself was embedded too.
    expect(fake.requests.some((r) => r.kind === 'embeddings' && JSON.stringify(r.body.input).includes('wifi router dropping'))).toBe(true);
  });

  it('retries a 429 and answers; the WebSocket reports the retry', async () => {
    const socket = await new Attendee(server.url('preferences')).socket();
    fake.script({ type: 'error', status: 429, message: 'Rate limit reached', headers: { 'retry-after': '0' } });
    socket.send({ type: 'turn.start', requestId: 'r429', threadId: 'limits', text: 'Hello there' });
    const retry = await socket.next('model.retry');
    expect(retry).toMatchObject({ attempt: 1, reason: 'HTTP 429' });
    const finished = await socket.next('turn.finished');
    expect(finished.reply.text).toContain('Hello there');
    expect(finished.retries).toBe(1);
    socket.close();
  });

  it('turns a refused key into an actionable error over HTTP and the WebSocket, and stays up', async () => {
    const me = new Attendee(server.url('preferences'));
    fake.script({ type: 'error', status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided' });
    const res = await me.post('/api/threads/auth/messages', { text: 'Hello?' });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('model_auth_failed');
    expect(res.body.error.message).toContain('OPENAI_API_KEY');
    const socket = await me.socket();
    fake.script({ type: 'error', status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided' });
    socket.send({ type: 'turn.start', requestId: 'a401', threadId: 'auth_ws', text: 'Hello?' });
    const error = await socket.next('error', (f) => f.requestId === 'a401');
    expect(error.code).toBe('model_auth_failed');
    expect(error.message).toContain('OPENAI_API_KEY');
    socket.close();
    expect((await me.get('/api/health')).status).toBe(200);
    // The user's message is kept; no empty reply was stored.
    const thread = await me.get('/api/threads/auth');
    expect(thread.body.messages.map((m: any) => m.role)).toEqual(['user']);
  });

  it('names the model variable when the model does not exist', async () => {
    fake.script({ type: 'error', status: 404, code: 'model_not_found', message: 'The model `gpt-fake` does not exist' });
    const res = await new Attendee(server.url('preferences')).post('/api/threads/missing/messages', { text: 'Hi' });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ code: 'model_not_found' });
    expect(res.body.error.message).toContain('OPENAI_MODEL');
  });

  it('stops a streaming reply: the request to the model is cancelled and the streamed part kept', async () => {
    const me = new Attendee(server.url('preferences'));
    const socket = await me.socket();
    fake.script({ type: 'stall', text: 'Let me think about that for a while' });
    const since = fake.requests.length;
    socket.send({ type: 'turn.start', requestId: 'stop', threadId: 'stopping', text: 'Tell me a long story.' });
    const started = await socket.next('turn.started');
    await socket.next('text.delta');
    socket.send({ type: 'turn.stop', turnId: started.turnId });
    const finished = await socket.next('turn.finished', (f) => f.turnId === started.turnId);
    expect(finished.reply.interrupted).toBe(true);
    expect(finished.reply.text).toBe('Let');
    const stalled = fake.requests.slice(since).find((r) => r.kind === 'chat') as RecordedRequest;
    await expect.poll(() => stalled.aborted, { timeout: 3000 }).toBe(true);
    socket.close();
  });

  it('a failed fact extraction does not fail the turn: the offline extractor reads it, the trace says so', async () => {
    const me = new Attendee(server.url('preferences'));
    const socket = await me.socket();
    socket.send({ type: 'turn.start', requestId: 'nf', threadId: 'notice', text: 'My name is Teodor, please fail to read this.' });
    const notice = await socket.next('turn.notice');
    expect(notice.source).toBe('facts');
    expect(notice.message).toMatch(/offline extractor/);
    await socket.next('turn.finished');
    const facts = (await me.get('/api/memories')).body.items.filter((m: any) => m.kind === 'fact').map((m: any) => m.text);
    expect(facts).toContain("User's name is Teodor.");
    socket.close();
  });
});

describe('Azure OpenAI', () => {
  const azureEnv = (extra: Record<string, string> = {}) => ({
    AZURE_OPENAI_ENDPOINT: fake.url,
    AZURE_AI_MODEL_DEPLOYMENT_NAME: 'chat-dep',
    AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME: 'embed-dep',
    ...extra,
  });

  it('with a key: deployment URLs, the api-version and the api-key header', async () => {
    const azure = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: azureEnv({ AZURE_OPENAI_API_KEY: 'test-key' }) });
    try {
      const me = new Attendee(azure.url('preferences'));
      expect((await me.get('/api/health')).body.model).toMatchObject({ provider: 'azure', model: 'chat-dep', embedder: { name: 'azure:embed-dep', dimensions: 48 } });
      const since = fake.requests.length;
      const res = await me.post('/api/threads/az/messages', { text: 'What is the weather in Madrid?' });
      expect(res.status).toBe(200);
      expect(res.body.reply.text).toContain('Madrid');
      const chat = turnRequests(since)[0];
      expect(chat).toMatchObject({ shape: 'azure', path: '/openai/deployments/chat-dep/chat/completions', apiVersion: DEFAULT_AZURE_API_VERSION });
      expect(chat.headers['api-key']).toBe('test-key');
      expect(fake.requests.slice(since).some((r) => r.kind === 'embeddings' && r.deployment === 'embed-dep')).toBe(true);
      // A reply the content filter withheld is an actionable 422 naming the category, not an empty answer.
      fake.script({ type: 'text', text: '', finishReason: 'content_filter' });
      const filtered = await me.post('/api/threads/az_filter/messages', { text: 'Something the filter dislikes' });
      expect(filtered.status).toBe(422);
      expect(filtered.body.error.code).toBe('model_content_filtered');
      expect(filtered.body.error.message).toMatch(/content filter withheld the reply \(violence\)/);
    } finally {
      await azure.stop();
    }
  });

  it('with Entra ID (az login): a bearer token for the Cognitive Services scope', async () => {
    const scopes: string[] = [];
    const credential = {
      getToken: async (scope: string | string[]) => {
        scopes.push(...[scope].flat());
        return { token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const azure = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: azureEnv(), credential });
    try {
      const since = fake.requests.length;
      const res = await new Attendee(azure.url('preferences')).post('/api/threads/entra/messages', { text: 'Hello from Entra' });
      expect(res.status).toBe(200);
      expect(turnRequests(since)[0].headers.authorization).toBe('Bearer entra-token');
      expect(scopes).toContain('https://cognitiveservices.azure.com/.default');
    } finally {
      await azure.stop();
    }
  });

  it('names the deployment variable for a missing deployment, and az login for a refused token', async () => {
    const wrong = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: { AZURE_OPENAI_ENDPOINT: fake.url, AZURE_AI_MODEL_DEPLOYMENT_NAME: 'no-such-dep', AZURE_OPENAI_API_KEY: 'test-key' } });
    try {
      const res = await new Attendee(wrong.url('preferences')).post('/api/threads/dep/messages', { text: 'Hi' });
      expect(res.status).toBe(502);
      expect(res.body.error.code).toBe('model_not_found');
      expect(res.body.error.message).toContain('AZURE_AI_MODEL_DEPLOYMENT_NAME');
    } finally {
      await wrong.stop();
    }
    const expired = { getToken: async () => ({ token: 'expired-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const refused = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: { AZURE_OPENAI_ENDPOINT: fake.url, AZURE_AI_MODEL_DEPLOYMENT_NAME: 'chat-dep' }, credential: expired });
    try {
      const res = await new Attendee(refused.url('preferences')).post('/api/threads/tok/messages', { text: 'Hi' });
      expect(res.status).toBe(502);
      expect(res.body.error.code).toBe('model_auth_failed');
      expect(res.body.error.message).toContain('az login');
    } finally {
      await refused.stop();
    }
  });
});

describe('an embedder that cannot be reached at start', () => {
  it('does not stop the start: memory search uses text only and health says why', async () => {
    fake.scriptEmbeddings({ type: 'error', status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided' });
    const degraded = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: openaiEnv() });
    try {
      const me = new Attendee(degraded.url('preferences'));
      const health = (await me.get('/api/health')).body;
      expect(health.model.embedder).toBeNull();
      expect(health.model.warnings).toEqual([expect.stringMatching(/embeddings are off.*OPENAI_API_KEY/)]);
      expect((await me.get('/api/demo')).body.memory.vector).toBeNull();
      const res = await me.post('/api/threads/textonly/messages', { text: 'I live in Gdansk now.' });
      expect(res.status).toBe(200);
      expect((await me.get('/api/memories?q=Gdansk')).body.items[0].text).toContain('Gdansk');
    } finally {
      await degraded.stop();
    }
  });
});

describe('switching embedder', () => {
  it('is detected at start and explained; the rebuild option re-embeds the stored memories', async () => {
    const first = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: openaiEnv() });
    const namespace = first.namespace;
    const me = new Attendee(first.url('preferences'));
    await me.post('/api/threads/switch/messages', { text: 'I keep bees in my garden.' });
    const id = (await me.get('/api/memories')).body.items[0].id;
    await first.stop();

    fake.setEmbeddingDimensions(24);
    try {
      const start = startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], namespace, env: openaiEnv() });
      await expect(start).rejects.toThrow(/openai:embed-fake \(48 dimensions\).*openai:embed-fake \(24 dimensions\).*MEMORY_OVERWRITE_INDEX=true/s);
      const rebuilt = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], namespace, env: { ...openaiEnv(), MEMORY_OVERWRITE_INDEX: 'true' } });
      try {
        const [key] = await redis.keys(`*:${id}`);
        expect((await redis.hgetBuffer(key, 'embedding'))?.length).toBe(24 * 4);
      } finally {
        await rebuilt.stop();
      }
    } finally {
      fake.setEmbeddingDimensions(48);
    }
  });
});

describe('npm start with OPENAI_BASE_URL', () => {
  it('makes every demo use the server; health reports it', async () => {
    const child = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', env: { OPENAI_BASE_URL: fake.openaiBaseUrl, OPENAI_MODEL: 'gpt-fake', OPENAI_API_KEY: 'test-key' } });
    try {
      for (const port of [0, 1, 2, 3]) {
        const health = await new Attendee(child.url(port)).get('/api/health');
        expect(health.body.model).toMatchObject({ provider: 'openai', model: 'gpt-fake' });
      }
      const since = fake.requests.length;
      const res = await new Attendee(child.url('multi-agent')).post('/api/threads/child/messages', { text: 'Say hi' });
      expect(res.status).toBe(200);
      expect(res.body.reply.text).toContain('Say hi');
      expect(turnRequests(since).length).toBeGreaterThan(0);
    } finally {
      await child.stop();
    }
  });
});

const searchUrl = process.env.REDIS_SEARCH_URL;
if (!searchUrl) console.warn('!!! hybrid search with model vectors on the query engine SKIPPED: set REDIS_SEARCH_URL to run it too');

describe.skipIf(!searchUrl)('the search module with model vectors (REDIS_SEARCH_URL)', () => {
  it('indexes the returned vectors, searches hybrid, and detects and rebuilds an embedder switch', async () => {
    const env = { ...openaiEnv(), MEMORY_ENGINE: 'redisearch' };
    const first = await startWorkshopServer({ redisUrl: searchUrl!, demos: ['preferences'], env });
    const namespace = first.namespace;
    const me = new Attendee(first.url('preferences'));
    const indexName: string = (await me.get('/api/demo')).body.memory.indexName;
    const search = new Redis(searchUrl!);
    try {
      await me.post('/api/threads/hybrid/messages', { text: 'My sourdough starter is called Bubbles and lives in the fridge.' });
      const items = (await me.get('/api/memories?q=sourdough starter')).body.items;
      expect(items[0].text).toContain('sourdough');
      const info = (await search.call('FT.INFO', indexName)) as unknown[];
      expect(JSON.stringify(info)).toMatch(/"dim","48"|"dim",48/i);
    } finally {
      await first.stop();
    }
    fake.setEmbeddingDimensions(24);
    try {
      await expect(startWorkshopServer({ redisUrl: searchUrl!, demos: ['preferences'], namespace, env })).rejects.toThrow(/48 dimensions.*24 dimensions/s);
      const rebuilt = await startWorkshopServer({ redisUrl: searchUrl!, demos: ['preferences'], namespace, env: { ...env, MEMORY_OVERWRITE_INDEX: 'true' } });
      try {
        const items = (await new Attendee(rebuilt.url('preferences')).get('/api/memories?q=sourdough starter')).body.items;
        expect(items.length).toBeGreaterThan(0);
        expect(JSON.stringify(await search.call('FT.INFO', indexName))).toMatch(/"dim","24"|"dim",24/i);
      } finally {
        await rebuilt.stop();
      }
    } finally {
      fake.setEmbeddingDimensions(48);
      search.disconnect();
    }
  });
});
