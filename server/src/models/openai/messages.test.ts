import { describe, expect, it } from 'vitest';
import type { ModelMessage } from '../types';
import { parseArguments, toChatMessages, toChatTools } from './messages';

describe('toChatMessages', () => {
  it('maps roles, tool calls and tool results to the Chat Completions shape', () => {
    const messages: ModelMessage[] = [
      { role: 'system', text: 'Be brief.' },
      { role: 'system', text: '## Memories\n- User lives in Porto.' },
      { role: 'user', text: 'Weather?' },
      { role: 'assistant', text: '', toolCalls: [{ id: 'c1', name: 'get_weather', arguments: { city: 'Porto' } }] },
      { role: 'tool', text: '{"forecast":"rain"}', toolCallId: 'c1', toolName: 'get_weather' },
    ];
    expect(toChatMessages(messages)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'system', content: '## Memories\n- User lives in Porto.' },
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Porto"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: '{"forecast":"rain"}' },
    ]);
  });

  it('drops the halves of a tool round that the history window cut (the API rejects them)', () => {
    const messages: ModelMessage[] = [
      { role: 'tool', text: 'orphan result', toolCallId: 'gone' },
      { role: 'assistant', text: 'Let me check.', toolCalls: [{ id: 'unanswered', name: 'get_weather', arguments: {} }] },
      { role: 'user', text: 'Hello' },
    ];
    expect(toChatMessages(messages)).toEqual([
      { role: 'assistant', content: 'Let me check.' },
      { role: 'user', content: 'Hello' },
    ]);
  });

  it('reads tool arguments leniently: anything but a JSON object is {}', () => {
    expect(parseArguments('{"city":"Oslo"}')).toEqual({ city: 'Oslo' });
    expect(parseArguments('')).toEqual({});
    expect(parseArguments('[1,2]')).toEqual({});
    expect(parseArguments('{"city": "Os')).toEqual({});
  });

  it('declares tools as functions with their JSON Schema', () => {
    const parameters = { type: 'object', properties: { city: { type: 'string' } } };
    expect(toChatTools([{ name: 'get_weather', description: 'Weather', parameters }])).toEqual([
      { type: 'function', function: { name: 'get_weather', description: 'Weather', parameters } },
    ]);
  });
});
