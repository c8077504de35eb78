/** `get_calendar`: a deterministic demo agenda for a day, clearly labelled as not real. */
import { z } from 'zod';
import { invalidArgument } from '../../errors';
import { defineTool } from '../tool';
import { DemoRandom } from './demo-random';

/** Stamped on every agenda, so neither the model nor the user takes it for the real calendar. */
export const CALENDAR_SOURCE = 'demo data — not your real calendar';

/** One meeting on a demo agenda. */
export interface CalendarEvent {
  /** Local time, `HH:MM`. */
  time: string;
  title: string;
  durationMinutes: number;
}

/** A day's agenda as `get_calendar` reports it. */
export interface CalendarDay {
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  weekday: string;
  events: CalendarEvent[];
  source: typeof CALENDAR_SOURCE;
}

/** Options of the calendar tool. */
export interface CalendarToolOptions {
  /** Clock used to resolve "today", "tomorrow" and weekday names (server local time). Default: `() => new Date()`. */
  now?: () => Date;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WORK_EVENTS = ['Team stand-up', '1:1 with your manager', 'Design review', 'Customer call', 'Sprint planning', 'Lunch with a colleague', 'Focus time', 'Budget review', 'Interview panel', 'Workshop prep'];
const WEEKEND_EVENTS = ['Farmers market', 'Gym session', 'Brunch with friends', 'Call with family', 'Bike ride', 'Cinema'];

function iso(date: Date): string {
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  const dd = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${mm}-${dd}`;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/**
 * "today" (or nothing), "tomorrow", "yesterday", a weekday ("friday", "next monday": the next
 * one, today included unless "next" is said) or an ISO date → the calendar day.
 * Throws `invalid_argument` for anything else.
 */
export function resolveCalendarDate(input: string | undefined, now: Date): Date {
  const text = (input ?? '').trim().toLowerCase().replace(/^on\s+/, '');
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (text === '' || text === 'today' || text === 'tonight') return today;
  if (text === 'tomorrow') return addDays(today, 1);
  if (text === 'yesterday') return addDays(today, -1);
  const weekday = text.match(/^(next\s+|this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/);
  if (weekday) {
    let ahead = (WEEKDAYS.indexOf(weekday[2]) - today.getDay() + 7) % 7;
    if (ahead === 0 && weekday[1]?.startsWith('next')) ahead = 7;
    return addDays(today, ahead);
  }
  const isoDate = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (isoDate) {
    const date = new Date(Number(isoDate[1]), Number(isoDate[2]) - 1, Number(isoDate[3]));
    if (iso(date) === text) return date;
  }
  throw invalidArgument(`date must be "today", "tomorrow", "yesterday", a weekday or YYYY-MM-DD (got ${JSON.stringify(input)})`);
}

/** The demo agenda of a day; the same date always gets the same events. */
export function demoCalendarDay(date: Date): CalendarDay {
  const day = iso(date);
  const random = new DemoRandom(`calendar:${day}`);
  const weekend = date.getDay() === 0 || date.getDay() === 6;
  const pool = [...(weekend ? WEEKEND_EVENTS : WORK_EVENTS)];
  const count = weekend ? random.int(0, 2) : random.int(2, 4);
  const events: CalendarEvent[] = [];
  const usedHours = new Set<number>();
  while (events.length < count && pool.length > 0) {
    const title = pool.splice(random.int(0, pool.length - 1), 1)[0];
    let hour = random.int(8, 17);
    while (usedHours.has(hour)) hour = hour === 17 ? 8 : hour + 1;
    usedHours.add(hour);
    const minutes = random.pick([0, 15, 30, 45]);
    events.push({ time: `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, title, durationMinutes: random.pick([15, 30, 45, 60, 90]) });
  }
  events.sort((a, b) => a.time.localeCompare(b.time));
  const weekdayName = WEEKDAYS[date.getDay()];
  return { date: day, weekday: weekdayName[0].toUpperCase() + weekdayName.slice(1), events, source: CALENDAR_SOURCE };
}

/** Builds the calendar tool with an injectable clock (tests pin "today"). */
export function createCalendarTool(options: CalendarToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'get_calendar',
    description: 'List the events on the user\'s calendar for a day. Demo tool: returns made-up but stable data, not a real calendar.',
    schema: z.object({
      date: z.string().max(40).optional().describe('"today" (default), "tomorrow", a weekday such as "friday", or a date YYYY-MM-DD'),
    }),
    execute: ({ date }) => demoCalendarDay(resolveCalendarDate(date, now())),
  });
}

/** `get_calendar` on the server's clock. */
export const getCalendarTool = createCalendarTool();
