/**
 * Starts the whole workshop for tests, against a given Redis, on a free block of four ports:
 * in this process (fast; HTTP tests) or as a child process running `server/src/main.ts`
 * (a real stop and start; browser tests). Keys go under a unique namespace, so test files can
 * share one Redis server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import type { TokenCredential } from '@azure/identity';
import { loadConfig } from '../server/src/config';
import type { DemoDefinition } from '../server/src/demo-definition';
import type { Models } from '../server/src/models/factory';
import { startWorkshop, type RunningWorkshop } from '../server/src/main';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface WorkshopServerOptions {
  /** The Redis to use, e.g. `testRedisUrl()`. */
  redisUrl: string;
  /** `process` (default) runs it here; `child` spawns `tsx server/src/main.ts`. */
  mode?: 'process' | 'child';
  /** Serve only these demos. Default: all. */
  demos?: string[];
  /** Key namespace. Default: a new unique one. Pass the old one to restart on the same data. */
  namespace?: string;
  /** First of the four ports. Default: a free block. Pass the old one to restart on the same ports. */
  portBase?: number;
  /** WORKSHOP_ADMIN_TOKEN. Default: a random one (also in the result); `''` leaves it unset, so the workshop generates one. */
  adminToken?: string;
  /** Offline model typing delay per word. Default 0 (tests want speed). */
  wordDelayMs?: number;
  /** The built UI directory. Default: none (API only) in process mode, `web/dist` for a child. */
  webDist?: string | null;
  /** In-process mode: the logger. Default: silent. */
  logger?: Logger;
  /** Extra environment variables (model settings such as OPENAI_BASE_URL); in-process mode reads them as the config does. */
  env?: Record<string, string>;
  /** In-process mode: the Entra ID credential for Azure without a key. */
  credential?: TokenCredential;
  /** In-process mode: demos to declare instead of `demos/index.ts` (a test-only demo). */
  declarations?: DemoDefinition[];
  /** In-process mode: models instead of the configured ones (a test-only model). */
  models?: Models;
  /** Child mode: `--workers N`, N server processes sharing the ports. Default: one process. */
  workers?: number;
}

export interface WorkshopServer {
  namespace: string;
  portBase: number;
  adminToken: string;
  /** `http://127.0.0.1:{port}` of a demo's first port (or of a port offset 0-3). */
  url(demo: 'preferences' | 'persistence' | 'multi-agent' | number): string;
  /** In-process mode: the running workshop. */
  workshop?: RunningWorkshop;
  /** Child mode: the server's own process (a signal sent to it reaches the server). */
  child?: ChildProcess;
  /** Child mode: what it printed so far (for failure messages). */
  output(): string;
  /** Stops it (SIGTERM for a child, like Ctrl+C) and waits until the ports are closed. */
  stop(): Promise<void>;
}

const OFFSETS: Record<string, number> = { preferences: 0, persistence: 1, 'multi-agent': 2 };

/**
 * Test attendees send far more than a person types (a conversation set per test): the per-minute
 * limit is lifted unless a test sets `env.WORKSHOP_TURNS_PER_MINUTE` itself (the limit tests do).
 */
