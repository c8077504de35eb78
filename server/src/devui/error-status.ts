/** The one table from error codes to HTTP statuses (DESIGN §6: a fitting 4xx/5xx, never a 200). */
import type { ApiErrorCode } from '../contracts/error-codes';

/** The HTTP status of every error code. */
export const ERROR_STATUS: Record<ApiErrorCode, number> = {
  // The caller sent something to fix.
  bad_json: 400,
  bad_request: 400,
  invalid_request: 400,
  invalid_argument: 400,
  confirmation_required: 400,
  bad_frame: 400,
  bad_handshake: 400,
  unauthorized: 401,
  method_not_allowed: 405,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  ui_not_built: 404,
  turn_in_progress: 409,
  // Not a rate: the attendee deletes a thread to make room, so no Retry-After and not retryable.
  too_many_threads: 409,
  message_too_long: 413,
  payload_too_large: 413,
  frame_too_large: 413,
  unsupported_media_type: 415,
  unsupported_encoding: 415,
  model_content_filtered: 422,
  too_many_turns: 429,
  rate_limited: 429,
  too_many_connections: 429,
  aborted: 499,
  // The server or what it depends on.
  config_invalid: 500,
  redis_command_failed: 500,
  index_schema_changed: 500,
  tool_failed: 500,
  internal_error: 500,
  // The attendee's request was fine; the model behind the workshop is misconfigured or down.
  model_failed: 502,
  model_auth_failed: 502,
  model_not_found: 502,
  model_unreachable: 502,
  redis_unavailable: 503,
  redis_not_found: 503,
  model_rate_limited: 503,
  shutting_down: 503,
  // The server is at its bound of turns running at once (not a Redis outage).
  busy: 503,
  model_timeout: 504,
};
