/**
 * `npm run bench`: the workshop's speed figures, each in ms and as a ratio to a Redis PING round
 * trip measured in the same run (so figures from different machines compare by their ratios).
 *
 * Starts its own throwaway redis-server (free port, temp dir, loopback), runs bounded loops
 * (about a minute on 2 cores), prints a table and writes the same figures to
 * `test-results/bench/latest.json` (untracked: a run never rewrites a tracked file; the committed
 * reference run is `bench/results/reference.json`). Everything it started is stopped at the end,
 * also on Ctrl+C.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --no-http    # skip the in-process HTTP server
 *   npm run bench -- --no-ui      # skip the UI figures (Chromium; also skipped when /usr/bin/chromium is missing)
 *   npm run bench -- --out file   # write the JSON elsewhere
 */
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { probeRedis } from '../server/src/redis/probe';
import { startTestRedis, type TestRedis } from '../test/redis-process';
import { benchAgentTurn, benchSeededTurn } from './agent-turn';
import { benchHttp } from './http-room';
import { benchHistoryPeers } from './history-peers';
import { benchManyUsers } from './many-users';
import { benchMemorySearch } from './memory-search';
import { benchNoisyNeighbour } from './noisy-neighbour';
import { measurePing } from './ping-baseline';
import { rows, table, writeJson, type BenchResults } from './report';
import { benchRoom } from './room';
import { benchWsRoom } from './ws-room';
import { benchUi, uiBenchUnavailable } from './ui';

const here = dirname(fileURLToPath(import.meta.url));

