/**
 * The one place where anything thrown while answering a request becomes the JSON error body
 * `{"error": {"code", "message"}}` with a fitting status (DESIGN §6): never HTML, never a stack.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { WorkshopError } from '../errors';
import { isRedisUnavailableError } from '../redis/connection';

/** An HTTP-only failure with its own status and stable code (401, 413, 409, ...). */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

/** The JSON error body and status for any thrown value. */
export interface ErrorAnswer {
  status: number;
  body: { error: { code: string; message: string } };
}

/** Where unexpected errors are reported (they are the only ones worth a stack trace, in the log). */
export type UnexpectedErrorSink = (err: unknown) => void;

export function toErrorAnswer(err: unknown, onUnexpected?: UnexpectedErrorSink): ErrorAnswer {
  const answer = (status: number, code: string, message: string): ErrorAnswer => ({ status, body: { error: { code, message } } });
  if (err instanceof HttpError) return answer(err.status, err.code, err.message);
  if (err instanceof WorkshopError) {
    if (err.status >= 500 && err.code !== 'redis_unavailable' && err.code !== 'redis_not_found') onUnexpected?.(err);
    return answer(err.status, err.code, err.message);
  }
  if (err instanceof ZodError) return answer(400, 'invalid_request', describeZodError(err));
  const bodyError = bodyParserError(err);
  if (bodyError) return bodyError;
  if (isRedisUnavailableError(err)) {
    return answer(503, 'redis_unavailable', 'Redis is unreachable right now; the server reconnects by itself when it is back');
  }
  onUnexpected?.(err);
  return answer(500, 'internal_error', 'unexpected server error; the server log has the details');
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
 * no `type`, and a corrupt gzip/deflate body is a zlib error with `status` 400 and no `type`.
 * Before, the `'type' in err` guard let those through as 500 internal_error (and logged them as bugs).
 */
function bodyParserError(err: unknown): ErrorAnswer | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const { type, status, code: errCode } = err as { type?: unknown; status?: unknown; code?: unknown };
  const answer = (s: number, code: string, message: string): ErrorAnswer => ({ status: s, body: { error: { code, message } } });
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
      if (typeof status === 'number' && status >= 400 && status < 500) return answer(status, 'bad_request', 'the request could not be read');
      return undefined;
  }
}

/** Last handler of the app: every error answers JSON. */
export function errorHandler(onUnexpected?: UnexpectedErrorSink): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = toErrorAnswer(err, onUnexpected);
    res.status(status).json(body);
  };
}

/** Unknown routes answer a JSON 404 instead of Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'route_not_found', message: `no route ${req.method} ${req.path}; see docs/api.md` } });
};
