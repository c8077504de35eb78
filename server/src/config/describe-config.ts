/** A loggable view of the configuration with every secret replaced. */
import { redactUrl } from '../redis/redis-url';
import type { WorkshopConfig } from './types';

const HIDDEN = '***';

/**
 * The config as a plain object fit for logs and the facilitator view: the Redis password,
 * the admin token and API keys are replaced by `***` (an unset one stays unset, so you can
 * still see whether it was given).
 */
export function describeConfig(config: WorkshopConfig): Record<string, unknown> {
  const model: Record<string, unknown> = { ...config.model };
  if ('apiKey' in model && model.apiKey !== undefined) model.apiKey = HIDDEN;
  return {
    redis: { ...config.redis, url: config.redis.url === undefined ? undefined : redactUrl(config.redis.url) },
    dataDir: config.dataDir,
    portBase: config.portBase,
    host: config.host,
    adminToken: config.adminToken === undefined ? undefined : HIDDEN,
    logLevel: config.logLevel,
    memory: { ...config.memory },
    model,
    modelCalls: { ...config.modelCalls },
    turns: { ...config.turns },
    workers: config.workers,
    envFile: config.envFile,
  };
}
