/**
 * Fetch calls of the HTTP API. Every answer is checked against its schema in the shared contract
 * (`@protocol`, `server/src/contracts/http.ts`), so callers get what the types say or an
 * `ApiError`: the server's error envelope `{"error": {code, message}}` keeps its code; an answer
 * that does not fit the contract is `bad_response` (naming the field); a network failure is
 * `network_error`; an error page that is not JSON (a proxy's) is `http_error`.
 */
import {
  adminOverviewSchema,
  apiErrorSchema,
  attendeeDetailSchema,
  createThreadAnswerSchema,
  deletedMemoriesSchema,
  demoInfoSchema,
  healthSchema,
  memoryAnswerSchema,
  memoryListSchema,
  meSchema,
  noContentSchema,
  redisInfoSchema,
  resetAnswerSchema,
  threadDetailSchema,
  threadListSchema,
  type ApiErrorCode,
  type CreateThreadBody,
  type Health,
  type MemoryListQuery,
  type ThreadListQuery,
} from '@protocol';
import type { z } from 'zod';

/** A code the server answered with, or one of the client's own. */
export type ClientErrorCode = ApiErrorCode | 'network_error' | 'http_error' | 'bad_response';

/** An HTTP call that failed. `status` is 0 when the server could not be reached. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;

  constructor(status: number, code: ClientErrorCode, message: string) {
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

/** The query of `GET /api/memories` the page sends. */
export type MemoriesQuery = Pick<MemoryListQuery, 'q' | 'agentId' | 'threadId'>;

/** `?name=value&…` of the values given (empty and undefined ones left out), or `''`. */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** An API client; tests pass their own `fetch`. */
export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    try {
      return await doFetch(base + path, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      throw new ApiError(0, 'network_error', `The server did not answer (${(error as Error).message}).`);
    }
  }

  async function request<S extends z.ZodType>(schema: S, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<z.infer<S>> {
    const res = await call(method, path, body, headers);
    return conform(schema, await readResponse(res), res.status, `${method} ${path}`);
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const enc = encodeURIComponent;

  return {
    /**
     * Health answers 503 with its body while Redis is down; that is a result here, not an error.
     * `health` is null when the answer is not a health body at all (an error envelope, a proxy's page).
     */
    async health(): Promise<{ httpStatus: number; health: Health | null }> {
      const res = await call('GET', '/api/health');
      const body = await readJson(res);
      if (body === undefined || apiErrorSchema.safeParse(body).success) return { httpStatus: res.status, health: null };
      return { httpStatus: res.status, health: conform(healthSchema, body, res.status, 'GET /api/health') };
    },
    demo: () => request(demoInfoSchema, 'GET', '/api/demo'),
    me: () => request(meSchema, 'GET', '/api/me'),
    updateMe: (displayName: string) => request(meSchema, 'PATCH', '/api/me', { displayName }),
    /** One page of threads, newest first; pass a page's `nextCursor` as `cursor` for the next one. */
    threads: (query: ThreadListQuery = {}) => request(threadListSchema, 'GET', `/api/threads${queryString(query)}`),
    createThread: (input: CreateThreadBody) => request(createThreadAnswerSchema, 'POST', '/api/threads', input),
    thread: (id: string) => request(threadDetailSchema, 'GET', `/api/threads/${enc(id)}`),
    deleteThread: (id: string) => request(noContentSchema, 'DELETE', `/api/threads/${enc(id)}`),
    memories: (query: MemoriesQuery = {}) => request(memoryListSchema, 'GET', `/api/memories${queryString(query)}`),
    updateMemory: (id: string, text: string) => request(memoryAnswerSchema, 'PATCH', `/api/memories/${enc(id)}`, { text }),
    deleteMemory: (id: string) => request(noContentSchema, 'DELETE', `/api/memories/${enc(id)}`),
    deleteAllMemories: () => request(deletedMemoriesSchema, 'DELETE', '/api/memories'),
    redis: () => request(redisInfoSchema, 'GET', '/api/redis'),
    adminOverview: (token: string) => request(adminOverviewSchema, 'GET', '/api/admin/overview', undefined, bearer(token)),
    adminAttendee: (token: string, userId: string) => request(attendeeDetailSchema, 'GET', `/api/admin/attendees/${enc(userId)}`, undefined, bearer(token)),
    adminReset: (token: string, confirm: string) => request(resetAnswerSchema, 'POST', '/api/admin/reset', { confirm }, bearer(token)),
  };
}

/** The calls of the HTTP API, one method per endpoint. */
export type ApiClient = ReturnType<typeof createApiClient>;

/** The JSON body of a response; undefined when it has none or it is not JSON. */
async function readJson(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JSON body of a successful response (undefined for 204), or an `ApiError`: the server's
 * envelope with its code, `http_error` for an error page that is not JSON.
 */
export async function readResponse(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const text = await res.text();
  let body: unknown;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(res.status, res.ok ? 'bad_response' : 'http_error', `HTTP ${res.status}: the server answered with something that is not JSON.`);
    }
  }
  if (res.ok) return body;
  if (body === undefined) throw new ApiError(res.status, 'http_error', `HTTP ${res.status}`);
  const { error } = conform(apiErrorSchema, body, res.status, `HTTP ${res.status}`);
  throw new ApiError(res.status, error.code, error.message);
}

/** `body` as `schema` reads it, or `bad_response` naming the first field that does not fit. */
function conform<S extends z.ZodType>(schema: S, body: unknown, status: number, what: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : '(the whole answer)';
  throw new ApiError(status, 'bad_response', `${what}: the answer does not match the API contract at ${field}: ${issue?.message ?? 'invalid'}.`);
}

/** The API client of this page (same origin). */
export const api = createApiClient();
