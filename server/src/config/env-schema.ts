/**
 * One zod schema for the environment variables the workshop reads. Each message is the part
 * after the variable's name ("must be ... (got ...)"); `loadConfig` puts the name in front.
 * Values of secret variables are never echoed back.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ENGINE_CHOICES } from '../contracts/names';
import { redactUrl } from '../redis/redis-url';
import type { ClusterNode } from './types';

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

const got = (raw: string) => `(got ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)})`;

const text = z.string().trim();

const bool = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return false;
    const value = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    return fail(ctx, `must be true or false ${got(raw)}`);
  });

function oneOf<const T extends string>(values: readonly T[], fallback: T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      if (raw === undefined) return fallback;
      const value = raw.trim().toLowerCase();
      if ((values as readonly string[]).includes(value)) return value as T;
      return fail(ctx, `must be one of ${values.join(', ')} ${got(raw)}`);
    });
}

const portBase = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return 8000;
    const value = raw.trim();
    const port = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(ctx, `must be a port number 1-65535 ${got(raw)}`);
    // The four demo listeners use base+0..3.
    if (port > 65532) return fail(ctx, `must leave room for the four demo ports (base to base+3), so at most 65532 ${got(raw)}`);
    return port;
  });

const host = text.refine((value) => value.length > 0 && !/\s|\/|:\/\//.test(value), {
  message: 'must be a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0',
});

const redisUrl = text.transform((raw, ctx) => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(ctx, `must look like redis://[user:password@]host[:port][/db] (got "${redactUrl(raw)}")`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    return fail(ctx, `must start with redis:// or rediss:// (TLS) (got "${redactUrl(raw)}")`);
  }
  if (!url.hostname) return fail(ctx, `must name a host (got "${redactUrl(raw)}")`);
  return raw;
});

const CLUSTER_NODES_EXAMPLE = 'such as 10.0.0.1:7000,10.0.0.2:7000';

/**
 * REDIS_CLUSTER_NODES: comma-separated `host:port` seeds of a Redis Cluster (`[::1]:7000` for
 * IPv6). Only where to knock: user, password and TLS come from REDIS_URL, so none of them may
 * be spelled here (a `redis://` entry would suggest otherwise).
 */
const clusterNodes = z
  .string()
  .optional()
  .transform((raw, ctx): ClusterNode[] | undefined => {
    if (raw === undefined) return undefined;
    const entries = raw.split(',').map((entry) => entry.trim());
    // Echoed back with anything before an "@" blanked out, in case credentials were pasted here.
    const hide = (entry: string) => entry.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/i, '$1***@');
    const shown = got(entries.map(hide).join(','));
    const nodes: ClusterNode[] = [];
    for (const entry of entries) {
      const why = (problem: string) =>
        fail(ctx, `must be a comma-separated list of host:port seed nodes of the cluster, ${CLUSTER_NODES_EXAMPLE}: ${problem} ${shown}`);
      if (entry === '') return why('an entry is empty');
      if (/:\/\//.test(entry) || entry.includes('@')) {
        return why(`"${hide(entry)}" is not host:port — put user, password and rediss:// in REDIS_URL, only host:port here`);
      }
      const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]/]+)):(\d{1,5})$/.exec(entry);
      if (!match) return why(`"${entry}" is not host:port`);
      const port = Number(match[3]);
      if (port < 1 || port > 65535) return why(`the port of "${entry}" is not 1-65535`);
      nodes.push({ host: match[1] ?? match[2], port });
    }
    return nodes;
  });

const httpUrl = text.transform((raw, ctx) => {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw.replace(/\/+$/, '');
  } catch {
    // Falls through to the message below.
  }
  return fail(ctx, `must be an http(s):// URL ${got(raw)}`);
});

const secret = (minLength: number) =>
  z.string().transform((raw, ctx) => {
    if (raw.trim().length < minLength) return fail(ctx, `must be at least ${minLength} characters long (value not shown)`);
    return raw.trim();
  });

function wholeNumber(min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback;
      const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(value) || value < min || value > max) return fail(ctx, `must be a whole number from ${min} to ${max} ${got(raw)}`);
      return value;
    });
}

/** Most server processes `--workers` / WORKSHOP_WORKERS may ask for. */
export const MAX_WORKERS = 64;

/** Server processes sharing the demo ports: 1..64, or `auto` = one per CPU core (at most 64). */
const workers = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return 1;
    const value = raw.trim().toLowerCase();
    if (value === 'auto') return Math.min(availableParallelism(), MAX_WORKERS);
    const count = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
      return fail(ctx, `must be a number of server processes from 1 to ${MAX_WORKERS}, or auto (one per CPU core) ${got(raw)}`);
    }
    return count;
  });

/** Every variable `loadConfig` reads, validated and converted. Unset and empty values are the same. */
export const envSchema = z.object({
  REDIS_URL: redisUrl.optional(),
  REDIS_CLUSTER: bool,
  REDIS_CLUSTER_NODES: clusterNodes,
  REDIS_SERVER_BIN: text.optional(),
  WORKSHOP_DATA_DIR: text.optional(),
  WORKSHOP_PORT_BASE: portBase,
  HOST: host.optional(),
  WORKSHOP_ADMIN_TOKEN: secret(8).optional(),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  MEMORY_ENGINE: oneOf(ENGINE_CHOICES, 'auto'),
  MEMORY_OVERWRITE_INDEX: bool,
  MEMORY_CACHE_MB: wholeNumber(1, 1_000_000, 256),
  AZURE_OPENAI_ENDPOINT: httpUrl.optional(),
  AZURE_AI_MODEL_DEPLOYMENT_NAME: text.optional(),
  AZURE_OPENAI_API_KEY: secret(1).optional(),
  AZURE_OPENAI_API_VERSION: text.optional(),
  AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME: text.optional(),
  OPENAI_API_KEY: secret(1).optional(),
  OPENAI_BASE_URL: httpUrl.optional(),
  OPENAI_MODEL: text.optional(),
  OPENAI_EMBEDDING_MODEL: text.optional(),
  MODEL_TIMEOUT_SECONDS: wholeNumber(1, 600, 60),
  MODEL_MAX_RETRIES: wholeNumber(0, 10, 3),
  WORKSHOP_TURNS_PER_MINUTE: wholeNumber(1, 1_000_000, 30),
  WORKSHOP_TURNS_AT_ONCE: wholeNumber(1, 10_000, 32),
  WORKSHOP_WORKERS: workers,
});

/** The environment after zod's checks and defaults, before it is shaped into a `WorkshopConfig`. */
export type ParsedEnv = z.output<typeof envSchema>;

/** The names `loadConfig` reads, for docs and `.env.example`. */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as Array<keyof ParsedEnv>;
