import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './client';

type Seen = Array<{ url: string; init?: RequestInit }>;

function fakeFetch(status: number, body: string | null, seen: Seen = []): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), init });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
}

const json = (status: number, body: unknown, seen?: Seen) => fakeFetch(status, JSON.stringify(body), seen);

const thread = { id: 't1', title: 'Hello', messageCount: 2, updatedAt: 2000, createdAt: 1000 };

describe('api client', () => {
  it('turns the error envelope into an ApiError with the server code and status', async () => {
    const client = createApiClient({ fetch: json(404, { error: { code: 'not_found', message: 'No thread "x".' } }) });
    const err = await client.thread('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, code: 'not_found', message: 'No thread "x".' });
  });

  it('reports a non-JSON error page and an unreachable server as typed errors', async () => {
    const html = createApiClient({ fetch: fakeFetch(502, '<html>Bad gateway</html>') });
    await expect(html.me()).rejects.toMatchObject({ status: 502, code: 'http_error' });
    const down = createApiClient({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(down.me()).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('sends JSON bodies, encodes ids and query strings, and accepts 204', async () => {
    const seen: Seen = [];
    const client = createApiClient({ fetch: fakeFetch(204, null, seen) });
    await expect(client.deleteThread('support ticket/1')).resolves.toBeUndefined();
    expect(seen[0].url).toBe('/api/threads/support%20ticket%2F1');
    expect(seen[0].init?.method).toBe('DELETE');

    const memories = createApiClient({ fetch: json(200, { engine: 'fallback', items: [] }, seen) });
    await expect(memories.memories({ q: 'pizza & wine', agentId: 'agent_work' })).resolves.toEqual({ engine: 'fallback', items: [] });
    expect(seen[1].url).toBe('/api/memories?q=pizza+%26+wine&agentId=agent_work');

    const reset = createApiClient({ fetch: json(200, { deletedThreads: 3, deletedMemories: 7 }, seen) });
    await expect(reset.adminReset('tok', 'preferences')).resolves.toEqual({ deletedThreads: 3, deletedMemories: 7 });
    expect(seen[2].init?.body).toBe(JSON.stringify({ confirm: 'preferences' }));
    expect((seen[2].init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('returns answers as the contract reads them', async () => {
    const client = createApiClient({ fetch: json(200, { threads: [thread] }) });
    await expect(client.threads()).resolves.toEqual({ threads: [thread] });
    const seen: Seen = [];
    const paged = createApiClient({ fetch: json(200, { threads: [thread], nextCursor: '1700000000000:t1' }, seen) });
    await expect(paged.threads({ cursor: '1700000000000:t1', limit: 20 })).resolves.toEqual({ threads: [thread], nextCursor: '1700000000000:t1' });
    expect(seen[0].url).toBe('/api/threads?cursor=1700000000000%3At1&limit=20');
  });

  it('turns an answer that does not fit the contract into bad_response naming the field', async () => {
    const missing = createApiClient({ fetch: json(200, { threads: [{ ...thread, messageCount: undefined }] }) });
    const err = await missing.threads().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 200, code: 'bad_response' });
    expect((err as ApiError).message).toContain('threads.0.messageCount');

    const wrongType = createApiClient({ fetch: json(200, { userId: 'u_1', displayName: 42 }) });
    await expect(wrongType.me()).rejects.toMatchObject({ code: 'bad_response', message: expect.stringContaining('displayName') });

    const notJson = createApiClient({ fetch: fakeFetch(200, 'hello') });
    await expect(notJson.me()).rejects.toMatchObject({ code: 'bad_response' });

    const noBody = createApiClient({ fetch: fakeFetch(200, null) });
    await expect(noBody.deleteAllMemories()).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('turns an error body that is not the envelope into bad_response', async () => {
    const client = createApiClient({ fetch: json(500, { error: { code: 'no_such_code', message: 'x' } }) });
    await expect(client.me()).rejects.toMatchObject({ status: 500, code: 'bad_response', message: expect.stringContaining('error.code') });
  });

  it('returns the health body on 503 instead of throwing', async () => {
    const body = { status: 'degraded', redis: { connected: false }, model: { provider: 'offline', model: 'offline', embedder: null } };
    const client = createApiClient({ fetch: json(503, body) });
    await expect(client.health()).resolves.toEqual({ httpStatus: 503, health: body });
  });

  it('reads a health answer that is no health body as none, and one off the contract as bad_response', async () => {
    const page = createApiClient({ fetch: fakeFetch(502, '<html>Bad gateway</html>') });
    await expect(page.health()).resolves.toEqual({ httpStatus: 502, health: null });
    const envelope = createApiClient({ fetch: json(500, { error: { code: 'internal_error', message: 'bug' } }) });
    await expect(envelope.health()).resolves.toEqual({ httpStatus: 500, health: null });
    const off = createApiClient({ fetch: json(200, { status: 'ok', redis: { connected: true }, model: { provider: 'offline', model: 'offline' } }) });
    await expect(off.health()).rejects.toMatchObject({ code: 'bad_response', message: expect.stringContaining('model.embedder') });
  });
});
