/**
 * Days and clock times as the demo tools read and report them, in the server's local time:
 * "today", "tomorrow", weekday names and ISO dates in; `YYYY-MM-DD`, `HH:MM` and weekday names out.
 */
import { invalidArgument } from '../../errors';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** `YYYY-MM-DD` of a local date. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Midnight (local) of the day `days` after `date`'s day. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** `Friday` for a Friday. */
export function weekdayOf(date: Date): string {
  const name = WEEKDAYS[date.getDay()];
  return name[0].toUpperCase() + name.slice(1);
}

/** Whole days from `from`'s day to `to`'s day (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((addDays(to, 0).getTime() - addDays(from, 0).getTime()) / 86_400_000);
}

/** `HH:MM` → minutes after midnight. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes after midnight → `HH:MM`. */
export const clockOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `YYYY-MM-DD HH:MM` (local): how tickets report when something happened. */
export function localStamp(date: Date): string {
  return `${isoDate(date)} ${clockOf(date.getHours() * 60 + date.getMinutes())}`;
}

/** The words every day argument accepts, for tool descriptions and error messages. */
export const DAY_WORDS = '"today", "tomorrow", a weekday such as "friday", or a date YYYY-MM-DD';

/**
 * "today" (or nothing), "tomorrow", "yesterday", a weekday ("friday", "on friday", "next monday":
 * the next one, today included unless "next" is said) or an ISO date → that local day.
 * Throws `invalid_argument` for anything else.
 */
export function resolveCalendarDate(input: string | undefined, now: Date): Date {
  const text = (input ?? '').trim().toLowerCase().replace(/^on\s+/, '');
  const today = addDays(now, 0);
  if (text === '' || text === 'today' || text === 'tonight' || text === 'now') return today;
  if (text === 'tomorrow') return addDays(today, 1);
  if (text === 'yesterday') return addDays(today, -1);
  const weekday = text.match(/^(next\s+|this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/);
  if (weekday) {
    let ahead = (WEEKDAYS.indexOf(weekday[2]) - today.getDay() + 7) % 7;
    if (ahead === 0 && weekday[1]?.startsWith('next')) ahead = 7;
    return addDays(today, ahead);
  }
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) {
    const date = new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    if (isoDate(date) === text) return date;
  }
  throw invalidArgument(`date must be "today", "tomorrow", "yesterday", a weekday or YYYY-MM-DD (got ${JSON.stringify(input)})`);
}
