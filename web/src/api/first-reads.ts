/**
 * The reads a demo page makes first, started as soon as the bundle runs instead of one after
 * another from React effects: the demo, the attendee, their threads and — when the address names
 * a thread the list holds — that thread's messages. Each answer is handed to the first caller
 * that asks for it (once, and only while fresh); any later read goes to the server as usual.
 *
 * The thread is read only after the list says it exists, as the page itself does, so a link to a
 * thread not written yet costs no 404.
 */
import { threadInUrl } from '../util/page-location';
import { api } from './client';

/** An answer older than this is read again rather than shown. */
const FRESH_MS = 5_000;

interface Started<T> {
  at: number;
  /** Undefined: not read after all (the caller reads). */
  answer: Promise<T | undefined>;
}

const started = new Map<string, Started<unknown>>();

/** Starts `read` now for the first `firstRead(key)`; an answer of undefined means "read again then". */
export function startFirstRead<T>(key: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
  const answer = read();
  // Nobody may ask for it: a failure must not surface as an unhandled rejection.
  answer.catch(() => undefined);
  started.set(key, { at: Date.now(), answer });
  return answer;
}

/** The answer started for `key` when it is still fresh (once), else a new `read()`. */
export function firstRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const early = started.get(key) as Started<T> | undefined;
  started.delete(key);
  if (!early || Date.now() - early.at >= FRESH_MS) return read();
  return early.answer.then((answer) => (answer === undefined ? read() : answer));
}

/** Keys of `firstRead`. */
export const FIRST_READS = {
  demo: 'demo',
  me: 'me',
  threads: 'threads',
  thread: (id: string) => `thread:${id}`,
};

/** Starts the first reads of a demo page (call once, before rendering it). */
export function startFirstReads(): void {
  startFirstRead(FIRST_READS.demo, () => api.demo());
  startFirstRead(FIRST_READS.me, () => api.me());
  const threads = startFirstRead(FIRST_READS.threads, () => api.threads());
  const wanted = threadInUrl();
  if (!wanted) return;
  startFirstRead(FIRST_READS.thread(wanted), async () => {
    const list = await threads.catch(() => null);
    // Not listed (or the list failed): the page decides, as without this read.
    return list?.threads.some((t) => t.id === wanted) ? api.thread(wanted) : undefined;
  });
}
