/** What the connected Redis can do: version, cluster mode, and whether the search module is there. */
import { Cluster } from 'ioredis';
import type { RedisClient } from './connection';

/** What `probeRedis` found out about the server, for picking the engine and the start banner. */
export interface RedisCapabilities {
  /** `redis_version` from INFO server, e.g. `7.0.15` (Valkey reports its Redis-compatible version here). */
  version: string;
  /** True for a cluster client or a server with `cluster_enabled:1`. */
  cluster: boolean;
  /** True when the query engine (FT.* commands) is available. */
  search: boolean;
  /** Version of the search module, e.g. `8.0.1`, when the server says. */
  searchVersion?: string;
}

const SEARCH_MODULE_NAMES = new Set(['search', 'ft', 'searchlight']);

/** Reads INFO-style `key:value` lines into an object. */
function parseInfo(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0 && !line.startsWith('#')) out[line.slice(0, at)] = line.slice(at + 1).trim();
  }
  return out;
}

/** Modules report versions as one integer, major*10000 + minor*100 + patch. */
function formatModuleVersion(ver: unknown): string | undefined {
  const n = Number(ver);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  return `${Math.floor(n / 10000)}.${Math.floor(n / 100) % 100}.${n % 100}`;
}

/** `{name, ver}` of each module in a MODULE LIST reply (flat arrays on RESP2, maps on RESP3). */
function modulesFromReply(reply: unknown): Array<{ name: string; ver: unknown }> {
  if (!Array.isArray(reply)) return [];
  return reply.map((entry: unknown) => {
    if (Array.isArray(entry)) {
      const fields: Record<string, unknown> = {};
      for (let i = 0; i + 1 < entry.length; i += 2) fields[String(entry[i])] = entry[i + 1];
      return { name: String(fields.name ?? ''), ver: fields.ver };
    }
    const fields = (entry ?? {}) as Record<string, unknown>;
    return { name: String(fields.name ?? ''), ver: fields.ver };
  });
}

/** `{name, ver}` of each `module:name=...,ver=...` line of INFO modules. */
function modulesFromInfo(text: string): Array<{ name: string; ver: unknown }> {
  return text
    .split(/\r?\n/)
    .filter((line) => line.startsWith('module:'))
    .map((line) => {
      const fields = Object.fromEntries(
        line
          .slice('module:'.length)
          .split(',')
          .map((pair) => pair.split('=') as [string, string]),
      );
      return { name: fields.name ?? '', ver: fields.ver };
    });
}

async function listModules(client: RedisClient): Promise<Array<{ name: string; ver: unknown }>> {
  try {
    return modulesFromReply(await client.call('MODULE', 'LIST'));
  } catch {
    // Managed services often forbid MODULE LIST; INFO modules says the same thing.
    try {
      return modulesFromInfo(await client.info('modules'));
    } catch {
      return [];
    }
  }
}

/** Asks the server what it can do. Throws only when the server cannot be reached at all. */
export async function probeRedis(client: RedisClient): Promise<RedisCapabilities> {
  const server = parseInfo(await client.info('server'));
  const version = server.redis_version ?? 'unknown';

  let cluster = client instanceof Cluster;
  if (!cluster) {
    try {
      cluster = parseInfo(await client.info('cluster')).cluster_enabled === '1';
    } catch {
      // Some proxies hide the cluster section; they are not cluster endpoints for our client.
    }
  }

  let ftListWorks = false;
  try {
    await client.call('FT._LIST');
    ftListWorks = true;
  } catch {
    // Unknown command (no module) or not allowed for this ACL user: MODULE LIST decides.
  }
  const module = (await listModules(client)).find((m) => SEARCH_MODULE_NAMES.has(m.name.toLowerCase()));
  const search = ftListWorks || module !== undefined;
  const searchVersion = search && module ? formatModuleVersion(module.ver) : undefined;
  return { version, cluster, search, ...(searchVersion ? { searchVersion } : {}) };
}
