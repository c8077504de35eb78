import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, TurnState } from '../../state/types';
import { MessageItem } from './message-item';

const message: ChatMessage = { id: 'a1', role: 'assistant', text: 'The first half of', createdAt: 1, turnId: 't1' };
const turn = (extra: Partial<TurnState>): TurnState => ({
  turnId: 't1',
  requestId: 'r1',
  threadId: 'th',
  agentId: 'a',
  status: 'finished',
  startedAt: 0,
  tools: [],
  retries: [],
  notices: [],
  replyMessageId: 'a1',
  ...extra,
});
const render = (t: TurnState | null) => renderToStaticMarkup(createElement(MessageItem, { message, turn: t, shownToolCalls: new Set<string>() }));

describe('message card: a reply cut short by the model', () => {
  it('notes the output limit and the content filter under the reply', () => {
    expect(render(turn({ finishReason: 'length' }))).toMatch(/data-testid="message-cut-short"[^>]*>Reply cut short: output limit</);
    expect(render(turn({ finishReason: 'content-filter' }))).toContain('Reply cut short: content filter');
  });

  it('says nothing for a finished reply, another message of the turn, or an unknown turn', () => {
    expect(render(turn({ finishReason: 'stop' }))).not.toContain('message-cut-short');
    expect(render(turn({ finishReason: 'length', replyMessageId: 'a0' }))).not.toContain('message-cut-short');
    expect(render(null)).not.toContain('message-cut-short');
  });
});
