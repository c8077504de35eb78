import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TurnState } from '../../state/types';
import { TracePanel } from './trace-panel';
import { initialState } from '../../state/reducer';

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
function render(t: TurnState): { html: string; text: string } {
  const state = { ...initialState, currentThreadId: T, turns: { t1: t }, turnOrder: ['t1'] };
  const html = renderToStaticMarkup(createElement(TracePanel, { state }));
  return { html, text: html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/\s+/g, ' ') };
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
