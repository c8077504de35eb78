/**
 * Hostile inputs for fuzz.test.ts, and the client-side oracles that tell which of them the server
 * must accept. A hand-written list of values that break careless servers (Redis glob and
 * RediSearch syntax, CRLF, NUL, lone surrogates, 1 MB strings, deep JSON, key-like strings) is
 * mixed into fast-check arbitraries drawn with a fixed seed: the same inputs on every run, and a
 * failure is replayed with `FUZZ_SEED=<seed> npx vitest run test/http/fuzz.test.ts`.
 */
import fc from 'fast-check';
import { clientFrameSchema, MAX_CLIENT_FRAME_BYTES, MAX_MESSAGE_CHARS } from '../../server/src/contracts/ws';
import { inputText } from '../../server/src/devui/openai-format';

/** The seed of every draw (printed in the summary line). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);

/** What the server lets into a key name as a thread or record id (server/src/redis/keys.ts). */
export const KEY_PART = /^[A-Za-z0-9_.:-]{1,128}$/;

/** One mebibyte: a body, header, frame or query far over every limit. */
export const MEGABYTE = 'x'.repeat(1 << 20);

/** Values that have broken servers before; each one is in the draws as it is. */
export const NASTY: string[] = [
  '', ' ', '\t', '\n', '\r\n', '\r\n\r\n', 'a\r\nSet-Cookie: evil=1', '\u0000', 'a\u0000b', '\u0000'.repeat(64), '\u0007\u001b[31m',
  // Redis glob (KEYS/SCAN MATCH) and RediSearch query syntax: must stay plain text wherever they go.
  '*', '?', '[', ']', '[a-z]', '*?[]', '\\*', 'h?llo*', '[^a]*', 'user:*', '*:*:*', '@user_id:{*}', '* | -x', '@content:(a|b)',
  '-@kind:{fact}', '~a', '%a%', '=>[KNN 10 @embedding $v]', '$v', '{', '}', '{abc}', '{*}', '(', ')', '|', '"', "'", '\\', '/', '//',
  '..', '../../etc/passwd', 'a:b:c', 'a:b:c:d:e:f', ':', '::', ':a', 'a:', 'chat_messages:*', 'workshop:identity:secret',
  'memory_preferences:*', '{u_0123456789abcdef}:t', 'u_0123456789abcdef', 'KEYS *', 'FLUSHALL', '*1\r\n$8\r\nFLUSHALL\r\n', 'EVAL "return 1" 0',
  // Unicode that trips UTF-16/UTF-8 conversions and byte counting.
  '\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '💩', '👨‍👩‍👧‍👦', '\u202eevil', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', 'İı', 'ß', '\ufeff', '\u2028\u2029', '\uffff', '\ufffe', '﷽',
  // Prototype keys and values that look like other types.
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '-Infinity', '-0', '1e400', '0x10',
  '9007199254740993', '-1', '0', 'null', 'undefined', 'true', '[]', '{}', '<script>alert(1)</script>', '<html>', '${7*7}', '%E0%A4%A', '%FF', '%00', '%252F',
  // Just past the limits of the contract (ids 100/128/200/256, names 60, text 8000, bodies 64 KiB).
  'x'.repeat(61), 'x'.repeat(101), 'x'.repeat(129), 'x'.repeat(201), 'x'.repeat(257), 'x'.repeat(1001), 'x'.repeat(8001), '💩'.repeat(4001), 'x'.repeat(70_000),
];

