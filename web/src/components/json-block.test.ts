import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FOLD_CHARS, FOLD_LINES, JsonBlock, isLongJson } from './json-block';

const render = (value: unknown, extra: { fold?: boolean; label?: string } = {}) =>
  renderToStaticMarkup(createElement(JsonBlock, { value, testId: 'json', ...extra }));

describe('JSON block', () => {
  it('shows a short value as pretty JSON, a JSON string parsed first', () => {
    expect(render({ city: 'Paris' })).toBe('<pre class="code-block json-block" data-testid="json">{\n  &quot;city&quot;: &quot;Paris&quot;\n}</pre>');
    expect(render('{"a":1}')).toContain('{\n  &quot;a&quot;: 1\n}');
    expect(render('plain text')).toContain('>plain text</pre>');
  });

  it('folds a value past the line or character limit behind a summary of its size', () => {
    expect(isLongJson('x'.repeat(FOLD_CHARS))).toBe(false);
    expect(isLongJson('x'.repeat(FOLD_CHARS + 1))).toBe(true);
    expect(isLongJson(Array(FOLD_LINES).fill('x').join('\n'))).toBe(false);
    expect(isLongJson(Array(FOLD_LINES + 1).fill('x').join('\n'))).toBe(true);
    const long = { items: Array.from({ length: 10 }, (_, i) => i) };
    expect(render(long, { label: 'result' })).toMatch(/^<details class="json-fold"><summary class="muted small">result: 14 lines, \d+ characters<\/summary><pre/);
    expect(render(long, { fold: false })).toMatch(/^<pre/);
  });
});
