import { pretty } from '../util/format';

/** Past either limit a JSON value is folded: the trace stays readable with large tool results. */
export const FOLD_LINES = 8;
export const FOLD_CHARS = 600;

/** Whether pretty-printed JSON is long enough to fold. */
export function isLongJson(text: string): boolean {
  return text.length > FOLD_CHARS || text.split('\n').length > FOLD_LINES;
}

/** Props of `JsonBlock`. */
export interface JsonBlockProps {
  value: unknown;
  /** `data-testid` of the `<pre>` that holds the JSON. */
  testId?: string;
  /** Folded view's summary prefix, e.g. "result". Default "JSON". */
  label?: string;
  /** False: never folded (the caller already shows it behind its own summary). Default true. */
  fold?: boolean;
}

/**
 * A value as pretty JSON (a JSON string is parsed first). A long one is folded behind a summary
 * that says how long it is, so a large tool result does not push the rest of the trace away.
 */
export function JsonBlock({ value, testId, label = 'JSON', fold = true }: JsonBlockProps) {
  const text = pretty(value);
  const block = (
    <pre className="code-block json-block" data-testid={testId}>
      {text}
    </pre>
  );
  if (!fold || !isLongJson(text)) return block;
  return (
    <details className="json-fold">
      <summary className="muted small">
        {label}: {text.split('\n').length} lines, {text.length} characters
      </summary>
      {block}
    </details>
  );
}
