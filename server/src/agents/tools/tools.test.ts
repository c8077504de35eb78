import { describe, expect, it } from 'vitest';
import { runTool, toolSpec } from '../tool';
import {
  CALENDAR_SOURCE,
  DEFAULT_RESOLUTION,
  EVENT_SOURCE,
  TASK_SOURCE,
  TICKET_SOURCE,
  WEATHER_SOURCE,
  closeTicketTool,
  createAddCalendarEventTool,
  createCalendarTool,
  createCreateTaskTool,
  demoCalendarDay,
  demoTicketStatus,
  demoTools,
  demoWeather,
  escalateTicketTool,
  getTicketStatusTool,
  getWeatherTool,
  normalizeTicketId,
  parseClockTime,
  resolveCalendarDate,
  type BookedEvent,
  type CalendarDay,
  type CreatedTask,
  type TicketClosure,
  type TicketEscalation,
  type TicketStatus,
  type WeatherReport,
} from './index';

describe('demoTools', () => {
  it('lists the seven tools under their names, each with an object schema', () => {
    expect(Object.keys(demoTools).sort()).toEqual(['add_calendar_event', 'close_ticket', 'create_task', 'escalate_ticket', 'get_calendar', 'get_ticket_status', 'get_weather']);
    for (const [name, tool] of Object.entries(demoTools)) {
      expect(tool.name).toBe(name);
      expect(toolSpec(tool).parameters).toMatchObject({ type: 'object' });
    }
    expect(toolSpec(getWeatherTool).parameters).toMatchObject({ required: ['city'] });
    expect(toolSpec(escalateTicketTool).parameters).toMatchObject({ required: ['ticketId', 'reason'] });
    expect(toolSpec(closeTicketTool).parameters).toMatchObject({ required: ['ticketId'] });
    expect(toolSpec(demoTools.create_task).parameters).toMatchObject({ required: ['title'] });
    expect(toolSpec(demoTools.add_calendar_event).parameters).toMatchObject({ required: ['title', 'date'] });
  });
});

describe('get_weather', () => {
  it('is stable per city (case and spacing ignored), labelled as demo data, in plausible ranges', async () => {
    const a = (await runTool(getWeatherTool, { city: 'Paris' })).result as WeatherReport;
    const b = (await runTool(getWeatherTool, { city: '  paris ' })).result as WeatherReport;
    expect({ ...b, city: 'Paris' }).toEqual(a);
    expect(a.source).toBe(WEATHER_SOURCE);
    expect(a.source).toMatch(/demo data/);
    expect(a.temperatureC).toBeGreaterThanOrEqual(-4);
    expect(a.temperatureC).toBeLessThanOrEqual(31);
    expect(a.windKph).toBeGreaterThanOrEqual(0);
    expect(typeof a.condition).toBe('string');
  });

  it('gives different cities different weather', () => {
    const reports = ['Paris', 'Berlin', 'Lyon', 'Tokyo', 'Lima', 'Oslo'].map((c) => JSON.stringify({ ...demoWeather(c), city: '' }));
    expect(new Set(reports).size).toBeGreaterThan(3);
  });

  it('rejects a missing city as a clear error result', async () => {
    const run = await runTool(getWeatherTool, { city: '  ' });
    expect(run.isError).toBe(true);
    expect(JSON.stringify(run.result)).toMatch(/city/);
  });
});

