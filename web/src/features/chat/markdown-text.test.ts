import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { isPlainText, MarkdownText } from './markdown-text';

/** What the parser makes of `text`, in the same wrapper. */
const parsed = (text: string) => `<div class="markdown">${renderToStaticMarkup(createElement(Markdown, { remarkPlugins: [remarkGfm], skipHtml: true }, text))}</div>`;
const shown = (text: string) => renderToStaticMarkup(createElement(MarkdownText, { text }));

describe('markdown text: plain lines skip the parser', () => {
  it('renders a plain line exactly as the parser would', () => {
    for (const text of ["I'm vegetarian and I love sushi.", 'It is light rain in Paris, 14 °C: take an umbrella!', 'Ça va? 日本語 😀 (really) = yes', 'A "quoted" word; 50% off, $5 — 3.5 or 2)', 'x']) {
      expect(isPlainText(text), text).toBe(true);
      expect(shown(text)).toBe(parsed(text));
    }
  });

  it('leaves to the parser anything markdown could change', () => {
    const markdown = [
      '**bold**', 'a *b* c', 'snake_case', '`code`', '[link](https://x.y)', 'see https://example.com', 'www.example.com', 'mail ada@example.com',
      '# title', '> quote', '- item', '+ item', '1. first', '2) second', '---', '===', 'a | b', '~~gone~~', 'a &amp; b', 'a\\*b', '<b>x</b>',
      'two\nlines', 'para\n\npara', ' leading space', 'trailing space ', '\tindented', '',
    ];
    for (const text of markdown) expect(isPlainText(text), JSON.stringify(text)).toBe(false);
    // They still render as markdown.
    expect(shown('**bold**')).toBe('<div class="markdown"><p><strong>bold</strong></p></div>');
  });

  it('agrees with the parser on any line it calls plain', () => {
    const alphabet = fc.constantFrom(...'aZ09 .,;:!?\'"()%$=+-/—é日😀{}^'.split(''), '\u00a0', 'http', 'www', '1.', '@');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        if (isPlainText(text)) expect(shown(text)).toBe(parsed(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markdown text: the cache', () => {
  it('shows a text the same the second time (from the cache) and while it streams', () => {
    const text = 'A **second** look:\n\n1. one\n2. two';
    expect(shown(text)).toBe(parsed(text));
    expect(shown(text)).toBe(parsed(text));
    expect(renderToStaticMarkup(createElement(MarkdownText, { text, live: true }))).toBe(parsed(text));
  });
});

describe('markdown text: older messages formatted later', () => {
  const deferred = (text: string) => renderToStaticMarkup(createElement(MarkdownText, { text, defer: true }));

  it('shows the source until the page is idle, but never for a plain line or a text formatted before', () => {
    expect(deferred('Put off: **later**')).toBe('<div class="markdown" data-markdown="pending"><p class="markdown-source">Put off: **later**</p></div>');
    expect(deferred('A plain line.')).toBe(shown('A plain line.'));
    shown('Seen: **before**');
    expect(deferred('Seen: **before**')).toBe(parsed('Seen: **before**'));
  });
});
