import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors';
import { describeConfig, loadConfig, projectRoot, type WorkshopConfig } from './index';

const root = mkdtempSync(join(tmpdir(), 'workshop-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Loads from `env` only: no .env file, relative paths taken from a temp root. */
function load(env: Record<string, string>): WorkshopConfig {
  return loadConfig(env, { envFile: false, rootDir: root });
}

function configError(env: Record<string, string>): WorkshopError {
  try {
    load(env);
  } catch (err) {
    expect(WorkshopError.is(err, 'config_invalid')).toBe(true);
    return err as WorkshopError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig defaults', () => {
  it('gives a working offline setup from an empty environment', () => {
    expect(load({})).toEqual({
      redis: { url: undefined, cluster: false, serverBin: undefined },
      dataDir: join(root, '.data'),
      portBase: 8000,
      host: '127.0.0.1',
      adminToken: undefined,
      logLevel: 'info',
      memory: { engine: 'auto', overwriteIndex: false, cacheMb: 256 },
      model: { provider: 'offline' },
      modelCalls: { timeoutMs: 60_000, maxRetries: 3 },
      turns: { perMinute: 30, atOnce: 32 },
      workers: 1,
      envFile: undefined,
    });
  });

  it('reads every variable it knows', () => {
    const config = load({
      REDIS_URL: 'rediss://app:pw@cache.example.com:6380/1',
      REDIS_CLUSTER: 'yes',
      REDIS_SERVER_BIN: '/opt/redis/bin/redis-server',
      WORKSHOP_DATA_DIR: '/var/lib/workshop',
      WORKSHOP_PORT_BASE: '9000',
      HOST: '0.0.0.0',
      WORKSHOP_ADMIN_TOKEN: 'facilitator-token',
      LOG_LEVEL: 'DEBUG',
      MEMORY_ENGINE: 'fallback',
      MEMORY_OVERWRITE_INDEX: 'true',
      MEMORY_CACHE_MB: '64',
      MODEL_TIMEOUT_SECONDS: '30',
      MODEL_MAX_RETRIES: '0',
      WORKSHOP_TURNS_PER_MINUTE: '120',
      WORKSHOP_TURNS_AT_ONCE: '8',
      WORKSHOP_WORKERS: '4',
    });
    expect(config).toMatchObject({
      workers: 4,
      modelCalls: { timeoutMs: 30_000, maxRetries: 0 },
      turns: { perMinute: 120, atOnce: 8 },
      redis: { url: 'rediss://app:pw@cache.example.com:6380/1', cluster: true, serverBin: '/opt/redis/bin/redis-server' },
      dataDir: '/var/lib/workshop',
      portBase: 9000,
      host: '0.0.0.0',
      adminToken: 'facilitator-token',
      logLevel: 'debug',
      memory: { engine: 'fallback', overwriteIndex: true, cacheMb: 64 },
    });
  });

  it('resolves a relative data dir against the root and treats empty values as unset', () => {
    const config = load({ WORKSHOP_DATA_DIR: 'state', OPENAI_API_KEY: '', HOST: '   ' });
    expect(config.dataDir).toBe(join(root, 'state'));
    expect(config.model.provider).toBe('offline');
    expect(config.host).toBe('127.0.0.1');
  });

  it('finds the project root by its package.json', () => {
    expect(projectRoot()).toBe(fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, ''));
  });
});

describe('loadConfig errors', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['WORKSHOP_PORT_BASE', 'abc', /WORKSHOP_PORT_BASE must be a port number 1-65535 \(got "abc"\)/],
    ['WORKSHOP_PORT_BASE', '70000', /WORKSHOP_PORT_BASE must be a port number 1-65535 \(got "70000"\)/],
    ['WORKSHOP_PORT_BASE', '65534', /WORKSHOP_PORT_BASE must leave room for the four demo ports/],
    ['REDIS_CLUSTER', 'maybe', /REDIS_CLUSTER must be true or false \(got "maybe"\)/],
    ['MEMORY_OVERWRITE_INDEX', '2', /MEMORY_OVERWRITE_INDEX must be true or false \(got "2"\)/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/],
    ['MEMORY_ENGINE', 'elastic', /MEMORY_ENGINE must be one of auto, redisearch, fallback \(got "elastic"\)/],
    ['HOST', 'http://0.0.0.0', /HOST must be a host name or IP address/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    ['REDIS_URL', 'not a url', /REDIS_URL must look like redis:\/\//],
    ['AZURE_OPENAI_ENDPOINT', 'my-resource', /AZURE_OPENAI_ENDPOINT must be an http\(s\):\/\/ URL \(got "my-resource"\)/],
    ['OPENAI_BASE_URL', 'ftp://x', /OPENAI_BASE_URL must be an http\(s\):\/\/ URL/],
    ['WORKSHOP_ADMIN_TOKEN', 'short', /WORKSHOP_ADMIN_TOKEN must be at least 8 characters long \(value not shown\)/],
    ['MODEL_TIMEOUT_SECONDS', '0', /MODEL_TIMEOUT_SECONDS must be a whole number from 1 to 600 \(got "0"\)/],
    ['WORKSHOP_WORKERS', '0', /WORKSHOP_WORKERS must be a number of server processes from 1 to 64, or auto \(one per CPU core\) \(got "0"\)/],
    ['WORKSHOP_WORKERS', '65', /WORKSHOP_WORKERS must be a number of server processes from 1 to 64/],
    ['WORKSHOP_WORKERS', 'many', /WORKSHOP_WORKERS must be a number of server processes from 1 to 64/],
    ['MODEL_MAX_RETRIES', 'lots', /MODEL_MAX_RETRIES must be a whole number from 0 to 10 \(got "lots"\)/],
    ['REDIS_CLUSTER_NODES', '10.0.0.1', /REDIS_CLUSTER_NODES must be a comma-separated list of host:port seed nodes of the cluster, such as 10\.0\.0\.1:7000,10\.0\.0\.2:7000: "10\.0\.0\.1" is not host:port \(got "10\.0\.0\.1"\)/],
    ['REDIS_CLUSTER_NODES', 'a:7000,,b:7001', /REDIS_CLUSTER_NODES must be a comma-separated list .*: an entry is empty/],
    ['REDIS_CLUSTER_NODES', 'a:70000', /REDIS_CLUSTER_NODES .*: the port of "a:70000" is not 1-65535/],
    ['REDIS_CLUSTER_NODES', 'redis://a:7000', /REDIS_CLUSTER_NODES .*: "redis:\/\/a:7000" is not host:port — put user, password and rediss:\/\/ in REDIS_URL/],
  ];
  it.each(cases)('%s=%s is explained', (name, value, expected) => {
    const err = configError({ [name]: value });
    expect(err.message).toMatch(expected);
  });

  it('lists every bad variable at once', () => {
    const err = configError({ WORKSHOP_PORT_BASE: 'abc', LOG_LEVEL: 'loud', MEMORY_ENGINE: 'x' });
    expect(err.message).toContain('WORKSHOP_PORT_BASE');
    expect(err.message).toContain('LOG_LEVEL');
    expect(err.message).toContain('MEMORY_ENGINE');
    expect(err.message.split('\n')).toHaveLength(4);
  });

  it('never echoes a secret back', () => {
    const err = configError({ REDIS_URL: 'http://user:hunter22@host', WORKSHOP_ADMIN_TOKEN: 'abc1234', REDIS_CLUSTER_NODES: 'a:1,user:hunter23@b:2' });
    expect(err.message).toContain('REDIS_CLUSTER_NODES');
    expect(err.message).not.toContain('hunter22');
    expect(err.message).not.toContain('hunter23');
    expect(err.message).not.toContain('abc1234');
  });

  it('reports a half-configured Azure setup instead of silently going offline', () => {
    expect(configError({ AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' }).message).toMatch(
      /AZURE_AI_MODEL_DEPLOYMENT_NAME must be set when AZURE_OPENAI_ENDPOINT is/,
    );
    expect(configError({ AZURE_AI_MODEL_DEPLOYMENT_NAME: 'gpt-4o' }).message).toMatch(/AZURE_OPENAI_ENDPOINT must be set/);
  });

  it('reads REDIS_CLUSTER_NODES as cluster seeds, which mean cluster mode', () => {
    expect(load({ REDIS_CLUSTER_NODES: ' 10.0.0.1:7000, redis-b.internal:7001,[::1]:7002 ' }).redis).toEqual({
      url: undefined,
      cluster: true,
      clusterNodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: 'redis-b.internal', port: 7001 },
        { host: '::1', port: 7002 },
      ],
      serverBin: undefined,
    });
    expect(load({ REDIS_URL: 'rediss://app:pw@a.example.com:7000', REDIS_CLUSTER_NODES: 'b.example.com:7000' }).redis).toMatchObject({
      url: 'rediss://app:pw@a.example.com:7000',
      cluster: true,
      clusterNodes: [{ host: 'b.example.com', port: 7000 }],
    });
  });

  it('takes WORKSHOP_WORKERS=auto as one process per CPU core', () => {
    expect(load({ WORKSHOP_WORKERS: 'auto' }).workers).toBe(Math.min(availableParallelism(), 64));
  });

  it('complains about an explicit env file that does not exist', () => {
    expect(() => loadConfig({}, { envFile: join(root, 'missing.env') })).toThrow(/missing\.env does not exist/);
  });
});

describe('model provider', () => {
  it('is azure when endpoint and deployment are set', () => {
    expect(
      load({
        AZURE_OPENAI_ENDPOINT: 'https://my-resource.openai.azure.com/',
        AZURE_AI_MODEL_DEPLOYMENT_NAME: 'gpt-4o',
        AZURE_OPENAI_API_VERSION: '2024-10-21',
        AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME: 'text-embedding-3-small',
        OPENAI_API_KEY: 'sk-ignored-when-azure-is-set',
      }).model,
    ).toEqual({
      provider: 'azure',
      endpoint: 'https://my-resource.openai.azure.com',
      deployment: 'gpt-4o',
      apiKey: undefined,
      apiVersion: '2024-10-21',
      embeddingDeployment: 'text-embedding-3-small',
    });
  });

  it('is openai when a model is named (a local server needs no key)', () => {
    expect(load({ OPENAI_MODEL: 'llama3.2', OPENAI_BASE_URL: 'http://localhost:11434/v1' }).model).toEqual({
      provider: 'openai',
      model: 'llama3.2',
      apiKey: undefined,
      baseUrl: 'http://localhost:11434/v1',
      embeddingModel: undefined,
    });
  });

  it('is openai with the default model when only a key is set', () => {
    expect(load({ OPENAI_API_KEY: 'sk-test' }).model).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'sk-test' });
  });

  it('is offline otherwise', () => {
    expect(load({ OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' }).model).toEqual({ provider: 'offline' });
  });
});

describe('.env file', () => {
  it('is read, and real environment variables win over it', () => {
    const file = join(root, 'test.env');
    writeFileSync(
      file,
      ['# workshop settings', 'WORKSHOP_PORT_BASE=9100', 'LOG_LEVEL=warn', 'OPENAI_MODEL="gpt-4.1-mini"', 'OPENAI_API_KEY=', ''].join('\n'),
    );
    const config = loadConfig({ LOG_LEVEL: 'debug' }, { envFile: file, rootDir: root });
    expect(config.portBase).toBe(9100);
    expect(config.logLevel).toBe('debug');
    expect(config.model).toMatchObject({ provider: 'openai', model: 'gpt-4.1-mini', apiKey: undefined });
    expect(config.envFile).toBe(file);
  });

  it('is taken from the root directory by default, and its bad values name the file', () => {
    const dir = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(dir, '.env'), 'MEMORY_ENGINE=solr\n');
    let message = '';
    try {
      loadConfig({}, { rootDir: dir });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('MEMORY_ENGINE must be one of');
    expect(message).toContain(join(dir, '.env'));
  });

  it('does not change process.env', () => {
    const file = join(root, 'untouched.env');
    writeFileSync(file, 'WORKSHOP_TEST_ONLY_VARIABLE=1\n');
    loadConfig({}, { envFile: file, rootDir: root });
    expect(process.env.WORKSHOP_TEST_ONLY_VARIABLE).toBeUndefined();
  });
});

describe('describeConfig', () => {
  const config = load({
    REDIS_URL: 'redis://app:redis-secret@cache:6379',
    WORKSHOP_ADMIN_TOKEN: 'admin-secret-token',
    AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com',
    AZURE_AI_MODEL_DEPLOYMENT_NAME: 'gpt-4o',
    AZURE_OPENAI_API_KEY: 'azure-secret-key',
  });
  const secrets = ['redis-secret', 'admin-secret-token', 'azure-secret-key'];

  it('replaces every secret and keeps the rest', () => {
    const described = describeConfig(config);
    const text = JSON.stringify(described);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(described).toMatchObject({
      redis: { url: 'redis://app:***@cache:6379' },
      adminToken: '***',
      model: { provider: 'azure', deployment: 'gpt-4o', apiKey: '***' },
    });
    // The real values are still there for the code that needs them.
    expect(config.model).toMatchObject({ apiKey: 'azure-secret-key' });
  });

  it('keeps secrets out of JSON, string conversion and console output of the config itself', () => {
    for (const output of [JSON.stringify(config), String(config), inspect(config, { depth: 5 })]) {
      for (const secret of secrets) expect(output).not.toContain(secret);
      expect(output).toContain('gpt-4o');
    }
  });

  it('shows an unset secret as unset', () => {
    expect(describeConfig(load({}))).toMatchObject({ adminToken: undefined, redis: { url: undefined } });
  });
});
