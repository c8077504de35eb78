import type { ReactNode } from 'react';
import type { ModelCallContext, TurnState } from '../../state/types';
import { tokenCount, tokenizerNote } from './context-totals';

type SentText = ModelCallContext['instructions'];
type SentMessages = ModelCallContext['toolRounds'];

/**
 * The context inspector of one turn: what its model call was sent, part by part (instructions,
 * injected memories, history window, the user's message, tool rounds, tool definitions), each
 * with its estimated tokens, and the provider's own count when it reports one.
 */
export function TurnContext({ turn }: { turn: TurnState }) {
  const context = turn.modelContext;
  if (!context) return null;
  const { history, memories, toolRounds, tools } = context;
  const calls = context.call > 1 ? ` over ${context.call} model calls` : '';
  return (
    <details className="trace-context" data-testid="trace-context">
      <summary>
        Context sent to the model{' '}
        <span className="muted small" data-testid="context-turn-tokens" data-tokens={context.turnTokens} title={tokenizerNote(context.tokenizer)}>
          ~{tokenCount(context.turnTokens)}
          {calls}
        </span>
      </summary>
      <ul className="context-parts">
        <Part name="instructions" testId="context-instructions" tokens={context.instructions.tokens} note="the system prompt">
          <Text sent={context.instructions} />
        </Part>
        {memories ? (
          <Part name="memories" testId="context-memories" tokens={memories.tokens} note={`${memories.count} injected`}>
            <Text sent={memories} />
          </Part>
        ) : (
          <li className="muted small" data-testid="context-memories-none">
            memories: none found, nothing injected
          </li>
        )}
        <Part name="history" testId="context-history" tokens={history.tokens} note={`${history.count} message${history.count === 1 ? '' : 's'} (window: newest ${history.window})`}>
          <Messages sent={history} empty="a new thread: no earlier messages" />
        </Part>
        <Part name="user message" testId="context-user-message" tokens={context.userMessage.tokens}>
          <Text sent={context.userMessage} />
        </Part>
        {toolRounds.count > 0 && (
          <Part name="tool rounds" testId="context-tool-rounds" tokens={toolRounds.tokens} note={`${toolRounds.count} messages of this turn`}>
            <Messages sent={toolRounds} empty="" />
          </Part>
        )}
        <Part name="tool definitions" testId="context-tools" tokens={tools.tokens} note={tools.names.length ? tools.names.join(', ') : 'none offered'} />
      </ul>
      <p className="small" data-testid="context-tokens" data-call-tokens={context.tokens}>
        Call {context.call}: ~{tokenCount(context.tokens)} in, framing included <span className="muted">({tokenizerNote(context.tokenizer)})</span>
        {turn.usage && (
          <>
            <br />
            <span data-testid="context-reported">
              Reported by the model for the turn: {tokenCount(turn.usage.inputTokens)} in · {tokenCount(turn.usage.outputTokens)} out
            </span>
          </>
        )}
      </p>
    </details>
  );
}

function Part({ name, testId, tokens, note, children }: { name: string; testId: string; tokens: number; note?: string; children?: ReactNode }) {
  const head = (
    <>
      <span className="context-part-name">{name}</span>
      {note && <span className="muted small"> · {note}</span>}
      <span className="push num small">~{tokenCount(tokens)}</span>
    </>
  );
  return (
    <li className="context-part" data-testid={testId} data-tokens={tokens}>
      {children ? (
        <details>
          <summary className="context-part-head">{head}</summary>
          {children}
        </details>
      ) : (
        <div className="context-part-head">{head}</div>
      )}
    </li>
  );
}

function Text({ sent }: { sent: SentText }) {
  return (
    <>
      <pre className="code-block context-text">{sent.text}</pre>
      {sent.truncated && (
        <p className="muted small">
          first {sent.text.length.toLocaleString('en-US')} of {sent.chars.toLocaleString('en-US')} characters shown; the tokens count all of it
        </p>
      )}
    </>
  );
}

function Messages({ sent: { messages, count }, empty }: { sent: SentMessages; empty: string }) {
  if (count === 0) return <p className="muted small">{empty}</p>;
  return (
    <ol className="context-messages small">
      {count > messages.length && (
        <li className="muted">
          … {count - messages.length} older message{count - messages.length === 1 ? '' : 's'} not listed (counted in the tokens)
        </li>
      )}
      {messages.map((m, i) => (
        <li key={i} data-role={m.role}>
          <strong>{m.role}</strong>
          {m.toolCalls && <span className="muted"> calls {m.toolCalls.join(', ')}</span>}
          {m.toolName && <span className="muted"> ({m.toolName})</span>}
          {m.text && <>: {m.text}</>}
          {m.truncated && <span className="muted"> … ({m.chars.toLocaleString('en-US')} characters)</span>}
          <span className="muted"> · ~{m.tokens}</span>
        </li>
      ))}
    </ol>
  );
}
