/**
 * Drives the fake OpenAI server with the real `openai` SDK (no mocks) in both URL shapes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import OpenAI, { AzureOpenAI } from 'openai';
import { getBearerTokenProvider, type TokenCredential } from '@azure/identity';
import { startFakeOpenAIServer, type FakeOpenAIServer } from './openai-server';

const KEY = 'test-key';
const DEPLOYMENT = 'gpt-4o-mini';

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await startFakeOpenAIServer({
    apiKey: KEY,
    bearerTokens: ['entra-token'],
    deployments: [DEPLOYMENT, 'embed'],
  });
});
afterEach(async () => {
  await server.close();
});

const openai = (opts: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ baseURL: server.openaiBaseUrl, apiKey: KEY, maxRetries: 0, ...opts });
const azure = (apiVersion = '2024-10-21', opts: Partial<ConstructorParameters<typeof AzureOpenAI>[0]> = {}) =>
  new AzureOpenAI({ endpoint: server.url, apiKey: KEY, deployment: DEPLOYMENT, apiVersion, maxRetries: 0, ...opts });

const fakeCredential: TokenCredential = {
  getToken: async () => ({ token: 'entra-token', expiresOnTimestamp: Date.now() + 3600_000 }),
};

async function streamText(client: OpenAI, content: string) {
  const stream = await client.chat.completions.create({
    model: DEPLOYMENT,
    messages: [{ role: 'user', content }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let finish: string | null = null;
  let usage: OpenAI.CompletionUsage | null | undefined;
  for await (const chunk of stream) {
    // Azure's first chunk has no choices, and so does the usage chunk.
    const choice = chunk.choices[0];
    text += choice?.delta.content ?? '';
    finish = choice?.finish_reason ?? finish;
    if (chunk.usage) usage = chunk.usage;
  }
  return { text, finish, usage };
}

describe('fake OpenAI server', () => {
  it('streams text with usage on the OpenAI shape', async () => {
    server.script({ type: 'text', text: 'Hello there,  friend!', delayMs: 1 });
    const out = await streamText(openai(), 'say hi please');
    expect(out).toEqual({ text: 'Hello there,  friend!', finish: 'stop', usage: { prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ shape: 'openai', kind: 'chat', path: '/v1/chat/completions', aborted: false });
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('answers "ok: <last user message>" when nothing is scripted', async () => {
    const res = await openai().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'ping' }] });
    expect(res.choices[0].message.content).toBe('ok: ping');
    expect(res.usage?.total_tokens).toBeGreaterThan(0);
  });

  it.each(['2024-10-21', '2025-04-01-preview'])('streams text with usage and content filters on Azure, api-version %s', async (apiVersion) => {
    server.script({ type: 'text', text: 'from azure' });
    const out = await streamText(azure(apiVersion), 'hi');
    expect(out.text).toBe('from azure');
    expect(out.finish).toBe('stop');
    expect(out.usage?.completion_tokens).toBe(2);
    const rec = server.requests[0];
    expect(rec).toMatchObject({ shape: 'azure', deployment: DEPLOYMENT, apiVersion, path: `/openai/deployments/${DEPLOYMENT}/chat/completions` });
    expect(rec.headers['api-key']).toBe(KEY);
    expect(rec.headers.authorization).toBeUndefined();
  });

  it('ends an Azure stream with finish_reason content_filter', async () => {
    server.script({ type: 'text', text: 'partial', finishReason: 'content_filter' });
    const stream = await azure().chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'x' }], stream: true });
    const chunks = [];
    for await (const c of stream) chunks.push(c as any);
    expect((chunks[0] as any).prompt_filter_results).toHaveLength(1);
    const last = chunks[chunks.length - 1];
    expect(last.choices[0].finish_reason).toBe('content_filter');
    expect(last.choices[0].content_filter_results.violence.filtered).toBe(true);
  });

  it('streams two parallel tool calls that the SDK deltas assemble by index', async () => {
    server.script({
      type: 'tool-calls',
      calls: [
        { id: 'call_a', name: 'get_weather', arguments: { city: 'Paris', unit: 'c' } },
        { name: 'remember', arguments: '{"fact":"likes tea"}' },
      ],
    });
    const stream = await openai().chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'weather?' }],
      stream: true,
    });
    const calls: Array<{ id?: string; name: string; arguments: string }> = [];
    let finish: string | null = null;
    let argumentChunks = 0;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (!choice) continue;
      finish = choice.finish_reason ?? finish;
      for (const d of choice.delta.tool_calls ?? []) {
        const call = (calls[d.index] ??= { name: '', arguments: '' });
        if (d.id) call.id = d.id;
        call.name += d.function?.name ?? '';
        call.arguments += d.function?.arguments ?? '';
        if (d.function?.arguments) argumentChunks++;
      }
    }
    expect(finish).toBe('tool_calls');
    expect(argumentChunks).toBeGreaterThan(2); // the JSON really was split
    expect(calls.map((c) => ({ ...c, arguments: JSON.parse(c.arguments) }))).toEqual([
      { id: 'call_a', name: 'get_weather', arguments: { city: 'Paris', unit: 'c' } },
      { id: expect.stringMatching(/^call_/), name: 'remember', arguments: { fact: 'likes tea' } },
    ]);
  });

  it('answers tool calls without streaming', async () => {
    server.script({ type: 'tool-calls', calls: [{ name: 'f', arguments: { a: 1 } }] });
    const res = await azure().chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'x' }] });
    expect(res.choices[0].finish_reason).toBe('tool_calls');
    const call = res.choices[0].message.tool_calls?.[0];
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ a: 1 });
  });

  it('rejects a wrong key with 401 on both shapes', async () => {
    const messages = [{ role: 'user' as const, content: 'x' }];
    await expect(openai({ apiKey: 'wrong' }).chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
    const err = await azure('2024-10-21', { apiKey: 'wrong' })
      .chat.completions.create({ model: DEPLOYMENT, messages })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe('invalid_api_key');
    // An Entra token is not accepted on the OpenAI shape.
    await expect(openai({ apiKey: 'entra-token' }).chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
  });

  it('accepts an Entra ID bearer token on Azure', async () => {
    const client = new AzureOpenAI({
      endpoint: server.url,
      azureADTokenProvider: getBearerTokenProvider(fakeCredential, 'https://cognitiveservices.azure.com/.default'),
      deployment: DEPLOYMENT,
      apiVersion: '2025-04-01-preview',
      maxRetries: 0,
    });
    const res = await client.chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'token?' }] });
    expect(res.choices[0].message.content).toBe('ok: token?');
    expect(server.requests[0].headers.authorization).toBe('Bearer entra-token');
    expect(server.requests[0].headers['api-key']).toBeUndefined();
  });

  it('returns 404 DeploymentNotFound for an unknown Azure deployment', async () => {
    const err = await azure('2024-10-21', { deployment: 'nope' })
      .chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe('DeploymentNotFound');
  });

  it('retries a 429 with retry-after: 0 and then succeeds', async () => {
    server.script({ type: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '0' } }, { type: 'text', text: 'after retry' });
    const res = await openai({ maxRetries: 1 }).chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] });
    expect(res.choices[0].message.content).toBe('after retry');
    expect(server.requests).toHaveLength(2);
  });

  it('makes deterministic normalised embeddings, in base64 when the SDK asks', async () => {
    const client = azure('2024-10-21', { deployment: 'embed' });
    const a = await client.embeddings.create({ model: 'embed', input: ['red apple', 'blue sky'] });
    expect(server.requests[0].body.encoding_format).toBe('base64'); // the SDK's default
    expect(server.requests[0].path).toBe('/openai/deployments/embed/embeddings');
    expect(a.data).toHaveLength(2);
    expect(a.data[0].embedding).toHaveLength(64);
    expect(Math.hypot(...a.data[0].embedding)).toBeCloseTo(1, 5);
    const b = await client.embeddings.create({ model: 'embed', input: 'red apple' });
    expect(b.data[0].embedding).toEqual(a.data[0].embedding);
    const floats = await openai().embeddings.create({ model: 'e', input: 'red apple', encoding_format: 'float' });
    // Float32 round trip: the base64 vector equals the float vector to float32 precision.
    floats.data[0].embedding.forEach((x, i) => expect(a.data[0].embedding[i]).toBeCloseTo(x, 6));

    server.setEmbeddingDimensions(32);
    const c = await client.embeddings.create({ model: 'embed', input: 'red apple' });
    expect(c.data[0].embedding).toHaveLength(32);
  });

  it('returns a scripted embeddings error', async () => {
    server.scriptEmbeddings({ type: 'error', status: 500, code: 'boom' });
    await expect(openai().embeddings.create({ model: 'e', input: 'x' })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });

  it('records an abort of a stalled stream; the SDK ends the iteration quietly', async () => {
    server.script({ type: 'stall', text: 'first second third' });
    const controller = new AbortController();
    const stream = await openai().chat.completions.create(
      { model: 'm', messages: [{ role: 'user', content: 'x' }], stream: true },
      { signal: controller.signal },
    );
    let text = '';
    // openai 6.x swallows AbortError inside stream iteration: the loop just stops.
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (text) controller.abort();
    }
    expect(text).toBe('first');
    await expect.poll(() => server.requests[0].aborted, { timeout: 2000 }).toBe(true);
  });

  it('records an abort of a stalled non-streaming request; the SDK throws APIUserAbortError', async () => {
    server.script({ type: 'stall', text: 'never sent' });
    const controller = new AbortController();
    const pending = openai().chat.completions.create(
      { model: 'm', messages: [{ role: 'user', content: 'x' }] },
      { signal: controller.signal },
    );
    await expect.poll(() => server.requests.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
    await expect.poll(() => server.requests[0].aborted, { timeout: 2000 }).toBe(true);
  });

  it('serves the Azure /openai/v1 shape with the deployment as model', async () => {
    const client = new OpenAI({ baseURL: `${server.url}/openai/v1`, apiKey: KEY, maxRetries: 0 });
    const res = await client.chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'v1' }] });
    expect(res.choices[0].message.content).toBe('ok: v1');
    expect(server.requests[0]).toMatchObject({ shape: 'azure', deployment: DEPLOYMENT, path: '/openai/v1/chat/completions' });
  });

  it('answers bad JSON with 400 and unknown paths with 404', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${KEY}` };
    const bad = await fetch(`${server.openaiBaseUrl}/chat/completions`, { method: 'POST', headers, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.code).toBe('invalid_json');
    const missing = await fetch(`${server.url}/v1/nothing`, { method: 'POST', headers, body: '{}' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).error).toBeDefined();
  });
});
