/**
 * The HTTP path: the whole workshop in this process (`startWorkshopServer`, preferences demo
 * only, offline model without typing delay), attendees with their own identity cookies posting
 * `POST /api/threads/:id/messages` at the same time, against one attendee posting alone.
 */
import { startWorkshopServer } from '../test/workshop-server';
import { TURN_SCRIPT } from './fixtures';
import { round, summarize, timeLoop, type Summary } from './stats';

export interface HttpResult {
  /** One attendee, sequential posts. */
  solo: Summary;
  /** `attendees` posts at once, `rounds` times. */
  concurrent: Summary & { attendees: number; rounds: number; turnsPerSecond: number };
  p95ConcurrentOverSolo: number;
  /** Non-200 answers (should be 0). */
  failures: number;
}

interface Attendee {
  cookie: string;
}

async function join(base: string): Promise<Attendee> {
  const res = await fetch(`${base}/api/me`);
  await res.text();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('GET /api/me issued no identity cookie');
  return { cookie };
}

async function post(base: string, who: Attendee, threadId: string, text: string): Promise<number> {
  const res = await fetch(`${base}/api/threads/${threadId}/messages`, {
    method: 'POST',
    headers: { cookie: who.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  await res.text();
  return res.status;
}

export async function benchHttp(options: { redisUrl: string; attendees: number; rounds: number; soloPosts: number }): Promise<HttpResult> {
  const server = await startWorkshopServer({ redisUrl: options.redisUrl, demos: ['preferences'], wordDelayMs: 0, namespace: 'bench_http' });
  try {
    const base = server.url('preferences');
    let failures = 0;
    const check = (status: number) => {
      if (status !== 200) failures += 1;
    };

    const alone = await join(base);
    const soloSamples = await timeLoop(
      async (i) => check(await post(base, alone, 'bench_solo', TURN_SCRIPT[Math.abs(i) % TURN_SCRIPT.length])),
      { warmup: 4, iterations: options.soloPosts, budgetMs: 10_000 },
    );

    const room = await Promise.all(Array.from({ length: options.attendees }, () => join(base)));
    const samples: number[] = [];
    const t0 = performance.now();
    for (let r = 0; r < options.rounds; r++) {
      await Promise.all(
        room.map(async (who) => {
          const s = performance.now();
          check(await post(base, who, 'bench_room', TURN_SCRIPT[r % TURN_SCRIPT.length]));
          samples.push(performance.now() - s);
        }),
      );
    }
    const wallMs = performance.now() - t0;
    const solo = summarize(soloSamples);
    const concurrent = summarize(samples);
    return {
      solo,
      concurrent: { ...concurrent, attendees: options.attendees, rounds: options.rounds, turnsPerSecond: round((samples.length / wallMs) * 1000, 1) },
      p95ConcurrentOverSolo: Math.round((concurrent.p95Ms / solo.p95Ms) * 10) / 10,
      failures,
    };
  } finally {
    await server.stop();
  }
}
