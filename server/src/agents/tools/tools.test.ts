import { describe, expect, it } from 'vitest';
import { runTool, toolSpec } from '../tool';
import {
  CALENDAR_SOURCE,
  TICKET_SOURCE,
  WEATHER_SOURCE,
  createCalendarTool,
  demoTools,
  demoWeather,
  getTicketStatusTool,
  getWeatherTool,
  normalizeTicketId,
  resolveCalendarDate,
  type CalendarDay,
  type TicketStatus,
  type WeatherReport,
} from './index';

describe('demoTools', () => {
  it('lists the three tools under their names, each with an object schema', () => {
    expect(Object.keys(demoTools).sort()).toEqual(['get_calendar', 'get_ticket_status', 'get_weather']);
    for (const [name, tool] of Object.entries(demoTools)) {
      expect(tool.name).toBe(name);
      expect(toolSpec(tool).parameters).toMatchObject({ type: 'object' });
    }
    expect(toolSpec(getWeatherTool).parameters).toMatchObject({ required: ['city'] });
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
