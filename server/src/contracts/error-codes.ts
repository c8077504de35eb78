/**
 * Every error code the workshop answers with, declared once: the core's (thrown by any layer as
 * `WorkshopError`) and the API's own (HTTP and WebSocket only). Whether retrying can help is part
 * of the code, so a client can offer "try again" without knowing the cause. Shared by the server
 * and the web app; HTTP statuses are mapped in the HTTP layer (`devui/error-status.ts`).
 */

/** Codes any layer may throw. */
export const CORE_ERROR_CODES = [
  'config_invalid',
  'redis_unavailable',
  'redis_not_found',
  'redis_command_failed',
  'index_schema_changed',
  'invalid_argument',
  'not_found',
  'forbidden',
  'model_failed',
  'model_auth_failed',
  'model_not_found',
  'model_rate_limited',
  'model_content_filtered',
  'model_unreachable',
  'model_timeout',
  'tool_failed',
  'aborted',
] as const;

/** Codes only the HTTP and WebSocket layer produces (requests, frames, handshakes). */
export const API_ONLY_ERROR_CODES = [
  'bad_json',
  'bad_request',
  'invalid_request',
  'confirmation_required',
  'unauthorized',
  'route_not_found',
  'ui_not_built',
  'message_too_long',
  'payload_too_large',
  'unsupported_media_type',
  'unsupported_encoding',
  'internal_error',
  'bad_handshake',
  'method_not_allowed',
  'shutting_down',
  'bad_frame',
  'frame_too_large',
  'turn_in_progress',
  'too_many_turns',
  'too_many_threads',
  'rate_limited',
  'too_many_connections',
  'busy',
] as const;

/** Every code the HTTP and WebSocket layer may answer with: the core's and its own. */
export const API_ERROR_CODES = [...CORE_ERROR_CODES, ...API_ONLY_ERROR_CODES] as const;

/** A code any layer may throw. */
export type ErrorCode = (typeof CORE_ERROR_CODES)[number];
/** A code the HTTP and WebSocket layer may answer with. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Codes where the same request may succeed later without any change (an outage, a limit, a busy thread). */
const RETRYABLE = new Set<ApiErrorCode>([
  'redis_unavailable',
  'model_failed',
  'model_rate_limited',
  'model_unreachable',
  'model_timeout',
  'shutting_down',
  'turn_in_progress',
  'too_many_turns',
  'rate_limited',
  'too_many_connections',
  'busy',
]);

/** Whether sending the same thing again can help. */
export function isRetryable(code: ApiErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** Whether a code is one any layer may throw (not one of the API's own). */
export function isErrorCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && (CORE_ERROR_CODES as readonly string[]).includes(code);
}

/** Whether a code is one the API may answer with. */
export function isApiErrorCode(code: string | undefined): code is ApiErrorCode {
  return code !== undefined && (API_ERROR_CODES as readonly string[]).includes(code);
}
