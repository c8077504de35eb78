/**
 * One structured log line per turn: timings of each step, the engine, who and which thread.
 * Never a secret, never the message text at info level (attendees type personal facts).
 */
import type { Logger } from 'pino';
import type { TurnTimings } from '../agents/types';
import type { EngineName } from '../memory/types';

/** What the turn log line records about one turn. */
export interface TurnLogEntry {
  demo: string;
  agentId: string;
  userId: string;
  threadId: string;
  engine: EngineName;
  /** `ws` (streamed) or `http` (POST .../messages). */
  via: 'ws' | 'http';
  timings?: TurnTimings;
  memoriesUsed: number;
  toolCalls: number;
  /** Error code when the turn failed; unset when it succeeded. */
  error?: string;
  /** Set when the user pressed stop. */
  stopped?: boolean;
  /** Total time measured here when the turn ended before its own timings (an error). */
  elapsedMs: number;
}

/** Writes the turn's log line: info when it succeeded, warn with the error code when it failed. */
export function logTurn(logger: Logger, entry: TurnLogEntry): void {
  const line = { event: 'turn', ...entry };
  if (entry.error) logger.warn(line, `turn failed (${entry.error})`);
  else logger.info(line, 'turn');
}
