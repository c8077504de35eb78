/** Environment and `.env` → one validated `WorkshopConfig`. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { WorkshopError } from '../errors';
import { describeConfig } from './describe-config';
import { envSchema, type ParsedEnv } from './env-schema';
import type { ModelConfig, WorkshopConfig } from './types';

/** Where `loadConfig` reads from, for tests and tools that run outside the project root. */
export interface LoadConfigOptions {
  /** The `.env` file to read; `false` reads none. Default `<rootDir>/.env` (skipped when missing). */
  envFile?: string | false;
  /** Relative WORKSHOP_DATA_DIR values are resolved against this. Default: the project root. */
  rootDir?: string;
}

/** Model used when OPENAI_API_KEY is set without OPENAI_MODEL. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** The nearest directory above this file with a package.json: the project root, from src or a build. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The variables in a `.env` file, or an empty object when there is no such file. */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  return dotenv.parse(readFileSync(path));
}

/**
 * Reads the configuration. Real environment variables win over the `.env` file (which is only
 * read, never written into `process.env`). Throws `WorkshopError('config_invalid')` listing
 * every bad variable at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): WorkshopConfig {
  const rootDir = options.rootDir ?? projectRoot();
  const envFile = options.envFile === false ? undefined : (options.envFile ?? join(rootDir, '.env'));
  if (options.envFile && !existsSync(options.envFile)) {
    throw new WorkshopError('config_invalid', `the env file ${options.envFile} does not exist`);
  }
  const fromFile = envFile ? readEnvFile(envFile) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  // `KEY=` in a .env template means "not set", not "set to nothing".
  for (const key of Object.keys(merged)) if (merged[key]?.trim() === '') delete merged[key];

  const where = envFile && existsSync(envFile) ? `the environment or ${envFile}` : 'the environment or a .env file';
  const result = envSchema.safeParse(merged);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
  if (result.success) problems.push(...crossChecks(result.data));
  if (!result.success || problems.length > 0) {
    throw new WorkshopError('config_invalid', `invalid configuration (fix it in ${where}):\n  - ${problems.join('\n  - ')}`);
  }

  const e = result.data;
  const dataDir = e.WORKSHOP_DATA_DIR ?? '.data';
  const config: WorkshopConfig = {
    redis: { url: e.REDIS_URL, cluster: e.REDIS_CLUSTER || e.REDIS_CLUSTER_NODES !== undefined, clusterNodes: e.REDIS_CLUSTER_NODES, serverBin: e.REDIS_SERVER_BIN },
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(rootDir, dataDir),
    portBase: e.WORKSHOP_PORT_BASE,
    host: e.HOST ?? '127.0.0.1',
    adminToken: e.WORKSHOP_ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
    memory: { engine: e.MEMORY_ENGINE, overwriteIndex: e.MEMORY_OVERWRITE_INDEX, cacheMb: e.MEMORY_CACHE_MB },
    model: deriveModel(e),
    modelCalls: { timeoutMs: e.MODEL_TIMEOUT_SECONDS * 1000, maxRetries: e.MODEL_MAX_RETRIES },
    turns: { perMinute: e.WORKSHOP_TURNS_PER_MINUTE, atOnce: e.WORKSHOP_TURNS_AT_ONCE },
    workers: e.WORKSHOP_WORKERS,
    envFile: envFile && existsSync(envFile) ? envFile : undefined,
  };
  return withRedactedOutput(config);
}

/** Mistakes that are only visible across variables. */
function crossChecks(e: ParsedEnv): string[] {
  const problems: string[] = [];
  if (e.AZURE_OPENAI_ENDPOINT && !e.AZURE_AI_MODEL_DEPLOYMENT_NAME) {
    problems.push('AZURE_AI_MODEL_DEPLOYMENT_NAME must be set when AZURE_OPENAI_ENDPOINT is (the name of your chat deployment)');
  }
  if (e.AZURE_AI_MODEL_DEPLOYMENT_NAME && !e.AZURE_OPENAI_ENDPOINT) {
    problems.push('AZURE_OPENAI_ENDPOINT must be set when AZURE_AI_MODEL_DEPLOYMENT_NAME is (e.g. https://my-resource.openai.azure.com)');
  }
  return problems;
}

function deriveModel(e: ParsedEnv): ModelConfig {
  if (e.AZURE_OPENAI_ENDPOINT && e.AZURE_AI_MODEL_DEPLOYMENT_NAME) {
    return {
      provider: 'azure',
      endpoint: e.AZURE_OPENAI_ENDPOINT,
      deployment: e.AZURE_AI_MODEL_DEPLOYMENT_NAME,
      apiKey: e.AZURE_OPENAI_API_KEY,
      apiVersion: e.AZURE_OPENAI_API_VERSION,
      embeddingDeployment: e.AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME,
    };
  }
  if (e.OPENAI_MODEL || e.OPENAI_API_KEY) {
    return {
      provider: 'openai',
      model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
    };
  }
  return { provider: 'offline' };
}

/**
 * Makes `JSON.stringify`, string conversion and `console.log`/`util.inspect` of the config show
 * the redacted description, so a stray log line cannot leak a secret. Non-enumerable: the
 * fields themselves stay as they are.
 */
function withRedactedOutput(config: WorkshopConfig): WorkshopConfig {
  const redacted = () => describeConfig(config);
  Object.defineProperties(config, {
    toJSON: { value: redacted, enumerable: false },
    toString: { value: () => JSON.stringify(redacted()), enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: redacted, enumerable: false },
  });
  return config;
}
