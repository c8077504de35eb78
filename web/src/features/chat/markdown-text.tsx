import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown from the model, rendered safely: react-markdown builds React elements (raw HTML in the
 * text is not rendered; `javascript:` links are neutralised by its default URL transform).
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
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
