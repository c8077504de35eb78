/**
 * The demo tools: made-up but stable weather and agendas, clearly labelled, and the user's own
 * tickets and bookings, kept per user through the `ToolRecords` of the run context.
 */
import type { Tool } from '../types';
import { addCalendarEventTool } from './add-calendar-event';
import { getCalendarTool } from './calendar';
import { closeTicketTool } from './close-ticket';
import { createTaskTool } from './create-task';
import { escalateTicketTool } from './escalate-ticket';
import { openTicketTool } from './open-ticket';
import { getTicketStatusTool } from './ticket-status';
import { getWeatherTool } from './weather';

export { getWeatherTool, createWeatherTool, demoWeather, forecastDay, FORECAST_DAYS, WEATHER_SOURCE, type WeatherReport, type WeatherToolOptions } from './weather';
export {
  getTicketStatusTool,
  normalizeTicketId,
  ticketIdSchema,
  TICKET_PRIORITIES,
  TICKET_SOURCE,
  type TicketNotFound,
  type TicketPriority,
  type TicketState,
  type TicketStatus,
  type TicketToolOptions,
} from './ticket-status';
export { openTicketTool, createOpenTicketTool, type TicketOpening } from './open-ticket';
export { escalateTicketTool, createEscalateTicketTool, type EscalationRefused, type TicketEscalation } from './escalate-ticket';
export { closeTicketTool, createCloseTicketTool, DEFAULT_RESOLUTION, type TicketClosure } from './close-ticket';
export {
  getCalendarTool,
  createCalendarTool,
  calendarDay,
  demoAgenda,
  resolveCalendarDate,
  CALENDAR_SOURCE,
  type CalendarDay,
  type CalendarEvent,
  type CalendarToolOptions,
} from './calendar';
export { createTaskTool, createCreateTaskTool, demoTask, TASK_SOURCE, type CreatedTask, type TaskToolOptions } from './create-task';
export {
  addCalendarEventTool,
  createAddCalendarEventTool,
  parseClockTime,
  planBooking,
  EVENT_SOURCE,
  type BookedEvent,
  type BookingRequest,
  type CalendarEventToolOptions,
} from './add-calendar-event';
export { InMemoryToolRecords } from './records';

/** Names of every demo tool. */
export type DemoToolName = 'get_weather' | 'get_ticket_status' | 'open_ticket' | 'escalate_ticket' | 'close_ticket' | 'get_calendar' | 'create_task' | 'add_calendar_event';

/** Every demo tool, by name. */
export const demoTools: Record<DemoToolName, Tool> = {
  get_weather: getWeatherTool,
  get_ticket_status: getTicketStatusTool,
  open_ticket: openTicketTool,
  escalate_ticket: escalateTicketTool,
  close_ticket: closeTicketTool,
  get_calendar: getCalendarTool,
  create_task: createTaskTool,
  add_calendar_event: addCalendarEventTool,
};
