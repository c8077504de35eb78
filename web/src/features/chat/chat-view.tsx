import { useMemo, useRef } from 'react';
import type { UiState } from '../../state/types';
import { regenerateTarget } from '../../state/chat-actions';
import { currentThread, isBusy, runningTurn, streamingIn, turnOf } from '../../state/selectors';
import { useStickToBottom } from '../../hooks/use-stick-to-bottom';
import { Composer } from './composer';
import type { MessageActions } from './message-actions';
import { MessageItem } from './message-item';
import { StreamingReply } from './streaming-reply';

/**
 * The newest messages of a thread are laid out and formatted at once; older ones (a long thread)
 * only when scrolled near, and their markdown in idle time, newest first: a long thread opens as
 * fast as its last screenfuls. Enough for several screens, so the view opened at the bottom never
 * rests on a message whose size is still a guess.
 */
const NEWEST_IN_FULL = 60;

/** The tool calls of messages without a turn in this tab: none to hide, and always the same set. */
const NO_TOOL_CALLS: ReadonlySet<string> = new Set();

/** Props of `ChatView`. */
export interface ChatViewProps {
  state: UiState;
  agentName?: string;
  onSend(text: string): void;
  onStop(): void;
  /** Edit and resend a user message. */
  onEdit: MessageActions['onEdit'];
  /** Regenerate the last reply. */
  onRegenerate: MessageActions['onRegenerate'];
  /** Send a "not sent" message again. */
  onRetry: MessageActions['onRetry'];
}

/** The conversation of the open thread and the composer. */
export function ChatView({ state, agentName, onSend, onStop, onEdit, onRegenerate, onRetry }: ChatViewProps) {
  const thread = currentThread(state);
  const threadId = state.currentThreadId;
  const streaming = streamingIn(state, threadId);
  const turn = runningTurn(state, threadId);
  const busy = isBusy(state, threadId);
  const messages = thread?.messages ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  useStickToBottom(scrollRef, `${threadId}:${messages.length}:${streaming?.text.length ?? -1}:${busy}:${turn?.tools.length ?? 0}`);

  // One object for every message, so the memoised messages re-render only when their own props change.
  const actions = useMemo((): MessageActions => ({ onEdit, onRegenerate, onRetry }), [onEdit, onRegenerate, onRetry]);
  const regenerateReplyId = useMemo(() => regenerateTarget(messages)?.replyId, [messages]);

  const shownToolCalls = useMemo(
    () => new Set(messages.filter((m) => m.role === 'tool' && m.toolCallId).map((m) => m.toolCallId as string)),
    [messages],
  );

  return (
    <section className="chat" aria-label="Chat">
      <div className="chat-scroll" ref={scrollRef} data-testid="message-list" data-loaded={thread?.loaded ? 'true' : 'false'}>
        {thread && !thread.loaded && messages.length === 0 && <p className="muted center">Loading the conversation from Redis…</p>}
        {thread?.loaded && messages.length === 0 && !busy && (
          <div className="empty-chat">
            <p>
              New conversation <code>{threadId}</code>
              {agentName ? ` with ${agentName}` : ''}.
            </p>
            <p className="muted small">Tell the agent about yourself (“I'm vegetarian”, “my name is Ada”), then ask it later — even in another thread.</p>
          </div>
        )}
        {messages.map((message, index) => {
          const messageTurn = turnOf(state, message);
          return (
            <MessageItem
              key={message.id}
              message={message}
              turn={messageTurn}
              // Only a message with a turn reads it: the others keep one empty set and are not re-rendered when it changes.
              shownToolCalls={messageTurn ? shownToolCalls : NO_TOOL_CALLS}
              actions={actions}
              busy={busy}
              canRegenerate={message.id === regenerateReplyId}
              older={index < messages.length - NEWEST_IN_FULL}
            />
          );
        })}
        {busy && <StreamingReply streaming={streaming} turn={turn} />}
      </div>
      <Composer busy={busy} disabled={!threadId} onSend={onSend} onStop={onStop} />
    </section>
  );
}
