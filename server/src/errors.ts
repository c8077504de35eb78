/**
 * Typed errors with stable codes. Every layer throws these; the HTTP layer maps `status` and
 * `code` to the JSON error body in one place. Messages name the option or environment variable
 * that fixes the problem.
 */
export type ErrorCode =
  | 'config_invalid'
  | 'redis_unavailable'
  | 'redis_not_found'
  | 'redis_command_failed'
  | 'index_schema_changed'
  | 'invalid_argument'
  | 'not_found'
  | 'forbidden'
  | 'model_failed'
  | 'model_auth_failed'
  | 'model_not_found'
  | 'model_rate_limited'
  | 'model_content_filtered'
  | 'model_unreachable'
  | 'model_timeout'
  | 'tool_failed'
  | 'aborted';

const STATUS: Record<ErrorCode, number> = {
  config_invalid: 500,
  redis_unavailable: 503,
  redis_not_found: 503,
  redis_command_failed: 500,
  index_schema_changed: 500,
  invalid_argument: 400,
  not_found: 404,
  forbidden: 403,
  model_failed: 502,
  // The attendee's request was fine; the model behind the workshop is misconfigured or down.
  model_auth_failed: 502,
  model_not_found: 502,
  model_rate_limited: 503,
  model_content_filtered: 422,
  model_unreachable: 502,
  model_timeout: 504,
  tool_failed: 500,
  aborted: 499,
};

/** True for the codes of this registry (an error event carries its code as a plain string). */
export function isErrorCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(STATUS, code);
}

export class WorkshopError extends Error {
  readonly code: ErrorCode;
  /** HTTP status the API answers with for this error. */
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkshopError';
    this.code = code;
    this.status = STATUS[code];
  }

  static is(err: unknown, code?: ErrorCode): err is WorkshopError {
    return err instanceof WorkshopError && (code === undefined || err.code === code);
  }
}

export function invalidArgument(message: string): WorkshopError {
  return new WorkshopError('invalid_argument', message);
}
