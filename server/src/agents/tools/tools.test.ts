/** The demo tools without tickets (see ticket-tools.test.ts): the list, weather by day, the calendar and its bookings, tasks. */
import { describe, expect, it } from 'vitest';
import { runTool, toolSpec, withToolContext } from '../tool';
import type { Tool } from '../types';
import {
  CALENDAR_SOURCE,
  EVENT_SOURCE,
  FORECAST_DAYS,
  InMemoryToolRecords,
  TASK_SOURCE,
  WEATHER_SOURCE,
  closeTicketTool,
  createAddCalendarEventTool,
  createCalendarTool,
  createCreateTaskTool,
  createWeatherTool,
  demoAgenda,
  demoTools,
  demoWeather,
  escalateTicketTool,
  getWeatherTool,
  parseClockTime,
  resolveCalendarDate,
  type BookedEvent,
  type CalendarDay,
  type CreatedTask,
  type WeatherReport,
} from './index';
import { addDays, isoDate, minutesOf } from './dates';

// Friday 14 March 2025, 10:00 local time.
const now = new Date(2025, 2, 14, 10, 0, 0);
const clock = { now: () => now };

describe('demoTools', () => {
  it('lists the eight tools under their names, each with an object schema', () => {
    expect(Object.keys(demoTools).sort()).toEqual(['add_calendar_event', 'close_ticket', 'create_task', 'escalate_ticket', 'get_calendar', 'get_ticket_status', 'get_weather', 'open_ticket']);
    for (const [name, tool] of Object.entries(demoTools)) {
      expect(tool.name).toBe(name);
      expect(toolSpec(tool).parameters).toMatchObject({ type: 'object' });
    }
    expect(toolSpec(getWeatherTool).parameters).toMatchObject({ required: ['city'] });
    expect(toolSpec(demoTools.open_ticket).parameters).toMatchObject({ required: ['subject'] });
    expect(toolSpec(escalateTicketTool).parameters).toMatchObject({ required: ['ticketId', 'reason'] });
    expect(toolSpec(closeTicketTool).parameters).toMatchObject({ required: ['ticketId'] });
    expect(toolSpec(demoTools.create_task).parameters).toMatchObject({ required: ['title'] });
    expect(toolSpec(demoTools.add_calendar_event).parameters).toMatchObject({ required: ['title', 'date'] });
  });
});

describe('get_weather', () => {
  const weather = createWeatherTool(clock);
  const report = async (args: Record<string, unknown>) => (await runTool(weather, args)).result as WeatherReport;

  it('is stable per city (case and spacing ignored) and day, labelled as demo data, in plausible ranges', async () => {
    const a = await report({ city: 'Paris' });
    expect({ ...(await report({ city: '  paris ' })), city: 'Paris' }).toEqual(a);
    expect(await report({ city: 'Paris', date: 'today' })).toEqual(a);
    expect(a).toMatchObject({ date: '2025-03-14', weekday: 'Friday', daysAhead: 0, source: WEATHER_SOURCE });
    expect(a.temperatureC).toBeGreaterThanOrEqual(-8);
    expect(a.temperatureC).toBeLessThanOrEqual(35);
    expect(a.humidityPercent).toBeGreaterThanOrEqual(25);
  });

  it('answers for the day asked — tomorrow, a weekday, an ISO date — the same every time', async () => {
    const tomorrow = await report({ city: 'Oslo', date: 'tomorrow' });
    expect(tomorrow).toMatchObject({ city: 'Oslo', date: '2025-03-15', weekday: 'Saturday', daysAhead: 1 });
    expect(await report({ city: 'oslo ', date: 'Tomorrow' })).toEqual({ ...tomorrow, city: 'oslo' });
    expect(await report({ city: 'Oslo', date: 'saturday' })).toEqual(tomorrow);
    expect(await report({ city: 'Oslo', date: '2025-03-15' })).toEqual(tomorrow);
    expect(await report({ city: 'Oslo', date: 'on Wednesday' })).toMatchObject({ date: '2025-03-19', daysAhead: 5 });
    // The days differ, and stay close to the city's climate.
    const week = await Promise.all(Array.from({ length: FORECAST_DAYS + 1 }, (_, i) => report({ city: 'Oslo', date: isoDate(addDays(now, i)) })));
    expect(new Set(week.map((w) => `${w.condition}/${w.temperatureC}/${w.windKph}`)).size).toBeGreaterThan(3);
    const temps = week.map((w) => w.temperatureC);
    expect(Math.max(...temps) - Math.min(...temps)).toBeLessThanOrEqual(8);
  });

  it('never reports thunderstorms below freezing', () => {
    for (const city of ['Paris', 'Oslo', 'Lima', 'Tokyo', 'Nuuk', 'Cairo', 'Perth', 'Reykjavik']) {
      for (let i = 0; i <= FORECAST_DAYS; i++) {
        const w = demoWeather(city, addDays(now, i), now);
        if (w.temperatureC <= 0) expect(['clear', 'cloudy', 'light snow', 'snow', 'foggy']).toContain(w.condition);
      }
    }
  });

  it('refuses days outside the forecast and a missing city, as clear error results', async () => {
    for (const [date, why] of [['yesterday', /in the past/], ['2025-03-21', /too far ahead/], ['someday', /YYYY-MM-DD/]] as const) {
      const run = await runTool(weather, { city: 'Paris', date });
      expect(run.isError).toBe(true);
      expect(JSON.stringify(run.result)).toMatch(why);
    }
    expect(JSON.stringify((await runTool(weather, { city: 'Paris', date: 'yesterday' })).result)).toMatch(/today through 2025-03-20/);
    const noCity = await runTool(getWeatherTool, { city: '  ' });
    expect(noCity.isError).toBe(true);
    expect(JSON.stringify(noCity.result)).toMatch(/city/);
  });
});

