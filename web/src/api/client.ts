/**
 * Fetch calls of the HTTP API. The server's error envelope `{"error": {code, message}}` becomes an
 * `ApiError`; so do network failures and non-JSON answers (e.g. a proxy's HTML error page).
 */
import type { WireMemory } from '@protocol';
import type {
  AdminOverview,
  AttendeeDetail,
  DemoInfo,
  Health,
  Me,
  MemoryList,
  RedisInfo,
  ResetResult,
  ThreadDetail,
  ThreadSummary,
} from './types';

/** An HTTP call that failed. `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** Where and how the client sends its requests. */
export interface ApiClientOptions {
  /** Prefix of every path. Default `''` (same origin). */
  baseUrl?: string;
  /** Fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

type Json = Record<string, unknown> | unknown[] | null;

/** An API client; tests pass their own `fetch`. */
export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));

  async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(base + path, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      throw new ApiError(0, 'network_error', `The server did not answer (${(error as Error).message}).`);
    }
    return readResponse<T>(res);
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const enc = encodeURIComponent;

  return {
    /** Health answers 503 with a body while Redis is down; that is a result here, not an error. */
    async health(): Promise<{ httpStatus: number; health: Health | null }> {
      let res: Response;
      try {
        res = await doFetch(base + '/api/health', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      } catch (error) {
        throw new ApiError(0, 'network_error', `The server did not answer (${(error as Error).message}).`);
      }
      const body = await res.json().catch(() => null);
      const health = body && typeof body === 'object' && 'redis' in body ? (body as Health) : null;
      return { httpStatus: res.status, health };
    },
    demo: () => request<DemoInfo>('GET', '/api/demo'),
    me: () => request<Me>('GET', '/api/me'),
    updateMe: (displayName: string) => request<Me>('PATCH', '/api/me', { displayName }),
    threads: () => request<{ threads: ThreadSummary[] }>('GET', '/api/threads'),
    createThread: (input: { id?: string; title?: string }) => request<{ thread: ThreadSummary }>('POST', '/api/threads', input),
    thread: (id: string) => request<ThreadDetail>('GET', `/api/threads/${enc(id)}`),
    deleteThread: (id: string) => request<void>('DELETE', `/api/threads/${enc(id)}`),
    memories: (query: { q?: string; agentId?: string; threadId?: string } = {}) => {
      const params = new URLSearchParams();
      if (query.q) params.set('q', query.q);
      if (query.agentId) params.set('agentId', query.agentId);
      if (query.threadId) params.set('threadId', query.threadId);
      const qs = params.toString();
      return request<MemoryList>('GET', `/api/memories${qs ? `?${qs}` : ''}`);
    },
    updateMemory: (id: string, text: string) => request<{ memory: WireMemory }>('PATCH', `/api/memories/${enc(id)}`, { text }),
    deleteMemory: (id: string) => request<void>('DELETE', `/api/memories/${enc(id)}`),
    deleteAllMemories: () => request<{ deleted: number }>('DELETE', '/api/memories'),
    redis: () => request<RedisInfo>('GET', '/api/redis'),
    adminOverview: (token: string) => request<AdminOverview>('GET', '/api/admin/overview', undefined, bearer(token)),
    adminAttendee: (token: string, userId: string) =>
      request<AttendeeDetail>('GET', `/api/admin/attendees/${enc(userId)}`, undefined, bearer(token)),
    adminReset: (token: string, confirm: string) => request<ResetResult>('POST', '/api/admin/reset', { confirm }, bearer(token)),
  };
}

/** The calls of the HTTP API, one method per endpoint. */
export type ApiClient = ReturnType<typeof createApiClient>;

/** Turns a response into its JSON body, or throws an `ApiError` carrying the server's code. */
export async function readResponse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: Json = null;
  if (text.length > 0) {
    try {
      body = JSON.parse(text) as Json;
    } catch {
      throw new ApiError(res.status, res.ok ? 'bad_response' : 'http_error', `HTTP ${res.status}: the server answered with something that is not JSON.`);
    }
  }
  if (!res.ok) {
    const envelope = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof envelope?.code === 'string' ? envelope.code : 'http_error';
    const message = typeof envelope?.message === 'string' ? envelope.message : `HTTP ${res.status}`;
    throw new ApiError(res.status, code, message);
  }
  return body as T;
}

/** The API client of this page (same origin). */
export const api = createApiClient();