describe('get_ticket_status', () => {
  it('accepts 12345, support_ticket_12345 and a number and answers the same', async () => {
    const a = (await runTool(getTicketStatusTool, { ticketId: '12345' })).result as TicketStatus;
    const b = (await runTool(getTicketStatusTool, { ticketId: 'support_ticket_12345' })).result as TicketStatus;
    const c = (await runTool(getTicketStatusTool, { ticketId: 12345 })).result as TicketStatus;
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a).toMatchObject({ ticketId: '12345', threadId: 'support_ticket_12345', source: TICKET_SOURCE });
    expect(a.lastUpdate).toMatch(/^2025-\d{2}-\d{2}$/);
    expect(['open', 'in progress', 'waiting on customer', 'escalated', 'resolved', 'closed']).toContain(a.status);
  });

  it('rejects something that is not a ticket number', async () => {
    const run = await runTool(getTicketStatusTool, { ticketId: 'abc' });
    expect(run.isError).toBe(true);
    expect(JSON.stringify(run.result)).toMatch(/ticket number such as 12345/);
  });

  it('normalizes ids', () => {
    expect(normalizeTicketId('#42')).toBe('42');
    expect(normalizeTicketId('Ticket 42')).toBe('42');
    expect(normalizeTicketId('support_ticket_x')).toBeUndefined();
  });
});

describe('get_calendar', () => {
  // Friday 14 March 2025, 10:00 local time.
  const now = new Date(2025, 2, 14, 10, 0, 0);
  const calendar = createCalendarTool({ now: () => now });

  it('resolves today, tomorrow, weekdays and ISO dates', () => {
    const day = (input?: string) => {
      const d = resolveCalendarDate(input, now);
      return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
    };
    expect(day(undefined)).toBe('2025-3-14');
    expect(day('today')).toBe('2025-3-14');
    expect(day('Tomorrow')).toBe('2025-3-15');
    expect(day('monday')).toBe('2025-3-17');
    expect(day('friday')).toBe('2025-3-14');
    expect(day('next friday')).toBe('2025-3-21');
    expect(day('2025-12-24')).toBe('2025-12-24');
    expect(() => resolveCalendarDate('2025-02-30', now)).toThrowError(/YYYY-MM-DD/);
    expect(() => resolveCalendarDate('someday', now)).toThrowError(/YYYY-MM-DD/);
  });

  it('lists stable, sorted events for a day, labelled as demo data', async () => {
    const a = (await runTool(calendar, { date: 'tomorrow' })).result as CalendarDay;
    const b = (await runTool(calendar, { date: '2025-03-15' })).result as CalendarDay;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ date: '2025-03-15', weekday: 'Saturday', source: CALENDAR_SOURCE });
    const weekday = (await runTool(calendar, {})).result as CalendarDay;
    expect(weekday.date).toBe('2025-03-14');
    expect(weekday.events.length).toBeGreaterThanOrEqual(2);
    const times = weekday.events.map((e) => e.time);
    expect([...times].sort()).toEqual(times);
    for (const e of weekday.events) expect(e.time).toMatch(/^\d{2}:\d{2}$/);
  });

  it('answers a bad date with an error result instead of throwing', async () => {
    const run = await runTool(calendar, { date: 'the day after never' });
    expect(run).toMatchObject({ isError: true, result: { error: { code: 'tool_failed' } } });
  });
});

describe('escalate_ticket', () => {
  const PRIORITY = ['low', 'medium', 'high', 'urgent'];

  it('escalates with a stable id, at least high priority, a second-line engineer and the reason, labelled as demo data', async () => {
    const a = (await runTool(escalateTicketTool, { ticketId: 'support_ticket_12345', reason: 'Router keeps rebooting; restarted it twice' })).result as TicketEscalation;
    const b = (await runTool(escalateTicketTool, { ticketId: 12345, reason: 'another reason' })).result as TicketEscalation;
    expect(a).toMatchObject({ ticketId: '12345', threadId: 'support_ticket_12345', status: 'escalated', reason: 'Router keeps rebooting; restarted it twice', source: TICKET_SOURCE });
    expect({ ...b, reason: a.reason }).toEqual(a);
    expect(a.escalationId).toMatch(/^ESC-\d{5}$/);
    expect(a.previousPriority).toBe(demoTicketStatus('12345').priority);
    expect(PRIORITY.indexOf(a.priority)).toBeGreaterThanOrEqual(2);
    expect(a.assignedTo).toMatch(/^\w+ \w+$/);
    expect(a.respondWithin).toMatch(/hour/);
  });

  it('raises every priority: never lower, urgent stays urgent', async () => {
    for (let id = 100; id < 140; id++) {
      const e = (await runTool(escalateTicketTool, { ticketId: String(id), reason: 'customer asked' })).result as TicketEscalation;
      expect(PRIORITY.indexOf(e.priority)).toBeGreaterThanOrEqual(Math.min(3, Math.max(2, PRIORITY.indexOf(e.previousPriority) + 1)));
    }
  });

  it('needs a reason and a ticket number', async () => {
    const noReason = await runTool(escalateTicketTool, { ticketId: '12345', reason: '  ' });
    expect(noReason.isError).toBe(true);
    expect(JSON.stringify(noReason.result)).toMatch(/reason/);
    const badId = await runTool(escalateTicketTool, { ticketId: 'abc', reason: 'x' });
    expect(JSON.stringify(badId.result)).toMatch(/ticket number such as 12345/);
  });
});

