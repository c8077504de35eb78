/**
 * A room over WebSockets, as the DevUI talks: the workshop as a child process (1 or 2 server
 * processes, `--workers`), the offline model without typing delay, N attendees with their own
 * identity cookie and socket, each sending its turns one after another (`turn.start`, then wait
 * for `turn.finished`). A turn refused as `busy` is sent again after its `retryAfter` with the same
 * message id, as a client does. Measured: turns per second over the whole room and the latency
 * of each turn (including any wait for a retry).
 *
 * The clients run in this process, on the same 2 cores as the server: at 500 clients their own
 * JSON and socket work competes with the server's.
 */
import { startWorkshopServer } from '../test/workshop-server';
import { Attendee, type FrameSocket } from '../test/http/attendee';
import { TURN_SCRIPT } from './fixtures';
import { round, summarize, type Summary } from './stats';

export interface WsRoomRun {
  processes: number;
  clients: number;
  turns: Summary;
  turnsPerSecond: number;
  p99Ms: number;
  /** Turns sent again after a `busy` refusal. */
  retried: number;
  /** Turns that ended in an error frame (other than a retried `busy`). */
  failed: number;
}

async function turn(socket: FrameSocket, threadId: string, text: string, id: string): Promise<{ retried: number; ok: boolean }> {
  let retried = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    const requestId = `${id}_${attempt}`;
    // One turn at a time per socket: what came before is not needed (and scanning it would cost).
    socket.frames.length = 0;
    socket.send({ type: 'turn.start', requestId, threadId, text, messageId: id });
    const refused = socket.next('error', (f) => f.requestId === requestId, 60_000);
    const start = await Promise.race([socket.next('turn.started', (f) => f.requestId === requestId, 60_000), refused]);
    if (start.type === 'error') {
      if (start.code !== 'busy') return { retried, ok: false };
      retried += 1;
      await new Promise((r) => setTimeout(r, (start.retryAfterSeconds ?? 1) * 1000));
      continue;
    }
    const end = await Promise.race([socket.next('turn.finished', (f) => f.turnId === start.turnId, 60_000), socket.next('error', (f) => f.turnId === start.turnId, 60_000)]);
    return { retried, ok: end.type === 'turn.finished' };
  }
  return { retried, ok: false };
}

export async function benchWsRoom(options: { redisUrl: string; processes: number[]; clients: number[]; turnsEach: (clients: number) => number }): Promise<WsRoomRun[]> {
  const out: WsRoomRun[] = [];
  for (const processes of options.processes) {
    const server = await startWorkshopServer({ mode: 'child', redisUrl: options.redisUrl, demos: ['preferences'], namespace: `bench_ws_${processes}`, webDist: null, workers: processes });
    try {
      const base = server.url('preferences');
      for (const clients of options.clients) {
        const room = await Promise.all(
          Array.from({ length: clients }, async () => {
            const attendee = new Attendee(base);
            return attendee.socket();
          }),
        );
        const turnsEach = options.turnsEach(clients);
        // One untimed turn each: every attendee's runtime, scope and thread exist before the clock starts.
        await Promise.all(room.map((socket, c) => turn(socket, `ws_${c}`, TURN_SCRIPT[0], `warm_${clients}_${c}`)));
        const samples: number[] = [];
        let retried = 0;
        let failed = 0;
        const started = performance.now();
        await Promise.all(
          room.map(async (socket, c) => {
            for (let i = 0; i < turnsEach; i++) {
              const t0 = performance.now();
              const result = await turn(socket, `ws_${c}`, TURN_SCRIPT[(c + i + 1) % TURN_SCRIPT.length], `m_${clients}_${c}_${i}`);
              samples.push(performance.now() - t0);
              retried += result.retried;
              if (!result.ok) failed += 1;
            }
          }),
        );
        const wallS = (performance.now() - started) / 1000;
        for (const socket of room) socket.close();
        const sorted = [...samples].sort((a, b) => a - b);
        const p99Ms = round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0, 1);
        out.push({ processes, clients, turns: summarize(samples), turnsPerSecond: round(samples.length / wallS, 1), p99Ms, retried, failed });
      }
    } finally {
      await server.stop();
    }
  }
  return out;
}
