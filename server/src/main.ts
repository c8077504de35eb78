/**
 * The composition root (DESIGN §2): config → Redis (embedded by default) → capability probe →
 * chat model → runtime → one HTTP + WebSocket server per demo port. The only place that picks
 * implementations. Run it with `npm start` (all demos) or `npm start -- --demo persistence`.
 */
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pino, { type Logger } from 'pino';
import { demos as declaredDemos } from '../../demos/index';
import type { ChatModel } from './agents/types';
import { composeWorkshop } from './compose';
import { loadConfig, projectRoot, type WorkshopConfig } from './config';
import type { DemoAgentDefinition, DemoDefinition } from './demo-definition';
import { assertPortsApart, validateDemos } from './demo-validation';
import { ENGINE_LABELS, providerLabel } from './contracts/names';
import type { DevuiServices, PortContext } from './devui/context';
import { startDemoServer, type DemoServer } from './devui/demo-server';
import { Facilitator } from './devui/facilitator';
import { RoomLimits } from './devui/room-limits';
import { Identity } from './devui/identity';
import { LiveEvents } from './devui/live-events';
import { namespacedDemos } from './devui/namespace';
import { RedisStatusWatcher } from './devui/redis-status';
import { ThreadRegistry } from './devui/thread-registry';
import { WorkshopError } from './errors';
import { chooseEngine } from './memory/engines';
import type { EngineName } from './memory/types';
import { resolveRedis, stopOnExit, type RedisHandle } from './redis/embedded';
import { probeRedis, type RedisCapabilities } from './redis/probe';
import type { TokenCredential } from '@azure/identity';
import type { Models } from './models/factory';
import { runPrimary, runWorker, workerNumber } from './workers';

/** What `startWorkshop` serves, and what a test injects in place of the defaults. */
export interface StartWorkshopOptions {
  config: WorkshopConfig;
  /** Demos to declare. Default: everything in `demos/index.ts`. */
  demos?: DemoDefinition[];
  /** Serve only these demo ids (WORKSHOP_DEMOS / --demo). Default: all. */
  only?: string[];
  /** Key namespace: DevUI keys under `{namespace}:`, demo keys prefixed `{namespace}_`. Default: none (`workshop:` keys, demo prefixes as declared). */
  namespace?: string;
  /** The built UI. Default `<project>/web/dist`; `null` serves the API only. */
  webDist?: string | null;
  /** Offline model typing effect in ms per word. Default 25. */
  wordDelayMs?: number;
  /** Logger. Default: pino at `config.logLevel` on stdout. */
  logger?: Logger;
  /** An already resolved Redis (the caller keeps ownership). Default: `resolveRedis` from the config. */
  redis?: RedisHandle;
  /** Already built models (a test's scripted model). Default: built from the config. */
  models?: Models;
  /** Entra ID credential for Azure without a key (tests inject one). Default `DefaultAzureCredential`. */
  credential?: TokenCredential;
  /** This process's number among several workers on the same ports (sent as `X-Workshop-Worker`). Default: none (it runs alone). */
  worker?: number;
}

/** A demo port that is listening, with the agents it serves. */
export interface ServedAgent {
  demoId: string;
  agentIds: string[];
  port: number;
  url: string;
  /** The port's Express app (tests list its routes). */
  app: DemoServer['app'];
}

