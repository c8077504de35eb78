import { useEffect, type RefObject } from 'react';

/** The name styled by `::highlight(admin-search)` in the stylesheet. */
export const SEARCH_HIGHLIGHT = 'admin-search';

/** Where `term` (lower case) occurs in `text`, as [start, end) offsets, ignoring case. */
export function occurrences(text: string, term: string): Array<[number, number]> {
  if (!term) return [];
  const found: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) found.push([at, at + term.length]);
  return found;
}

/**
 * Marks every occurrence of `term` inside `container` with the CSS Custom Highlight API: the
 * text is rendered by React and react-markdown, so nothing is wrapped or rewritten; ranges are
 * laid over it and found again whenever the content changes (a group opened, new data).
 * Browsers without the API show the match counts only.
 */
export function useSearchHighlight(container: RefObject<HTMLElement | null>, term: string): void {
  useEffect(() => {
    const root = container.current;
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      if (!term) {
        CSS.highlights.delete(SEARCH_HIGHLIGHT);
        return;
      }
      const ranges: Range[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // The search box's own text is not content.
        if (node.parentElement?.closest('input, textarea, [data-no-highlight]')) continue;
        for (const [start, end] of occurrences(node.textContent ?? '', term)) {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          ranges.push(range);
        }
      }
      CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges));
    };
    paint();
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(paint);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      CSS.highlights.delete(SEARCH_HIGHLIGHT);
    };
  }, [container, term]);
}
