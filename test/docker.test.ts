/**
 * docker-compose.yml and the Dockerfile, read as files: no Docker engine runs here, so this
 * checks what `docker compose up` depends on — Redis 8 with persistence and a health check,
 * the app built from the Dockerfile, wired by REDIS_URL, on the four demo ports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../server/src/config';

const root = projectRoot();
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs Redis 8 (with its query engine) with append-only persistence on a volume and a health check', () => {
    const redis = compose.services.redis;
    expect(redis.image).toMatch(/^redis:8/);
    expect(redis.command.join(' ')).toContain('--appendonly yes');
    expect(redis.volumes).toContain('redis-data:/data');
    expect(compose.volumes).toHaveProperty('redis-data');
    expect(redis.healthcheck.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(redis.ports).toContain('6379:6379');
  });

  it('builds the app from the Dockerfile and wires it to that Redis on the demo ports', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379', HOST: '0.0.0.0' });
    expect(app.ports).toContain('8000-8003:8000-8003');
    expect(app.depends_on.redis.condition).toBe('service_healthy');
    expect(app.env_file).toEqual([{ path: '.env', required: false }]);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
  const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('is multi-stage on Node 20 and runs as a user that is not root', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:20/);
    expect(final).toMatch(/^USER node$/m);
    expect(final.indexOf('USER node')).toBeLessThan(final.indexOf('CMD '));
  });

  it('ships the built UI and production dependencies only, and checks its own health', () => {
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/COPY --from=build \/app\/web\/dist/);
    expect(final).toMatch(/EXPOSE 8000-8003/);
    expect(final).toMatch(/HEALTHCHECK[\s\S]*\/api\/health/);
    expect(final).toMatch(/CMD \["node", "node_modules\/tsx\/dist\/cli\.mjs", "server\/src\/main\.ts"\]/);
    // tsx must be a runtime dependency, or the final stage cannot start.
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies).toHaveProperty('tsx');
  });

  it('keeps local state and secrets out of the build context', () => {
    const ignore = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', '.data', '.env']) expect(ignore).toContain(entry);
    expect(existsSync(join(root, '.dockerignore'))).toBe(true);
  });
});
