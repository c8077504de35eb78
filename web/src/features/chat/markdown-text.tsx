import { memo, useEffect, useState, type ReactElement } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { whenIdle } from './markdown-queue';

const REMARK_PLUGINS = [remarkGfm];

const COMPONENTS: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="image-link" data-testid="image-link">
        🖼 {alt || src}
      </a>
    ) : (
      <span>{alt}</span>
    ),
};

/** Characters that may start markdown syntax anywhere in a line (emphasis, code, links, HTML, entities, escapes, tables, strikethrough, headings). */
const SYNTAX_CHARS = /[\\`*_[\]<>&#|~]/;
/** Line breaks, tabs and other control characters (blocks, indented code, U+0000). */
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** GFM turns these into links without any syntax: `www.…`, `http://…`, e-mail addresses. */
const AUTOLINK = /www\.|:\/\/|@/i;
/** A first character that may open a block: list items (`-`, `+`, `1.`, `1)`), thematic breaks, setext lines. */
const BLOCK_START = /^(?:[-+=]|\d{1,9}[.)])/;

/**
 * Text that markdown (CommonMark + GFM) renders as exactly itself in one paragraph: one line,
 * no character that could start syntax, no bare link. Most chat lines are like this, and skipping
 * the parser for them is what lets a long thread render at once (a markdown parse costs far more
 * than the paragraph it yields). Conservative: anything doubtful goes to the parser.
 */
export function isPlainText(text: string): boolean {
  return text.length > 0 && text === text.trim() && !CONTROL_CHARS.test(text) && !SYNTAX_CHARS.test(text) && !AUTOLINK.test(text) && !BLOCK_START.test(text);
}

/** Rendered texts kept for the next time they are shown (a thread opened again, another tab of the page, a re-render). */
const MAX_CACHED = 1500;
const rendered = new Map<string, ReactElement>();

/**
 * The markdown of `text` as React elements, from the cache when it was rendered before. React
 * elements are immutable, so one tree may be shown any number of times. `Markdown` is a plain
 * function of its props (no hooks), so it is called here rather than mounted.
 */
function renderMarkdown(text: string, keep: boolean): ReactElement {
  if (!keep) return Markdown({ children: text, remarkPlugins: REMARK_PLUGINS, skipHtml: true, components: COMPONENTS });
  const known = rendered.get(text);
  if (known) {
    // Most recently used last: the first entry is the one to drop.
    rendered.delete(text);
    rendered.set(text, known);
    return known;
  }
  const element = Markdown({ children: text, remarkPlugins: REMARK_PLUGINS, skipHtml: true, components: COMPONENTS });
  rendered.set(text, element);
  if (rendered.size > MAX_CACHED) rendered.delete(rendered.keys().next().value as string);
  return element;
}

/** Props of `MarkdownText`. */
export interface MarkdownTextProps {
  text: string;
  /** A text that is still growing (a streaming reply): not worth keeping in the cache. */
  live?: boolean;
  /**
   * Off screen for now (an older message of a long thread): show the source text and format it
   * when the page is idle (`markdown-queue`). Once formatted, it stays formatted.
   */
  defer?: boolean;
}

/**
 * Markdown from the model, rendered safely: react-markdown builds React elements (raw HTML in the
 * text is not rendered; `javascript:` links are neutralised by its default URL transform). Images
 * become links: loading one would tell its server that this page was read (and the CSP blocks
 * remote images anyway), so the attendee decides whether to open it. Plain text skips the parser
 * (same markup, see `isPlainText`); a text is parsed once and rendered again only when it changes.
 */
export const MarkdownText = memo(function MarkdownText({ text, live = false, defer = false }: MarkdownTextProps) {
  const plain = isPlainText(text);
  const [formatted, setFormatted] = useState(() => !defer || rendered.has(text));
  const show = formatted || !defer;
  useEffect(() => {
    if (show || plain) return;
    // Parsed in the idle slice (into the cache), so the render that follows only reads it.
    return whenIdle(() => {
      renderMarkdown(text, true);
      setFormatted(true);
    });
  }, [show, plain, text]);
  if (plain) {
    return (
      <div className="markdown">
        <p>{text}</p>
      </div>
    );
  }
  if (!show) {
    return (
      <div className="markdown" data-markdown="pending">
        <p className="markdown-source">{text}</p>
      </div>
    );
  }
  return <div className="markdown">{renderMarkdown(text, !live)}</div>;
});
