/** The demo page's WebSocket: live frames into the reducer, and a full re-read after a reconnect. */
import { useEffect, useMemo, useRef } from 'react';
import { serverFrameSchema, type ClientFrame, type ServerFrame } from '@protocol';
import { ReconnectProbe, serverAnswered } from '../../transport/reconnect-probe';
import { ReconnectingSocket } from '../../transport/socket';
import { socketUrl } from '../../util/page-location';
import type { SessionContext } from './session-context';
import type { SessionLoaders } from './use-session-loaders';

/** The page's socket as the commands use it. */
export interface SessionSocket {
  /** The socket, or null outside the page's life. */
  current(): ReconnectingSocket<ServerFrame, ClientFrame> | null;
  /** Stops the turn of `requestId` as soon as the server names it (Stop before `turn.started`). */
  stopWhenStarted(requestId: string): void;
  /** Tries the socket now instead of waiting out the backoff (the banner's "Reconnect now"). */
  reconnectNow(): void;
}

// Longer than a healthy answer takes, short enough that a hung request does not hold up the next check.
const PROBE_TIMEOUT_MS = 1_000;

async function healthAnswers(): Promise<boolean> {
  const res = await fetch('/api/health', { cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  return serverAnswered(res.status);
}

/** Opens the socket for as long as the page lives and feeds its frames to the reducer. */
export function useSessionSocket(session: SessionContext, loaders: SessionLoaders): SessionSocket {
  const socketRef = useRef<ReconnectingSocket<ServerFrame, ClientFrame> | null>(null);
  const stopAfterStart = useRef(new Set<string>());

  useEffect(() => {
    const { dispatch } = session;
    // The heartbeat finds a socket that died silently (a laptop that slept); the server answers pings.
    const socket = new ReconnectingSocket<ServerFrame, ClientFrame>({ url: socketUrl(), schema: serverFrameSchema, heartbeatFrame: { type: 'ping' } });
    socketRef.current = socket;
    // The socket's backoff grows to 10 s; the probe reconnects within one interval of the server answering again.
    const probe = new ReconnectProbe({ check: healthAnswers, onAnswer: () => socket.reconnectNow() });
    const offs = [
      socket.on('status', (status) => {
        if (status === 'reconnecting') probe.start();
        else probe.stop();
        dispatch({ type: 'connection', status });
      }),
      socket.on('frame', (frame) => {
        // Per-thread memory: what another of the attendee's threads learnt is not this view's.
        const narrow = session.memoryThread();
        if (narrow && (frame.type === 'memory.stored' || frame.type === 'memory.updated') && frame.memory.threadId !== narrow) return;
        dispatch({ type: 'frame', frame });
        if (frame.type === 'turn.started' && stopAfterStart.current.delete(frame.requestId)) {
          socket.send({ type: 'turn.stop', turnId: frame.turnId });
        }
      }),
      socket.on('open', ({ reconnected }) => {
        const threadId = session.state().currentThreadId;
        if (threadId) socket.send({ type: 'thread.watch', threadId });
        if (reconnected) {
          // Events were missed while away: reload from Redis and say what came back.
          if (threadId) void loaders.loadThread(threadId, true);
          void loaders.loadThreads();
          void loaders.loadMemories();
          void loaders.loadHealth();
        }
      }),
    ];
    // Waking up, coming back online or being looked at again: check the socket now, not at the next heartbeat.
    const wake = () => {
      if (document.visibilityState === 'visible') socket.checkNow();
    };
    const wakeEvents: Array<[EventTarget, string]> = [[window, 'online'], [document, 'resume'], [document, 'visibilitychange']];
    for (const [target, event] of wakeEvents) target.addEventListener(event, wake);
    socket.connect();
    return () => {
      for (const [target, event] of wakeEvents) target.removeEventListener(event, wake);
      offs.forEach((off) => off());
      probe.stop();
      socket.close();
      socketRef.current = null;
    };
  }, [session, loaders]);

  return useMemo(
    () => ({
      current: () => socketRef.current,
      stopWhenStarted: (requestId: string) => {
        stopAfterStart.current.add(requestId);
      },
      reconnectNow: () => {
        socketRef.current?.reconnectNow();
      },
    }),
    [],
  );
}
