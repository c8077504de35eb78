import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TurnState } from '../../state/types';
import { TracePanel } from './trace-panel';
import { initialState } from '../../state/reducer';
import { modelContext } from '../../state/reducers/test-fixtures';

const T = 'support_ticket_12345';

function turn(extra: Partial<TurnState> = {}): TurnState {
  return {
    turnId: 't1',
    requestId: 'r1',
    threadId: T,
    agentId: 'personal_assistant',
    status: 'finished',
    startedAt: 0,
    tools: [],
    retries: [],
    notices: [],
    timings: { memorySearch: 3, model: 1200, tools: 0, historyWrite: 2, memoryWrite: 4, total: 1210 },
    ...extra,
  };
}

/** The trace panel as text, tags stripped, so the assertions read like what the attendee sees. */
function render(t: TurnState, ...more: TurnState[]): { html: string; text: string } {
  const all = [t, ...more];
  const state = { ...initialState, currentThreadId: T, turns: Object.fromEntries(all.map((x) => [x.turnId, x])), turnOrder: all.map((x) => x.turnId) };
  const html = renderToStaticMarkup(createElement(TracePanel, { state }));
  return { html, text: html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ') };
}

describe('trace panel: model details of a turn', () => {
  it('shows tokens next to the model time, retries, the cut-short reason and notices', () => {
    const { html, text } = render(
      turn({
        usage: { inputTokens: 812, outputTokens: 64 },
        retries: [
          { attempt: 1, delayMs: 400, reason: 'HTTP 429' },
          { attempt: 2, delayMs: 600, reason: 'HTTP 429' },
        ],
        retryCount: 2,
        finishReason: 'length',
        notices: [{ source: 'facts', message: 'the offline extractor read the facts' }],
      }),
    );
    expect(text).toContain('model1.2 s tokens 812 in · 64 out');
    expect(text).toContain('retried 2× (HTTP 429, waited 1.0 s)');
    expect(text).toContain('reply cut short: output limit');
    expect(text).toContain('facts: the offline extractor read the facts');
    for (const id of ['trace-tokens', 'trace-retries', 'trace-finish', 'trace-notice']) expect(html).toContain(`data-testid="${id}"`);
  });

  it('adds nothing to a clean turn that finished on its own', () => {
    const { html } = render(turn({ finishReason: 'stop' }));
    expect(html).not.toContain('trace-notes');
    expect(html).not.toContain('data-testid="trace-tokens"');
  });

  it('names the content filter', () => {
    expect(render(turn({ finishReason: 'content-filter' })).text).toContain('reply cut short: content filter');
  });
});

describe('trace panel: tool calls', () => {
  it('shows each call with its arguments, its result as pretty JSON and its duration', () => {
    const { html, text } = render(
      turn({ tools: [{ id: 'c1', name: 'get_weather', arguments: { city: 'Paris' }, result: { city: 'Paris', temperatureC: 21 }, isError: false, ms: 7 }] }),
    );
    expect(html).toContain('data-testid="trace-tool-call" data-tool-name="get_weather" data-status="done"');
    expect(html).toContain('<pre class="code-block json-block" data-testid="trace-tool-args">{\n  &quot;city&quot;: &quot;Paris&quot;\n}</pre>');
    expect(html).toContain('&quot;temperatureC&quot;: 21');
    expect(text).toContain('get_weatherdone7 ms');
    // Short results are shown as they are, not folded.
    expect(html).not.toContain('json-fold');
  });

  it('folds a long result behind a summary that says how long it is, and marks a failed call', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ slot: i, title: `meeting ${i}` }));
    const { html, text } = render(
      turn({
        tools: [
          { id: 'c1', name: 'get_calendar', arguments: { date: 'today' }, result: { events: rows }, isError: false, ms: 3 },
          { id: 'c2', name: 'get_weather', arguments: {}, result: { error: { code: 'invalid_arguments', message: 'city: required' } }, isError: true, ms: 1 },
          { id: 'c3', name: 'get_weather', arguments: { city: 'Oslo' } },
        ],
      }),
    );
    expect(html).toMatch(/<details class="json-fold"><summary class="muted small">result: \d+ lines, \d+ characters<\/summary><pre[^>]*data-testid="trace-tool-result">/);
    expect(html).toContain('data-tool-name="get_weather" data-status="failed"');
    expect(text).toContain('error{ "error": { "code": "invalid_arguments"');
    expect(html).toContain('data-tool-name="get_weather" data-status="running"');
  });
});

describe('trace panel: context inspector', () => {
  it('shows what the model was sent, part by part, with tokens, and the count the model reported', () => {
    const { html, text } = render(turn({ modelContext: modelContext(1, 120), usage: { inputTokens: 131, outputTokens: 9 } }));
    expect(html).toContain('data-testid="context-turn-tokens" data-tokens="120"');
    expect(text).toContain('Context sent to the model ~120 tokens');
    expect(text).toContain('instructions · the system prompt~12 tokens');
    expect(text).toContain('You are a friendly personal assistant.');
    expect(text).toContain('memories · 1 injected~14 tokens');
    expect(text).toContain('## Memories - User name: Ada');
    expect(text).toContain('history · 2 messages (window: newest 40)~19 tokens');
    expect(text).toContain('user: Hi, I am Ada · ~8');
    expect(text).toContain('user message~11 tokens');
    expect(text).toContain('tool definitions · get_weather~40 tokens');
    expect(text).toContain('Reported by the model for the turn: 131 tokens in · 9 tokens out');
    expect(html).not.toContain('context-tool-rounds');
  });

  it('says when nothing was injected and when a text was cut, and shows the tool rounds of a later call', () => {
    const context = modelContext(2, 150, 260, {
      memories: undefined,
      instructions: { text: 'x'.repeat(40), chars: 9000, truncated: true, tokens: 2250 },
      toolRounds: {
        messages: [
          { role: 'assistant', text: '', chars: 0, tokens: 12, toolCalls: ['get_weather'] },
          { role: 'tool', text: '{"temperatureC":21}', chars: 19, tokens: 9, toolName: 'get_weather' },
        ],
        count: 2,
        tokens: 21,
      },
    });
    const { text } = render(turn({ modelContext: context }));
    expect(text).toContain('~260 tokens over 2 model calls');
    expect(text).toContain('memories: none found, nothing injected');
    expect(text).toContain('first 40 of 9,000 characters shown');
    expect(text).toContain('tool rounds · 2 messages of this turn~21 tokens');
    expect(text).toContain('assistant calls get_weather · ~12');
    expect(text).toContain('tool (get_weather): {"temperatureC":21}');
  });

  it('says how many older history messages were sent but not listed', () => {
    const base = modelContext(1, 900);
    const { text } = render(turn({ modelContext: { ...base, history: { ...base.history, count: 62, window: 100 } } }));
    expect(text).toContain('history · 62 messages (window: newest 100)');
    expect(text).toContain('… 60 older messages not listed (counted in the tokens)');
  });

  it("adds up the thread's turns: estimated tokens, and reported ones when the model gives them", () => {
    const one = turn({ turnId: 't1', modelContext: modelContext(1, 100) });
    const two = turn({ turnId: 't2', modelContext: modelContext(2, 150, 260), usage: { inputTokens: 270, outputTokens: 30 } });
    const { html, text } = render(one, two);
    expect(html).toContain('data-testid="trace-thread-tokens" data-estimated="360"');
    expect(text).toContain('This thread so far: ~360 tokens sent to the model over 2 turns · reported: 270 tokens in, 30 tokens out');
    expect(render(turn()).html).not.toContain('trace-thread-tokens');
  });
});
