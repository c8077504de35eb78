/**
 * Turns the low-level errors of a failed Redis connection into one sentence a workshop
 * attendee can act on, and tells connection trouble apart from command errors at run time.
 */
import { WorkshopError } from '../errors';
import type { RedisTarget } from './redis-url';

const START_HINT = 'start Redis (docker compose up -d redis, or apt-get install redis-server) or set REDIS_URL';

/** Node error codes of a failed TLS handshake or certificate check. */
function isTlsError(code: string | undefined, message: string): boolean {
  if (!code) return /ssl|tls|certificate/i.test(message);
  return (
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_TLS') ||
    code === 'EPROTO' ||
    /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)
  );
}

/** Removes the password itself from a message, in case a library ever echoes it. */
function scrub(message: string, target: RedisTarget): string {
  const { password } = target;
  return password && password.length >= 3 ? message.split(password).join('***') : message;
}

/**
 * A `redis_unavailable` error for a connection attempt that failed with `err` (the last
 * `error` event the client emitted, which says more than the "Connection is closed." rejection).
 */
export function describeConnectError(err: unknown, target: RedisTarget, timeoutMs: number): WorkshopError {
  const e = (err ?? {}) as { code?: string; message?: string };
  const message = String(e.message ?? err);
  const code = e.code;
  const url = target.safeUrl;
  const user = target.username ?? 'default';
  let text: string;

  if (code === 'ECONNREFUSED') {
    text = `connection refused at ${url} — ${START_HINT}`;
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    text = `host "${target.host}" was not found (DNS lookup failed) for ${url} — check the host name in REDIS_URL`;
  } else if (/^WRONGPASS/.test(message)) {
    text = target.password
      ? `Redis at ${url} refused the login: the password or ACL user "${user}" in REDIS_URL was refused — fix the user/password in REDIS_URL`
      : `Redis at ${url} refused the login for ACL user "${user}" — put the right password in REDIS_URL (redis://USER:PASSWORD@host:port)`;
  } else if (/^NOAUTH/.test(message)) {
    text = `Redis at ${url} requires a password — put it in REDIS_URL (redis://:PASSWORD@host:port or redis://USER:PASSWORD@host:port)`;
  } else if (/^NOPERM/.test(message)) {
    text = `Redis at ${url}: ACL user "${user}" is not allowed to run the commands the workshop needs (${message}) — grant it +@all or use another user in REDIS_URL`;
  } else if (isTlsError(code, message)) {
    const certificate = /CERT|SELF_SIGNED|UNABLE_TO/.test(code ?? '') || /certificate/i.test(message);
    text = certificate
      ? `TLS handshake with ${url} failed (${message}) — the server's certificate is not trusted; for a private CA start Node with NODE_EXTRA_CA_CERTS=/path/to/ca.pem`
      : `TLS handshake with ${url} failed (${message}) — check that this port serves TLS; use redis:// in REDIS_URL for a plain port`;
  } else if (code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) {
    text = target.tls
      ? `no TLS answer from ${url} within ${timeoutMs} ms — if that port is not TLS-enabled use redis:// in REDIS_URL; otherwise check host, port and firewall`
      : `no answer from ${url} within ${timeoutMs} ms — check the host, port and firewall in front of REDIS_URL, or ${START_HINT}`;
  } else if (code === 'ECONNRESET' || code === 'EPIPE' || /Connection is closed/.test(message)) {
    text = target.tls
      ? `${url} closed the connection during the TLS handshake — check that the port serves TLS, or use redis:// in REDIS_URL`
      : `${url} closed the connection before answering — check that REDIS_URL points at a Redis server (use rediss:// if it expects TLS)`;
  } else if (/Unknown RESP type|Protocol error|unknown protocol/i.test(message)) {
    text = `${url} did not answer like a Redis server (${message}) — check the host and port in REDIS_URL`;
  } else {
    text = `cannot connect to Redis at ${url}: ${message} — check REDIS_URL, or ${START_HINT}`;
  }
  return new WorkshopError('redis_unavailable', scrub(text, target), { cause: err });
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_MESSAGES = [
  "Stream isn't writeable",
  "isn't ready and enableOfflineQueue",
  'Connection is closed',
  'Command timed out',
  'Reached the max retries per request limit',
  'None of startup nodes is available',
  'Socket timeout',
  'LOADING',
  'CLUSTERDOWN',
  'TRYAGAIN',
  'MASTERDOWN',
];

/**
 * True when a failed command failed because Redis was unreachable (down, restarting, network
 * gone), as opposed to a bad command. The HTTP layer answers 503 for these.
 */
export function isRedisUnavailableError(err: unknown): boolean {
  if (WorkshopError.is(err)) return err.code === 'redis_unavailable' || err.code === 'redis_not_found';
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (err.name === 'MaxRetriesPerRequestError') return true;
  return UNAVAILABLE_MESSAGES.some((m) => err.message.includes(m));
}

/**
 * Wraps an error from a Redis command in a `WorkshopError`: `redis_unavailable` (503) when
 * Redis could not be reached, `redis_command_failed` otherwise. `WorkshopError`s pass through.
 */
export function toRedisError(err: unknown, what = 'Redis command'): WorkshopError {
  if (WorkshopError.is(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (isRedisUnavailableError(err)) {
    return new WorkshopError('redis_unavailable', `${what} failed: Redis is unreachable (${message}); it reconnects by itself when Redis is back`, { cause: err });
  }
  if (/^OOM\b/.test(message)) {
    // Writes are refused once maxmemory is reached; reads still work, so say what to do.
    return new WorkshopError(
      'redis_command_failed',
      `${what} failed: Redis is out of memory (maxmemory reached), so nothing new can be stored. Free memory (the facilitator view's reset, or forget memories) or raise maxmemory`,
      { cause: err },
    );
  }
  return new WorkshopError('redis_command_failed', `${what} failed: ${message}`, { cause: err });
}
