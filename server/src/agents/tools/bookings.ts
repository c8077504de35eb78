/**
 * The events a user booked with `add_calendar_event`: one record per event in a collection per
 * day (`events_2025-03-17`), so `get_calendar` reads one day without scanning the rest.
 */
import type { ToolRecords } from '../tool-context';
import type { CalendarEvent } from './calendar';
import { clockOf, minutesOf } from './dates';

const collectionOf = (date: string) => `events_${date}`;

/** A booked event with its day. */
export interface Booking extends CalendarEvent {
  eventId: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  attendees: string[];
  bookedByYou: true;
}

function toFields(b: Booking): Record<string, string> {
  return { event_id: b.eventId, date: b.date, time: b.time, duration_minutes: String(b.durationMinutes), title: b.title, attendees: JSON.stringify(b.attendees) };
}

function fromFields(f: Record<string, string>): Booking {
  const duration = Number(f.duration_minutes) || 30;
  let attendees: string[] = [];
  try {
    const parsed: unknown = JSON.parse(f.attendees ?? '[]');
    if (Array.isArray(parsed)) attendees = parsed.map(String);
  } catch {
    // A hand-edited field: the event still shows, without its attendees.
  }
  return { eventId: f.event_id, date: f.date, time: f.time, endTime: clockOf(minutesOf(f.time) + duration), title: f.title, durationMinutes: duration, attendees, bookedByYou: true };
}

/** The user's bookings on one day (`YYYY-MM-DD`). */
export async function bookedEvents(records: ToolRecords, date: string): Promise<Booking[]> {
  return (await records.list(collectionOf(date))).map((r) => fromFields(r.fields));
}

/** Saves a booking; when the same booking (same id) exists already, returns the stored one and false. */
export async function saveBooking(records: ToolRecords, booking: Booking): Promise<{ booking: Booking; created: boolean }> {
  if (await records.put(collectionOf(booking.date), booking.eventId, toFields(booking), 0)) return { booking, created: true };
  const stored = await records.get(collectionOf(booking.date), booking.eventId);
  return { booking: stored ? fromFields(stored.fields) : booking, created: false };
}
