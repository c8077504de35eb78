/**
 * Files the embedded launcher keeps next to the private redis-server's data: which port and pid
 * it runs on, which Node processes use it, and a lock so two processes starting at once (the
 * demos can run one per terminal) do not both start a server on the same data.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkshopError } from '../errors';
import { isProcessAlive, sleep } from './redis-server-process';

/** What the state file records about the private server. */
export interface EmbeddedState {
  port: number;
  /** Pid of the running server; absent once it was shut down. */
  pid?: number;
  bin: string;
  startedAt: string;
}

/** The state file: port, pid and binary of the private redis-server. */
export const STATE_FILE = 'embedded-redis.json';
/** The pidfile the private redis-server writes. */
export const PID_FILE = 'redis.pid';
/** The private redis-server's log, kept for the error shown when it fails to start. */
export const LOG_FILE = 'redis.log';
const LOCK_FILE = 'start.lock';
const OWNERS_DIR = 'owners';

/** The recorded state of the private server, or `undefined` when the file is missing or unreadable. */
export function readState(dir: string): EmbeddedState | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as Partial<EmbeddedState>;
    if (typeof value.port !== 'number' || typeof value.bin !== 'string') return undefined;
    return value as EmbeddedState;
  } catch {
    return undefined;
  }
}

/** Written through a temp file and a rename, so a crash never leaves half a JSON file. */
export function writeState(dir: string, state: EmbeddedState): void {
  const tmp = join(dir, `${STATE_FILE}.${process.pid}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, join(dir, STATE_FILE));
}

/** Marks this handle as a user of the server; returns the marker's path. */
export function addOwner(dir: string): string {
  const owners = join(dir, OWNERS_DIR);
  mkdirSync(owners, { recursive: true });
  const path = join(owners, `${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(path, String(process.pid));
  return path;
}

/** Deletes an owner marker once its handle stops using the server. */
export function removeOwner(path: string): void {
  rmSync(path, { force: true });
}

/** Owner markers whose process still runs. Markers of dead processes (kill -9) are removed. */
export function liveOwners(dir: string): string[] {
  const owners = join(dir, OWNERS_DIR);
  let names: string[];
  try {
    names = readdirSync(owners);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) return true;
    rmSync(join(owners, name), { force: true });
    return false;
  });
}

/** A lock older than this is taken over even if its pid seems alive (pid reuse after a crash). */
const STALE_LOCK_MS = 60_000;

/**
 * Runs `task` while holding an exclusive lock file in `dir`. Waits for another process's lock
 * up to `timeoutMs`; takes over a lock whose holder is dead.
 */
export async function withLock<T>(dir: string, timeoutMs: number, task: () => Promise<T>): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // The lock appears with its content already in it (written aside, then hard-linked into
    // place, which fails if it exists): a reader never sees an empty lock and takes it for stale.
    const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, String(process.pid));
    try {
      linkSync(draft, path);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      rmSync(draft, { force: true });
    }
    let holder = NaN;
    let age = 0;
    try {
      holder = Number(readFileSync(path, 'utf8'));
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      continue; // Released between our attempts: try again at once.
    }
    if (!Number.isInteger(holder) || holder <= 0 || !isProcessAlive(holder) || age > STALE_LOCK_MS) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new WorkshopError(
        'redis_unavailable',
        `another process (pid ${holder}) is starting the private redis-server in ${dir} and has not finished; wait for it, or remove ${path} if that process is stuck`,
      );
    }
    await sleep(100);
  }
  try {
    return await task();
  } finally {
    rmSync(path, { force: true });
  }
}
