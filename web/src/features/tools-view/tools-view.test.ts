import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoAgent } from '../../api/test-fixtures';
import { schemaFields, typeOf } from './schema-fields';
import { ToolsView } from './tools-view';

/** JSON Schemas as the server's zod declarations produce them (`z.toJSONSchema`, input side). */
const weather = {
  type: 'object',
  properties: {
    city: { type: 'string', minLength: 1, maxLength: 100, description: 'City name, for example "Paris"' },
    date: { description: '"today", "tomorrow" or YYYY-MM-DD; default today', type: 'string', maxLength: 40 },
  },
  required: ['city'],
};
const booking = {
  type: 'object',
  properties: {
    ticketId: { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0, maximum: 9007199254740991 }], description: 'Ticket number' },
    priority: { type: 'string', enum: ['low', 'medium', 'high'] },
    durationMinutes: { type: 'integer', minimum: 5, maximum: 480, default: 30 },
    attendees: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1 } },
    tags: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
    anything: {},
  },
  required: ['ticketId'],
};

describe('schema fields', () => {
  it('reads each argument: name, type, required, description and limits, in declaration order', () => {
    expect(schemaFields(weather)).toEqual([
      { name: 'city', type: 'string', required: true, description: 'City name, for example "Paris"', constraints: ['1-100 characters'] },
      { name: 'date', type: 'string', required: false, description: '"today", "tomorrow" or YYYY-MM-DD; default today', constraints: ['at most 40 characters'] },
    ]);
  });

  it('writes unions, enums, arrays and integers as a reader expects, leaving out the integer range zod always adds', () => {
    const fields = Object.fromEntries(schemaFields(booking).map((f) => [f.name, f]));
    expect(fields.ticketId).toMatchObject({ type: 'string | integer', required: true, constraints: [] });
    expect(fields.priority.type).toBe('"low" | "medium" | "high"');
    expect(fields.durationMinutes).toMatchObject({ type: 'integer', constraints: ['5-480', 'default 30'] });
    expect(fields.attendees).toMatchObject({ type: 'string[]', constraints: ['at most 20 items'] });
    expect(fields.tags.type).toBe('(string | null)[]');
    expect(fields.anything).toMatchObject({ type: 'any', required: false });
  });

  it('finds no arguments in a schema without properties, or in something that is not a schema', () => {
    expect(schemaFields({ type: 'object' })).toEqual([]);
    expect(schemaFields(null)).toEqual([]);
    expect(schemaFields('object')).toEqual([]);
    expect(typeOf({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeOf({ const: 'fixed' })).toBe('"fixed"');
  });
});

describe('tools view', () => {
  const tools = [
    { name: 'get_weather', description: 'Get the weather for a city.', parameters: weather },
    { name: 'get_calendar', description: "List the day's events.", parameters: { type: 'object', properties: {} } },
  ];
  const render = (agent: Parameters<typeof ToolsView>[0]['agent']) => renderToStaticMarkup(createElement(ToolsView, { agent }));

  it('lists each tool with its description, its arguments and its JSON Schema', () => {
    const html = render(demoAgent('personal_assistant', 8000, { tools }));
    expect([...html.matchAll(/data-testid="tool-item" data-tool-name="([^"]+)"/g)].map((m) => m[1])).toEqual(['get_weather', 'get_calendar']);
    expect(html).toContain('<p class="small" data-testid="tool-description">Get the weather for a city.</p>');
    expect(html).toMatch(/data-arg-name="city"><td><code>city<\/code><\/td><td><code>string<\/code><\/td>/);
    expect(html).toMatch(/data-arg-name="date"><td><code>date<\/code><span class="muted small"> \(optional\)<\/span>/);
    expect(html).toContain('1-100 characters');
    expect(html).toContain('<pre class="code-block json-block" data-testid="tool-schema">{\n  &quot;type&quot;: &quot;object&quot;');
    expect(html).toContain('No arguments.');
  });

  it('says so for an agent without tools, and waits for the agent', () => {
    expect(render(demoAgent('plain', 8000))).toContain('data-testid="tools-empty">plain has no tools.');
    expect(render(null)).toContain('Loading the agent');
  });
});
