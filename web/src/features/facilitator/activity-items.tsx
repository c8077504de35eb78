import type { WireMemory, WireMessage } from '@protocol';
import { timeAgo } from '../../util/format';
import { MarkdownText } from '../chat/markdown-text';

/** Tool results are JSON or plain output: shown as code; everything else as the chat renders it. */
function Body({ text, asCode }: { text: string; asCode: boolean }) {
  if (asCode) return <pre className="code-block admin-code">{text}</pre>;
  return <MarkdownText text={text} />;
}

/** One stored message: who wrote it, when, and its text rendered like the chat (markdown). */
export function MessageEntry({ message }: { message: WireMessage }) {
  const calls = message.toolCalls ?? [];
  return (
    <li className={`admin-message role-${message.role}`} data-testid="admin-message" data-role={message.role} data-message-id={message.id}>
      <div className="admin-item-meta muted small">
        <strong>{message.role === 'tool' ? `tool ${message.toolName ?? ''}`.trim() : (message.authorName ?? message.role)}</strong>
        <span>{timeAgo(message.createdAt)}</span>
        {message.interrupted && <span>(stopped)</span>}
        {message.memoriesUsed?.length ? <span>used {message.memoriesUsed.length} memories</span> : null}
      </div>
      {message.text && <Body text={message.text} asCode={message.role === 'tool'} />}
      {calls.length > 0 && (
        <ul className="plain-list admin-tool-calls small">
          {calls.map((call) => (
            <li key={call.id}>
              called <code>{call.name}</code> <code className="muted">{JSON.stringify(call.arguments)}</code>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One memory record: its kind, its text rendered like the chat, and where it came from. */
export function MemoryEntry({ memory }: { memory: WireMemory }) {
  return (
    <li className="admin-memory" data-testid="admin-memory" data-kind={memory.kind} data-memory-id={memory.id}>
      <div className="admin-item-meta muted small">
        <span className={`kind-badge kind-${memory.kind}`}>{memory.kind}</span>
        {memory.role && <span>{memory.role}</span>}
        {memory.threadId && (
          <span>
            thread <code>{memory.threadId}</code>
          </span>
        )}
        <span>{timeAgo(memory.createdAt)}</span>
      </div>
      <Body text={memory.text} asCode={memory.kind === 'tool'} />
    </li>
  );
}