/** A started workshop: its servers, Redis, engine and model, and how to stop it. */
export interface RunningWorkshop {
  servers: ServedAgent[];
  /** The demos this process serves. */
  demos: DemoDefinition[];
  redis: RedisHandle;
  capabilities: RedisCapabilities;
  engine: EngineName;
  model: ChatModel;
  facilitator: Facilitator;
  logger: Logger;
  /** Closes sockets and servers, the subscriber, and the Redis handle when this call created it. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Which demos to serve: those named (unknown names are an error that lists the known ones), or
 * every declared one that is not served only on request.
 */
export function selectDemos(demos: DemoDefinition[], only: string[] | undefined): DemoDefinition[] {
  if (!only || only.length === 0) return demos.filter((d) => !d.onRequest);
  const unknown = only.filter((id) => !demos.some((d) => d.id === id));
  if (unknown.length) {
    throw new WorkshopError('config_invalid', `unknown demo ${unknown.join(', ')} in --demo / WORKSHOP_DEMOS; known demos: ${demos.map((d) => d.id).join(', ')}`);
  }
  return demos.filter((d) => only.includes(d.id));
}

/** Port contexts: one per distinct port of each demo, with the agents on that port. */
function portsOf(demo: DemoDefinition, services: DevuiServices): PortContext[] {
  const byOffset = new Map<number, DemoAgentDefinition[]>();
  for (const agent of demo.agents) byOffset.set(agent.portOffset, [...(byOffset.get(agent.portOffset) ?? []), agent]);
  return [...byOffset.entries()].map(([offset, agents]) => ({ services, demo, port: services.portBase + offset, agents }));
}

/** Starts the workshop: Redis, models, runtime and one server per demo port. */
export async function startWorkshop(options: StartWorkshopOptions): Promise<RunningWorkshop> {
  const { config } = options;
  const logger = options.logger ?? pino({ level: config.logLevel, base: undefined });
  const baseDemos = options.demos ?? declaredDemos;
  const allDemos = options.namespace ? namespacedDemos(baseDemos, options.namespace) : baseDemos;
  validateDemos(baseDemos);
  const served = selectDemos(allDemos, options.only);
  assertPortsApart(served);
  const redisLogger = { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
  const redis =
    options.redis ??
    (await resolveRedis({ url: config.redis.url, cluster: config.redis.cluster, clusterNodes: config.redis.clusterNodes, redisServerBin: config.redis.serverBin, dataDir: config.dataDir, logger: redisLogger }));
  const ownsRedis = !options.redis;
  const cleanup: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await Promise.resolve(step()).catch((err) => logger.warn({ err }, 'error while stopping'));
    cleanup.length = 0;
    if (ownsRedis) await redis.stop();
  };
  try {
    const capabilities = await probeRedis(redis.client);
    const engine = chooseEngine(config.memory.engine, capabilities);
    const { runtime, models } = await composeWorkshop({ client: redis.client, capabilities, config, wordDelayMs: options.wordDelayMs ?? 25, models: options.models, credential: options.credential });
    for (const warning of models.warnings) logger.warn(warning);
    const model = models.chat;
    // Create every index now, so a changed schema is reported at start, not at the first chat.
    for (const demo of served) for (const agent of demo.agents) await runtime.engine(agent.memory);

    const live = await LiveEvents.start(redis.client, { namespace: options.namespace, onError: (err) => logger.debug({ err }, 'live event not published') });
    cleanup.push(() => live.close());
    const status = new RedisStatusWatcher(redis.client, capabilities, engine);
    cleanup.push(() => status.close());
    const webDist = options.webDist === null ? undefined : (options.webDist ?? join(projectRoot(), 'web', 'dist'));
    const services: DevuiServices = {
      runtime,
      client: redis.client,
      capabilities,
      model,
      embedder: models.embedder ? { name: models.embedder.name, dimensions: models.embedder.dimensions } : undefined,
      modelWarnings: models.warnings,
      engine,
      identity: await Identity.load(redis.client, options.namespace),
      registry: new ThreadRegistry(redis.client, (prefix, threadId) => runtime.historyAt(prefix, threadId), options.namespace),
      live,
      status,
      facilitator: await Facilitator.load(redis.client, config.adminToken, options.namespace),
      limits: new RoomLimits({ turnsPerMinute: config.turns.perMinute, turnsAtOnce: config.turns.atOnce }),
      logger,
      // Exercises appear (in the facilitator view) only when this process serves them.
      demos: allDemos.filter((d) => !d.onRequest || served.includes(d)),
      portBase: config.portBase,
      namespace: options.namespace,
      webDist,
      worker: options.worker,
    };

    const servers: ServedAgent[] = [];
    for (const demo of served) {
      for (const ctx of portsOf(demo, services)) {
        let server: DemoServer;
        try {
          server = await startDemoServer(ctx, config.host);
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === 'EADDRINUSE') {
            throw new WorkshopError(
              'config_invalid',
              `port ${ctx.port} on ${config.host} is already in use (demo ${demo.id}): stop the other program, or set WORKSHOP_PORT_BASE to another base port`,
              { cause: err },
            );
          }
          throw err;
        }
        cleanup.push(() => server.close());
        servers.push({ demoId: demo.id, agentIds: ctx.agents.map((a) => a.id), port: ctx.port, url: server.url, app: server.app });
      }
    }

    let stopping: Promise<void> | undefined;
    return {
      servers,
      demos: served,
      redis,
      capabilities,
      engine,
      model,
      facilitator: services.facilitator,
      logger,
      stop() {
        stopping ??= stopAll();
        return stopping;
      },
    };
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
}

const SOURCE_LABEL: Record<RedisHandle['source'], string> = {
  embedded: 'embedded (a private redis-server started by the workshop)',
  default: 'default (the Redis on 127.0.0.1:6379)',
  env: 'REDIS_URL',
};

/**
 * The addresses attendees can type when the workshop listens on every interface (HOST=0.0.0.0):
 * the machine's non-internal IPv4 addresses. None for a specific host (its own URL is shown).
 */
export function roomAddresses(host: string, interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces()): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
}

/** The start banner: URLs, engine, Redis source (password redacted), model, facilitator token. */
export function describeStart(workshop: RunningWorkshop, webBuilt: boolean, host = '127.0.0.1'): string {
  return finishBanner(describeWorkshop(workshop, webBuilt, host), []);
}

