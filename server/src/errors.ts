/**
 * Typed errors with stable codes. Every layer throws these; they carry no HTTP status: the HTTP
 * layer maps codes to statuses in one table (`devui/error-status.ts`). Messages name the option
 * or environment variable that fixes the problem.
 */
import { isErrorCode, isRetryable, type ErrorCode } from './contracts/error-codes';

export { isErrorCode, type ErrorCode };

/** Optional cause and details of a `WorkshopError`. */
export interface WorkshopErrorOptions {
  cause?: unknown;
  /** Structured facts about the failure (an index name, a dimension), for logs and callers. */
  details?: Record<string, unknown>;
}

/** An error with a stable code that every layer throws; the HTTP layer maps the code to a status. */
export class WorkshopError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options?: WorkshopErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WorkshopError';
    this.code = code;
    if (options?.details) this.details = options.details;
  }

  /** Whether the same call may succeed later without any change. */
  get retryable(): boolean {
    return isRetryable(this.code);
  }

  static is(err: unknown, code?: ErrorCode): err is WorkshopError {
    return err instanceof WorkshopError && (code === undefined || err.code === code);
  }
}

/** The error for a call whose arguments are wrong; the message says which one and why. */
export function invalidArgument(message: string): WorkshopError {
  return new WorkshopError('invalid_argument', message);
}
