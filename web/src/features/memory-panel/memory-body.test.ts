import { describe, expect, it } from 'vitest';
import { toolResultText } from './memory-body';

describe('toolResultText', () => {
  it('splits a stored tool result into the tool and indented JSON', () => {
    const parsed = toolResultText('get_weather result: {"city":"Lisbon","forecast":[{"day":"today","tempC":21}]}');
    expect(parsed?.tool).toBe('get_weather');
    expect(parsed?.json).toBe(JSON.stringify({ city: 'Lisbon', forecast: [{ day: 'today', tempC: 21 }] }, null, 2));
    expect(parsed?.json.split('\n').length).toBeGreaterThan(3);
  });

  it('takes arrays, and keeps every value exactly', () => {
    const parsed = toolResultText('list_events result: [{"title":"Stand-up","minutes":15,"ok":true,"note":null}]');
    expect(JSON.parse(parsed!.json)).toEqual([{ title: 'Stand-up', minutes: 15, ok: true, note: null }]);
  });

  it('leaves plain text, sentences that mention a result, and broken JSON alone', () => {
    expect(toolResultText('User likes sushi.')).toBeNull();
    expect(toolResultText('The exam result: I passed!')).toBeNull();
    expect(toolResultText('get_weather result: sunny and warm')).toBeNull();
    expect(toolResultText('get_weather result: {"city": "Lisbon"')).toBeNull();
  });
});
