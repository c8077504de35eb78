/** Parsing and redacting `redis://` / `rediss://` URLs. */
import { WorkshopError } from '../errors';

/** What a Redis URL says, split into the parts the clients need. */
export interface RedisTarget {
  host: string;
  port: number;
  /** `rediss://`: connect with TLS. */
  tls: boolean;
  username?: string;
  password?: string;
  /** Database number from the path (`/2`); 0 when absent. */
  db: number;
  /** The URL with the password replaced by `***`: the only form that may be printed. */
  safeUrl: string;
}

const DEFAULT_PORT = 6379;

/**
 * The URL with its password replaced by `***`. Works on strings that are not valid URLs too,
 * because the point is that a typo in REDIS_URL must never print the secret next to it.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
      return parsed.toString();
    }
    return url;
  } catch {
    // Not parseable: blank out anything between "//user:" and the last "@" of the authority.
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^/]*@/i, '$1***@');
  }
}

/** Splits a Redis URL; throws `config_invalid` naming REDIS_URL when it cannot be used. */
export function parseRedisUrl(url: string): RedisTarget {
  const safeUrl = redactUrl(url);
  const expected = 'must look like redis://[user:password@]host[:port][/db] (or rediss:// for TLS)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WorkshopError('config_invalid', `REDIS_URL ${expected} (got "${safeUrl}")`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new WorkshopError('config_invalid', `REDIS_URL ${expected} (got scheme "${parsed.protocol}" in "${safeUrl}")`);
  }
  // WHATWG URL keeps IPv6 hosts in brackets; net.connect wants them bare.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) {
    throw new WorkshopError('config_invalid', `REDIS_URL ${expected}: the host is missing (got "${safeUrl}")`);
  }
  const port = parsed.port ? Number(parsed.port) : DEFAULT_PORT;
  const path = parsed.pathname.replace(/^\/+/, '');
  const db = path === '' ? 0 : Number(path);
  if (!Number.isInteger(db) || db < 0) {
    throw new WorkshopError('config_invalid', `REDIS_URL: the path must be a database number such as /0 (got "/${path}" in "${safeUrl}")`);
  }
  return {
    host,
    port,
    tls: parsed.protocol === 'rediss:',
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db,
    safeUrl,
  };
}
