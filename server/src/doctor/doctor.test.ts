import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../../test/fakes/openai-server';
import { testRedisUrl } from '../../../test/redis';
import { freePortBlock } from '../../../test/workshop-server';
import { projectRoot } from '../config';
import { formatReport, runDoctor, type DoctorReport } from './run-doctor';

const run = promisify(execFile);
let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAIServer({ embeddingDimensions: 16 });
});
afterAll(() => fake?.close());

async function doctor(env: Record<string, string>): Promise<DoctorReport> {
  const portBase = env.WORKSHOP_PORT_BASE ?? String(await freePortBlock());
  return runDoctor({ REDIS_URL: testRedisUrl(), WORKSHOP_PORT_BASE: portBase, ...env }, { envFile: false });
}

const line = (report: DoctorReport, pattern: RegExp) => report.results.find((r) => pattern.test(r.text));

describe('npm run doctor', () => {
  it('says ready for a healthy setup, and warns about what only matters for a room', async () => {
    const report = await doctor({});
    expect(report.ok).toBe(true);
    expect(line(report, /^Redis \d/)).toMatchObject({ status: 'ok' });
    expect(line(report, /memory engine: fallback/)).toMatchObject({ status: 'ok' });
    expect(line(report, /^memory: /)).toMatchObject({ status: 'ok' });
    expect(line(report, /offline model/)).toMatchObject({ status: 'ok' });
    expect(line(report, /^ports .* free/)).toMatchObject({ status: 'ok' });
    expect(line(report, /facilitator token/)).toMatchObject({ status: 'warn', fix: expect.stringContaining('WORKSHOP_ADMIN_TOKEN') });
    expect(line(report, /attendees on other machines/)).toMatchObject({ status: 'warn', fix: expect.stringContaining('HOST=0.0.0.0') });
    expect(formatReport(report)).toMatch(/Ready: npm start/);
  });

  it('a real model and its embedder are asked once each', async () => {
    const report = await doctor({ OPENAI_BASE_URL: fake.openaiBaseUrl, OPENAI_MODEL: 'gpt-fake', OPENAI_EMBEDDING_MODEL: 'embed-fake', WORKSHOP_ADMIN_TOKEN: 'fixed-token-1', HOST: '0.0.0.0' });
    expect(report.ok).toBe(true);
    expect(line(report, /^model: OpenAI-compatible · gpt-fake answers/)).toMatchObject({ status: 'ok' });
    expect(line(report, /^embeddings: openai:embed-fake, 16 dimensions/)).toMatchObject({ status: 'ok' });
    expect(report.results.filter((r) => r.status !== 'ok').map((r) => r.text)).not.toContainEqual(expect.stringMatching(/token|HOST/));
  });

  it('blocks when Redis is down, naming REDIS_URL', async () => {
    const closed = await freePortBlock();
    const report = await doctor({ REDIS_URL: `redis://127.0.0.1:${closed}` });
    expect(report.ok).toBe(false);
    expect(line(report, /Redis is not reachable/)).toMatchObject({ status: 'fail', blocking: true, fix: expect.stringContaining('REDIS_URL') });
  });

  it('blocks on a wrong model configuration, naming the variable', async () => {
    const half = await doctor({ AZURE_OPENAI_ENDPOINT: 'https://example.openai.azure.com' });
    expect(half.ok).toBe(false);
    expect(line(half, /configuration/)?.fix).toContain('AZURE_AI_MODEL_DEPLOYMENT_NAME');
    const closed = await freePortBlock();
    const unreachable = await doctor({ OPENAI_BASE_URL: `http://127.0.0.1:${closed}/v1`, OPENAI_MODEL: 'llama3.2' });
    expect(unreachable.ok).toBe(false);
    expect(line(unreachable, /^model: .* does not answer/)).toMatchObject({ status: 'fail', fix: expect.stringContaining('OPENAI_BASE_URL') });
  });

  it('blocks when a demo port is taken, naming WORKSHOP_PORT_BASE', async () => {
    const base = await freePortBlock();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(base + 2, '127.0.0.1', resolve));
    try {
      const report = await doctor({ WORKSHOP_PORT_BASE: String(base) });
      expect(report.ok).toBe(false);
      expect(line(report, new RegExp(`^port ${base + 2} on 127\\.0\\.0\\.1 is in use`))).toMatchObject({ status: 'fail', fix: expect.stringContaining('WORKSHOP_PORT_BASE') });
    } finally {
      squatter.close();
    }
  });

  it('the command exits 1 when something blocks the workshop, 0 when ready', async () => {
    const root = projectRoot();
    const cli = [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'server', 'src', 'doctor', 'cli.ts')];
    const base = String(await freePortBlock());
    const env = { ...process.env, REDIS_URL: testRedisUrl(), WORKSHOP_PORT_BASE: base, LOG_LEVEL: 'silent' };
    const ready = await run(process.execPath, cli, { env, cwd: root });
    expect(ready.stdout).toMatch(/✓ Redis .*\n[\s\S]*Ready: npm start/);
    const closed = await freePortBlock();
    const failed = await run(process.execPath, cli, { env: { ...env, REDIS_URL: `redis://127.0.0.1:${closed}` }, cwd: root }).then(
      () => ({ code: 0, stdout: '' }),
      (err: { code: number; stdout: string }) => err,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/✗ Redis is not reachable/);
  });
});
