/**
 * `--workers 2`: one workshop as two server processes on the same ports (Node's cluster module),
 * started as `npm start` would, against the test Redis. Each request below opens a connection of
 * its own, so the primary hands them to the workers in turn; `X-Workshop-Worker` says which one
 * answered.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { FrameSocket } from './attendee';

let server: WorkshopServer;
const sockets: FrameSocket[] = [];

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', workers: 2, demos: ['preferences'] });
}, 90_000);
afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.stop();
});

interface Answer {
  status: number;
  worker: string | undefined;
  cookie: string | undefined;
  body: any;
}

/** One request on a new connection (no keep-alive), so it may land on any worker. */
function hit(path: string, options: { cookie?: string; method?: string; body?: unknown; token?: string } = {}): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (payload) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request(`${server.url('preferences')}${path}`, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        const worker = res.headers['x-workshop-worker'];
        resolve({ status: res.statusCode ?? 0, worker: Array.isArray(worker) ? worker[0] : worker, cookie: res.headers['set-cookie']?.[0]?.split(';')[0], body: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Opens `/ws` with `cookie` and says which worker took it (from the handshake's header). */
async function openSocket(cookie: string): Promise<{ socket: FrameSocket; worker: string }> {
  const ws = new WebSocket(`${server.url('preferences').replace(/^http/, 'ws')}/ws`, { headers: { cookie } });
  let worker = '';
  ws.once('upgrade', (res) => (worker = String(res.headers['x-workshop-worker'])));
  const socket = new FrameSocket(ws);
  sockets.push(socket);
  await socket.opened;
  await socket.next('hello');
  return { socket, worker };
}

/** Opens sockets until one is on each worker (round robin: the second one usually is). */
async function socketsOnBothWorkers(cookie: string): Promise<Map<string, FrameSocket>> {
  const byWorker = new Map<string, FrameSocket>();
  for (let attempt = 0; attempt < 10 && byWorker.size < 2; attempt++) {
    const { socket, worker } = await openSocket(cookie);
    if (byWorker.has(worker)) socket.close();
    else byWorker.set(worker, socket);
  }
  expect([...byWorker.keys()].sort()).toEqual(['1', '2']);
  return byWorker;
}

/** A new attendee: the cookie and the worker that issued it. */
async function newAttendee(): Promise<{ cookie: string; userId: string; worker: string }> {
  const me = await hit('/api/me');
  expect(me.status).toBe(200);
  return { cookie: me.cookie!, userId: me.body.userId, worker: me.worker! };
}

function pidsIn(output: string): number[] {
  const match = /Processes: 2 workers sharing these ports \(pids (\d+), (\d+)\)/.exec(output);
  expect(match, output).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('two worker processes on the same ports', () => {
  it('print one banner naming both workers, and share the requests between them', async () => {
    expect(server.output().match(/Press Ctrl\+C to stop/g)).toHaveLength(1);
    expect(server.output().match(/Facilitator view/g)).toHaveLength(1);
    expect(pidsIn(server.output()).every(isAlive)).toBe(true);
    const answers = await Promise.all(Array.from({ length: 12 }, () => hit('/api/health')));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(['1', '2']));
  });

  it("accept one worker's identity cookie on the other", async () => {
    const { cookie, userId, worker } = await newAttendee();
    const seen = new Set<string>();
    for (let i = 0; i < 10 && seen.size < 2; i++) {
      const again = await hit('/api/me', { cookie });
      expect(again.status).toBe(200);
      expect(again.body.userId).toBe(userId);
      // Recognised, not issued anew.
      expect(again.cookie).toBeUndefined();
      seen.add(again.worker!);
    }
    expect(seen).toEqual(new Set(['1', '2']));
    expect(seen.has(worker)).toBe(true);
  });

  it('deliver a message sent on one worker live to the same attendee’s tab on the other', async () => {
    const { cookie } = await newAttendee();
    const tabs = await socketsOnBothWorkers(cookie);
    const [sender, watcher] = [tabs.get('1')!, tabs.get('2')!];
    watcher.send({ type: 'thread.watch', threadId: 'across_workers' });
    watcher.send({ type: 'ping' });
    await watcher.next('pong');

    sender.send({ type: 'turn.start', requestId: 'r1', threadId: 'across_workers', text: 'My name is Lena and I live in Graz.' });
    const finished = await sender.next('turn.finished');
    const stored = await watcher.next('message.stored', (f) => f.threadId === 'across_workers' && f.message.role === 'assistant');
    expect(stored.message.id).toBe(finished.reply.id);
    expect((await watcher.next('message.stored', (f) => f.message.role === 'user')).message.text).toBe('My name is Lena and I live in Graz.');
  });

  it('carry a facilitator reset to open tabs on both workers', async () => {
    const { cookie } = await newAttendee();
    const tabs = await socketsOnBothWorkers(cookie);
    const first = tabs.get('1')!;
    first.send({ type: 'turn.start', requestId: 'r2', threadId: 'to_be_reset', text: 'I am allergic to peanuts.' });
    await first.next('turn.finished');
    const reset = await hit('/api/admin/reset', { method: 'POST', body: { confirm: 'preferences' }, token: server.adminToken });
    expect(reset.status).toBe(200);
    for (const tab of tabs.values()) {
      expect((await tab.next('thread.deleted', (f) => f.threadId === 'to_be_reset')).threadId).toBe('to_be_reset');
      expect((await tab.next('memory.cleared')).agentId).toBe('personal_assistant');
    }
  });

  it('restart a worker killed with SIGKILL while the ports keep answering', async () => {
    const [pid1] = pidsIn(server.output());
    process.kill(pid1, 'SIGKILL');
    await until(() => !isAlive(pid1), 5000, 'the killed worker did not die');
    // Until it is back, worker 2 answers every request; then both do again.
    const seen: string[] = [];
    await until(
      async () => {
        const answer = await hit('/api/health');
        expect(answer.status).toBe(200);
        seen.push(answer.worker!);
        return answer.worker === '1';
      },
      45_000,
      'worker 1 did not come back',
    );
    expect(seen).toContain('1');
    const restarted = /worker 1 restarted \(pid (\d+)\)/.exec(server.output());
    expect(server.output()).toMatch(/worker 1 \(pid \d+\) exited \(SIGKILL\); restarting it in 1 s/);
    expect(restarted, server.output()).not.toBeNull();
    expect(Number(restarted![1])).not.toBe(pid1);
    expect(isAlive(Number(restarted![1]))).toBe(true);
  }, 60_000);

  it('stop every process and close the ports on SIGTERM to the primary', async () => {
    const restarted = Number(/worker 1 restarted \(pid (\d+)\)/.exec(server.output())?.[1]);
    const pids = [server.child!.pid!, pidsIn(server.output())[1], restarted];
    expect(pids.every((pid) => Number.isInteger(pid) && isAlive(pid))).toBe(true);
    for (const s of sockets) s.close();
    await server.stop();
    expect(server.child!.exitCode).toBe(0);
    await until(() => pids.every((pid) => !isAlive(pid)), 5000, 'a worker outlived the primary');
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(server.portBase, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  }, 30_000);
});
