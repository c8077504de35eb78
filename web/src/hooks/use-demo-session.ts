/**
 * Glue of a demo page: one socket, one reducer, and the HTTP calls that load and change things.
 * Decisions live in the reducer and the socket class; this hook only wires them to the API.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { serverFrameSchema, type ClientFrame, type ServerFrame } from '@protocol';
import { ReconnectingSocket } from '../transport/socket';
import { api, ApiError } from '../api/client';
import type { DemoAgent, DemoInfo } from '../api/types';
import { initialState, reducer } from '../state/reducer';
import { isBusy, runningTurn } from '../state/selectors';
import type { UiState } from '../state/types';
import { randomId } from '../util/ids';
import { readStored, writeStored } from '../util/storage';
import { newThreadId } from '../features/threads/thread-id';

const HEALTH_EVERY_MS = 15_000;
const HEALTH_WHEN_DOWN_MS = 4_000;

export interface DemoSession {
  state: UiState;
  demo: DemoInfo | null;
  /** The agent this page talks to (the one served on this port). */
  agent: DemoAgent | null;
  loadError: string | null;
  send(text: string): void;
  stop(): void;
  selectThread(id: string): void;
  createThread(id?: string): Promise<void>;
  deleteThread(id: string): Promise<void>;
  searchMemories(query: string): void;
  updateMemory(id: string, text: string): Promise<boolean>;
  forgetMemory(id: string): Promise<void>;
  forgetAllMemories(): Promise<void>;
  rename(displayName: string): Promise<boolean>;
  dismissNotice(id: number): void;
  dismissResumed(): void;
}

/** The agent served by this port: the one whose `port` matches, else the first. */
export function pickAgent(demo: DemoInfo | null, port: number): DemoAgent | null {
  if (!demo || demo.agents.length === 0) return null;
  return demo.agents.find((a) => a.port === port) ?? demo.agents.find((a) => a.port === demo.port) ?? demo.agents[0];
}

function socketUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws`;
}

function pagePort(): number {
  if (location.port) return Number(location.port);
  return location.protocol === 'https:' ? 443 : 80;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useDemoSession(): DemoSession {
  const [state, dispatch] = useReducer(reducer, initialState);
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const agent = useMemo(() => pickAgent(demo, pagePort()), [demo]);

  // Callbacks registered once (socket handlers) read the latest values through refs.
  const stateRef = useRef(state);
  stateRef.current = state;
  const agentRef = useRef(agent);
  agentRef.current = agent;
  const demoRef = useRef(demo);
  demoRef.current = demo;
  /**
   * With per-thread memory (the persistence demo) the agent only ever sees the current thread's
   * memories, so the Memory panel shows those: the thread to narrow to, or undefined.
   */
  const memoryThread = useCallback((): string | undefined => {
    const a = agentRef.current;
    const strategy = a?.memory?.scope?.strategy ?? a?.memory?.strategy ?? demoRef.current?.memory?.scope?.strategy;
    return strategy === 'per-thread' ? (stateRef.current.currentThreadId ?? undefined) : undefined;
  }, []);
  const socketRef = useRef<ReconnectingSocket<ServerFrame, ClientFrame> | null>(null);
  const stopAfterStart = useRef(new Set<string>());
  const searchSeq = useRef(0);
  /** Set once the first thread has been chosen; afterwards "no thread" means it was deleted. */
  const threadChosen = useRef(false);

  const report = useCallback((error: unknown) => {
    // A 503 is Redis being down: the banner says so already.
    if (error instanceof ApiError && error.status === 503) return;
    // Unreachable while the socket is down: the reconnecting banner says so, and everything is re-read on reconnect.
    if (error instanceof ApiError && error.status === 0 && stateRef.current.connection !== 'open') return;
    dispatch({ type: 'notice', kind: 'error', text: describe(error) });
  }, []);

  const loadHealth = useCallback(async () => {
    try {
      const { httpStatus, health } = await api.health();
      dispatch({ type: 'health.loaded', httpStatus, health });
    } catch {
      // Server unreachable: the connection banner covers it.
    }
  }, []);

  const loadThread = useCallback(
    async (threadId: string, resumed: boolean) => {
      try {
        const detail = await api.thread(threadId);
        dispatch({ type: 'thread.loaded', threadId, detail, resumed });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) dispatch({ type: 'thread.missing', threadId });
        else report(error);
      }
    },
    [report],
  );

  const loadThreads = useCallback(async () => {
    try {
      const { threads } = await api.threads();
      dispatch({ type: 'threads.loaded', threads });
      return threads;
    } catch (error) {
      report(error);
      return null;
    }
  }, [report]);

  const loadMemories = useCallback(async () => {
    try {
      const list = await api.memories({ agentId: agentRef.current?.id, threadId: memoryThread() });
      dispatch({ type: 'memories.loaded', items: list.items, engine: list.engine });
    } catch (error) {
      report(error);
    }
  }, [report, memoryThread]);

  // The socket lives as long as the page.
  useEffect(() => {
    const socket = new ReconnectingSocket<ServerFrame, ClientFrame>({ url: socketUrl(), schema: serverFrameSchema });
    socketRef.current = socket;
    const offs = [
      socket.on('status', (status) => dispatch({ type: 'connection', status })),
      socket.on('frame', (frame) => {
        // Per-thread memory: what another of the attendee's threads learnt is not this view's.
        const narrow = memoryThread();
        if (narrow && (frame.type === 'memory.stored' || frame.type === 'memory.updated') && frame.memory.threadId !== narrow) return;
        dispatch({ type: 'frame', frame });
        if (frame.type === 'turn.started' && stopAfterStart.current.delete(frame.requestId)) {
          socket.send({ type: 'turn.stop', turnId: frame.turnId });
        }
      }),
      socket.on('open', ({ reconnected }) => {
        const threadId = stateRef.current.currentThreadId;
        if (threadId) socket.send({ type: 'thread.watch', threadId });
        if (reconnected) {
          // Events were missed while away: reload from Redis and say what came back.
          if (threadId) void loadThread(threadId, true);
          void loadThreads();
          void loadMemories();
          void loadHealth();
        }
      }),
    ];
    socket.connect();
    return () => {
      offs.forEach((off) => off());
      socket.close();
      socketRef.current = null;
    };
  }, [loadThread, loadThreads, loadMemories, loadHealth, memoryThread]);

  // First load: what demo is this, who am I, is everything healthy.
  useEffect(() => {
    api.demo().then(setDemo, (error) => setLoadError(describe(error)));
    api.me().then((me) => dispatch({ type: 'me.loaded', me }), () => undefined);
  }, []);

  useEffect(() => {
    void loadHealth();
    const every = state.healthDown ? HEALTH_WHEN_DOWN_MS : HEALTH_EVERY_MS;
    const timer = setInterval(() => void loadHealth(), every);
    return () => clearInterval(timer);
  }, [loadHealth, state.healthDown]);

  // Once the agent is known: its memories, the threads, and which thread to open.
  const storageKey = demo && agent ? `workshop:thread:${demo.id}:${agent.id}` : null;
  useEffect(() => {
    if (!agent || !storageKey) return;
    dispatch({ type: 'agent.selected', agentId: agent.id });
    void loadMemories();
    void loadThreads().then((threads) => {
      threadChosen.current = true;
      if (stateRef.current.currentThreadId) return;
      const fromUrl = new URLSearchParams(location.search).get('thread');
      const newest = [...(threads ?? [])].sort((a, b) => toTime(b.updatedAt) - toTime(a.updatedAt))[0]?.id;
      const chosen = fromUrl ?? readStored(storageKey) ?? newest ?? agent.defaultThreadId ?? newThreadId();
      dispatch({ type: 'thread.selected', threadId: chosen });
    });
  }, [agent, storageKey, loadMemories, loadThreads]);

  // Opening a thread: load it, watch it, remember it.
  const threadId = state.currentThreadId;
  useEffect(() => {
    if (!threadId) return;
    if (storageKey) writeStored(storageKey, threadId);
    const url = new URL(location.href);
    if (url.searchParams.get('thread') !== threadId) {
      url.searchParams.set('thread', threadId);
      history.replaceState(null, '', url);
    }
    socketRef.current?.sendIfOpen({ type: 'thread.watch', threadId });
    void loadThread(threadId, false);
    if (memoryThread()) void loadMemories();
  }, [threadId, storageKey, loadThread, loadMemories, memoryThread]);

  // The open thread was deleted: move to another one.
  useEffect(() => {
    if (threadId || !threadChosen.current) return;
    dispatch({ type: 'thread.selected', threadId: stateRef.current.threads[0]?.id ?? newThreadId() });
  }, [threadId]);

  // A safety net for the live memory events: re-read the list after each finished turn.
  const finishedTurns = Object.values(state.turns).filter((t) => t.status === 'finished' || t.status === 'stopped').length;
  useEffect(() => {
    if (finishedTurns === 0) return;
    const timer = setTimeout(() => void loadMemories(), 400);
    return () => clearTimeout(timer);
  }, [finishedTurns, loadMemories]);

  const send = useCallback((raw: string) => {
    const text = raw.trim();
    const current = stateRef.current;
    const socket = socketRef.current;
    const thread = current.currentThreadId;
    if (!text || !thread || !socket || isBusy(current, thread)) return;
    const requestId = randomId('req');
    const messageId = randomId('msg');
    const agentId = agentRef.current?.id;
    const now = Date.now();
    dispatch({
      type: 'turn.requested',
      request: { requestId, threadId: thread, agentId, userMessageId: messageId, sentAt: now },
      text,
      authorName: current.me?.displayName,
      now,
    });
    const queued = socket.send({ type: 'turn.start', requestId, threadId: thread, text, messageId, ...(agentId ? { agentId } : {}) });
    if (!queued) {
      dispatch({ type: 'turn.failed', requestId, message: 'Too many messages are waiting for the connection; send again once it is back.' });
    }
  }, []);

  const stop = useCallback(() => {
    const current = stateRef.current;
    const thread = current.currentThreadId;
    const turn = runningTurn(current, thread);
    if (turn) {
      socketRef.current?.send({ type: 'turn.stop', turnId: turn.turnId });
      return;
    }
    // Not started yet: stop it as soon as the server names the turn.
    for (const p of Object.values(current.pending)) if (p.threadId === thread) stopAfterStart.current.add(p.requestId);
  }, []);

  const selectThread = useCallback((id: string) => dispatch({ type: 'thread.selected', threadId: id }), []);

  const createThread = useCallback(
    async (id?: string) => {
      const chosen = id?.trim() || newThreadId();
      try {
        const { thread } = await api.createThread({ id: chosen });
        dispatch({ type: 'thread.created', thread });
        dispatch({ type: 'thread.selected', threadId: thread.id });
      } catch (error) {
        // The thread exists already (it is the caller's own, or the server would say 404): open it.
        if (error instanceof ApiError && error.status === 409) dispatch({ type: 'thread.selected', threadId: chosen });
        else report(error);
      }
    },
    [report],
  );

  const deleteThread = useCallback(
    async (id: string) => {
      try {
        await api.deleteThread(id);
        dispatch({ type: 'thread.deleted', threadId: id });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) dispatch({ type: 'thread.deleted', threadId: id });
        else report(error);
      }
    },
    [report],
  );

  const searchMemories = useCallback(
    (query: string) => {
      const q = query.trim();
      const seq = ++searchSeq.current;
      if (!q) {
        dispatch({ type: 'memory.search.cleared' });
        return;
      }
      api.memories({ q, agentId: agentRef.current?.id, threadId: memoryThread() }).then(
        (list) => {
          // A slower answer to an older query must not overwrite a newer one.
          if (seq === searchSeq.current) dispatch({ type: 'memory.search.loaded', query: q, items: list.items, engine: list.engine });
        },
        report,
      );
    },
    [report],
  );

  const updateMemory = useCallback(
    async (id: string, text: string) => {
      try {
        const { memory } = await api.updateMemory(id, text);
        dispatch({ type: 'memory.changed', memory });
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [report],
  );

  const forgetMemory = useCallback(
    async (id: string) => {
      try {
        await api.deleteMemory(id);
        dispatch({ type: 'memory.removed', id });
      } catch (error) {
        report(error);
      }
    },
    [report],
  );

  const forgetAllMemories = useCallback(async () => {
    try {
      await api.deleteAllMemories();
      dispatch({ type: 'memory.allRemoved' });
    } catch (error) {
      report(error);
    }
  }, [report]);

  const rename = useCallback(
    async (displayName: string) => {
      try {
        const me = await api.updateMe(displayName);
        dispatch({ type: 'me.loaded', me });
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [report],
  );

  const dismissNotice = useCallback((id: number) => dispatch({ type: 'notice.dismissed', id }), []);
  const dismissResumed = useCallback(() => dispatch({ type: 'resumed.dismissed' }), []);

  return {
    state,
    demo,
    agent,
    loadError,
    send,
    stop,
    selectThread,
    createThread,
    deleteThread,
    searchMemories,
    updateMemory,
    forgetMemory,
    forgetAllMemories,
    rename,
    dismissNotice,
    dismissResumed,
  };
}

function toTime(value: number | string | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value) || 0;
  return 0;
}
