/**
 * The workshop the robustness tests (robustness-*.test.ts) probe, one per test file: a real
 * workshop on the test Redis whose log lines and Redis commands are recorded, and the checks
 * those tests share (every failure is a JSON error, never HTML or a stack; the server lives on).
 */
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

/** A response as the checks below read it (from fetch or from a raw request). */
export interface ProbeResponse {
  status: number;
  headers: Headers | Record<string, unknown>;
  body: unknown;
}

/** The answer is a JSON error with the status (or status class) expected, never HTML or a stack. */
export function expectJsonError(res: ProbeResponse, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const type = res.headers instanceof Headers ? res.headers.get('content-type') : (res.headers['content-type'] as string | undefined);
  expect(type).toMatch(/^application\/json/);
  const body = res.body as { error: { code: string; message: string } };
  expect(body).toEqual({ error: { code: code ?? expect.any(String), message: expect.any(String) } });
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |<html|<pre>/i);
}

/** The log lines that report a server-side failure; client errors never produce one. */
export function unexpectedErrors(logLines: string[]): string[] {
  return logLines.filter((l) => /unexpected error/.test(l));
}

/** One test file's workshop and the helpers bound to it. */
export interface RobustnessServer {
  /** The running workshop (set once `beforeAll` has run). */
  readonly server: WorkshopServer;
  /** Every log line of the in-process server, to check what is (not) logged. */
  readonly logLines: string[];
  /** Redis commands the server sent (to prove request paths never KEYS/SCAN). */
  readonly commands: string[];
  /** A new attendee of the preferences demo. */
  preferences(): Attendee;
  /** A WebSocket of `attendee` that has received its `hello`; closed after the file. */
  connect(attendee: Attendee): Promise<FrameSocket>;
  /** The server still answers its health check. */
  expectAlive(): Promise<void>;
  /** A request fetch would refuse or normalise: the raw path goes out as written. */
  rawRequest(method: string, path: string, headers?: Record<string, string>, body?: Buffer | string): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }>;
}

/**
 * Starts the workshop before the file's tests and stops it after them. On the way out it also
 * checks that no probe of the file caused an unexpected error in the log.
 */
export function useRobustnessServer(): RobustnessServer {
  const logLines: string[] = [];
  const commands: string[] = [];
  const open: FrameSocket[] = [];
  let server: WorkshopServer | undefined;
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );

  beforeAll(async () => {
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences', 'persistence'], wordDelayMs: 20, logger });
    const client = server.workshop!.redis.client as unknown as { sendCommand: (cmd: { name: string }, ...rest: unknown[]) => unknown };
    const original = client.sendCommand.bind(client);
    client.sendCommand = (cmd, ...rest) => {
      commands.push(String(cmd?.name ?? '').toLowerCase());
      return original(cmd, ...rest);
    };
  });
  afterAll(async () => {
    const unexpected = unexpectedErrors(logLines);
    for (const s of open) s.close();
    await server?.stop();
    expect(unexpected).toEqual([]);
  });

  const running = (): WorkshopServer => {
    if (!server) throw new Error('the robustness workshop is not running (used outside a test?)');
    return server;
  };
  const preferences = () => new Attendee(running().url('preferences'));

  return {
    get server() {
      return running();
    },
    logLines,
    commands,
    preferences,
    async connect(attendee) {
      const socket = await attendee.socket();
      open.push(socket);
      await socket.next('hello');
      return socket;
    },
    async expectAlive() {
      const res = await preferences().get('/api/health');
      expect(res.status).toBe(200);
    },
    rawRequest(method, path, headers = {}, body) {
      const url = new URL(running().url('preferences'));
      return new Promise((resolve, reject) => {
        const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => {
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // Left as text: the shape check then shows it.
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
          });
        });
        req.on('error', reject);
        if (body !== undefined) req.write(body);
        req.end();
      });
    },
  };
}
