/**
 * Work put off until the page is idle, newest first: the markdown of the older messages of a long
 * thread. The messages on screen are rendered at once; the thousand above them are shown as their
 * source text (off screen, so unseen) and formatted a slice at a time while nothing else runs, the
 * newest first — the ones a reader scrolling up reaches first.
 */

/**
 * Longest slice of put-off work before the page gets the main thread back (ms): below the 50 ms
 * of a "long task", so typing stays responsive; 12 ms slices took ~1.4× as long to finish (each
 * slice is followed by a render of what it formatted).
 */
const SLICE_MS = 30;
/** The latest a slice starts when the page never goes idle (ms). */
const IDLE_TIMEOUT_MS = 300;

interface Job {
  work(): void;
  cancelled: boolean;
}

/** Newest job last (jobs are queued in mount order, oldest message first), so `pop` takes the newest. */
const jobs: Job[] = [];
let scheduled = false;

type IdleWindow = { requestIdleCallback?(run: () => void, options: { timeout: number }): number };

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const idle = (window as IdleWindow).requestIdleCallback;
  if (idle) idle(runSlice, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(runSlice, 16);
}

function runSlice(): void {
  scheduled = false;
  const until = performance.now() + SLICE_MS;
  while (jobs.length > 0 && performance.now() < until) {
    const job = jobs.pop()!;
    if (!job.cancelled) job.work();
  }
  if (jobs.length > 0) schedule();
}

/** Runs `work` in idle time, after every job queued later; the returned function cancels it. */
export function whenIdle(work: () => void): () => void {
  const job: Job = { work, cancelled: false };
  jobs.push(job);
  schedule();
  return () => {
    job.cancelled = true;
  };
}
