/**
 * The private redis-server the workshop starts itself (no REDIS_URL, data in WORKSHOP_DATA_DIR):
 *
 * 1. Stopped for 30 seconds under the running workshop, then started again as the workshop
 *    starts it (same binary, port, data directory and persistence settings): see
 *    `redis-outage-scenario.ts` for what must hold.
 * 2. Killed with SIGKILL while attendees are sending: after the workshop is started again (which
 *    starts a new private server on the same data), every message that was acknowledged (HTTP
 *    200) is still in its thread, with its reply. This is what the private server's
 *    `appendfsync always` buys (see `redis/redis-server-process.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WireMessage } from '../../server/src/contracts/ws';
import { LOG_FILE, PID_FILE, readState } from '../../server/src/redis/embedded-state';
import { isProcessAlive, serverProcessId, sleep, spawnRedisServer, waitForExit } from '../../server/src/redis/redis-server-process';
import { startWorkshopServer, type WorkshopServer, type WorkshopServerOptions } from '../workshop-server';
import { Attendee } from './attendee';
import { proveOutage } from './redis-outage-scenario';

const OUTAGE_MS = 30_000;
const dataDir = mkdtempSync(join(tmpdir(), 'workshop-embedded-outage-'));
const redisDir = join(dataDir, 'redis');
/** Every redis-server pid this file saw, killed at the end whatever happened. */
const redisPids = new Set<number>();
let server: WorkshopServer | undefined;

afterAll(async () => {
  await server?.stop();
  for (const pid of redisPids) if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** No REDIS_URL: the workshop finds nothing on 6379 and starts its own redis-server in `dataDir`. */
const options = (): WorkshopServerOptions => ({ redisUrl: '', mode: 'child', demos: ['preferences'], env: { WORKSHOP_DATA_DIR: dataDir } });

/** The private server now: its pid (from the port, as the state file may predate a restart) and port. */
async function privateServer(): Promise<{ pid: number; port: number }> {
  const state = readState(redisDir);
  if (!state) throw new Error(`the workshop started no private redis-server in ${redisDir} (is something listening on 127.0.0.1:6379?)`);
  const pid = await serverProcessId(state.port);
  if (!pid) throw new Error(`the private redis-server on port ${state.port} does not answer`);
  redisPids.add(pid);
  return { pid, port: state.port };
}

async function gone(pid: number): Promise<void> {
  if (!(await waitForExit(pid, undefined, 10_000))) throw new Error(`redis-server ${pid} did not exit`);
}

describe('the embedded redis-server', () => {
  it('stopped for 30 s: the server stays up, refuses clearly, stores nothing meanwhile and recovers by itself', { timeout: 120_000 }, async () => {
    server = await startWorkshopServer(options());
    expect(server.output()).toMatch(/embedded \(a private redis-server started by the workshop\)/);
    await proveOutage(
      server,
      'preferences',
      {
        async down() {
          const { pid } = await privateServer();
          process.kill(pid, 'SIGTERM');
          await gone(pid);
        },
        async up() {
          // Started again as the workshop starts it: same binary, port, data and settings.
          const state = readState(redisDir)!;
          const again = spawnRedisServer({ bin: state.bin, port: state.port, dir: redisDir, pidfile: join(redisDir, PID_FILE), logfile: join(redisDir, LOG_FILE) });
          if (again.pid) redisPids.add(again.pid);
          while ((await serverProcessId(state.port)) !== again.pid) await sleep(100);
        },
      },
      OUTAGE_MS,
    );
  });

  it('killed with SIGKILL: every acknowledged message is there after the workshop starts it again', { timeout: 90_000 }, async () => {
    server ??= await startWorkshopServer(options());
    const { namespace, portBase, adminToken } = server;
    const me = new Attendee(server.url('preferences'));
    await me.get('/api/me');
    const acknowledged: Array<{ threadId: string; id: string; replyId: string }> = [];
    let killed = false;
    // Two tabs sending as fast as the server answers, until Redis dies under them.
    const sender = async (threadId: string) => {
      for (let i = 0; !killed; i++) {
        const id = `${threadId}-${i}`;
        const answer = await me.post(`/api/threads/${threadId}/messages`, { text: `Note ${i}: the parcel for desk ${i} arrived.`, messageId: id }).catch(() => undefined);
        if (answer?.status === 200) acknowledged.push({ threadId, id, replyId: answer.body.reply.id });
      }
    };
    const senders = [sender('sigkill_a'), sender('sigkill_b')];
    while (acknowledged.length < 20) await sleep(20);
    const { pid } = await privateServer();
    process.kill(pid, 'SIGKILL');
    killed = true;
    const ackedBeforeKill = acknowledged.length;
    await Promise.all(senders);
    await gone(pid);
    // Answers that raced the kill count too: they were acknowledged, so they must be on disk.
    expect(acknowledged.length).toBeGreaterThanOrEqual(ackedBeforeKill);

    await server.stop();
    server = await startWorkshopServer({ ...options(), namespace, portBase, adminToken });
    expect((await privateServer()).pid).not.toBe(pid);
    for (const threadId of ['sigkill_a', 'sigkill_b']) {
      const stored = ((await me.get(`/api/threads/${threadId}`)).body.messages as WireMessage[]).map((m) => m.id);
      const mine = acknowledged.filter((a) => a.threadId === threadId);
      expect(mine.length).toBeGreaterThan(0);
      for (const a of mine) expect(stored, `acknowledged ${a.id} and its reply`).toEqual(expect.arrayContaining([a.id, a.replyId]));
    }
  });
});
