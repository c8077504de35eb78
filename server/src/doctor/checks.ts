/**
 * The doctor's checks, one function each: what it looked at, ✓ / ⚠ / ✗, and for a failure the
 * fix, naming the variable to change. `blocking` failures stop the workshop from working.
 */
import type { WorkshopConfig } from '../config/types';
import { providerLabel } from '../contracts/names';
import { createModels } from '../models/factory';
import type { RedisClient } from '../redis/connection';
import { infoField } from '../redis/info';
import { isPortFree } from '../redis/redis-server-process';
import type { RedisHandle } from '../redis/embedded';
import type { RedisCapabilities } from '../redis/probe';

/** ✓ fine, ⚠ works but worth fixing before a room, ✗ broken. */
export type CheckStatus = 'ok' | 'warn' | 'fail';

/** One line of the report. */
export interface CheckResult {
  status: CheckStatus;
  /** What was checked and what was found. */
  text: string;
  /** For `warn` and `fail`: what to do, naming the variable or command. */
  fix?: string;
  /** A failure the workshop cannot run with (exit code 1). */
  blocking?: boolean;
}

const ok = (text: string): CheckResult => ({ status: 'ok', text });
const warn = (text: string, fix: string): CheckResult => ({ status: 'warn', text, fix });
const fail = (text: string, fix: string): CheckResult => ({ status: 'fail', text, fix, blocking: true });

/** Where Redis came from and which version answered. */
export function redisSource(redis: RedisHandle, capabilities: RedisCapabilities): CheckResult {
  const where = redis.source === 'env' ? 'REDIS_URL' : redis.source === 'default' ? 'the Redis on 127.0.0.1:6379' : `the workshop's own redis-server (port ${redis.embedded?.port}, data in ${redis.embedded?.dir})`;
  return ok(`Redis ${capabilities.version} answers at ${redis.safeUrl} — ${where}${capabilities.cluster ? ', cluster' : ''}`);
}

/** Which memory engine the workshop will use. */
export function engineCheck(config: WorkshopConfig, capabilities: RedisCapabilities, engine: string): CheckResult {
  if (engine === 'redisearch') return ok(`memory engine: redisearch (search module ${capabilities.searchVersion ?? ''} — FT.SEARCH in Redis)`.replace('  ', ' '));
  if (config.memory.engine === 'auto') {
    return ok('memory engine: fallback (plain Redis: records in Redis, ranking in the server) — for FT.SEARCH use Redis 8 or Redis Stack (docker compose up -d redis)');
  }
  return ok('memory engine: fallback (MEMORY_ENGINE=fallback)');
}


/** Whether what is stored survives a restart of Redis (the restart demo depends on it). */
export async function persistenceCheck(client: RedisClient): Promise<CheckResult> {
  const info = String(await client.info('persistence'));
  const aof = infoField(info, 'aof_enabled') === '1';
  const [, save] = ((await client.config('GET', 'save').catch(() => [])) as string[]) ?? [];
  if (aof) return ok('persistence: append-only file on (history and memories survive a Redis restart)');
  if (save && save.trim()) return ok(`persistence: snapshots (save ${save}); an append-only file loses less (appendonly yes)`);
  return warn(
    'persistence: off — a Redis restart loses every thread and memory',
    'turn on persistence (redis-server --appendonly yes, or docker compose up -d redis); the embedded redis-server has it on',
  );
}

/** Memory used against maxmemory, and a policy that would evict memories silently. */
export async function memoryCheck(client: RedisClient): Promise<CheckResult> {
  const info = String(await client.info('memory'));
  const used = Number(infoField(info, 'used_memory') ?? 0);
  const human = infoField(info, 'used_memory_human') ?? `${used} B`;
  const max = Number(infoField(info, 'maxmemory') ?? 0);
  const policy = infoField(info, 'maxmemory_policy') ?? 'noeviction';
  if (max > 0 && used / max > 0.8) {
    return fail(`memory: ${human} used of ${infoField(info, 'maxmemory_human') ?? max} (over 80%)`, 'raise maxmemory, or reset the demos in the facilitator view');
  }
  if (max > 0 && policy !== 'noeviction') {
    return warn(`memory: ${human} used, maxmemory-policy ${policy}`, 'set maxmemory-policy noeviction: eviction would drop threads and memories without a word');
  }
  return ok(`memory: ${human} used${max > 0 ? ` of ${infoField(info, 'maxmemory_human')}` : ' (no maxmemory limit)'}`);
}

/** The chat model answers one tiny call, and the embedder one vector. */
export async function modelCheck(config: WorkshopConfig): Promise<CheckResult[]> {
  if (config.model.provider === 'offline') return [ok('model: the built-in offline model (no account needed); embeddings: offline hashing embedder')];
  const models = await createModels(config.model, { limits: { timeoutMs: Math.min(config.modelCalls.timeoutMs, 20_000), maxRetries: 0 } });
  const label = `${providerLabel(models.chat.provider)} · ${models.chat.model}`;
  const results: CheckResult[] = [];
  try {
    let text = '';
    for await (const event of models.chat.stream({ messages: [{ role: 'user', text: 'Reply with the single word: ready' }], tools: [] })) {
      if (event.type === 'text-delta') text += event.text;
    }
    results.push(ok(`model: ${label} answers ("${text.trim().slice(0, 40)}")`));
  } catch (err) {
    results.push(fail(`model: ${label} does not answer`, err instanceof Error ? err.message : String(err)));
  }
  if (models.warnings.length) results.push(...models.warnings.map((w) => fail(`embeddings: ${w.split(':')[0]}`, w)));
  else if (models.embedder) results.push(ok(`embeddings: ${models.embedder.name}, ${models.embedder.dimensions} dimensions`));
  return results;
}


/** The four demo ports can be listened on. */
export async function portsCheck(config: WorkshopConfig): Promise<CheckResult> {
  const ports = [0, 1, 2, 3].map((i) => config.portBase + i);
  const busy: number[] = [];
  for (const port of ports) if (!(await isPortFree(port, config.host))) busy.push(port);
  if (busy.length === 0) return ok(`ports ${ports.join(', ')} on ${config.host} are free`);
  return fail(
    `port${busy.length > 1 ? 's' : ''} ${busy.join(', ')} on ${config.host} ${busy.length > 1 ? 'are' : 'is'} in use`,
    'stop the program using them (is the workshop already running?), or set WORKSHOP_PORT_BASE to another base port',
  );
}

/** A configured facilitator token can be handed out before the day; a generated one lives in Redis. */
export function adminTokenCheck(config: WorkshopConfig): CheckResult {
  if (config.adminToken) return ok('facilitator token: fixed (WORKSHOP_ADMIN_TOKEN)');
  return warn(
    'facilitator token: generated by the workshop (kept in Redis across restarts, new if Redis is wiped)',
    'set WORKSHOP_ADMIN_TOKEN (8+ characters) to choose one you can write down before the day',
  );
}

/** Where attendees can reach the workshop. */
export function hostCheck(config: WorkshopConfig): CheckResult {
  if (config.host === '0.0.0.0' || config.host === '::') return ok(`listening on every interface (HOST=${config.host}): attendees can connect`);
  return warn(`listening on ${config.host} only: attendees on other machines cannot connect`, 'set HOST=0.0.0.0 for a room of attendees');
}
