/**
 * When a failed model call is worth another try, and how long to wait first. Pure functions:
 * the chat model and the embedder run the loop and report each retry.
 */

/** How many times a failed model call is retried, and how long the waits in between may be. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 3 (MODEL_MAX_RETRIES). */
  maxRetries: number;
  /** First backoff step; doubles per retry, with jitter. Default 500 ms. */
  baseDelayMs: number;
  /** Longest wait accepted, also when the server asks (`retry-after`); longer asks fail at once. Default 20 s. */
  maxDelayMs: number;
}

/** Three retries, backing off from half a second, never waiting more than 20 seconds. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 20_000 };

/** What a failed call tells about retrying: its HTTP status (none for a network failure) and headers. */
export interface FailedCall {
  status?: number;
  headers?: { get(name: string): string | null } | Record<string, string | undefined>;
  /** A timeout or a cancellation: never retried (the wait already happened, or the user left). */
  final?: boolean;
}

function header(headers: FailedCall['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  return (headers as Record<string, string | undefined>)[name];
}

/** The wait the server asked for, in ms (`retry-after-ms`, `retry-after` in seconds or as a date). */
export function requestedDelayMs(headers: FailedCall['headers'], now = Date.now()): number | undefined {
  const ms = Number(header(headers, 'retry-after-ms'));
  if (header(headers, 'retry-after-ms') !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header(headers, 'retry-after');
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Whether a failed call may succeed when tried again: a dropped connection, 408, 409, 429 or a 5xx. */
/** Whether a failed model call may be tried again (the error-code sense is `isRetryable` in the contracts). */
export function isRetryableFailure(failure: FailedCall): boolean {
  if (failure.final) return false;
  const { status } = failure;
  // No status: the connection failed (reset, refused mid-way); worth one more try.
  return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Milliseconds to wait before retry number `attempt` (1 = the first retry), or undefined when
 * the call should fail now: not retryable, out of retries, or the server asks for a longer wait
 * than the policy accepts.
 */
export function retryDelay(failure: FailedCall, attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random = Math.random): number | undefined {
  if (!isRetryableFailure(failure) || attempt > policy.maxRetries) return undefined;
  const asked = requestedDelayMs(failure.headers);
  if (asked !== undefined) return asked <= policy.maxDelayMs ? asked : undefined;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  // Full jitter on the upper half spreads a room of attendees who hit the limit together.
  return Math.min(policy.maxDelayMs, Math.round(backoff / 2 + random() * (backoff / 2)));
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