/** Draws `n` values of `arb`; `salt` keeps the draws of different kinds apart. */
export function draw<T>(arb: fc.Arbitrary<T>, n: number, salt: number): T[] {
  return fc.sample(arb, { seed: FUZZ_SEED + salt, numRuns: n });
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const syntaxChar = fc.constantFrom(...'*?[]{}()|@:-_.%\\/"\'~$^+,;=<>!#&`\r\n\t\u0000 '.split(''));
const unit = fc.oneof(
  { arbitrary: syntaxChar, weight: 4 },
  { arbitrary: fc.constantFrom('a', 'Z', '0', '9', '_', 'é', '💩'), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
);
/** Strings at the length limits of the contract, in 1- and 2-unit characters. */
const atLimit = fc
  .tuple(fc.constantFrom(59, 60, 61, 99, 100, 101, 127, 128, 129, 199, 200, 201, 255, 256, 257, 999, 1000, 1001), fc.constantFrom('a', '*', 'é', ':'))
  .map(([n, c]) => c.repeat(n));
/** Key-like strings (`a:b:c`, `{tag}:x`): what a careless server would paste into a key name. */
const keyLike = fc.array(fc.oneof(fc.constantFrom('a', 'b', '*', '{x}', 'u_0123456789abcdef', 'chat_messages', '', '..'), fc.string({ unit, maxLength: 4 })), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(':'));

/** A hostile string: the list above, fast-check's own strings, syntax soup, key-like strings, strings at a limit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 4 },
  { arbitrary: fc.string({ unit, maxLength: 48 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 32 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
  { arbitrary: keyLike, weight: 2 },
  { arbitrary: atLimit, weight: 1 },
);

/** Number tokens as JSON text, a few of them not JSON at all (NaN, hex, a leading +). */
const rawNumber = fc.oneof(
  fc.double().map((d) => (Number.isFinite(d) ? String(d) : '1e400')),
  fc.integer().map(String),
  fc.constantFrom('-0', '1e400', '-1e400', '1E-400', '9007199254740993', '123456789012345678901234567890', 'NaN', 'Infinity', '-Infinity', '0x1F', '01', '.5', '+1'),
);
const FIELD_NAMES = ['text', 'id', 'title', 'agentId', 'messageId', 'rewindTo', 'displayName', 'type', 'threadId', 'requestId', 'turnId', 'model', 'input', 'conversation', 'stream', 'confirm'];
/** Object keys: the contract's field names, prototype keys and anything else. */
const keyName = fc.oneof(fc.constantFrom(...FIELD_NAMES, '__proto__', 'constructor', 'prototype', 'toString', 'valueOf'), hostileString);
/** JSON text of an object from `[key, JSON text]` entries: keys may repeat and may be `__proto__`, as a raw body can. */
const objectText = (entries: Array<[string, string]>) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;

/** Any JSON value as text (a few with invalid number tokens): nested up to a few levels. */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    hostileString.map((s) => JSON.stringify(s)),
    rawNumber,
    fc.constantFrom('true', 'false', 'null'),
    fc.array(tie('value'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
    fc.array(fc.tuple(keyName, tie('value')), { maxLength: 4 }).map(objectText),
  ),
})).value;

/** Nesting thousands deep (arrays or objects): a parser or validator that recurses would overflow its stack. */
export const deepJson = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
  .map(([n, arrays]) => (arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n)));

/** Broken JSON: cut short, raw text, NaN, trailing garbage. */
const malformed = fc.oneof(
  jsonText.chain((t) => fc.nat(Math.max(0, t.length - 1)).map((i) => t.slice(0, i))),
  hostileString,
  fc.constantFrom('{"text": NaN}', '{"text": undefined}', "{'text': 'x'}", '{"text": "a"}garbage', '{"text":"a",}', '\ufeff{"text":"a"}', '{"__proto__":'),
);

/** A hostile value for a named field: mostly strings, sometimes any JSON (wrong types). */
const fieldValue = fc.oneof({ arbitrary: hostileString.map((s) => JSON.stringify(s)), weight: 3 }, { arbitrary: jsonText, weight: 2 });

/**
 * A body for a route whose fields are `fields`: mostly an object with some of them (and stray or
 * prototype keys), sometimes another JSON value, broken JSON, deep nesting or invalid UTF-8 bytes.
 */