const SETTINGS = {
  pingCalls: 4000,
  searchSizes: [20, 200, 2000, 10000],
  historyAppends: 1000,
  wsClients: [1, 50, 200, 500],
  wsProcesses: [1, 2],
  manyUsersRooms: [100, 2000],
  memoriesPerUser: 30,
  agentTurns: 150,
  seededMemories: 2000,
  seededTurns: 60,
  roomAttendees: 50,
  roomTurnsEach: 5,
  soloAttendees: 20,
  httpAttendees: 50,
  httpRounds: 5,
  httpSoloPosts: 60,
  calmTurns: 50,
  noisyInFlight: 200,
};

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-http': { type: 'boolean', default: false }, 'no-ui': { type: 'boolean', default: false }, out: { type: 'string' } } });
  const out = values.out ?? join(here, '..', 'test-results', 'bench', 'latest.json');
  const started = Date.now();
  const clients: Redis[] = [];
  let redis: TestRedis | undefined;

  const stopAll = async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    clients.length = 0;
    const r = redis;
    redis = undefined;
    await r?.stop();
  };
  const onSignal = () => {
    progress('interrupted: stopping redis-server');
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    redis = await startTestRedis();
    progress(`redis-server on ${redis.url} (temp dir ${redis.dir})`);
    const client = () => {
      const c = new Redis(redis!.url, { maxRetriesPerRequest: 1 });
      clients.push(c);
      return c;
    };
    const main = client();
    const capabilities = await probeRedis(main);

    progress(`baseline: ${SETTINGS.pingCalls} PINGs`);
    const ping = await measurePing(client(), SETTINGS.pingCalls);
    progress(`PING median ${ping.medianMs} ms, p95 ${ping.p95Ms} ms`);

    progress(`chat history: ${SETTINGS.historyAppends} turn appends and newest-50 reads, against @langchain/redis and @mastra/redis`);
    const history = await benchHistoryPeers({ client: client(), url: redis.url, appends: SETTINGS.historyAppends });

    progress(`memory search at ${SETTINGS.searchSizes.join(', ')} memories (warm, cold, after own write)`);
    const memorySearch = await benchMemorySearch({ readerClient: client(), writerClient: client(), prefix: 'bench_search', sizes: SETTINGS.searchSizes });

    progress(`memory search going round ${SETTINGS.manyUsersRooms.join(' and ')} users with ${SETTINGS.memoriesPerUser} memories each`);
    const manyUsers = await benchManyUsers({ client: client(), prefix: 'bench_room_users', rooms: SETTINGS.manyUsersRooms, memoriesPerUser: SETTINGS.memoriesPerUser, searchesPerUser: 3 });

    progress(`agent turns: ${SETTINGS.agentTurns} for one user`);
    const agentTurn = await benchAgentTurn({ client: main, capabilities, prefix: 'bench_turn', turns: SETTINGS.agentTurns });

    progress(`agent turns: ${SETTINGS.seededTurns} for a user with ${SETTINGS.seededMemories} memories`);
    const seededTurn = await benchSeededTurn({ client: main, capabilities, prefix: 'bench_seeded', memories: SETTINGS.seededMemories, turns: SETTINGS.seededTurns });

    progress(`room: ${SETTINGS.roomAttendees} attendees × ${SETTINGS.roomTurnsEach} turns at once`);
    const room = await benchRoom({
      client: client(),
      capabilities,
      prefix: 'bench_room',
      attendees: SETTINGS.roomAttendees,
      turnsEach: SETTINGS.roomTurnsEach,
      soloAttendees: SETTINGS.soloAttendees,
    });

    let http: BenchResults['http'] = { skipped: '--no-http' };
    let neighbour: BenchResults['neighbour'] = { skipped: '--no-http' };
    if (!values['no-http']) {
      progress(`HTTP: ${SETTINGS.httpAttendees} attendees posting at once, ${SETTINGS.httpRounds} rounds`);
      http = await benchHttp({ redisUrl: redis.url, attendees: SETTINGS.httpAttendees, rounds: SETTINGS.httpRounds, soloPosts: SETTINGS.httpSoloPosts });
      progress(`HTTP: one attendee keeping ${SETTINGS.noisyInFlight} requests in flight, another chatting`);
      neighbour = await benchNoisyNeighbour({ redisUrl: redis.url, calmTurns: SETTINGS.calmTurns, inFlight: SETTINGS.noisyInFlight });
    }

    let ui: BenchResults['ui'] = { skipped: '--no-ui' };
    if (!values['no-ui']) {
      const missing = uiBenchUnavailable();
      if (missing) {
        ui = { skipped: missing };
        progress(`UI: skipped, ${missing}`);
      } else {
        progress('UI: a thread of 1,000 messages in Chromium (5 page loads, 5 thread switches) and the JavaScript the page loads');
        ui = await benchUi({ redisUrl: redis.url });
      }
    }

    let ws: BenchResults['ws'] = { skipped: '--no-http' };
    if (!values['no-http']) {
      progress(`WebSocket room: ${SETTINGS.wsClients.join(' / ')} clients on ${SETTINGS.wsProcesses.join(' and ')} server processes`);
      // One attendee sends at most 60 turns (the per-socket frame limit); the room about 600 in all.
      ws = await benchWsRoom({ redisUrl: redis.url, processes: SETTINGS.wsProcesses, clients: SETTINGS.wsClients, turnsEach: (c) => Math.min(60, Math.max(2, Math.ceil(600 / c))) });
    }

    progress('baseline again (drift check)');
    const pingAtEnd = await measurePing(client(), 2000);

    const results: BenchResults = {
      meta: {
        startedAt: new Date(started).toISOString(),
        durationS: Math.round((Date.now() - started) / 100) / 10,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        redisVersion: capabilities.version,
        engine: 'fallback',
      },
      baseline: { ping, pingAtEnd },
      history,
      memorySearch,
      manyUsers,
      agentTurn,
      seededTurn,
      room,
      http,
      neighbour,
      ws,
      ui,
    };
    process.stdout.write(`\nWorkshop benchmarks — ratios are against the PING median of this run (${ping.medianMs} ms)\n\n`);
    process.stdout.write(`${table(rows(results))}\n\n`);
    const drift = pingAtEnd.medianMs / ping.medianMs;
    if (drift > 1.5 || drift < 1 / 1.5) {
      process.stdout.write(`warning: the PING median moved from ${ping.medianMs} to ${pingAtEnd.medianMs} ms during the run; the ratios are only as steady as that (a busy or throttled machine) — run again\n`);
    }
    writeJson(out, results);
    process.stdout.write(`${results.meta.durationS} s; figures written to ${out}\n`);
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\nbenchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
