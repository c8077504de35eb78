/** The demo tools (deterministic, clearly labelled demo data). */
import type { Tool } from '../types';
import { addCalendarEventTool } from './add-calendar-event';
import { getCalendarTool } from './calendar';
import { closeTicketTool } from './close-ticket';
import { createTaskTool } from './create-task';
import { escalateTicketTool } from './escalate-ticket';
import { getTicketStatusTool } from './ticket-status';
import { getWeatherTool } from './weather';

export { getWeatherTool, demoWeather, WEATHER_SOURCE, type WeatherReport } from './weather';
export {
  getTicketStatusTool,
  demoTicketStatus,
  normalizeTicketId,
  ticketIdSchema,
  TICKET_PRIORITIES,
  TICKET_SOURCE,
  type TicketStatus,
} from './ticket-status';
export { escalateTicketTool, demoEscalation, type TicketEscalation } from './escalate-ticket';
export { closeTicketTool, demoClosure, DEFAULT_RESOLUTION, type TicketClosure } from './close-ticket';
export {
  getCalendarTool,
  createCalendarTool,
  demoCalendarDay,
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
  demoBooking,
  parseClockTime,
  EVENT_SOURCE,
  type BookedEvent,
  type BookingRequest,
  type CalendarEventToolOptions,
} from './add-calendar-event';

/** Names of every demo tool. */
export type DemoToolName = 'get_weather' | 'get_ticket_status' | 'escalate_ticket' | 'close_ticket' | 'get_calendar' | 'create_task' | 'add_calendar_event';

/** Every demo tool, by name. */
export const demoTools: Record<DemoToolName, Tool> = {
  get_weather: getWeatherTool,
  get_ticket_status: getTicketStatusTool,
  escalate_ticket: escalateTicketTool,
  close_ticket: closeTicketTool,
  get_calendar: getCalendarTool,
  create_task: createTaskTool,
  add_calendar_event: addCalendarEventTool,
};