describe('close_ticket', () => {
  it('closes with the given resolution, or the default one, labelled as demo data', async () => {
    const a = (await runTool(closeTicketTool, { ticketId: '#777', resolution: 'Updating the firmware fixed it.' })).result as TicketClosure;
    expect(a).toMatchObject({ ticketId: '777', threadId: 'support_ticket_777', status: 'closed', resolution: 'Updating the firmware fixed it.', reopenWithinDays: 14, source: TICKET_SOURCE });
    expect(a.previousStatus).toBe(demoTicketStatus('777').status);
    const b = (await runTool(closeTicketTool, { ticketId: '777' })).result as TicketClosure;
    expect(b.resolution).toBe(DEFAULT_RESOLUTION);
  });

  it('says when a ticket was already closed', async () => {
    const closedId = Array.from({ length: 500 }, (_, i) => String(1000 + i)).find((id) => demoTicketStatus(id).status === 'closed');
    expect(closedId).toBeDefined();
    const run = (await runTool(closeTicketTool, { ticketId: closedId })).result as TicketClosure;
    expect(run.alreadyClosed).toBe(true);
  });
});

describe('create_task', () => {
  // Friday 14 March 2025, 10:00 local time.
  const now = new Date(2025, 2, 14, 10, 0, 0);
  const tasks = createCreateTaskTool({ now: () => now });

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

describe('add_calendar_event', () => {
  const now = new Date(2025, 2, 14, 10, 0, 0);
  const booking = createAddCalendarEventTool({ now: () => now });

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

  it('books at the given time and reports overlaps with the demo agenda of that day', async () => {
    const monday = demoCalendarDay(new Date(2025, 2, 17));
    const first = monday.events[0];
    const run = (await runTool(booking, { title: 'Meeting with Sam', date: 'monday', time: first.time, attendees: ['Sam'] })).result as BookedEvent;
    expect(run).toMatchObject({ title: 'Meeting with Sam', date: '2025-03-17', weekday: 'Monday', time: first.time, durationMinutes: 30, attendees: ['Sam'], source: EVENT_SOURCE });
    expect(run.eventId).toMatch(/^EVT-\d{5}$/);
    expect(run.conflicts).toContainEqual(first);
  });

  it('without a time takes the first free slot of the day', async () => {
    const run = (await runTool(booking, { title: 'Focus time', date: 'tomorrow', durationMinutes: 60 })).result as BookedEvent;
    expect(run.date).toBe('2025-03-15');
    expect(run.conflicts).toEqual([]);
    expect(run.time >= '09:00' && run.time <= '16:00').toBe(true);
  });

  it('rejects a bad date or time as an error result', async () => {
    expect((await runTool(booking, { title: 'x', date: 'never' })).isError).toBe(true);
    expect((await runTool(booking, { title: 'x', date: 'today', time: 'teatime' })).isError).toBe(true);
    expect((await runTool(booking, { title: 'x', date: 'today', durationMinutes: 1000 })).isError).toBe(true);
  });
});
