import { useMemo, useRef } from 'react';
import type { UiState } from '../../state/types';
import { currentThread, isBusy, runningTurn, streamingIn, turnOf } from '../../state/selectors';
import { useStickToBottom } from '../../hooks/use-stick-to-bottom';
import { Composer } from './composer';
import { MessageItem } from './message-item';
import { StreamingReply } from './streaming-reply';

/** Props of `ChatView`. */
export interface ChatViewProps {
  state: UiState;
  agentName?: string;
  onSend(text: string): void;
  onStop(): void;
}

/** The conversation of the open thread and the composer. */
export function ChatView({ state, agentName, onSend, onStop }: ChatViewProps) {
  const thread = currentThread(state);
  const threadId = state.currentThreadId;
  const streaming = streamingIn(state, threadId);
  const turn = runningTurn(state, threadId);
  const busy = isBusy(state, threadId);
  const messages = thread?.messages ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  useStickToBottom(scrollRef, `${threadId}:${messages.length}:${streaming?.text.length ?? -1}:${busy}:${turn?.tools.length ?? 0}`);

  const shownToolCalls = useMemo(
    () => new Set(messages.filter((m) => m.role === 'tool' && m.toolCallId).map((m) => m.toolCallId as string)),
    [messages],
  );

  return (
    <section className="chat" aria-label="Chat">
      <div className="chat-scroll" ref={scrollRef} data-testid="message-list">
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
        {messages.map((message) => (
          <MessageItem key={message.id} message={message} turn={turnOf(state, message)} shownToolCalls={shownToolCalls} />
        ))}
        {busy && <StreamingReply streaming={streaming} turn={turn} />}
      </div>
      <Composer busy={busy} disabled={!threadId} onSend={onSend} onStop={onStop} />
    </section>
  );
}
