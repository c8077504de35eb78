/**
 * A workshop room in one process: many attendees (distinct user ids, one Redis connection, one
 * runtime, as the server has) each running a few turns at the same time, against one attendee
 * running the same turns alone.
 */
import type { WorkshopRuntime } from '../server/src/compose';
import type { Redis } from 'ioredis';
import type { RedisCapabilities } from '../server/src/redis/probe';
import { benchRuntime } from './agent-turn';
import { TURN_SCRIPT, benchAgent } from './fixtures';
import { round, rssMiB, summarize, type Summary } from './stats';

export interface RoomPhase {
  attendees: number;
  turnsEach: number;
  wallMs: number;
  turnsPerSecond: number;
  turns: Summary;
}

export interface RoomResult {
  /** Attendees one after another (each alone in the room). */
  solo: RoomPhase;
  /** Every attendee at once. */
  room: RoomPhase;
  /** p95 turn latency in the full room over p95 alone. */
  p95RoomOverSolo: number;
  rssMiB: { beforeRoom: number; afterRoom: number; heapUsedBeforeMiB: number; heapUsedAfterMiB: number };
  /** Turns that failed (should be 0). */
  failures: number;
}

async function attendee(runtime: WorkshopRuntime, prefix: string, userId: string, turns: number, samples: number[]): Promise<number> {
  const user = await runtime.userAgent(benchAgent(prefix), { userId });
  const thread = user.thread('room_thread');
  let failures = 0;
  for (let i = 0; i < turns; i++) {
    const t0 = performance.now();
    try {
      await user.agent.run(TURN_SCRIPT[i % TURN_SCRIPT.length], { thread });
      samples.push(performance.now() - t0);
    } catch {
      failures += 1;
    }
  }
  return failures;
}

async function phase(runtime: WorkshopRuntime, prefix: string, label: string, attendees: number, turnsEach: number, together: boolean): Promise<RoomPhase & { failures: number }> {
  const samples: number[] = [];
  const ids = Array.from({ length: attendees }, (_, i) => `${label}_u${String(i).padStart(3, '0')}`);
  const t0 = performance.now();
  let failures = 0;
  if (together) {
    const counts = await Promise.all(ids.map((id) => attendee(runtime, prefix, id, turnsEach, samples)));
    failures = counts.reduce((a, b) => a + b, 0);
  } else {
    for (const id of ids) failures += await attendee(runtime, prefix, id, turnsEach, samples);
  }
  const wallMs = performance.now() - t0;
  return {
    attendees,
    turnsEach,
    wallMs: round(wallMs, 1),
    turnsPerSecond: round((samples.length / wallMs) * 1000, 1),
    turns: summarize(samples),
    failures,
  };
}

export async function benchRoom(options: { client: Redis; capabilities: RedisCapabilities; prefix: string; attendees: number; turnsEach: number; soloAttendees: number }): Promise<RoomResult> {
  const runtime = await benchRuntime(options.client, options.capabilities);
  // Untimed: loads the engine and the model's NLP once, as a server that already served someone.
  await phase(runtime, options.prefix, 'room_warmup', 2, 2, false);
  const { failures: soloFailures, ...solo } = await phase(runtime, options.prefix, 'room_solo', options.soloAttendees, options.turnsEach, false);
  const beforeRoom = rssMiB();
  const heapBefore = heapMiB();
  const { failures: roomFailures, ...room } = await phase(runtime, options.prefix, 'room_all', options.attendees, options.turnsEach, true);
  const afterRoom = rssMiB();
  return {
    solo,
    room,
    p95RoomOverSolo: Math.round((room.turns.p95Ms / solo.turns.p95Ms) * 10) / 10,
    rssMiB: { beforeRoom, afterRoom, heapUsedBeforeMiB: heapBefore, heapUsedAfterMiB: heapMiB() },
    failures: soloFailures + roomFailures,
  };
}

function heapMiB(): number {
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
}
