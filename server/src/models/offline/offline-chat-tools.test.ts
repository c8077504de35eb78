/** The offline model with tools: calling them, answering from their results and recalling earlier results. */
import { describe, expect, it } from 'vitest';
import type { ToolCall } from '../../history/types';
import { InMemoryToolRecords, demoWeather } from '../../agents/tools';
import { addDays } from '../../agents/tools/dates';
import type { ModelMessage } from '../types';
import { collect, memory, model, request, say, toolRound } from './offline-chat-test-kit';

describe('OfflineChatModel: tools', () => {
  it('calls get_weather with the city from the text, then answers from the result as demo data', async () => {
    const { first, second } = await toolRound({ user: "What's the weather in Paris?" });
    expect(first.calls).toHaveLength(1);
    expect(first.calls[0]).toMatchObject({ name: 'get_weather', arguments: { city: 'Paris' } });
    expect(first.calls[0].id).toMatch(/^call_[0-9a-f]{8}$/);
    expect(first.finish).toBe('tool-calls');
    expect(first.deltas).toEqual([]);
    const w = demoWeather('Paris');
    expect(second.text).toContain(`The weather in **Paris**: ${w.condition}, ${w.temperatureC} °C`);
    expect(second.text).toMatch(/Demo data — not a real forecast/);
    expect(second.calls).toEqual([]);
    expect(second.finish).toBe('stop');
    expect(second.deltas.length).toBeGreaterThan(5);
  });

  it('asks for the weather of the day the user names, and answers for that day', async () => {
    const today = new Date();
    const cases: Array<[string, string, string | undefined, Date]> = [
      ["What's the weather in Paris tomorrow?", 'Paris', 'tomorrow', addDays(today, 1)],
      ['Will it rain in Oslo on 2099-01-01?', 'Oslo', '2099-01-01', new Date(2099, 0, 1)],
      ['Do I need an umbrella in Lisbon tonight?', 'Lisbon', 'tonight', today],
    ];
    for (const [user, city, date, day] of cases) {
      const first = await collect(model, request({ user }));
      expect(first.calls[0]).toMatchObject({ name: 'get_weather', arguments: date ? { city, date } : { city } });
      expect(first.calls[0].arguments.date).toBe(date);
      const { second } = await toolRound({ user });
      if (day.getFullYear() === 2099) {
        // Beyond the forecast range: the tool says so, and the answer passes it on instead of inventing a forecast.
        expect(second.text).toMatch(/^The get_weather call failed: .*the forecast covers today through \d{4}-\d{2}-\d{2}; 2099-01-01 is too far ahead/);
        continue;
      }
      const w = demoWeather(city, day, today);
      expect(second.text).toContain(`${w.condition}, ${w.temperatureC} °C`);
      if (date === 'tomorrow') expect(second.text).toMatch(new RegExp(`^The forecast for \\*\\*${city}\\*\\* tomorrow \\(${w.weekday} ${w.date}\\)`));
    }
    const friday = await collect(model, request({ user: 'weather in Berlin on Friday?' }));
    expect(friday.calls[0].arguments).toEqual({ city: 'Berlin', date: 'friday' });
  });

  it('takes the city from the location fact, else asks', async () => {
    const { first } = await toolRound({ user: "what's the weather like?", memories: [memory('User lives in Lyon.')] });
    expect(first.calls[0].arguments).toEqual({ city: 'Lyon' });
    const ask = await collect(model, request({ user: "what's the weather like?" }));
    expect(ask.calls).toEqual([]);
    expect(ask.text).toBe('Which city should I check the weather for?');
  });

  it('only calls tools that are offered', async () => {
    const out = await collect(model, request({ user: "What's the weather in Paris?", tools: [] }));
    expect(out.calls).toEqual([]);
    expect(out.text).toMatch(/don't have the weather tool/);
  });

  it('looks up a ticket from "support_ticket_12345" or from the conversation', async () => {
    const { first, second } = await toolRound({ user: "what's the status of support_ticket_12345?", records: new InMemoryToolRecords() });
    expect(first.calls[0]).toMatchObject({ name: 'get_ticket_status', arguments: { ticketId: '12345' } });
    // Never reported by this user: said so, with no made-up status.
    expect(second.text).toMatch(/^I have no ticket \*\*12345\*\* on record for you/);
    expect(second.text).not.toMatch(/priority|assigned|\*\*open\*\*/);
    expect(second.text).toMatch(/Demo data — not a real ticket system/);

    const history: ModelMessage[] = [{ role: 'user', text: 'Hi, I have a problem with ticket 777' }, { role: 'assistant', text: 'Sorry to hear that.' }];
    const again = await collect(model, request({ user: 'any update on my ticket?', history }));
    expect(again.calls[0]).toMatchObject({ name: 'get_ticket_status', arguments: { ticketId: '777' } });
    expect((await collect(model, request({ user: "what's the status of my ticket?" }))).text).toBe('Which ticket number should I look up?');
    // A problem reported with its number is recorded on that ticket, in the customer's words.
    const statement = await collect(model, request({ user: "My ticket number is 4242 and I still can't log in" }));
    expect(statement.calls[0]).toMatchObject({ name: 'open_ticket', arguments: { ticketId: '4242', subject: "My ticket number is 4242 and I still can't log in" } });
  });

  it('reads the calendar day from the text', async () => {
    const { first, second } = await toolRound({ user: "What's on my calendar tomorrow?" });
    expect(first.calls[0]).toMatchObject({ name: 'get_calendar', arguments: { date: 'tomorrow' } });
    expect(second.text).toMatch(/^(Your calendar for tomorrow|Nothing on your calendar for tomorrow)/);
    expect(second.text).toMatch(/Demo data — a made-up agenda plus what you booked here, not your real calendar/);
    const friday = await collect(model, request({ user: 'do I have any meetings next friday?' }));
    expect(friday.calls[0].arguments).toEqual({ date: 'next friday' });
    const today = await collect(model, request({ user: 'show my agenda' }));
    expect(today.calls[0].arguments).toEqual({});
  });

  it('reports a tool error result honestly', async () => {
    const call: ToolCall = { id: 'c1', name: 'get_weather', arguments: { city: '' } };
    const after: ModelMessage[] = [
      { role: 'assistant', text: '', toolCalls: [call] },
      { role: 'tool', text: JSON.stringify({ error: { code: 'invalid_arguments', message: 'invalid arguments for tool "get_weather": city: too small' } }), toolCallId: 'c1', toolName: 'get_weather' },
    ];
    expect(await say({ user: "what's the weather?", after })).toBe('The get_weather call failed: invalid arguments for tool "get_weather": city: too small');
  });

  it('recalls an earlier result from a tool memory without calling the tool again', async () => {
    const paris = demoWeather('Paris');
    const memories = [memory(`get_weather result: ${JSON.stringify(paris)}`, 'tool'), memory(`get_weather result: ${JSON.stringify(demoWeather('Oslo'))}`, 'tool')];
    const out = await collect(model, request({ user: 'What was the weather in Paris earlier?', memories }));
    expect(out.calls).toEqual([]);
    expect(out.text).toContain(`the weather in **Paris**: ${paris.condition}, ${paris.temperatureC} °C`);
    expect(out.text).toMatch(/said earlier/);
    expect(out.text).toMatch(/Demo data/);
  });

  it('recalls the last result of a tool from the conversation', async () => {
    const berlin = demoWeather('Berlin');
    const history: ModelMessage[] = [
      { role: 'user', text: "what's the weather in Berlin?" },
      { role: 'assistant', text: '', toolCalls: [{ id: 'w1', name: 'get_weather', arguments: { city: 'Berlin' } }] },
      { role: 'tool', text: JSON.stringify(berlin), toolCallId: 'w1' },
      { role: 'assistant', text: 'The weather in Berlin…' },
    ];
    const out = await collect(model, request({ user: 'what did the weather tool say?', history }));
    expect(out.calls).toEqual([]);
    expect(out.text).toContain(`**Berlin**: ${berlin.condition}`);
  });

  it('says it has no earlier result instead of calling the tool', async () => {
    const out = await collect(model, request({ user: 'What was the weather in Rome earlier?' }));
    expect(out.calls).toEqual([]);
    expect(out.text).toMatch(/^I don't have an earlier weather result for Rome/);
  });

  it('acknowledges facts together with the tool answer', async () => {
    const { first, second } = await toolRound({ user: "I live in Madrid. What's the weather?" });
    expect(first.calls[0].arguments).toEqual({ city: 'Madrid' });
    expect(second.text).toMatch(/^I'll remember that you live in Madrid\. The weather in \*\*Madrid\*\*/);
  });
});
