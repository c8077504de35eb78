/**
 * `add_calendar_event`: books a meeting on the user's demo calendar. Deterministic, and honest
 * about being a demo: it checks the slot against the same made-up agenda `get_calendar` shows
 * (and reports overlaps), but it saves nothing — `get_calendar` will not list the new event.
 */
import { z } from 'zod';
import { invalidArgument } from '../../errors';
import { defineTool } from '../tool';
import { demoCalendarDay, resolveCalendarDate, type CalendarEvent } from './calendar';
import { seedOf } from './demo-random';

/** Stamped on every booking, so neither the model nor the user takes it for a real event. */
export const EVENT_SOURCE = 'demo data — not added to a real calendar';

/** A booking as `add_calendar_event` reports it. */
export interface BookedEvent {
  /** `EVT-` and five digits; the same booking always gets the same id. */
  eventId: string;
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  weekday: string;
  /** Local start time, `HH:MM`. */
  time: string;
  durationMinutes: number;
  attendees: string[];
  /** Events of the demo agenda that overlap the booking. */
  conflicts: CalendarEvent[];
  source: typeof EVENT_SOURCE;
}

/** Options of the booking tool. */
export interface CalendarEventToolOptions {
  /** Clock used to resolve "today", "tomorrow" and weekday names (server local time). Default: `() => new Date()`. */
  now?: () => Date;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `15:00`, `9:30`, `3pm`, `3:30 pm`, `noon` → `HH:MM`. Throws `invalid_argument` for anything else. */
export function parseClockTime(input: string): string {
  const text = input.trim().toLowerCase().replace(/\./g, '');
  if (text === 'noon' || text === 'midday') return '12:00';
  const m = text.match(/^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/);
  if (m) {
    let hour = Number(m[1]);
    const minute = Number(m[2] ?? '0');
    if (m[3] && (hour < 1 || hour > 12)) hour = -1;
    else if (m[3] === 'pm' && hour < 12) hour += 12;
    else if (m[3] === 'am' && hour === 12) hour = 0;
    if (hour >= 0 && hour <= 23 && minute <= 59) return clock(hour * 60 + minute);
  }
  throw invalidArgument(`time must be HH:MM, "3pm" or "noon" (got ${JSON.stringify(input)})`);
}

function overlapping(events: CalendarEvent[], start: number, duration: number): CalendarEvent[] {
  return events.filter((e) => {
    const from = minutesOf(e.time);
    return from < start + duration && start < from + e.durationMinutes;
  });
}

/** The first half-hour slot between 09:00 and 17:00 that the demo agenda leaves free, else 09:00. */
function firstFreeSlot(events: CalendarEvent[], duration: number): number {
  for (let start = 9 * 60; start + duration <= 17 * 60; start += 30) {
    if (overlapping(events, start, duration).length === 0) return start;
  }
  return 9 * 60;
}

/** The arguments of `add_calendar_event`: what to book, on which day, and optionally when and with whom. */
export interface BookingRequest {
  title: string;
  date: string;
  time?: string;
  durationMinutes?: number;
  attendees?: string[];
}

/** The demo booking; without a time it takes the first free slot of that day's demo agenda. */
export function demoBooking(request: BookingRequest, now: Date): BookedEvent {
  const day = demoCalendarDay(resolveCalendarDate(request.date, now));
  const duration = request.durationMinutes ?? 30;
  const start = request.time ? minutesOf(parseClockTime(request.time)) : firstFreeSlot(day.events, duration);
  const title = request.title.replace(/\s+/g, ' ').trim();
  const attendees = (request.attendees ?? []).map((a) => a.trim()).filter(Boolean);
  return {
    eventId: `EVT-${10000 + (seedOf(`event:${day.date}:${clock(start)}:${title.toLowerCase()}`) % 90000)}`,
    title,
    date: day.date,
    weekday: day.weekday,
    time: clock(start),
    durationMinutes: duration,
    attendees,
    conflicts: overlapping(day.events, start, duration),
    source: EVENT_SOURCE,
  };
}

/** Builds the booking tool with an injectable clock (tests pin "today"). */
export function createAddCalendarEventTool(options: CalendarEventToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'add_calendar_event',
    description:
      'Book a meeting or call on the user\'s calendar for a day (and time). Without a time it picks the first free slot. ' +
      'Demo tool: checks the demo agenda for overlaps but saves nothing to a real calendar.',
    schema: z.object({
      title: z.string().trim().min(1).max(200).describe('e.g. "Meeting with Sam about the Q3 budget"'),
      date: z.string().trim().min(1).max(40).describe('"today", "tomorrow", a weekday such as "friday", or a date YYYY-MM-DD'),
      time: z.string().max(20).optional().describe('Start time, e.g. "15:00" or "3pm"; omit to take the first free slot'),
      durationMinutes: z.number().int().min(5).max(480).optional().describe('Length in minutes, default 30'),
      attendees: z.array(z.string().trim().min(1).max(100)).max(20).optional().describe('Who else is invited'),
    }),
    execute: (args) => demoBooking(args, now()),
  });
}

/** `add_calendar_event` on the server's clock. */
export const addCalendarEventTool = createAddCalendarEventTool();
