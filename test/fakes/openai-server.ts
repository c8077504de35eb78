/**
 * A local HTTP server that speaks enough of the OpenAI and Azure OpenAI REST APIs for the real
 * `openai` SDK clients (`OpenAI`, `AzureOpenAI`) to talk to it: chat completions (streaming and
 * not, text and tool calls), embeddings (float and base64), auth, errors and dropped connections.
 *
 * URL shapes served (checked against openai 6.49.0, whose `AzureOpenAI` always calls the
 * deployments shape whatever the api-version):
 * - OpenAI:      POST /v1/chat/completions, POST /v1/embeddings
 * - Azure:       POST /openai/deployments/{deployment}/{chat/completions|embeddings}?api-version=...
 * - Azure v1 GA: POST /openai/v1/{chat/completions|embeddings} (the `OpenAI` client pointed at
 *                `{endpoint}/openai/v1`); the deployment is the body's `model`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer to a chat request. */
export type FakeChatStep =
  /** Plain text, streamed in word-sized chunks with `delayMs` between them. */
  | { type: 'text'; text: string; delayMs?: number; finishReason?: 'stop' | 'length' | 'content_filter' }
  /** Function calls; streamed with each call's argument JSON split across chunks, one `index` per call. */
  | { type: 'tool-calls'; calls: Array<{ id?: string; name: string; arguments: Record<string, unknown> | string }> }
  /** An HTTP error with an OpenAI-style body `{error:{message,type,code}}`, e.g. 429 with `{'retry-after': '0'}`. */
  | { type: 'error'; status: number; code?: string; message?: string; headers?: Record<string, string> }
  /**
   * Streaming: sends the first word, then keeps the stream open until the client disconnects.
   * Not streaming: sends nothing at all until the client disconnects.
   */
  | { type: 'stall'; text: string };

/** A scripted error answer to an embeddings request. */
export type FakeErrorStep = Extract<FakeChatStep, { type: 'error' }>;

/** What the server saw of one request. */
export interface RecordedRequest {
  shape: 'openai' | 'azure';
  kind: 'chat' | 'embeddings';
  /** The URL path without the query string. */
  path: string;
  /** Azure only: from the path, or the body's `model` on the `/openai/v1` shape. */
  deployment?: string;
  /** The `api-version` query parameter, if any. */
  apiVersion?: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: any;
  /** True when the client closed the connection before the response was complete. */
  aborted: boolean;
}

/** Options for {@link startFakeOpenAIServer}. */
export interface FakeOpenAIServerOptions {
  /** When set, requests without this key (as `Authorization: Bearer` or `api-key`) get 401. */
  apiKey?: string;
  /** Entra ID tokens accepted as `Authorization: Bearer` on the Azure shapes. */
  bearerTokens?: string[];
  /** Azure: other deployment names get 404 `DeploymentNotFound`. */
  deployments?: string[];
  /** OpenAI shape: other `model` names get 404 `model_not_found`. */
  models?: string[];
  /** Length of embedding vectors; default 64. A request's `dimensions` overrides it, as the real API does. */
  embeddingDimensions?: number;
  /** Consulted for chat requests when the script queue is empty. */
  onChat?: (body: any, request: RecordedRequest) => FakeChatStep | undefined;
}

/** A running fake server. */
export interface FakeOpenAIServer {
  /** `http://127.0.0.1:PORT`: the Azure `endpoint`. */
  url: string;
  /** `url + '/v1'`: the OpenAI `baseURL`. */
  openaiBaseUrl: string;
  /** Every request received, in arrival order. */
  requests: RecordedRequest[];
  /** Queue answers for chat requests, first in first out. */
  script(...steps: FakeChatStep[]): void;
  /** Queue errors for embeddings requests, first in first out. */
  scriptEmbeddings(...steps: FakeErrorStep[]): void;
  setEmbeddingDimensions(n: number): void;
  close(): Promise<void>;
}

type Route = { shape: 'openai' | 'azure'; kind: 'chat' | 'embeddings'; deployment?: string; v1?: boolean };

