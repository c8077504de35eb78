import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown from the model, rendered safely: react-markdown builds React elements (raw HTML in the
 * text is not rendered; `javascript:` links are neutralised by its default URL transform). Images
 * become links: loading one would tell its server that this page was read (and the CSP blocks
 * remote images anyway), so the attendee decides whether to open it.
 */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
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
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