describe('the calendar', () => {
  it('resolves today, tomorrow, weekdays and ISO dates', () => {
    const day = (input?: string) => isoDate(resolveCalendarDate(input, now));
    expect(day(undefined)).toBe('2025-03-14');
    expect(day('today')).toBe('2025-03-14');
    expect(day('Tomorrow')).toBe('2025-03-15');
    expect(day('monday')).toBe('2025-03-17');
    expect(day('friday')).toBe('2025-03-14');
    expect(day('on friday')).toBe('2025-03-14');
    expect(day('next friday')).toBe('2025-03-21');
    expect(day('2025-12-24')).toBe('2025-12-24');
    expect(() => resolveCalendarDate('2025-02-30', now)).toThrowError(/YYYY-MM-DD/);
    expect(() => resolveCalendarDate('someday', now)).toThrowError(/YYYY-MM-DD/);
  });

  it('makes plausible agendas: a 15-minute stand-up every weekday, usual lengths, nothing overlapping, in working hours', () => {
    for (let i = 0; i < 120; i++) {
      const date = addDays(now, i);
      const events = demoAgenda(date);
      expect(demoAgenda(date)).toEqual(events);
      const weekend = date.getDay() === 0 || date.getDay() === 6;
      const standUps = events.filter((e) => e.title === 'Team stand-up');
      expect(standUps.map((e) => e.durationMinutes)).toEqual(weekend ? [] : [15]);
      if (!weekend) expect(events.length).toBeGreaterThanOrEqual(2);
      for (const [n, e] of events.entries()) {
        expect(minutesOf(e.endTime) - minutesOf(e.time)).toBe(e.durationMinutes);
        if (!weekend) expect(e.time >= '09:00' && e.endTime <= '18:00').toBe(true);
        if (/1:1|call|Lunch/.test(e.title)) expect(e.durationMinutes).toBeLessThanOrEqual(60);
        const next = events[n + 1];
        if (next) expect(next.time >= e.endTime).toBe(true);
      }
    }
  });

  it("marks what is over today, all of a past day, and nothing of a later day", async () => {
    const calendar = createCalendarTool(clock);
    const today = (await runTool(calendar, {})).result as CalendarDay;
    expect(today).toMatchObject({ date: '2025-03-14', weekday: 'Friday', source: CALENDAR_SOURCE });
    for (const e of today.events) expect(Boolean(e.ended)).toBe(minutesOf(e.endTime) <= 10 * 60);
    expect(today.events.some((e) => e.ended)).toBe(true);
    const yesterday = (await runTool(calendar, { date: 'yesterday' })).result as CalendarDay;
    expect(yesterday.events.every((e) => e.ended)).toBe(true);
    const monday = (await runTool(calendar, { date: 'monday' })).result as CalendarDay;
    expect(monday.events.some((e) => e.ended)).toBe(false);
    expect((await runTool(calendar, { date: 'the day after never' })).isError).toBe(true);
  });
});

