import { useMemo } from 'react';
import { isBusy, runningTurn } from '../../state/selectors';
import { randomId } from '../../util/ids';
import type { SessionContext } from './session-context';
import type { SessionSocket } from './use-session-socket';

/** Sending a message (which starts a turn) and stopping the turn of the open thread. */
export interface TurnCommands {
  send(text: string): void;
  stop(): void;
}

/** The turn commands of this session; the ids and the clock come from here, not the reducer. */
export function useTurnCommands(session: SessionContext, socket: SessionSocket): TurnCommands {
  return useMemo(
    (): TurnCommands => ({
      send(raw) {
        const text = raw.trim();
        const current = session.state();
        const ws = socket.current();
        const thread = current.currentThreadId;
        if (!text || !thread || !ws || isBusy(current, thread)) return;
        const requestId = randomId('req');
        const messageId = randomId('msg');
        const agentId = session.agent()?.id;
        const now = Date.now();
        session.dispatch({
          type: 'turn.requested',
          request: { requestId, threadId: thread, agentId, userMessageId: messageId, sentAt: now },
          text,
          authorName: current.me?.displayName,
          now,
        });
        const queued = ws.send({ type: 'turn.start', requestId, threadId: thread, text, messageId, ...(agentId ? { agentId } : {}) });
        if (!queued) {
          session.dispatch({ type: 'turn.failed', requestId, message: 'Too many messages are waiting for the connection; send again once it is back.' });
        }
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
    }),
    [session, socket],
  );
}
