import { ENGINE_LABELS } from '@protocol';
import type { UiState, TurnState } from '../../state/types';
import { turnsOf } from '../../state/selectors';
import { ms } from '../../util/format';
import { tokensLabel } from '../../util/turn-labels';
import { TurnModelNotes } from './turn-model-notes';

/** Per turn of this thread (as seen from this tab): each step with its time, and the engine. */
export function TracePanel({ state }: { state: UiState }) {
  const turns = turnsOf(state, state.currentThreadId);
  return (
    <div className="panel trace-panel" data-testid="trace-panel">
      {turns.length === 0 && <p className="muted">Send a message: each turn's steps and timings appear here.</p>}
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
      <TurnModelNotes turn={turn} />
      {turn.error && <p className="error-text small">{turn.error}</p>}
    </>
  );
}