describe('add_calendar_event', () => {
  const userTools = (records = new InMemoryToolRecords()) => {
    const [book, calendar] = withToolContext([createAddCalendarEventTool(clock), createCalendarTool(clock)], { records });
    return { book: (args: Record<string, unknown>) => runTool(book, args), day: async (date: string) => (await runTool(calendar, { date })).result as CalendarDay };
  };

  it('parses clock times', () => {
    expect(parseClockTime('15:00')).toBe('15:00');
    expect(parseClockTime('9:30')).toBe('09:30');
    expect(parseClockTime('3pm')).toBe('15:00');
    expect(parseClockTime('3:30 p.m.')).toBe('15:30');
    expect(parseClockTime('12am')).toBe('00:00');
    expect(parseClockTime('noon')).toBe('12:00');
    expect(() => parseClockTime('25:00')).toThrowError(/HH:MM/);
    expect(() => parseClockTime('13pm')).toThrowError(/HH:MM/);
  });

  it('keeps the booking: get_calendar lists it from then on, for this user only', async () => {
    const ada = userTools();
    const monday = demoAgenda(new Date(2025, 2, 17));
    const first = monday[0];
    const run = (await ada.book({ title: 'Meeting with Sam', date: 'monday', time: first.time, attendees: ['Sam'] })).result as BookedEvent;
    expect(run).toMatchObject({ title: 'Meeting with Sam', date: '2025-03-17', weekday: 'Monday', time: first.time, durationMinutes: 30, attendees: ['Sam'], alreadyBooked: false, source: EVENT_SOURCE });
    expect(run.eventId).toMatch(/^EVT-\d{5}$/);
    expect(run.conflicts).toContainEqual(first);
    const listed = (await ada.day('2025-03-17')).events.filter((e) => e.bookedByYou);
    expect(listed).toEqual([{ time: first.time, endTime: run.endTime, title: 'Meeting with Sam', durationMinutes: 30, eventId: run.eventId, attendees: ['Sam'], bookedByYou: true }]);
    expect((await userTools().day('2025-03-17')).events.some((e) => e.bookedByYou)).toBe(false);
  });

  it('books the same thing once, and reports an earlier booking as a conflict of the next', async () => {
    const ada = userTools();
    const a = (await ada.book({ title: 'Budget sync', date: 'tomorrow', time: '15:00', durationMinutes: 60 })).result as BookedEvent;
    const again = (await ada.book({ title: 'budget  sync', date: '2025-03-15', time: '3pm', durationMinutes: 60 })).result as BookedEvent;
    expect(again).toMatchObject({ eventId: a.eventId, alreadyBooked: true });
    expect((await ada.day('tomorrow')).events.filter((e) => e.bookedByYou)).toHaveLength(1);
    const overlap = (await ada.book({ title: 'Call with Priya', date: 'tomorrow', time: '15:30' })).result as BookedEvent;
    expect(overlap.conflicts.map((c) => c.title)).toContain('Budget sync');
  });

  it('without a time takes the first free slot of the day, after now when it is today', async () => {
    const ada = userTools();
    const later = (await ada.book({ title: 'Focus time', date: 'monday', durationMinutes: 60 })).result as BookedEvent;
    expect(later.conflicts).toEqual([]);
    expect(later.time >= '09:00' && later.endTime <= '17:00').toBe(true);
    const today = (await ada.book({ title: 'Quick chat', date: 'today' })).result as BookedEvent;
    expect(today.time >= '10:00').toBe(true);
    expect(today.conflicts).toEqual([]);
  });

  it('refuses a day or a time that has passed, a bad time, and a day with no free slot, as error results', async () => {
    const ada = userTools();
    expect(JSON.stringify((await ada.book({ title: 'x', date: 'yesterday' })).result)).toMatch(/2025-03-13 has passed/);
    expect(JSON.stringify((await ada.book({ title: 'x', date: 'today', time: '08:00' })).result)).toMatch(/08:00 today has passed \(it is 10:00\)/);
    expect((await ada.book({ title: 'x', date: 'never' })).isError).toBe(true);
    expect((await ada.book({ title: 'x', date: 'today', time: 'teatime' })).isError).toBe(true);
    expect((await ada.book({ title: 'x', date: 'today', durationMinutes: 1000 })).isError).toBe(true);
    expect(JSON.stringify((await ada.book({ title: 'Offsite', date: 'monday', durationMinutes: 480 })).result)).toMatch(/no free 480-minute slot/);
  });
});

describe('create_task', () => {
  const tasks: Tool = createCreateTaskTool(clock);

  it('adds a task with a resolved due day and a stable id, labelled as demo data', async () => {
    const a = (await runTool(tasks, { title: '  Send the   report ', due: 'monday' })).result as CreatedTask;
    expect(a).toMatchObject({ title: 'Send the report', due: '2025-03-17', dueWeekday: 'Monday', list: 'Work', status: 'open', source: TASK_SOURCE });
    expect(a.taskId).toMatch(/^TASK-\d{4}$/);
    expect((await runTool(tasks, { title: 'send the report', due: '2025-03-17' })).result).toMatchObject({ taskId: a.taskId });
    const undated = (await runTool(tasks, { title: 'Call Sam' })).result as CreatedTask;
    expect(undated.due).toBeUndefined();
    expect(undated.dueWeekday).toBeUndefined();
  });

  it('rejects an empty title and an unknown due day as error results', async () => {
    expect((await runTool(tasks, { title: ' ' })).isError).toBe(true);
    expect(await runTool(tasks, { title: 'x', due: 'someday' })).toMatchObject({ isError: true, result: { error: { code: 'tool_failed' } } });
  });
});
