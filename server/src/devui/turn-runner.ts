/**
 * One chat turn as the DevUI runs it, for the WebSocket (streamed) and for
 * `POST /api/threads/:id/messages` (collected): registers the thread, runs the agent, publishes
 * live events for other tabs and processes, and writes the turn log line.
 */
import { collectRun, type RunResult } from '../agents/agent';
import type { AgentEvent } from '../agents/types';
import { userHistoryPrefix } from '../compose';
import type { DemoAgentDefinition } from '../demo-definition';
import { assertKeyPart } from '../redis/keys';
import { addAgentUser } from './agent-users';
import type { DevuiServices, PortContext } from './context';
import { HttpError } from './errors';
import { agentEventToFrame } from './frames';
import { rewindThread, type RewindOutcome } from './thread-rewind';
import { logTurn } from './turn-log';

/** One user message to one agent's thread, and where it came from. */
export interface TurnRequest {
  userId: string;
  agent: DemoAgentDefinition;
  threadId: string;
  text: string;
  /** Client-chosen id of the user's message (a retry is not stored twice). */
  messageId?: string;
  /**
   * Edit and resend / regenerate: a user message of the thread to remove, with everything after
   * it and the memories they taught, before the turn runs. Refused while a turn runs on the thread.
   */
  rewindTo?: string;
  /** Told what the rewind changed, before the turn starts (the socket that asked gets its frames directly). */
  onRewound?: (outcome: RewindOutcome) => void;
  /** Echoed in frames; the HTTP route has none. */
  requestId?: string;
  signal?: AbortSignal;
  /** The socket that runs the turn (it is not sent its own live events again). */
  origin?: string;
  via: 'ws' | 'http';
}

/**
 * Turns running in this process, per history thread, with the client message ids they answer.
 * A rewind is refused while any turn runs on its thread, from any tab or the HTTP API: the running
 * turn would store its reply after the cut. The same message sent again while its first run is
 * still answering (a client that lost the acknowledgement) is refused too, instead of getting a
 * second reply; once the first run is done, a retry gets the stored reply (see `Agent`).
 */
const runningTurns = new WeakMap<DevuiServices, Map<string, { count: number; messageIds: Set<string> }>>();

/** Counts a turn as running on the thread until the returned release is called. */
function claimThread(services: DevuiServices, key: string, rewinding: boolean, messageId: string | undefined): () => void {
  let running = runningTurns.get(services);
  if (!running) runningTurns.set(services, (running = new Map()));
  const entry = running.get(key) ?? { count: 0, messageIds: new Set<string>() };
  if (rewinding && entry.count > 0) throw new HttpError('turn_in_progress', 'a reply in this thread is still running: stop it or wait before editing or regenerating');
  if (messageId !== undefined && entry.messageIds.has(messageId)) {
    throw new HttpError('turn_in_progress', 'this message is being answered right now: its reply arrives in the thread (read the thread, or send it again once it is done)');
  }
  entry.count += 1;
  if (messageId !== undefined) entry.messageIds.add(messageId);
  running.set(key, entry);
  return () => {
    entry.count -= 1;
    if (messageId !== undefined) entry.messageIds.delete(messageId);
    if (entry.count <= 0) running.delete(key);
  };
}

/**
 * Runs the turn and yields every agent event. Throws (before the first event) only when the
 * turn cannot start: bad thread id, Redis down while setting up, a refused rewind.
 */
export async function* runTurn(ctx: PortContext, request: TurnRequest): AsyncGenerator<AgentEvent> {
  const { agent, userId, threadId } = request;
  assertKeyPart(threadId, 'thread id');
  const prefix = userHistoryPrefix(agent, userId);
  // Rate and load first: a refused turn touches nothing (not even Redis).
  const admitted = await ctx.services.limits.admitTurn(userId, request.signal);
  try {
    // Claimed synchronously, so two rewinds of one thread cannot both pass the check.
    const release = claimThread(ctx.services, `${prefix}\u0000${threadId}`, request.rewindTo !== undefined, request.messageId);
    try {
      yield* runClaimedTurn(ctx, request, prefix);
    } finally {
      release();
    }
  } finally {
    admitted();
  }
}

async function* runClaimedTurn(ctx: PortContext, request: TurnRequest, prefix: string): AsyncGenerator<AgentEvent> {
  const { services } = ctx;
  const { agent, userId, threadId } = request;
  const started = performance.now();
  // First, so a refused rewind (an unknown id) leaves nothing behind, not even a registered thread.
  if (request.rewindTo !== undefined) {
    request.onRewound?.(await rewindThread(ctx, { userId, agent, threadId, messageId: request.rewindTo, origin: request.origin }));
  }
  const [userAgent, displayName] = await Promise.all([
    services.runtime.userAgent(agent, { userId }),
    services.identity.displayName(userId),
    // A new thread id creates the thread: past the attendee's cap this refuses the turn (`too_many_threads`).
    services.registry.register(prefix, threadId).then(() => addAgentUser(services, agent.id, userId)),
    services.identity.register(userId),
  ]);
  const engine = userAgent.engine;
  const frameCtx = { requestId: request.requestId ?? '', threadId, agentId: agent.id, engine, turnId: undefined as string | undefined };
  let errorCode: string | undefined;
  let finished: Extract<AgentEvent, { type: 'turn-finished' }> | undefined;
  let memoriesUsed = 0;
  let toolCalls = 0;

  try {
    const events = userAgent.agent.runStream(request.text, {
      thread: userAgent.thread(threadId),
      signal: request.signal,
      authorName: displayName,
      messageId: request.messageId,
    });
    for await (const event of events) {
      if (event.type === 'turn-started') frameCtx.turnId = event.turnId;
      if (event.type === 'memories-retrieved') memoriesUsed = event.memories.length;
      if (event.type === 'tool-call') toolCalls++;
      // A stop is not a failure: the log line says `stopped` instead.
      if (event.type === 'error' && event.code !== 'aborted') errorCode ??= event.code;
      if (event.type === 'turn-finished') finished = event;
      if (event.type === 'message-stored' || event.type === 'memory-changed') {
        const frame = agentEventToFrame(event, frameCtx);
        if (frame) {
          void services.live.publish({
            userId,
            agentId: agent.id,
            threadId: event.type === 'message-stored' ? threadId : undefined,
            origin: request.origin,
            frame,
          });
        }
      }
      yield event;
    }
  } finally {
    // A thread deleted while its turn ran is listed again, and so is its user.
    await services.registry
      .touch(prefix, threadId, request.text)
      .then((readded) => (readded ? addAgentUser(services, agent.id, userId) : undefined))
      .catch(() => undefined);
    logTurn(services.logger, {
      demo: ctx.demo.id,
      agentId: agent.id,
      userId,
      threadId,
      engine,
      via: request.via,
      timings: finished?.timings,
      memoriesUsed,
      toolCalls,
      error: finished ? undefined : (errorCode ?? (request.signal?.aborted ? undefined : 'incomplete')),
      stopped: request.signal?.aborted || undefined,
      elapsedMs: Math.round(performance.now() - started),
    });
  }
}

/** Runs a whole turn for the HTTP API; throws a `WorkshopError` when it ended without a reply. */
export async function collectTurn(ctx: PortContext, request: TurnRequest): Promise<RunResult & { rewound?: RewindOutcome }> {
  let rewound: RewindOutcome | undefined;
  const result = await collectRun(runTurn(ctx, { ...request, onRewound: (outcome) => (rewound = outcome) }));
  return rewound ? { ...result, rewound } : result;
}