const ROUTES: Array<[RegExp, (m: RegExpMatchArray) => Route]> = [
  [/^\/v1\/(chat\/completions|embeddings)$/, (m) => ({ shape: 'openai', kind: kindOf(m[1]) })],
  [/^\/openai\/v1\/(chat\/completions|embeddings)$/, (m) => ({ shape: 'azure', kind: kindOf(m[1]), v1: true })],
  [
    /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)$/,
    (m) => ({ shape: 'azure', kind: kindOf(m[2]), deployment: decodeURIComponent(m[1]) }),
  ],
];

function kindOf(segment: string): 'chat' | 'embeddings' {
  return segment === 'embeddings' ? 'embeddings' : 'chat';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Text of a message's `content`, which may be a string or an array of content parts. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p?.text === 'string' ? p.text : '')).join(' ');
  return '';
}

function promptTokens(body: any): number {
  const messages: any[] = Array.isArray(body?.messages) ? body.messages : [];
  return messages.reduce((n, m) => n + words(contentText(m?.content)).length, 0);
}

/** Splits text into chunks that each start at a word, keeping all whitespace: "a  b" -> ["a", "  b"]. */
function wordChunks(text: string): string[] {
  return text.split(/(?<=\S)(?=\s+\S)/).filter((s) => s.length > 0);
}

/** Splits a string into about `parts` pieces, so argument JSON arrives across several chunks. */
function pieces(s: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(s.length / parts));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.length ? out : [''];
}

// Azure annotates every choice and the prompt with content-safety results; clients that read
// `choices[0]` blindly trip over Azure's extra first chunk whose `choices` is empty.
const SAFE = { filtered: false, severity: 'safe' };
const filterResults = (blocked = false) => ({
  hate: SAFE,
  self_harm: SAFE,
  sexual: SAFE,
  violence: blocked ? { filtered: true, severity: 'high' } : SAFE,
});
const promptFilterResults = () => [{ prompt_index: 0, content_filter_results: filterResults() }];

/** Deterministic bag-of-words vector: each word is hashed (FNV-1a) into a bucket with a sign, then L2-normalised. */
function embed(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193) >>> 0;
    v[h % dims] += h & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...v);
  if (norm === 0) v[0] = 1; // empty input still gets a unit vector
  return norm === 0 ? v : v.map((x) => x / norm);
}

