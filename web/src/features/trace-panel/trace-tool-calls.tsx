import { JsonBlock } from '../../components/json-block';
import type { ToolStep } from '../../state/types';
import { ms } from '../../util/format';

/** Each tool call of a turn: the arguments the model sent, what the tool returned, and how long it took. */
export function TraceToolCalls({ tools }: { tools: ToolStep[] }) {
  if (tools.length === 0) return null;
  return (
    <ul className="trace-tools" data-testid="trace-tool-calls">
      {tools.map((tool) => {
        const done = tool.result !== undefined;
        return (
          <li key={tool.id} className="trace-tool" data-testid="trace-tool-call" data-tool-name={tool.name} data-status={done ? (tool.isError ? 'failed' : 'done') : 'running'}>
            <div className="trace-tool-head">
              <code>{tool.name}</code>
              <span className={tool.isError ? 'tool-error small' : 'muted small'}>{done ? (tool.isError ? 'failed' : 'done') : 'running…'}</span>
              <span className="push num small" data-testid="trace-tool-duration">
                {ms(tool.ms)}
              </span>
            </div>
            <div className="trace-tool-part muted small">arguments</div>
            <JsonBlock value={tool.arguments} label="arguments" testId="trace-tool-args" />
            {done && (
              <>
                <div className="trace-tool-part muted small">{tool.isError ? 'error' : 'result'}</div>
                <JsonBlock value={tool.result} label={tool.isError ? 'error' : 'result'} testId="trace-tool-result" />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
