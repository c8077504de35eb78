import type { ToolStep } from '../../state/types';
import { ms, pretty } from '../../util/format';

/** Tool calls of a turn with their results, shown inline in the conversation. */
export function ToolSteps({ steps }: { steps: ToolStep[] }) {
  if (steps.length === 0) return null;
  return (
    <ul className="tool-steps">
      {steps.map((step) => (
        <li key={step.id} className="tool-step" data-testid="tool-step" data-tool-name={step.name}>
          <details>
            <summary>
              <span className="tool-icon" aria-hidden>
                ⚙
              </span>{' '}
              <code>
                {step.name}({formatArgs(step.arguments)})
              </code>{' '}
              {step.result === undefined ? (
                <span className="muted">running…</span>
              ) : (
                <span className={step.isError ? 'tool-error' : 'muted'}>
                  {step.isError ? 'failed' : 'done'} · {ms(step.ms)}
                </span>
              )}
            </summary>
            {step.result !== undefined && <pre className="code-block">{pretty(step.result)}</pre>}
          </details>
        </li>
      ))}
    </ul>
  );
}

function formatArgs(args: Record<string, unknown>): string {
  return Object.entries(args)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ');
}
