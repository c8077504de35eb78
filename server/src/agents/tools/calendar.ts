/**
 * `get_calendar`: a day of the user's calendar — a made-up but plausible working agenda (a
 * 15-minute stand-up, meetings of their usual length, nothing overlapping) plus everything the
 * user booked with `add_calendar_event`, kept per user in Redis. Events already over are marked.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { bookedEvents } from './bookings';
import { DAY_WORDS, clockOf, isoDate, minutesOf, resolveCalendarDate, weekdayOf } from './dates';
import { DemoRandom } from './demo-random';

export { resolveCalendarDate } from './dates';

/** Stamped on every agenda, so neither the model nor the user takes it for the real calendar. */
export const CALENDAR_SOURCE = 'demo data — a made-up agenda plus what you booked here, not your real calendar';

/** One event on a day. */
export interface CalendarEvent {
  /** Local start time, `HH:MM`. */
  time: string;
  /** Local end time, `HH:MM`. */
  endTime: string;
  title: string;
  durationMinutes: number;
  /** Set for events the user booked (`add_calendar_event`); the made-up agenda has none. */
  eventId?: string;
  attendees?: string[];
  bookedByYou?: true;
  /** The event is over already. */
  ended?: true;
}

/** A day's calendar as `get_calendar` reports it. */
export interface CalendarDay {
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  weekday: string;
  events: CalendarEvent[];
  source: typeof CALENDAR_SOURCE;
}

/** Options of the calendar tools. */
export interface CalendarToolOptions {
  /** Clock used to resolve "today", "tomorrow" and weekday names and to tell what is over (server local time). Default: `() => new Date()`. */
  now?: () => Date;
}

/** A kind of agenda entry: its usual lengths and the window its start falls in. */
interface EntryKind {
  title: string;
  durations: number[];
  from: string;
  to: string;
}

const STAND_UP: EntryKind = { title: 'Team stand-up', durations: [15], from: '09:15', to: '09:30' };
const WORK: EntryKind[] = [
  { title: '1:1 with your manager', durations: [30], from: '10:00', to: '16:30' },
  { title: 'Design review', durations: [45, 60], from: '10:00', to: '16:00' },
  { title: 'Customer call', durations: [30, 45], from: '10:00', to: '16:30' },
  { title: 'Sprint planning', durations: [60, 90], from: '10:00', to: '14:00' },
  { title: 'Lunch with a colleague', durations: [60], from: '12:00', to: '13:00' },
  { title: 'Focus time', durations: [90, 120], from: '13:00', to: '15:30' },
  { title: 'Budget review', durations: [45, 60], from: '10:00', to: '16:00' },
  { title: 'Interview panel', durations: [60], from: '10:00', to: '16:00' },
  { title: 'Workshop prep', durations: [30, 60], from: '09:45', to: '16:30' },
];
const WEEKEND: EntryKind[] = [
  { title: 'Farmers market', durations: [90], from: '09:00', to: '11:00' },
  { title: 'Gym session', durations: [60], from: '08:00', to: '17:00' },
  { title: 'Brunch with friends', durations: [90], from: '10:30', to: '12:00' },
  { title: 'Call with family', durations: [30], from: '16:00', to: '19:00' },
  { title: 'Bike ride', durations: [120], from: '09:00', to: '14:00' },
  { title: 'Cinema', durations: [150], from: '18:00', to: '20:30' },
];

/** Events among `events` that overlap `start` (minutes) for `duration` minutes. */
export function overlapping<E extends { time: string; durationMinutes: number }>(events: E[], start: number, duration: number): E[] {
  return events.filter((e) => {
    const from = minutesOf(e.time);
    return from < start + duration && start < from + e.durationMinutes;
  });
}

/** An event at `start` (minutes) lasting `duration` minutes. */
export function eventAt(title: string, start: number, duration: number): CalendarEvent {
  return { time: clockOf(start), endTime: clockOf(start + duration), title, durationMinutes: duration };
}

/** Puts an entry at the first free quarter hour of its window, scanning from a random point; undefined when none is free. */
function place(kind: EntryKind, placed: CalendarEvent[], random: DemoRandom): CalendarEvent | undefined {
  const duration = random.pick(kind.durations);
  const slots: number[] = [];
  for (let start = minutesOf(kind.from); start <= minutesOf(kind.to); start += 15) slots.push(start);
  const offset = random.int(0, slots.length - 1);
  for (let i = 0; i < slots.length; i++) {
    const start = slots[(offset + i) % slots.length];
    if (overlapping(placed, start, duration).length === 0) return eventAt(kind.title, start, duration);
  }
  return undefined;
}

/** The made-up agenda of a day: the same date always gets the same events, none overlapping. */
export function demoAgenda(date: Date): CalendarEvent[] {
  const random = new DemoRandom(`calendar:${isoDate(date)}`);
  const weekend = date.getDay() === 0 || date.getDay() === 6;
  const pool = [...(weekend ? WEEKEND : WORK)];
  const events: CalendarEvent[] = [];
  if (!weekend) events.push(place(STAND_UP, events, random)!);
  for (let wanted = weekend ? random.int(0, 2) : random.int(1, 3); wanted > 0 && pool.length > 0; wanted--) {
    const event = place(pool.splice(random.int(0, pool.length - 1), 1)[0], events, random);
    if (event) events.push(event);
  }
  return events.sort((a, b) => a.time.localeCompare(b.time));
}

/** The events of a day in time order, those over before `now` marked `ended`. */
export function calendarDay(date: Date, events: CalendarEvent[], now: Date): CalendarDay {
  const day = isoDate(date);
  const today = isoDate(now);
  const nowMinutes = now.getHours() * 60 + now.getMinutes();
  const marked = events.map((e) => (day < today || (day === today && minutesOf(e.time) + e.durationMinutes <= nowMinutes) ? { ...e, ended: true as const } : e));
  marked.sort((a, b) => a.time.localeCompare(b.time) || a.title.localeCompare(b.title));
  return { date: day, weekday: weekdayOf(date), events: marked, source: CALENDAR_SOURCE };
}

/** Builds the calendar tool with an injectable clock (tests pin "today"). */
export function createCalendarTool(options: CalendarToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'get_calendar',
    description:
      "List the events on the user's calendar for a day, including the ones they booked with add_calendar_event. " +
      'Demo calendar: a made-up agenda plus the user\'s own bookings, kept per user in Redis.',
    schema: z.object({
      date: z.string().max(40).optional().describe(`${DAY_WORDS}; default today`),
    }),
    execute: async ({ date }, context) => {
      const at = now();
      const day = resolveCalendarDate(date, at);
      // Without a user's records (a bare agent) the agenda alone is still a truthful answer.
      const booked = context.records ? (await bookedEvents(context.records, isoDate(day))).map(({ date: _date, ...event }) => event) : [];
      return calendarDay(day, [...demoAgenda(day), ...booked], at);
    },
  });
}

/** `get_calendar` on the server's clock. */
export const getCalendarTool = createCalendarTool();
