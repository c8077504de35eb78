import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmButton, type ConfirmButtonProps } from './confirm-button';

const render = (props: Partial<ConfirmButtonProps>) =>
  renderToStaticMarkup(createElement(ConfirmButton, { label: 'Forget everything…', confirmLabel: 'Forget all', onConfirm: () => undefined, ...props }));

describe('confirm button', () => {
  it('shows only the button that asks until it is opened', () => {
    const html = render({ small: true, testId: 'memory-forget-all', confirmTestId: 'memory-forget-all-confirm' });
    expect(html).toBe('<button type="button" class="button small danger-outline" data-testid="memory-forget-all">Forget everything…</button>');
  });

  it('asks in a box with the prompt, the confirm button and Cancel', () => {
    const html = render({ open: true, small: true, prompt: 'Forget all 3 memories?', promptLabel: 'Forget all memories?', confirmTestId: 'memory-forget-all-confirm' });
    expect(html).toContain('<div class="confirm" role="alertdialog" aria-label="Forget all memories?"><span>Forget all 3 memories?</span>');
    expect(html).toContain('<button type="button" class="button danger small" data-testid="memory-forget-all-confirm">Forget all</button>');
    expect(html).toContain('<button type="button" class="button small">Cancel</button>');
    expect(html).not.toContain('Forget everything');
  });

  it('puts the two buttons in place of the first one inline, with an accessible name for an icon', () => {
    const html = render({ open: true, layout: 'inline', small: true, confirmLabel: 'Delete', cancelLabel: '✕', cancelAriaLabel: 'Keep the thread' });
    expect(html).toBe(
      '<span class="confirm-inline"><button type="button" class="button danger small">Delete</button><button type="button" class="button small" aria-label="Keep the thread">✕</button></span>',
    );
  });

  it('keeps the confirm button disabled until the phrase is typed', () => {
    const html = render({
      open: true,
      prompt: 'Type the demo id to confirm',
      typeToConfirm: { phrase: 'preferences', inputId: 'reset-confirm', inputTestId: 'admin-reset-input' },
      confirmLabel: 'Reset demo',
      confirmTestId: 'admin-reset-confirm',
    });
    expect(html).toContain('<form class="confirm"><label for="reset-confirm">Type the demo id to confirm</label>');
    expect(html).toContain('<input id="reset-confirm" data-testid="admin-reset-input" autoComplete="off" value=""/>');
    expect(html).toContain('<button type="submit" class="button danger" data-testid="admin-reset-confirm" disabled="">Reset demo</button>');
  });
});