const TEST_LIMITS = { WORKSHOP_TURNS_PER_MINUTE: '1000000' };

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A base port whose four ports are free right now (random, to keep parallel test files apart). */
export async function freePortBlock(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 9_000) * 4;
    const free = await Promise.all([0, 1, 2, 3].map((i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no block of four free ports found');
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopServer> {
  const namespace = options.namespace ?? `t_ws_${randomBytes(4).toString('hex')}`;
  const adminToken = options.adminToken ?? `admin-${randomBytes(8).toString('hex')}`;
  // A port block may be taken between the check and the listen: try a few blocks.
  for (let attempt = 0; ; attempt++) {
    const portBase = options.portBase ?? (await freePortBlock());
    try {
      return options.mode === 'child'
        ? await startChild(options, namespace, adminToken, portBase)
        : await startInProcess(options, namespace, adminToken, portBase);
    } catch (err) {
      const inUse = /already in use|EADDRINUSE/.test(String((err as Error).message));
      if (!inUse || options.portBase !== undefined || attempt >= 4) throw err;
    }
  }
}

function urlOf(portBase: number) {
  return (demo: string | number) => `http://127.0.0.1:${portBase + (typeof demo === 'number' ? demo : OFFSETS[demo])}`;
}

async function startInProcess(options: WorkshopServerOptions, namespace: string, adminToken: string, portBase: number): Promise<WorkshopServer> {
  const config = loadConfig(
    { ...TEST_LIMITS, ...options.env, REDIS_URL: options.redisUrl, WORKSHOP_PORT_BASE: String(portBase), WORKSHOP_ADMIN_TOKEN: adminToken, HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    { envFile: false },
  );
  const workshop = await startWorkshop({
    credential: options.credential,
    demos: options.declarations,
    models: options.models,
    config,
    only: options.demos,
    namespace,
    webDist: options.webDist ?? null,
    wordDelayMs: options.wordDelayMs ?? 0,
    logger: options.logger ?? pino({ level: 'silent' }),
  });
  return { namespace, portBase, adminToken, url: urlOf(portBase), workshop, output: () => '', stop: () => workshop.stop() };
}

async function startChild(options: WorkshopServerOptions, namespace: string, adminToken: string, portBase: number): Promise<WorkshopServer> {
  return waitUntilServing(spawnChild(options, namespace, adminToken, portBase, join(root, 'server', 'src', 'main.ts'), 'ignore'));
}

/** A workshop child that has loaded its code and starts serving when told (see `prepareWorkshopChild`). */
export interface PreparedWorkshopChild {
  /** Starts the workshop (as `npm start` would) and resolves once it answers. */
  start(): Promise<WorkshopServer>;
  /** Ends it without starting. */
  cancel(): void;
}

/**
 * Spawns a child that loads the workshop's modules now and runs `server/src/main.ts` only on
 * `start()` — on ports that may still be in use until then. A crash test restarts the workshop
 * in the time the workshop takes to start, not the seconds Node takes to load its code on a
 * busy machine. Child mode only; `namespace` and `portBase` are required (a restart).
 */
export function prepareWorkshopChild(options: WorkshopServerOptions & { namespace: string; portBase: number; adminToken: string }): PreparedWorkshopChild {
  const spawned = spawnChild(options, options.namespace, options.adminToken, options.portBase, join(root, 'test', 'workshop-standby-entry.ts'), 'pipe');
  return {
    start() {
      spawned.child.stdin?.end('start\n');
      return waitUntilServing(spawned);
    },
    cancel() {
      if (spawned.child.exitCode === null && spawned.child.signalCode === null) spawned.child.kill('SIGKILL');
    },
  };
}

interface SpawnedChild {
  child: ChildProcess;
  output(): string;
  exited: Promise<unknown>;
  firstPort: number;
  namespace: string;
  adminToken: string;
  portBase: number;
}

function spawnChild(options: WorkshopServerOptions, namespace: string, adminToken: string, portBase: number, entry: string, stdin: 'ignore' | 'pipe'): SpawnedChild {
  // Node with tsx's loader, not the tsx CLI: the CLI runs the server in a second process, which a
  // SIGKILL of the child (a crash test) would leave running, holding the ports.
  const args = ['--import', 'tsx', entry, '--namespace', namespace];
  args.push('--word-delay-ms', String(options.wordDelayMs ?? 0));
  for (const demo of options.demos ?? []) args.push('--demo', demo);
  if (options.workers !== undefined) args.push('--workers', String(options.workers));
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      ...TEST_LIMITS,
      REDIS_URL: options.redisUrl,
      WORKSHOP_PORT_BASE: String(portBase),
      WORKSHOP_ADMIN_TOKEN: adminToken,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WORKSHOP_DEMOS: '',
      ...options.env,
    },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A child that ended before reading its stdin must not fail the test run with EPIPE.
  child.stdin?.on('error', () => undefined);
  const exited = once(child, 'exit');
  const firstPort = portBase + Math.min(...(options.demos ?? ['preferences']).map((d) => OFFSETS[d] ?? 0));
  return { child, output: () => output, exited, firstPort, namespace, adminToken, portBase };
}

async function waitUntilServing(spawned: SpawnedChild): Promise<WorkshopServer> {
  const { child, output, exited, firstPort, namespace, adminToken, portBase } = spawned;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the workshop exited with ${child.exitCode ?? child.signalCode}:\n${output()}`);
    if (/Press Ctrl\+C/.test(output())) {
      try {
        const res = await fetch(`http://127.0.0.1:${firstPort}/api/health`);
        if (res.status === 200) break;
      } catch {
        // Not listening yet.
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the workshop did not start within 30 s:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    namespace,
    portBase,
    adminToken,
    url: urlOf(portBase),
    child,
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
