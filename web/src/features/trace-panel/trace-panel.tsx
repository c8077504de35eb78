import type { UiState, TurnState } from '../../state/types';
import { turnsOf } from '../../state/selectors';
import { ms } from '../../util/format';

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

function TurnTrace({ turn, number }: { turn: TurnState; number: number }) {
  const t = turn.timings;
  const steps: Array<[string, number | undefined, string?]> = [
    [
      'memory search',
      t?.memorySearch ?? turn.memorySearchMs,
      turn.memories ? `${turn.memories.length} found${turn.engine ? ` · ${turn.engine === 'redisearch' ? 'FT.SEARCH' : 'plain Redis'}` : ''}` : undefined,
    ],
    ['model', t?.model],
    ...turn.tools.map((tool): [string, number | undefined, string?] => [`tool ${tool.name}`, tool.ms, tool.isError ? 'failed' : undefined]),
    ['history write', t?.historyWrite, 'one round trip'],
    ['memory write', t?.memoryWrite],
  ];
  const max = Math.max(1, ...steps.map(([, v]) => v ?? 0));
  return (
    <>
      <div className="trace-head">
        <strong>Turn {number}</strong>
        <span className={`status-tag status-${turn.status}`}>{turn.status}</span>
        <span className="push muted small">total {ms(t?.total)}</span>
      </div>
      <table className="trace-table">
        <tbody>
          {steps.map(([name, value, note], i) => (
            <tr key={`${name}-${i}`}>
              <th scope="row">{name}</th>
              <td className="num">{ms(value)}</td>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${((value ?? 0) / max) * 100}%` }} />
                {note && <span className="muted small"> {note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {turn.error && <p className="error-text small">{turn.error}</p>}
    </>
  );
}
