import { useMemo } from 'react';
import { regenerateTarget, retryRewindTarget } from '../../state/chat-actions';
import { currentThread, isBusy, runningTurn } from '../../state/selectors';
import { randomId } from '../../util/ids';
import type { SessionContext } from './session-context';
import type { SessionSocket } from './use-session-socket';

/** Sending a message (which starts a turn), the chat's message actions, and stopping the turn of the open thread. */
export interface TurnCommands {
  send(text: string): void;
  /** Asks the open thread's last question again: its reply (and what followed) is replaced. */
  regenerate(): void;
  /** Replaces a stored user message of the open thread with `text` and runs the turn again; later messages go. */
  editAndResend(messageId: string, text: string): void;
  /** Sends a refused ("not sent") message again, with the same id, so the server stores it once. */
  retry(messageId: string): void;
  stop(): void;
}

/** The turn commands of this session; the ids and the clock come from here, not the reducer. */
export function useTurnCommands(session: SessionContext, socket: SessionSocket): TurnCommands {
  return useMemo((): TurnCommands => {
    /** Starts a turn in the open thread: `messageId` to send a message again, `rewindTo` to replace one. */
    const start = (raw: string, options: { messageId?: string; rewindTo?: string } = {}) => {
      const text = raw.trim();
      const current = session.state();
      const ws = socket.current();
      const thread = current.currentThreadId;
      if (!text || !thread || !ws || isBusy(current, thread)) return;
      const requestId = randomId('req');
      const messageId = options.messageId ?? randomId('msg');
      const { rewindTo } = options;
      const agentId = session.agent()?.id;
      const now = Date.now();
      session.dispatch({
        type: 'turn.requested',
        request: { requestId, threadId: thread, agentId, userMessageId: messageId, sentAt: now, ...(rewindTo ? { rewindTo } : {}) },
        text,
        authorName: current.me?.displayName,
        now,
      });
      const queued = ws.send({ type: 'turn.start', requestId, threadId: thread, text, messageId, ...(agentId ? { agentId } : {}), ...(rewindTo ? { rewindTo } : {}) });
      if (!queued) {
        session.dispatch({ type: 'turn.failed', requestId, message: 'Too many messages are waiting for the connection; send again once it is back.' });
      }
    };
    const shownMessages = () => currentThread(session.state())?.messages ?? [];
    return {
      send: (text) => start(text),
      regenerate() {
        const target = regenerateTarget(shownMessages());
        if (target) start(target.question.text, { rewindTo: target.question.id });
      },
      editAndResend(messageId, text) {
        const message = shownMessages().find((m) => m.id === messageId && m.role === 'user' && !m.pending && !m.failed);
        if (message) start(text, { rewindTo: message.id });
      },
      retry(messageId) {
        const messages = shownMessages();
        const message = messages.find((m) => m.id === messageId && m.failed);
        if (message) start(message.text, { messageId: message.id, rewindTo: retryRewindTarget(messages, message) });
      },
      stop() {
        const current = session.state();
        const thread = current.currentThreadId;
        const turn = runningTurn(current, thread);
        if (turn) {
          socket.current()?.send({ type: 'turn.stop', turnId: turn.turnId });
          return;
        }
        // Not started yet: stop it as soon as the server names the turn.
        for (const p of Object.values(current.pending)) if (p.threadId === thread) socket.stopWhenStarted(p.requestId);
      },
    };
  }, [session, socket]);
}
