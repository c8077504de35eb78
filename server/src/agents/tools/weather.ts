/**
 * `get_weather`: a deterministic demo forecast for a city and a day (today or up to six days
 * ahead), clearly labelled as not real. The same city and date always get the same report, and
 * the days of one city vary around that city's own climate rather than at random.
 */
import { z } from 'zod';
import { invalidArgument } from '../../errors';
import { defineTool } from '../tool';
import { DAY_WORDS, addDays, daysBetween, isoDate, resolveCalendarDate, weekdayOf } from './dates';
import { DemoRandom } from './demo-random';

/** Stamped on every report, so neither the model nor the user takes it for a real forecast. */
export const WEATHER_SOURCE = 'demo data — not a real forecast';

/** How many days after today the demo forecast covers. */
export const FORECAST_DAYS = 6;

/** A forecast as `get_weather` reports it. */
export interface WeatherReport {
  city: string;
  /** ISO date, `YYYY-MM-DD`, of the day the report is for. */
  date: string;
  weekday: string;
  /** 0 for today, 1 for tomorrow, … */
  daysAhead: number;
  condition: string;
  temperatureC: number;
  windKph: number;
  windDirection: string;
  humidityPercent: number;
  source: typeof WEATHER_SOURCE;
}

/** Options of the weather tool. */
export interface WeatherToolOptions {
  /** Clock used to resolve "today", "tomorrow" and weekday names (server local time). Default: `() => new Date()`. */
  now?: () => Date;
}

const CONDITIONS = ['sunny', 'partly cloudy', 'cloudy', 'light rain', 'showers', 'thunderstorms', 'foggy', 'windy'] as const;
/** At or below freezing the sky has fewer options (no thunderstorms at -4 °C). */
const COLD_CONDITIONS = ['clear', 'cloudy', 'light snow', 'snow', 'foggy'] as const;
const DIRECTIONS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The demo weather of a city on a day; the same city (any case or spacing) and day always get the same report. */
export function demoWeather(city: string, day: Date = new Date(), today: Date = day): WeatherReport {
  const name = city.replace(/\s+/g, ' ').trim();
  // The city's climate is fixed; each day moves a few degrees around it.
  const climate = new DemoRandom(`weather:${name.toLowerCase()}`).int(-4, 31);
  const random = new DemoRandom(`weather:${name.toLowerCase()}:${isoDate(day)}`);
  const temperatureC = climate + random.int(-4, 4);
  const condition: string = temperatureC <= 0 ? random.pick(COLD_CONDITIONS) : random.pick(CONDITIONS);
  return {
    city: name,
    date: isoDate(day),
    weekday: weekdayOf(day),
    daysAhead: daysBetween(today, day),
    condition,
    temperatureC,
    windKph: random.int(2, 45),
    windDirection: random.pick(DIRECTIONS),
    humidityPercent: random.int(25, 95),
    source: WEATHER_SOURCE,
  };
}

/** The day a weather request is for; throws `invalid_argument` outside today … today + FORECAST_DAYS. */
export function forecastDay(input: string | undefined, now: Date): Date {
  const day = resolveCalendarDate(input, now);
  const ahead = daysBetween(now, day);
  if (ahead < 0 || ahead > FORECAST_DAYS) {
    throw invalidArgument(`the forecast covers today through ${isoDate(addDays(now, FORECAST_DAYS))}; ${isoDate(day)} is ${ahead < 0 ? 'in the past' : 'too far ahead'}`);
  }
  return day;
}

/** Builds the weather tool with an injectable clock (tests pin "today"). */
export function createWeatherTool(options: WeatherToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'get_weather',
    description: `Get the weather for a city today or a forecast up to ${FORECAST_DAYS} days ahead. Demo tool: returns made-up but stable data, not a real forecast.`,
    schema: z.object({
      city: z.string().trim().min(1).max(100).describe('City name, for example "Paris"'),
      date: z.string().max(40).optional().describe(`${DAY_WORDS}; default today`),
    }),
    execute: ({ city, date }) => {
      const at = now();
      return demoWeather(city, forecastDay(date, at), at);
    },
  });
}

/** `get_weather` on the server's clock. */
export const getWeatherTool = createWeatherTool();
