import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../../test/redis';

const run = promisify(execFile);
const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs a console demo the way the README says (`npm run demo:<name>`), in its own data dir. */
async function demo(name: string, env: Record<string, string>, dataDir?: string): Promise<string> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'workshop-console-'));
  if (!dataDir) dataDirs.push(dir);
  const { stdout } = await run('npm', ['run', '-s', `demo:${name}`], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, WORKSHOP_DATA_DIR: dir, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return stdout;
}

describe('console demos', () => {
  it('preferences: facts told in one thread are recalled in a new one, on the embedded Redis', async () => {
    // No REDIS_URL: the demo finds or starts a Redis by itself, as on a facilitator's laptop.
    const { REDIS_URL: _ignored, ...env } = process.env;
    const out = await demo('preferences', { ...(env as Record<string, string>), REDIS_URL: '' });
    expect(out).toMatch(/Redis 7\.\d+\.\d+ at redis:\/\/127\.0\.0\.1:\d+ \((embedded|default)\)/);
    expect(out).toContain('Your name is Alice');
    expect(out).toMatch(/You live in Portland/);
    expect(out).toContain("You haven't told me your favourite color yet");
    expect(out).toContain("User's name is Alice.");
  }, 90_000);

  it('persistence: the second run resumes the first run\'s thread from Redis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workshop-console-'));
    dataDirs.push(dir);
    const env = { REDIS_URL: testRedisUrl() };
    const first = await demo('persistence', env, dir);
    expect(first).toContain('Run 1: new conversation in Redis key chat_messages:support_agent:console_user:support_ticket_12345');
    const second = await demo('persistence', env, dir);
    expect(second).toMatch(/Run 2: resumed \d+ messages from Redis key chat_messages:support_agent:console_user:support_ticket_12345/);
    expect(second).toContain('You said: “I already tried restarting it twice.”');
  }, 90_000);

  it('multi-agent: the same user gets isolated memories per agent', async () => {
    const out = await demo('multi-agent', { REDIS_URL: testRedisUrl() });
    const [personal, work] = out.split('What do you know about me?').slice(1);
    expect(personal).toContain('hiking');
    expect(personal).not.toContain('Contoso');
    expect(work).toContain('Contoso');
    expect(work).not.toContain('hiking');
  }, 90_000);
});
