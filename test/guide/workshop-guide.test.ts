/**
 * workshop.md, followed as an attendee would on a fresh clone: every command in its `sh` blocks,
 * in order, on the embedded redis-server with the offline model. `npm start` runs in the
 * background (on free ports) while the commands after it run, as in a second terminal.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/config';
import { freePortBlock } from '../workshop-server';
import { classify, shellCommands } from './guide-commands';

const run = promisify(execFile);
const root = projectRoot();
const commands = shellCommands(readFileSync(join(root, 'workshop.md'), 'utf8')).map(classify);
let clone: string;
const servers: ChildProcess[] = [];
const outputs: string[] = [];

/** A clean environment: no model or Redis settings of the machine running the tests leak in. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(REDIS_|AZURE_|OPENAI_|WORKSHOP_|MODEL_|HOST$|LOG_LEVEL$|MEMORY_)/.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1', CI: '', ...extra };
}

async function serve(line: string): Promise<void> {
  const base = await freePortBlock();
  const child = spawn('bash', ['-c', line], { cwd: clone, env: cleanEnv({ WORKSHOP_PORT_BASE: String(base), LOG_LEVEL: 'warn' }), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`"${line}" exited with ${child.exitCode}:\n${output}`);
    if (/Press Ctrl\+C/.test(output)) {
      const res = await fetch(`http://127.0.0.1:${base}/api/health`).catch(() => undefined);
      if (res?.status === 200) break;
    }
    if (Date.now() > deadline) throw new Error(`"${line}" did not start within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  outputs.push(`$ ${line}\n${output}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => (process.kill(-child.pid!, 'SIGKILL'), resolve()), 15_000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    process.kill(-child.pid!, 'SIGTERM');
  });
}

beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), 'workshop-guide-'));
  await run('git', ['clone', '-q', root, clone]);
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
}, 60_000);

afterAll(async () => {
  // Servers in reverse order, the first `npm start` (the embedded Redis owner) last.
  for (const child of [...servers].reverse()) await stop(child);
  if (clone) rmSync(clone, { recursive: true, force: true });
}, 60_000);

describe('workshop.md on a fresh clone', () => {
  it('has the commands of the whole workshop', () => {
    const lines = commands.map((c) => c.line);
    for (const expected of ['npm start', 'npm run demo:preferences', 'npm run demo:persistence', 'npm run demo:multi-agent', 'npm run example:basics', 'npm run example:history', 'npm run exercise:check -- 1 --solution']) {
      expect(lines).toContain(expected);
    }
    expect(commands.filter((c) => c.kind === 'outside').length).toBeLessThanOrEqual(4);
  });

  it('every command works as written', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (const command of commands) {
      if (command.kind === 'setup' || command.kind === 'outside') continue;
      if (command.kind === 'serve') {
        // The first one stays up for the rest of the guide (the attendee's first terminal); later
        // ones (one demo alone) are started, checked and stopped.
        try {
          await serve(command.line);
          if (servers.length > 1) await stop(servers.pop()!);
        } catch (err) {
          failures.push((err as Error).message);
        }
        continue;
      }
      const result = await run('bash', ['-c', command.line], { cwd: clone, env: cleanEnv(), timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (err: { code?: number; stdout?: string; stderr?: string }) => ({ code: err.code ?? -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` }),
      );
      outputs.push(`$ ${command.line}\n${result.out}`);
      const wanted = command.kind === 'exit0' ? result.code === 0 : result.code !== 0 && /✗/.test(result.out);
      if (!wanted) failures.push(`"${command.line}" ${command.kind === 'exit0' ? `exited with ${result.code}` : 'did not fail with a ✗ line'}:\n${result.out.slice(-1500)}`);
    }
    expect(failures).toEqual([]);
  });
});
