/** The demo tools (deterministic, clearly labelled demo data). */
import type { Tool } from '../types';
import { getCalendarTool } from './calendar';
import { getTicketStatusTool } from './ticket-status';
import { getWeatherTool } from './weather';

export { getWeatherTool, demoWeather, WEATHER_SOURCE, type WeatherReport } from './weather';
export { getTicketStatusTool, demoTicketStatus, normalizeTicketId, TICKET_SOURCE, type TicketStatus } from './ticket-status';
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

/** Every demo tool, by name. */
export const demoTools: Record<'get_weather' | 'get_ticket_status' | 'get_calendar', Tool> = {
  get_weather: getWeatherTool,
  get_ticket_status: getTicketStatusTool,
  get_calendar: getCalendarTool,
};