/** The banner's closing lines after its body and any `extra` lines (scripts wait for "Press Ctrl+C"). */
export function finishBanner(body: string, extra: string[]): string {
  return [body, ...extra, '', 'Press Ctrl+C to stop.', ''].join('\n');
}

/** The banner's body, without its closing lines: what the workshop serves and how it is set up. */
export function describeWorkshop(workshop: RunningWorkshop, webBuilt: boolean, host = '127.0.0.1'): string {
  const { redis, capabilities, engine } = workshop;
  const lines = ['', 'Redis Agent Memory Workshop is running:'];
  for (const s of workshop.servers) lines.push(`  ${s.url.padEnd(24)} ${s.demoId} (${s.agentIds.join(', ')})`);
  for (const demo of workshop.demos) {
    const first = demo.sideBySide && workshop.servers.find((s) => s.demoId === demo.id);
    if (first && demo.sideBySide) lines.push(`  ${`${first.url}/side-by-side`.padEnd(24)} ${demo.sideBySide.description}`);
  }
  lines.push(
    '',
    `  Redis:   ${redis.safeUrl} — ${SOURCE_LABEL[redis.source]}, version ${capabilities.version}${capabilities.cluster ? ', cluster' : ''}`,
    `  Engine:  ${engine} (${ENGINE_LABELS[engine].label}: ${ENGINE_LABELS[engine].detail})`,
    `  Model:   ${workshop.model.provider === 'offline' ? `the built-in offline model (${workshop.model.model})` : `${providerLabel(workshop.model.provider)} · ${workshop.model.model}`}`,
    `  Facilitator view: ${workshop.servers[0]?.url ?? ''}/facilitator  token: ${workshop.facilitator.generated ? `${workshop.facilitator.token}  (generated once, kept in Redis across restarts; set WORKSHOP_ADMIN_TOKEN to choose one)` : '(WORKSHOP_ADMIN_TOKEN)'}`,
  );
  const room = roomAddresses(host);
  if (room.length > 0) {
    const ports = workshop.servers.map((s) => s.port).join(', ');
    lines.push('', `  Attendees: ${room.map((address) => `http://${address}:${workshop.servers[0]?.port ?? ''}`).join('  or  ')}  (ports ${ports})`);
  }
  if (!webBuilt) lines.push('', '  The web UI is not built (web/dist missing): only the API answers. Run "npm run build".');
  return lines.join('\n');
}

/** `--demo a --demo b`, `--demo a,b` or WORKSHOP_DEMOS=a,b; `--workers N` stands for WORKSHOP_WORKERS (checked by the config). */
function parseCli(argv: string[], env: NodeJS.ProcessEnv): { only?: string[]; namespace?: string; wordDelayMs?: number; workers?: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      demo: { type: 'string', multiple: true },
      namespace: { type: 'string' },
      'word-delay-ms': { type: 'string' },
      workers: { type: 'string' },
    },
    allowPositionals: false,
  });
  const raw = values.demo?.length ? values.demo : env.WORKSHOP_DEMOS ? [env.WORKSHOP_DEMOS] : [];
  const only = raw.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const delay = values['word-delay-ms'] === undefined ? undefined : Number(values['word-delay-ms']);
  if (delay !== undefined && (!Number.isFinite(delay) || delay < 0)) {
    throw new WorkshopError('config_invalid', '--word-delay-ms must be a number of milliseconds (0 or more)');
  }
  return { only: only.length ? only : undefined, namespace: values.namespace, wordDelayMs: delay, workers: values.workers };
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2), process.env);
  const config = loadConfig(cli.workers === undefined ? process.env : { ...process.env, WORKSHOP_WORKERS: cli.workers });
  const webBuilt = existsSync(join(projectRoot(), 'web', 'dist', 'index.html'));
  const serve = { only: cli.only, namespace: cli.namespace, wordDelayMs: cli.wordDelayMs };
  if (cluster.isWorker) {
    const logger = pino({ level: config.logLevel, base: { worker: workerNumber() } });
    return runWorker(config, logger, async (redis, worker) => {
      const workshop = await startWorkshop({ ...serve, config, logger, redis, worker });
      return { banner: describeWorkshop(workshop, webBuilt, config.host), stop: () => workshop.stop() };
    });
  }
  if (config.workers > 1) {
    return runPrimary({ config, logger: pino({ level: config.logLevel, base: { worker: 'primary' } }), finishBanner });
  }
  const workshop = await startWorkshop({ ...serve, config });
  process.stdout.write(describeStart(workshop, webBuilt, config.host));
  const redisLogger = { info: (m: string) => workshop.logger.info(m), warn: (m: string) => workshop.logger.warn(m) };
  stopOnExit({ stop: () => workshop.stop() }, { logger: redisLogger, beforeStop: () => workshop.logger.info('stopping the workshop') });
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  main().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`\nThe workshop could not start:\n${message}\n`);
    process.exit(1);
  });
}
