import { ENGINE_LABELS } from '@protocol';
import type { UiState, TurnState } from '../../state/types';
import { turnsOf } from '../../state/selectors';
import { ms } from '../../util/format';
import { tokensLabel } from '../../util/turn-labels';
import { threadTokens, tokenCount, tokenizerNote } from './context-totals';
import { TraceToolCalls } from './trace-tool-calls';
import { TurnContext } from './turn-context';
import { TurnModelNotes } from './turn-model-notes';

/** Per turn of this thread (as seen from this tab): each step with its time, and the engine. */
export function TracePanel({ state }: { state: UiState }) {
  const turns = turnsOf(state, state.currentThreadId);
  return (
    <div className="panel trace-panel" data-testid="trace-panel">
      {turns.length === 0 && <p className="muted">Send a message: each turn's steps and timings appear here.</p>}
      <ThreadTokensLine turns={turns} />
      <ol className="trace-list">
        {turns.map((turn, i) => (
          <li key={turn.turnId} className="trace-turn" data-testid="trace-turn" data-status={turn.status}>
            <TurnTrace turn={turn} number={turns.length - i} />
          </li>
        ))}
      </ol>
    </div>
  );
}

interface Step {
  name: string;
  value: number | undefined;
  note?: string;
  testId?: string;
}

function TurnTrace({ turn, number }: { turn: TurnState; number: number }) {
  const t = turn.timings;
  const steps: Step[] = [
    {
      name: 'memory search',
      value: t?.memorySearch ?? turn.memorySearchMs,
      note: turn.memories ? `${turn.memories.length} found${turn.engine ? ` · ${ENGINE_LABELS[turn.engine].label}` : ''}` : undefined,
    },
    // Tokens sit next to the model time: together they say what the model call cost.
    { name: 'model', value: t?.model, note: turn.usage ? tokensLabel(turn.usage) : undefined, testId: 'trace-tokens' },
    ...turn.tools.map((tool): Step => ({ name: `tool ${tool.name}`, value: tool.ms, note: tool.isError ? 'failed' : undefined })),
    { name: 'history write', value: t?.historyWrite, note: 'one round trip' },
    { name: 'memory write', value: t?.memoryWrite },
  ];
  const max = Math.max(1, ...steps.map((s) => s.value ?? 0));
  return (
    <>
      <div className="trace-head">
        <strong>Turn {number}</strong>
        <span className={`status-tag status-${turn.status}`}>{turn.status}</span>
        <span className="push muted small">total {ms(t?.total)}</span>
      </div>
      <table className="trace-table">
        <tbody>
          {steps.map(({ name, value, note, testId }, i) => (
            <tr key={`${name}-${i}`}>
              <th scope="row">{name}</th>
              <td className="num">{ms(value)}</td>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${((value ?? 0) / max) * 100}%` }} />
                {note && (
                  <>
                    {' '}
                    <span className="muted small" data-testid={testId}>
                      {note}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TraceToolCalls tools={turn.tools} />
      <TurnContext turn={turn} />
      <TurnModelNotes turn={turn} />
      {turn.error && <p className="error-text small">{turn.error}</p>}
    </>
  );
}

/** What this thread's turns sent to the model so far: the estimate, and the provider's count when it gives one. */
function ThreadTokensLine({ turns }: { turns: TurnState[] }) {
  const totals = threadTokens(turns);
  if (totals.turns === 0) return null;
  return (
    <p className="small trace-thread-tokens" data-testid="trace-thread-tokens" data-estimated={totals.estimated} title={tokenizerNote(totals.tokenizer)}>
      This thread so far: ~{tokenCount(totals.estimated)} sent to the model over {totals.turns} turn{totals.turns === 1 ? '' : 's'}
      {totals.reported && (
        <span data-testid="trace-thread-reported">
          {' '}
          · reported: {tokenCount(totals.reported.inputTokens)} in, {tokenCount(totals.reported.outputTokens)} out
        </span>
      )}
      <span className="muted"> (turns seen in this tab)</span>
    </p>
  );
}