export function hostileBody(fields: string[], valid: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<string | Buffer> {
  const named = fc.constantFrom(...fields).chain((f) => fc.tuple(fc.constant(f), valid[f] ? fc.oneof(valid[f].map((s) => JSON.stringify(s)), fieldValue) : fieldValue));
  const entry = fc.oneof({ arbitrary: named, weight: 5 }, { arbitrary: fc.tuple(keyName, fieldValue), weight: 1 });
  return fc.oneof(
    { arbitrary: fc.array(entry, { maxLength: fields.length + 2 }).map(objectText), weight: 12 },
    { arbitrary: jsonText, weight: 2 },
    { arbitrary: malformed, weight: 2 },
    { arbitrary: deepJson, weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.concat([Buffer.from('{"text":"'), Buffer.from(b), Buffer.from('"}')])), weight: 1 },
  );
}

/** How a path segment goes on the wire: as a browser encodes it, raw (broken `%`, `?`, `#`, `/`), or with invalid UTF-8 escapes. */
export const segmentStyle = fc.constantFrom('encoded', 'encoded', 'raw', 'bytes');

/** `value` as a path segment or query value in `style`; the request line takes bytes 0x21-0xff only. */
export function onWire(value: string, style: string): string {
  if (style === 'bytes') return `${onWire(value, 'encoded')}%C0%AF%ED%A0%80%FF`;
  const keep = style === 'raw' ? /[\x21-\x7e]/ : /[A-Za-z0-9\-._~]/;
  return [...value].map((ch) => (keep.test(ch) ? ch : [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))).join('');
}

/** A query string of hostile pairs (arrays, brackets, prototype keys, broken encodings) for a route taking `names`. */
export function hostileQuery(names: string[]): fc.Arbitrary<string> {
  const name = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 6 }, { arbitrary: fc.constantFrom('__proto__', 'constructor[prototype][x]', 'q[]', 'q[a]', 'limit[]', ''), weight: 1 }, { arbitrary: hostileString, weight: 1 });
  // Cursor-shaped values (`<ms>:<thread id>`) reach the cursor's own parsing, past the schema.
  const cursor = fc.tuple(fc.oneof(fc.nat().map(String), fc.constantFrom('99999999999999999', '-1', '1e3')), hostileString).map(([n, id]) => `${n}:${id}`);
  const value = fc.oneof(hostileString, rawNumber, cursor, fc.constantFrom('1', '50', '200', '201', '0', '-1', '1.5', ' 5', '5 ', '1e2', '0x10', 'NaN', ''));
  return fc.array(fc.tuple(name, value, segmentStyle), { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([n, v, s]) => `${onWire(n, s)}=${onWire(v, s)}`).join('&'));
}

/** What Express decodes a path segment to; undefined when the encoding is broken (the server answers 400). */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The body as the server's JSON parser sees it (UTF-8 decoded), or undefined when it is not JSON. */
function parseBody(body: string | Buffer): unknown {
  try {
    return JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : Buffer.from(body, 'utf8').toString('utf8'));
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown, min: number, max: number) => v === undefined || (typeof v === 'string' && v.length >= min && v.length <= max);

/**
 * Whether `POST {path}` with `body` would reach a model turn (the route, a thread id, a
 * non-blank text, ids of the right type): such inputs run an agent turn each, so the fuzz keeps
 * them out and a short, hand-written list covers them instead.
 */
