/** `get_weather`: a deterministic demo forecast, clearly labelled as not real. */
import { z } from 'zod';
import { defineTool } from '../tool';
import { DemoRandom } from './demo-random';

/** Stamped on every report, so neither the model nor the user takes it for a real forecast. */
export const WEATHER_SOURCE = 'demo data — not a real forecast';

/** A forecast as `get_weather` reports it. */
export interface WeatherReport {
  city: string;
  condition: string;
  temperatureC: number;
  windKph: number;
  windDirection: string;
  humidityPercent: number;
  source: typeof WEATHER_SOURCE;
}

const CONDITIONS = ['sunny', 'partly cloudy', 'cloudy', 'light rain', 'showers', 'thunderstorms', 'foggy', 'windy'] as const;
/** At or below freezing the sky has fewer options (no thunderstorms at -4 °C). */
const COLD_CONDITIONS = ['clear', 'cloudy', 'light snow', 'snow', 'foggy'] as const;
const DIRECTIONS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The demo weather for a city; the same city (any case or spacing) always gets the same report. */
export function demoWeather(city: string): WeatherReport {
  const name = city.replace(/\s+/g, ' ').trim();
  const random = new DemoRandom(`weather:${name.toLowerCase()}`);
  const temperatureC = random.int(-4, 31);
  const condition: string = temperatureC <= 0 ? random.pick(COLD_CONDITIONS) : random.pick(CONDITIONS);
  return {
    city: name,
    condition,
    temperatureC,
    windKph: random.int(2, 45),
    windDirection: random.pick(DIRECTIONS),
    humidityPercent: random.int(25, 95),
    source: WEATHER_SOURCE,
  };
}

/** `get_weather`: the demo forecast for a city. */
export const getWeatherTool = defineTool({
  name: 'get_weather',
  description: 'Get the current weather for a city. Demo tool: returns made-up but stable data, not a real forecast.',
  schema: z.object({
    city: z.string().trim().min(1).max(100).describe('City name, for example "Paris"'),
  }),
  execute: ({ city }) => demoWeather(city),
});
