/**
 * The one place where anything thrown while answering a request becomes the JSON error body
 * `{"error": {"code", "message"}}` with a fitting status (DESIGN §6): never HTML, never a stack.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorCode, ErrorCode } from '../contracts/error-codes';
import { ERROR_STATUS } from './error-status';
import type { ServerFrame } from '../contracts/ws';
import { ZodError } from 'zod';
import { WorkshopError } from '../errors';
import { isRedisUnavailableError } from '../redis/connection';

/** A failure only the HTTP/WebSocket layer knows (a missing token, a frame too large); its status comes from `ERROR_STATUS`. */
export class HttpError extends Error {
  readonly code: ApiErrorCode;
  /** For a limit: when trying again can work (HTTP `Retry-After`, `retryAfterSeconds` in a frame). */
  readonly retryAfterSeconds?: number;

  constructor(code: ApiErrorCode, message: string, options: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = Math.max(1, Math.ceil(options.retryAfterSeconds));
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The JSON error body and status for any thrown value. */
export interface ErrorAnswer {
  status: number;
  body: { error: ErrorBody };
  /** Seconds after which the same request can succeed (limits); sent as `Retry-After`. */
  retryAfterSeconds?: number;
}

/**
 * The error envelope's content (DESIGN §6), the same over HTTP and in WebSocket `error` frames.
 * Whether retrying can help follows from the code (`isRetryable` in the shared contracts).
 */
export interface ErrorBody {
  code: ApiErrorCode;
  message: string;
}

/** Where unexpected errors are reported (they are the only ones worth a stack trace, in the log). */
export type UnexpectedErrorSink = (err: unknown) => void;

/** 5xx codes that are expected operations, not bugs: not worth a stack trace. */
const EXPECTED_FAILURES = new Set<ErrorCode>(['redis_unavailable', 'redis_not_found', 'model_failed', 'model_auth_failed', 'model_not_found', 'model_rate_limited', 'model_unreachable', 'model_timeout']);

/** The status and JSON error body for anything thrown; unexpected errors also go to `onUnexpected`. */
export function toErrorAnswer(err: unknown, onUnexpected?: UnexpectedErrorSink): ErrorAnswer {
  const answer = errorAnswer;
  if (err instanceof HttpError) return { ...answer(err.code, err.message), ...(err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}) };
  if (err instanceof WorkshopError) {
    if (ERROR_STATUS[err.code] >= 500 && !EXPECTED_FAILURES.has(err.code)) onUnexpected?.(err);
    return answer(err.code, err.message);
  }
  if (err instanceof ZodError) return answer('invalid_request', describeZodError(err));
  const bodyError = bodyParserError(err);
  if (bodyError) return bodyError;
  if (isRedisUnavailableError(err)) {
    return answer('redis_unavailable', 'Redis is unreachable right now; the server reconnects by itself when it is back');
  }
  onUnexpected?.(err);
  return answer('internal_error', 'unexpected server error; the server log has the details');
}

/** "text: Too big ..." for the first few issues, so the caller sees which field to fix. */
export function describeZodError(err: ZodError): string {
  return err.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Client errors raised by Express itself: express.json() errors carry `type` and `status`; the
 * router's "Failed to decode param" (`/api/threads/%E0%A4%A`) is a URIError with `status` 400 and
 * no `type`, and a corrupt gzip/deflate body is a zlib error with `status` 400 and no `type`: all
 * of them are the client's mistake, never a 500.
 */
function bodyParserError(err: unknown): ErrorAnswer | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const { type, status, code: errCode } = err as { type?: unknown; status?: unknown; code?: unknown };
  const answer = (_status: number, code: ApiErrorCode, message: string): ErrorAnswer => errorAnswer(code, message);
  if (err instanceof URIError && status === 400) {
    return answer(400, 'invalid_argument', 'the URL holds an invalid percent-encoding (e.g. "%E0%A4%A"): encode ids with encodeURIComponent');
  }
  if (typeof errCode === 'string' && errCode.startsWith('Z_') && status === 400) {
    return answer(400, 'bad_json', 'the request body could not be decompressed (check Content-Encoding)');
  }
  switch (type) {
    case 'entity.parse.failed':
      return answer(400, 'bad_json', 'the request body is not valid JSON');
    case 'entity.too.large':
      return answer(413, 'payload_too_large', 'the request body is too large (at most 64 KiB)');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return answer(415, 'unsupported_encoding', 'send the body as UTF-8 JSON');
    default:
      // Express's own 4xx keeps its status (431, 414 …): the client's mistake, told as such.
      if (typeof status === 'number' && status >= 400 && status < 500) return { ...errorAnswer('bad_request', 'the request could not be read'), status };
      return undefined;
  }
}

/** The envelope and status for a code: the one writer behind HTTP answers, WebSocket frames and raw upgrade refusals. */
export function errorAnswer(code: ApiErrorCode, message: string): ErrorAnswer {
  return { status: ERROR_STATUS[code], body: { error: { code, message } } };
}

/** A WebSocket `error` frame for any thrown value (same codes and texts as the HTTP answers). */
export function errorFrame(err: unknown, ids: { turnId?: string; requestId?: string } = {}, onUnexpected?: UnexpectedErrorSink): Extract<ServerFrame, { type: 'error' }> {
  const { body, retryAfterSeconds } = toErrorAnswer(err, onUnexpected);
  return {
    type: 'error',
    ...body.error,
    ...(ids.turnId ? { turnId: ids.turnId } : {}),
    ...(ids.requestId ? { requestId: ids.requestId } : {}),
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
}

/**
 * A JSON error answer written straight to a socket (an upgrade, or a request Node's HTTP parser
 * refused: there is no Express response there). `statusOverride` replaces the code's own (431 …).
 */
export function writeRawError(socket: Duplex, err: HttpError, statusOverride?: number): void {
  const answer = errorAnswer(err.code, err.message);
  const { body } = answer;
  const status = statusOverride ?? answer.status;
  const text = JSON.stringify(body);
  const retryAfter = err.retryAfterSeconds ? `Retry-After: ${err.retryAfterSeconds}\r\n` : '';
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/json\r\n${retryAfter}Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}

/** Last handler of the app: every error answers JSON. */
export function errorHandler(onUnexpected?: UnexpectedErrorSink): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body, retryAfterSeconds } = toErrorAnswer(err, onUnexpected);
    if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
    const answer = () => {
      if (!res.writableEnded) res.status(status).json(body);
    };
    // A client past a per-attendee limit hears so only after a pause: one that fires again at
    // once (a script, a flood) is slowed to a few requests a second instead of keeping a core
    // busy with refusals while the rest of the room waits. Holding a response costs no CPU.
    if (status === 429 && retryAfterSeconds) setTimeout(answer, Math.min(retryAfterSeconds, LIMIT_PAUSE_SECONDS) * 1000).unref();
    else answer();
  };
}

/** Longest pause before a 429 answer (see `errorHandler`). */
export const LIMIT_PAUSE_SECONDS = 2;

/** Unknown routes answer a JSON 404 instead of Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  const { status, body } = errorAnswer('route_not_found', `no route ${req.method} ${req.path}; see docs/api.md`);
  res.status(status).json(body);
};
