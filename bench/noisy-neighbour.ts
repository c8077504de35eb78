/**
 * One attendee at the limits, another chatting as usual: the calm attendee's HTTP turn latency
 * alone, then while the noisy one keeps 200 requests in flight (the limits' defaults, as a room
 * runs them), and how the noisy one's requests were answered. Target (issue 11): the calm
 * attendee's latency within 2× of alone.
 */
import { startWorkshopServer } from '../test/workshop-server';
import { TURN_SCRIPT } from './fixtures';
import { summarize, type Summary } from './stats';

export interface NeighbourResult {
  calmAlone: Summary;
  calmDuringFlood: Summary;
  /** p50 during the flood over p50 alone. */
  p50Ratio: number;
  p95Ratio: number;
  /** How the noisy attendee's requests were answered, by status and code. */
  flood: Record<string, number>;
}

async function identity(base: string): Promise<string> {
  const res = await fetch(`${base}/api/me`);
  await res.text();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('GET /api/me issued no identity cookie');
  return cookie;
}

async function post(base: string, cookie: string, threadId: string, text: string): Promise<string> {
  try {
    const res = await fetch(`${base}/api/threads/${threadId}/messages`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = (await res.json()) as { error?: { code: string } };
    return res.status === 200 ? '200' : `${res.status} ${body.error?.code ?? ''}`;
  } catch (err) {
    // A kept-alive connection the server closed as it was reused: counted, not fatal.
    return `network error (${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message})`;
  }
}

export async function benchNoisyNeighbour(options: { redisUrl: string; calmTurns: number; inFlight: number }): Promise<NeighbourResult> {
  // The product's limits (the test helper lifts the per-minute one otherwise).
  // A process of its own: the flood's client work must not share the server's event loop.
  const server = await startWorkshopServer({ mode: 'child', redisUrl: options.redisUrl, demos: ['preferences'], namespace: 'bench_neighbour', webDist: null, env: { WORKSHOP_TURNS_PER_MINUTE: '30' } });
  try {
    const base = server.url('preferences');
    const noisy = await identity(base);
    // A calm attendee sends far below the per-minute limit; the samples are spread over as many
    // of them as that takes (a new one every 25 turns), so the limit never refuses a calm turn.
    const timedTurns = async (label: string) => {
      const samples: number[] = [];
      let calm = '';
      for (let i = 0; i < options.calmTurns; i++) {
        if (i % 25 === 0) {
          calm = await identity(base);
          await post(base, calm, `calm_${label}_${i}`, TURN_SCRIPT[0]);
        }
        const started = performance.now();
        const status = await post(base, calm, `calm_${label}_${i - (i % 25)}`, TURN_SCRIPT[i % TURN_SCRIPT.length]);
        if (status !== '200') throw new Error(`the calm attendee's turn failed: ${status}`);
        samples.push(performance.now() - started);
      }
      return summarize(samples);
    };
    // Warm-up (JIT, connections, Redis scripts), so "alone" is not slowed by the first turns of the process.
    const warm = await identity(base);
    for (let i = 0; i < 20; i++) await post(base, warm, 'warmup', TURN_SCRIPT[i % TURN_SCRIPT.length]);
    const calmAlone = await timedTurns('alone');

    const flood: Record<string, number> = {};
    let flooding = true;
    const noisyLoop = async (slot: number) => {
      for (let i = 0; flooding; i++) {
        const status = await post(base, noisy, `noisy_${slot % 5}`, `Flood ${slot}.${i}: ${TURN_SCRIPT[i % TURN_SCRIPT.length]}`);
        flood[status] = (flood[status] ?? 0) + 1;
      }
    };
    const loops = Array.from({ length: options.inFlight }, (_, slot) => noisyLoop(slot));
    await new Promise((r) => setTimeout(r, 200));
    const calmDuringFlood = await timedTurns('flood');
    flooding = false;
    await Promise.all(loops);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return { calmAlone, calmDuringFlood, p50Ratio: ratio(calmDuringFlood.medianMs, calmAlone.medianMs), p95Ratio: ratio(calmDuringFlood.p95Ms, calmAlone.p95Ms), flood };
  } finally {
    await server.stop();
  }
}
