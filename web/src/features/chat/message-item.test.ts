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

describe('message card: its buttons', () => {
  const actions = { onEdit: () => undefined, onRegenerate: () => undefined, onRetry: () => undefined };
  const buttons = (m: ChatMessage, extra: { busy?: boolean; canRegenerate?: boolean; withActions?: boolean } = {}) =>
    [
      ...renderToStaticMarkup(
        createElement(MessageItem, { message: m, turn: null, shownToolCalls: new Set<string>(), actions: extra.withActions === false ? undefined : actions, busy: extra.busy, canRegenerate: extra.canRegenerate }),
      ).matchAll(/data-testid="(copy-message|edit-message|retry-message|regenerate-reply)"/g),
    ].map((match) => match[1]);
  const user: ChatMessage = { id: 'u1', role: 'user', text: 'Hi', createdAt: 1 };

  it('copies every user and assistant message; edits stored user messages; retries unsent ones; regenerates the last reply', () => {
    expect(buttons(user)).toEqual(['copy-message', 'edit-message']);
    expect(buttons({ ...user, failed: true })).toEqual(['copy-message', 'retry-message']);
    expect(buttons({ ...user, pending: true })).toEqual(['copy-message']);
    expect(buttons(message)).toEqual(['copy-message']);
    expect(buttons(message, { canRegenerate: true })).toEqual(['copy-message', 'regenerate-reply']);
    expect(buttons({ id: 't', role: 'tool', text: '{}', createdAt: 1 })).toEqual([]);
  });

  it('offers only Copy while a turn runs, or without actions', () => {
    expect(buttons(user, { busy: true })).toEqual(['copy-message']);
    expect(buttons({ ...user, failed: true }, { busy: true })).toEqual(['copy-message']);
    expect(buttons(message, { busy: true, canRegenerate: true })).toEqual(['copy-message']);
    expect(buttons(user, { withActions: false })).toEqual(['copy-message']);
  });
});