export function startsTurn(path: string, body: string | Buffer): boolean {
  const m = /^\/api\/threads\/([^/]+)\/messages\/?$/i.exec(path.split(/[?#]/)[0]);
  const threadId = m ? decodeSegment(m[1]) : undefined;
  if (threadId === undefined || !KEY_PART.test(threadId) || Buffer.byteLength(body) > 64 * 1024) return false;
  const b = parseBody(body);
  if (!isObject(b) || typeof b.text !== 'string' || !b.text.trim() || b.text.length > MAX_MESSAGE_CHARS) return false;
  return optionalString(b.agentId, 0, 100) && optionalString(b.messageId, 1, 100) && optionalString(b.rewindTo, 1, 256);
}

/** Whether a `/v1/responses` body names an agent of the port with a usable input (then it runs a turn). */
export function startsResponse(body: string | Buffer, agentIds: string[]): boolean {
  const b = parseBody(body);
  if (!isObject(b) || typeof b.model !== 'string' || !agentIds.includes(b.model)) return false;
  const text = inputText(b.input);
  return text !== undefined && text.trim() !== '' && text.length <= MAX_MESSAGE_CHARS;
}

/** What the server answers to one client frame (see onFrame in server/src/devui/ws-server.ts). */
export type FrameAnswer = 'error' | 'pong' | 'none' | 'turn';

/** The answer a WebSocket frame must get: an error for anything not a valid frame, a pong for a ping, nothing for a watch or stop. */
export function frameAnswer(frame: string | Buffer): FrameAnswer {
  if (Buffer.isBuffer(frame) || Buffer.byteLength(frame) > MAX_CLIENT_FRAME_BYTES) return 'error';
  const parsed = clientFrameSchema.safeParse(parseBody(frame) ?? Symbol('not json'));
  if (!parsed.success) return 'error';
  const f = parsed.data;
  if (f.type === 'ping') return 'pong';
  if (f.type === 'turn.stop') return 'none';
  if (f.type === 'thread.watch') return KEY_PART.test(f.threadId) ? 'none' : 'error';
  return KEY_PART.test(f.threadId) && f.text.trim() ? 'turn' : 'error';
}

/** Client frames: broken JSON, other JSON values, frames of every type with hostile fields, deep nesting, binary, oversized. */
export const hostileFrame: fc.Arbitrary<string | Buffer> = fc.oneof(
  { arbitrary: malformed, weight: 2 },
  { arbitrary: jsonText, weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom('turn.start', 'turn.stop', 'thread.watch', 'ping', 'pong', 'hello', 'error', 'TURN.START', ''), hostileString), hostileBody(['requestId', 'threadId', 'text', 'agentId', 'messageId', 'rewindTo', 'turnId']))
      .map(([type, body]) => (typeof body === 'string' && body.startsWith('{') ? `{"type":${JSON.stringify(type)}${body.length > 2 ? ',' : ''}${body.slice(1)}` : body)),
    weight: 10,
  },
  { arbitrary: deepJson.filter((t) => t.length <= MAX_CLIENT_FRAME_BYTES * 2), weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 128 }).map((b) => Buffer.from(b)), weight: 1 },
  { arbitrary: fc.integer({ min: MAX_CLIENT_FRAME_BYTES + 1, max: 3 * MAX_CLIENT_FRAME_BYTES }).map((n) => `{"type":"ping","pad":"${'x'.repeat(n)}"}`), weight: 1 },
);

/** The data model's key shapes (server/src/redis/keys.ts) under this test's namespace; ids only where ids go. */
export function keyShapes(ns: string): RegExp[] {
  const id = '[A-Za-z0-9_.:-]{1,128}';
  const user = 'u_[0-9a-f]{16}';
  const agents = '(?:personal_assistant|support_agent|agent_personal|agent_work)';
  const history = `${ns}_chat_messages:${agents}:${user}`;
  const memory = `(${ns}_memory_(?:preferences|persistence|multi_agent))`;
  const tagValue = '[A-Za-z0-9_.%-]+';
  return [
    `${ns}:(?:identity:secret|admin:token|attendees|live)`,
    `${ns}:agent_users:${agents}`,
    `${ns}:(?:threads|thread_meta):\\{${history}\\}`,
    `${history}:${id}`,
    `\\{${history}:${id}\\}:ids`,
    `${memory}:${id}`,
    `${memory}:idx:\\{\\1\\}:[a-z_]+:${tagValue}`,
    `${memory}:(?:ver|chg):\\{\\1\\}:[a-z_]+=${tagValue}(?:&[a-z_]+=${tagValue})*`,
    `${memory}:(?:embedder|all):\\{\\1\\}`,
    `${memory}_tools:\\{${user}\\}(?::[A-Za-z0-9_.-]{1,64}){0,2}`,
  ].map((source) => new RegExp(`^${source}$`));
}
