/** Small display helpers shared by the panels. */

/** "3 s ago", "5 min ago", or a date for anything older than a day; `when` in ms since the epoch. */
export function timeAgo(when: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - when) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(when).toLocaleDateString();
}

/** "42 ms" / "1.3 s". */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

/** A TTL in seconds as words; `-1`/null means none. */
export function ttl(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || seconds < 0) return 'none (kept until deleted)';
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

/** Pretty JSON for display (never throws). */
export function pretty(value: unknown): string {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The message of an error, or the thrown value as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