/** The wire format the API uses for `encoding_format: 'base64'`: little-endian float32s. */
function toBase64(v: number[]): string {
  const buf = Buffer.alloc(v.length * 4);
  v.forEach((x, i) => buf.writeFloatLE(x, i * 4));
  return buf.toString('base64');
}

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startFakeOpenAIServer(options: FakeOpenAIServerOptions = {}): Promise<FakeOpenAIServer> {
  const chatQueue: FakeChatStep[] = [];
  const embeddingsQueue: FakeErrorStep[] = [];
  const requests: RecordedRequest[] = [];
  let dimensions = options.embeddingDimensions ?? 64;
  let counter = 0;

  const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const sendError = (res: http.ServerResponse, step: Omit<FakeErrorStep, 'type'>) => {
    const type = step.status === 429 ? 'rate_limit_error' : step.status >= 500 ? 'server_error' : 'invalid_request_error';
    sendJson(
      res,
      step.status,
      { error: { message: step.message ?? `HTTP ${step.status}`, type, param: null, code: step.code ?? null } },
      step.headers,
    );
  };

  /** Auth as the real services do it: OpenAI takes a Bearer key; Azure takes `api-key` or an Entra Bearer token. */
  const authorised = (req: http.IncomingMessage, route: Route): boolean => {
    if (options.apiKey === undefined && !options.bearerTokens?.length) return true;
    const auth = req.headers.authorization;
    const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    const key = req.headers['api-key'];
    if (options.apiKey !== undefined && (bearer === options.apiKey || key === options.apiKey)) return true;
    return route.shape === 'azure' && bearer !== undefined && !!options.bearerTokens?.includes(bearer);
  };

  async function handleChat(res: http.ServerResponse, rec: RecordedRequest, route: Route) {
    const body = rec.body;
    if (!Array.isArray(body?.messages)) {
      return sendError(res, { status: 400, code: 'invalid_request', message: "'messages' is required" });
    }
    const lastUser = [...body.messages].reverse().find((m: any) => m?.role === 'user');
    const step = chatQueue.shift() ??
      options.onChat?.(body, rec) ?? { type: 'text', text: `ok: ${contentText(lastUser?.content)}` };
    if (step.type === 'error') return sendError(res, step);

    const azure = route.shape === 'azure';
    const id = `chatcmpl-fake${++counter}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? route.deployment ?? 'fake-model';
    const blocked = step.type === 'text' && step.finishReason === 'content_filter';
    const finishReason = step.type === 'tool-calls' ? 'tool_calls' : step.type === 'text' ? (step.finishReason ?? 'stop') : 'stop';
    const toolCalls =
      step.type === 'tool-calls'
        ? step.calls.map((c, i) => ({
            id: c.id ?? `call_fake${counter}_${i}`,
            type: 'function' as const,
            function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
          }))
        : [];
    const outputText = step.type === 'tool-calls' ? toolCalls.map((c) => c.function.arguments).join(' ') : step.text;
    const [prompt, completion] = [promptTokens(body), words(outputText).length];
    const usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };

    if (!body.stream) {
      // A stalled non-streaming answer sends nothing, so the client is left waiting for headers.
      if (step.type === 'stall') return;
      const message =
        step.type === 'tool-calls'
          ? { role: 'assistant', content: null, refusal: null, tool_calls: toolCalls }
          : { role: 'assistant', content: step.text, refusal: null };
      const choice = { index: 0, message, logprobs: null, finish_reason: finishReason };
      return sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [azure ? { ...choice, content_filter_results: filterResults(blocked) } : choice],
        usage,
        ...(azure ? { prompt_filter_results: promptFilterResults() } : {}),
      });
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const includeUsage = !!body.stream_options?.include_usage;
    const write = (data: unknown) => {
      if (!res.destroyed) res.write(`data: ${JSON.stringify(data)}\n\n`);
    };
    // With include_usage the real API sends `usage: null` on every chunk but the last.
    const chunk = (delta: object, finish: string | null = null, filters?: object) => {
      const choice: Record<string, unknown> = { index: 0, delta, logprobs: null, finish_reason: finish };
      if (azure) choice.content_filter_results = filters ?? filterResults();
      write({ id, object: 'chat.completion.chunk', created, model, choices: [choice], ...(includeUsage ? { usage: null } : {}) });
    };

    // Azure's first chunk carries only the prompt filter results, with empty choices and blank fields.
    if (azure) write({ id: '', object: '', created: 0, model: '', choices: [], prompt_filter_results: promptFilterResults() });
    chunk(step.type === 'tool-calls' ? { role: 'assistant', content: null } : { role: 'assistant', content: '' }, null, {});

    if (step.type === 'stall') {
      chunk({ content: wordChunks(step.text)[0] ?? '' });
      return; // left open; the 'close' handler records the abort
    }
    if (step.type === 'text') {
      const parts = wordChunks(step.text);
      for (let i = 0; i < parts.length; i++) {
        if (i > 0 && step.delayMs) await sleep(step.delayMs);
        if (res.destroyed) return;
        chunk({ content: parts[i] });
      }
    } else {
      toolCalls.forEach((call, index) => {
        chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] });
        for (const p of pieces(call.function.arguments, 3)) chunk({ tool_calls: [{ index, function: { arguments: p } }] });
      });
    }
    chunk({}, finishReason, azure ? (blocked ? filterResults(true) : {}) : undefined);
    if (includeUsage) write({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    if (!res.destroyed) res.end('data: [DONE]\n\n');
  }

  function handleEmbeddings(res: http.ServerResponse, rec: RecordedRequest, route: Route) {
    const body = rec.body;
    const input = body?.input;
    // `input` may be a string, strings, or token arrays; token ids are hashed like words.
    const texts: string[] | undefined =
      typeof input === 'string'
        ? [input]
        : Array.isArray(input) && input.length > 0
          ? input.every((x) => typeof x === 'number')
            ? [input.join(' ')]
            : input.map((x) => (typeof x === 'string' ? x : Array.isArray(x) ? x.join(' ') : String(x)))
          : undefined;
    if (!texts) return sendError(res, { status: 400, code: 'invalid_request', message: "'input' is required" });
    const step = embeddingsQueue.shift();
    if (step) return sendError(res, step);
    const dims = Number.isInteger(body.dimensions) && body.dimensions > 0 ? body.dimensions : dimensions;
    const base64 = body.encoding_format === 'base64';
    const tokens = texts.reduce((n, t) => n + words(t).length, 0);
    sendJson(res, 200, {
      object: 'list',
      data: texts.map((t, index) => {
        const v = embed(t, dims);
        return { object: 'embedding', index, embedding: base64 ? toBase64(v) : v };
      }),
      model: body.model ?? route.deployment ?? 'fake-embedding-model',
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const found = ROUTES.map(([re, make]) => {
      const m = url.pathname.match(re);
      return m && make(m);
    }).find(Boolean);
    const raw = await new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
      req.on('error', reject);
    });
    if (!found || req.method !== 'POST') {
      return sendJson(res, 404, { error: { message: `No route for ${req.method} ${url.pathname}`, type: 'invalid_request_error', code: 'not_found' } });
    }
    let body: any = raw;
    let badJson = false;
    try {
      body = JSON.parse(raw);
    } catch {
      badJson = true;
    }
    const route: Route = found.v1 ? { ...found, deployment: typeof body?.model === 'string' ? body.model : undefined } : found;
    const rec: RecordedRequest = {
      shape: route.shape,
      kind: route.kind,
      path: url.pathname,
      deployment: route.deployment,
      apiVersion: url.searchParams.get('api-version') ?? undefined,
      headers: { ...req.headers },
      body,
      aborted: false,
    };
    requests.push(rec);
    // 'close' also fires after a normal end; only an unfinished response means the client went away.
    res.on('close', () => {
      if (!res.writableEnded) rec.aborted = true;
    });

    if (!authorised(req, route)) {
      return sendError(res, {
        status: 401,
        code: 'invalid_api_key',
        message: 'Incorrect API key provided or access denied due to invalid credentials.',
      });
    }
    if (route.shape === 'azure' && !route.v1 && !rec.apiVersion) {
      return sendError(res, { status: 400, code: 'missing_api_version', message: 'Missing api-version query parameter.' });
    }
    if (badJson || typeof body !== 'object' || body === null) {
      return sendError(res, { status: 400, code: 'invalid_json', message: 'We could not parse the JSON body of your request.' });
    }
    if (route.shape === 'azure' && options.deployments && !options.deployments.includes(route.deployment ?? '')) {
      return sendError(res, {
        status: 404,
        code: 'DeploymentNotFound',
        message: `The API deployment for this resource does not exist: ${route.deployment}`,
      });
    }
    if (route.shape === 'openai' && options.models && !options.models.includes(body.model)) {
      return sendError(res, { status: 404, code: 'model_not_found', message: `The model \`${body.model}\` does not exist.` });
    }
    if (route.kind === 'chat') return handleChat(res, rec, route);
    return handleEmbeddings(res, rec, route);
  }

  const server = http.createServer((req, res) => {
    // Never let a bug or a dropped connection take the test process down: answer 500 if still possible.
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: { message: String(err), type: 'server_error', code: null } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    requests,
    script: (...steps) => void chatQueue.push(...steps),
    scriptEmbeddings: (...steps) => void embeddingsQueue.push(...steps),
    setEmbeddingDimensions: (n) => {
      dimensions = n;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps connections alive and stalled streams never end, so cut them all.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
