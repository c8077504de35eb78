/**
 * Counts the commands a client sends (the agent tests and the benchmark use it): every command,
 * and the same with a MULTI … EXEC block counted as one (what the README's "cost of a turn" counts).
 */
import type { Redis } from 'ioredis';

export interface CommandCount {
  /** Every command sent, MULTI and EXEC included. */
  raw: number;
  /** A MULTI … EXEC block counts as one. */
  grouped: number;
  /** Grouped commands by name (`multi/exec` for a block), for the report. */
  byName: Record<string, number>;
}

export interface CommandCounter {
  reset(): void;
  snapshot(): CommandCount;
}

/** Patches `client.sendCommand` (a client made for the benchmark; never a shared one). */
export function countCommands(client: Redis): CommandCounter {
  let raw = 0;
  let grouped: string[] = [];
  let inTransaction = false;
  const send = client.sendCommand.bind(client);
  client.sendCommand = ((command: Parameters<typeof send>[0]) => {
    raw += 1;
    if (command.name === 'multi') inTransaction = true;
    if (!inTransaction) grouped.push(command.name);
    else if (command.name === 'exec') {
      inTransaction = false;
      grouped.push('multi/exec');
    }
    return send(command);
  }) as typeof client.sendCommand;
  return {
    reset() {
      raw = 0;
      grouped = [];
    },
    snapshot() {
      const byName: Record<string, number> = {};
      for (const name of grouped) byName[name] = (byName[name] ?? 0) + 1;
      return { raw, grouped: grouped.length, byName };
    },
  };
}
