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
  tool_failed: 500,
  aborted: 499,
};

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
