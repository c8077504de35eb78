/**
 * `add_calendar_event`: books a meeting on the user's demo calendar. The booking is kept per
 * user in Redis, so `get_calendar` lists it from then on; overlaps with the day's other events
 * are reported, and a time that has already passed is refused.
 */
import { z } from 'zod';
import { invalidArgument } from '../../errors';
import { defineTool } from '../tool';
import { bookedEvents, saveBooking, type Booking } from './bookings';
import { demoAgenda, eventAt, overlapping, type CalendarEvent, type CalendarToolOptions } from './calendar';
import { DAY_WORDS, clockOf, isoDate, minutesOf, resolveCalendarDate, weekdayOf } from './dates';
import { seedOf } from './demo-random';
import { recordsOf } from './records';

/** Stamped on every booking, so neither the model nor the user takes it for a real event. */
export const EVENT_SOURCE = 'demo data — saved to your demo calendar, not a real one';

/** A booking as `add_calendar_event` reports it. */
export interface BookedEvent {
  /** `EVT-` and five digits; the same booking always gets the same id. */
  eventId: string;
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  weekday: string;
  /** Local start and end time, `HH:MM`. */
  time: string;
  endTime: string;
  durationMinutes: number;
  attendees: string[];
  /** True when exactly this booking was made before: nothing new was added. */
  alreadyBooked: boolean;
  /** Other events of that day that overlap the booking. */
  conflicts: CalendarEvent[];
  source: typeof EVENT_SOURCE;
}

/** Options of the booking tool. */
export type CalendarEventToolOptions = CalendarToolOptions;

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
    if (hour >= 0 && hour <= 23 && minute <= 59) return clockOf(hour * 60 + minute);
  }
  throw invalidArgument(`time must be HH:MM, "3pm" or "noon" (got ${JSON.stringify(input)})`);
}

const DAY_START = 9 * 60;
const DAY_END = 17 * 60;

/** The first half-hour slot between 09:00 and 17:00 (and not before `earliest`) that the day leaves free. */
function firstFreeSlot(events: CalendarEvent[], duration: number, earliest: number): number | undefined {
  for (let start = Math.max(DAY_START, Math.ceil(earliest / 30) * 30); start + duration <= DAY_END; start += 30) {
    if (overlapping(events, start, duration).length === 0) return start;
  }
  return undefined;
}

/** The arguments of `add_calendar_event`: what to book, on which day, and optionally when and with whom. */
export interface BookingRequest {
  title: string;
  date: string;
  time?: string;
  durationMinutes?: number;
  attendees?: string[];
}

/**
 * The booking a request asks for on a day that already holds `events`: at the given time, or
 * the first free slot. Throws `invalid_argument` for a day or time that has passed, or a day
 * with no free slot left.
 */
export function planBooking(request: BookingRequest, events: CalendarEvent[], now: Date): Booking {
  const day = resolveCalendarDate(request.date, now);
  const date = isoDate(day);
  const today = isoDate(now);
  if (date < today) throw invalidArgument(`${date} has passed; book today or a later day`);
  const duration = request.durationMinutes ?? 30;
  const nowMinutes = date === today ? now.getHours() * 60 + now.getMinutes() : 0;
  let start: number;
  if (request.time) {
    start = minutesOf(parseClockTime(request.time));
    if (start < nowMinutes) throw invalidArgument(`${clockOf(start)} today has passed (it is ${clockOf(nowMinutes)}); pick a later time or day`);
    if (start + duration > 24 * 60) throw invalidArgument(`a ${duration}-minute event at ${clockOf(start)} would run past midnight`);
  } else {
    const free = firstFreeSlot(events, duration, nowMinutes);
    if (free === undefined) throw invalidArgument(`no free ${duration}-minute slot is left between 09:00 and 17:00 on ${date}; give a time`);
    start = free;
  }
  const title = request.title.replace(/\s+/g, ' ').trim();
  return {
    ...eventAt(title, start, duration),
    eventId: `EVT-${10000 + (seedOf(`event:${date}:${clockOf(start)}:${title.toLowerCase()}`) % 90000)}`,
    date,
    attendees: (request.attendees ?? []).map((a) => a.trim()).filter(Boolean),
    bookedByYou: true,
  };
}

/** Builds the booking tool with an injectable clock (tests pin "today"). */
export function createAddCalendarEventTool(options: CalendarEventToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'add_calendar_event',
    description:
      "Book a meeting or call on the user's calendar for a day (and time). Without a time it picks the first free slot. " +
      'Reports overlaps with the other events of that day; get_calendar lists the booking from then on. Demo calendar, kept per user in Redis.',
    schema: z.object({
      title: z.string().trim().min(1).max(200).describe('e.g. "Meeting with Sam about the Q3 budget"'),
      date: z.string().trim().min(1).max(40).describe(DAY_WORDS),
      time: z.string().max(20).optional().describe('Start time, e.g. "15:00" or "3pm"; omit to take the first free slot'),
      durationMinutes: z.number().int().min(5).max(480).optional().describe('Length in minutes, default 30'),
      attendees: z.array(z.string().trim().min(1).max(100)).max(20).optional().describe('Who else is invited'),
    }),
    execute: async (args, context): Promise<BookedEvent> => {
      const records = recordsOf(context, 'add_calendar_event');
      const at = now();
      const day = resolveCalendarDate(args.date, at);
      const date = isoDate(day);
      const events = [...demoAgenda(day), ...(await bookedEvents(records, date))];
      const planned = planBooking({ ...args, date }, events, at);
      const { booking, created } = await saveBooking(records, planned);
      const start = minutesOf(booking.time);
      return {
        eventId: booking.eventId,
        title: booking.title,
        date: booking.date,
        weekday: weekdayOf(day),
        time: booking.time,
        endTime: booking.endTime,
        durationMinutes: booking.durationMinutes,
        attendees: booking.attendees,
        alreadyBooked: !created,
        conflicts: overlapping(events, start, booking.durationMinutes).filter((e) => e.eventId !== booking.eventId),
        source: EVENT_SOURCE,
      };
    },
  });
}

/** `add_calendar_event` on the server's clock. */
export const addCalendarEventTool = createAddCalendarEventTool();
