/** Timing helpers for the benchmarks: bounded sample loops, percentiles and ratios. */

export interface Summary {
  /** Samples taken. */
  n: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/** The value at quantile `q` (0..1) of the samples, nearest-rank on a sorted copy. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(samples: number[]): Summary {
  return {
    n: samples.length,
    medianMs: round(quantile(samples, 0.5)),
    p95Ms: round(quantile(samples, 0.95)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
  };
}

export interface LoopLimits {
  /** Untimed calls first (JIT, caches, connections). */
  warmup?: number;
  /** Timed calls at most. */
  iterations: number;
  /** Stop timing after this long even when `iterations` is not reached (at least `minIterations`). */
  budgetMs?: number;
  minIterations?: number;
}

/**
 * Runs `fn` sequentially and returns one duration (ms) per timed call. `prepare` runs before each
 * call, outside the timing (e.g. another client writing, to make the next call cold).
 */
export async function timeLoop(fn: (i: number) => Promise<unknown>, limits: LoopLimits, prepare?: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < (limits.warmup ?? 0); i++) {
    if (prepare) await prepare(-1 - i);
    await fn(-1 - i);
  }
  const samples: number[] = [];
  const deadline = limits.budgetMs === undefined ? Infinity : performance.now() + limits.budgetMs;
  const minIterations = Math.min(limits.iterations, limits.minIterations ?? 10);
  for (let i = 0; i < limits.iterations; i++) {
    if (i >= minIterations && performance.now() > deadline) break;
    if (prepare) await prepare(i);
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** `value` as a multiple of `base` (2 significant digits above 10, one decimal place below). */
export function ratio(value: number, base: number): number {
  if (!(base > 0)) return Number.NaN;
  const r = value / base;
  return r >= 10 ? Math.round(r) : Math.round(r * 10) / 10;
}

export function round(ms: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}

/** Resident set size of this process in MiB. */
export function rssMiB(): number {
  return Math.round((process.memoryUsage().rss / (1024 * 1024)) * 10) / 10;
}
