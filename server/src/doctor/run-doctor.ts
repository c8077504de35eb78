/**
 * `npm run doctor`: before the day, one command says whether the workshop will run here —
 * Redis, engine, persistence, memory, model, embeddings, ports, facilitator token — and what
 * to fix. Uses the same configuration and Redis resolution as `npm start`.
 */
import { loadConfig, type LoadConfigOptions } from '../config';
import type { WorkshopConfig } from '../config/types';
import { chooseEngine } from '../memory/engines';
import { resolveRedis, type RedisHandle } from '../redis/embedded';
import { probeRedis } from '../redis/probe';
import { adminTokenCheck, engineCheck, hostCheck, memoryCheck, modelCheck, persistenceCheck, portsCheck, redisSource, type CheckResult } from './checks';

/** Every check's line, and whether the workshop can run. */
export interface DoctorReport {
  results: CheckResult[];
  /** False when a blocking check failed (exit code 1). */
  ok: boolean;
}

/** Runs every check; never throws: a failure is a line of the report. */
export async function runDoctor(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Promise<DoctorReport> {
  const results: CheckResult[] = [];
  let config: WorkshopConfig;
  try {
    config = loadConfig(env, options);
    results.push({ status: 'ok', text: `configuration valid${config.envFile ? ` (${config.envFile})` : ''}` });
  } catch (err) {
    results.push({ status: 'fail', text: 'configuration', fix: (err as Error).message, blocking: true });
    return { results, ok: false };
  }
  let redis: RedisHandle | undefined;
  try {
    redis = await resolveRedis({ url: config.redis.url, cluster: config.redis.cluster, clusterNodes: config.redis.clusterNodes, redisServerBin: config.redis.serverBin, dataDir: config.dataDir, name: 'workshop-doctor' });
    const capabilities = await probeRedis(redis.client);
    results.push(redisSource(redis, capabilities));
    results.push(engineCheck(config, capabilities, chooseEngine(config.memory.engine, capabilities)));
    results.push(await persistenceCheck(redis.client));
    results.push(await memoryCheck(redis.client));
  } catch (err) {
    results.push({ status: 'fail', text: 'Redis is not reachable', fix: (err as Error).message, blocking: true });
  } finally {
    await redis?.stop().catch(() => undefined);
  }
  results.push(...(await modelCheck(config)));
  results.push(await portsCheck(config));
  results.push(adminTokenCheck(config));
  results.push(hostCheck(config));
  return { results, ok: !results.some((r) => r.blocking) };
}

const MARK = { ok: '✓', warn: '⚠', fail: '✗' } as const;

/** The report as the terminal shows it. */
export function formatReport(report: DoctorReport): string {
  const lines = report.results.map((r) => `${MARK[r.status]} ${r.text}${r.fix ? `\n    → ${r.fix.replace(/\n/g, '\n      ')}` : ''}`);
  lines.push('', report.ok ? 'Ready: npm start' : 'Not ready: fix the ✗ lines above, then run npm run doctor again.');
  return lines.join('\n');
}
