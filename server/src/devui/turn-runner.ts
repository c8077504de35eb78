/**
 * One chat turn as the DevUI runs it, for the WebSocket (streamed) and for
 * `POST /api/threads/:id/messages` (collected): registers the thread, runs the agent, publishes
 * live events for other tabs and processes, and writes the turn log line.
 */
import { collectRun, type RunResult } from '../agents/agent';
import type { AgentEvent } from '../agents/types';
import { userHistoryPrefix } from '../compose';
import type { DemoAgentDefinition } from '../demo-definition';
import { agentUsersKey, assertKeyPart } from '../redis/keys';
import type { PortContext } from './context';
import { agentEventToFrame } from './frames';
import { logTurn } from './turn-log';

/** One user message to one agent's thread, and where it came from. */
export interface TurnRequest {
  userId: string;
  agent: DemoAgentDefinition;
  threadId: string;
  text: string;
  /** Client-chosen id of the user's message (a retry is not stored twice). */
  messageId?: string;
  /** Echoed in frames; the HTTP route has none. */
  requestId?: string;
  signal?: AbortSignal;
  /** The socket that runs the turn (it is not sent its own live events again). */
  origin?: string;
  via: 'ws' | 'http';
}

/**
 * Runs the turn and yields every agent event. Throws (before the first event) only when the
 * turn cannot start: bad thread id, Redis down while setting up.
 */
export async function* runTurn(ctx: PortContext, request: TurnRequest): AsyncGenerator<AgentEvent> {
  const { services } = ctx;
  const { agent, userId, threadId } = request;
  assertKeyPart(threadId, 'thread id');
  const started = performance.now();
  const prefix = userHistoryPrefix(agent, userId);
  const [userAgent, displayName] = await Promise.all([
    services.runtime.userAgent(agent, { userId }),
    services.identity.displayName(userId),
    services.registry.register(prefix, threadId),
    services.identity.register(userId),
    services.client.sadd(agentUsersKey(agent.id, services.namespace), userId),
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
    await services.registry.touch(prefix, threadId, request.text).catch(() => undefined);
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
export function collectTurn(ctx: PortContext, request: TurnRequest): Promise<RunResult> {
  return collectRun(runTurn(ctx, request));
}
