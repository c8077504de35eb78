import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './client';

function fakeFetch(status: number, body: string | null, seen: Array<{ url: string; init?: RequestInit }> = []): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), init });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
}

describe('api client', () => {
  it('turns the error envelope into an ApiError with the server code and status', async () => {
    const client = createApiClient({
      fetch: fakeFetch(404, JSON.stringify({ error: { code: 'not_found', message: 'No thread "x".' } })),
    });
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
    const seen: Array<{ url: string; init?: RequestInit }> = [];
    const client = createApiClient({ fetch: fakeFetch(204, null, seen) });
    await client.deleteThread('support ticket/1');
    expect(seen[0].url).toBe('/api/threads/support%20ticket%2F1');
    expect(seen[0].init?.method).toBe('DELETE');

    const ok = createApiClient({ fetch: fakeFetch(200, JSON.stringify({ engine: 'fallback', items: [] }), seen) });
    await expect(ok.memories({ q: 'pizza & wine', agentId: 'agent_work' })).resolves.toEqual({ engine: 'fallback', items: [] });
    expect(seen[1].url).toBe('/api/memories?q=pizza+%26+wine&agentId=agent_work');

    await ok.adminReset('tok', 'preferences');
    expect(seen[2].init?.body).toBe(JSON.stringify({ confirm: 'preferences' }));
    expect((seen[2].init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('returns the health body on 503 instead of throwing', async () => {
    const body = { status: 'degraded', redis: { connected: false }, model: { provider: 'offline', model: 'offline' } };
    const client = createApiClient({ fetch: fakeFetch(503, JSON.stringify(body)) });
    await expect(client.health()).resolves.toEqual({ httpStatus: 503, health: body });
  });
});
