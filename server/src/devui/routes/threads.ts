/**
 * Threads of the caller with this port's agent: list, create (an id of one's choice or a new
 * one), read with its messages and Redis key, delete, and post a message (one whole turn).
 */
import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import { userHistoryPrefix } from '../../compose';
import {
  agentQuerySchema,
  createThreadAnswerSchema,
  createThreadBodySchema,
  postMessageBodySchema,
  threadDetailSchema,
  threadListQuerySchema,
  threadListSchema,
  turnAnswerSchema,
} from '../../contracts/http';
import type { DemoAgentDefinition } from '../../demo-definition';
import { WorkshopError } from '../../errors';
import { assertKeyPart } from '../../redis/keys';
import { releaseAgentUser } from '../agent-users';
import { agentFor, type PortContext } from '../context';
import { HttpError } from '../errors';
import { userIdOf } from '../identity';
import { MAX_MESSAGE_CHARS } from '../../contracts/ws';
import { collectTurn } from '../turn-runner';
import { hitToWire, send, toWireMessage } from '../wire';

/** Checks the `:id` path parameter the same way history keys are checked. */
function threadIdParam(raw: string): string {
  return assertKeyPart(raw, 'thread id');
}

/** The message text: present, not blank, and at most MAX_MESSAGE_CHARS (413 beyond). */
export function checkMessageText(text: string): string {
  if (text.trim().length === 0) throw new WorkshopError('invalid_argument', 'text must not be empty');
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new HttpError('message_too_long', `text is ${text.length} characters long; at most ${MAX_MESSAGE_CHARS} are accepted`);
  }
  return text;
}

function notFound(threadId: string): WorkshopError {
  return new WorkshopError('not_found', `no thread ${JSON.stringify(threadId)} of yours here; create it with POST /api/threads`);
}

function agentFromQuery(ctx: PortContext, query: unknown): DemoAgentDefinition {
  return agentFor(ctx, agentQuerySchema.parse(query).agentId);
}

/** `/api/threads…`: the caller's threads, their histories, and turns over HTTP. */
export function threadRoutes(ctx: PortContext): Router {
  const router = Router();
  const { registry, live } = ctx.services;
  const user = (res: Response) => userIdOf(res);

  router.get('/api/threads', async (req, res) => {
    const query = threadListQuerySchema.parse(req.query);
    const agent = agentFor(ctx, query.agentId);
    send(res, threadListSchema, await registry.page(userHistoryPrefix(agent, user(res)), { limit: query.limit, cursor: query.cursor }));
  });

  router.post('/api/threads', async (req, res) => {
    const input = createThreadBodySchema.parse(req.body);
    const agent = agentFor(ctx, input.agentId);
    const threadId = input.id === undefined || input.id === '' ? `thread_${randomUUID()}` : threadIdParam(input.id);
    const [{ thread, created }] = await Promise.all([registry.create(userHistoryPrefix(agent, user(res)), threadId, input.title), ctx.services.identity.register(user(res))]);
    send(res, createThreadAnswerSchema, { thread, created }, created ? 201 : 200);
  });

  router.get('/api/threads/:id', async (req, res) => {
    const threadId = threadIdParam(req.params.id);
    const agent = agentFromQuery(ctx, req.query);
    const userId = user(res);
    const thread = await registry.get(userHistoryPrefix(agent, userId), threadId);
    if (!thread) throw notFound(threadId);
    const store = ctx.services.runtime.historyStore(agent, userId, threadId);
    const [messages, described] = await Promise.all([store.listMessages(), store.describe()]);
    send(res, threadDetailSchema, {
      thread,
      agentId: agent.id,
      key: described.key,
      maxMessages: agent.history.maxMessages ?? null,
      ttlSeconds: agent.history.ttlSeconds ?? null,
      ttlRemaining: described.ttlSeconds,
      messages: messages.map(toWireMessage),
    });
  });

  router.delete('/api/threads/:id', async (req, res) => {
    const threadId = threadIdParam(req.params.id);
    const agent = agentFromQuery(ctx, req.query);
    const userId = user(res);
    const prefix = userHistoryPrefix(agent, userId);
    if (!(await registry.get(prefix, threadId))) throw notFound(threadId);
    await registry.remove(prefix, threadId);
    await releaseAgentUser(ctx.services, agent, userId);
    // Every tab of the user hears it (not only the tabs that show it): their thread lists hold it too.
    void live.publish({ userId, agentId: agent.id, frame: { type: 'thread.deleted', threadId } });
    res.status(204).end();
  });

  router.post('/api/threads/:id/messages', async (req, res) => {
    const threadId = threadIdParam(req.params.id);
    const input = postMessageBodySchema.parse(req.body);
    const text = checkMessageText(input.text);
    const agent = agentFor(ctx, input.agentId);
    const controller = new AbortController();
    // A client that hangs up stops the model; what was produced so far is still stored.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const turn = await collectTurn(ctx, {
      userId: user(res),
      agent,
      threadId,
      text,
      messageId: input.messageId,
      rewindTo: input.rewindTo,
      signal: controller.signal,
      via: 'http',
    });
    send(res, turnAnswerSchema, {
      threadId,
      agentId: agent.id,
      turnId: turn.turnId,
      userMessage: toWireMessage(turn.userMessage),
      reply: toWireMessage(turn.reply),
      memoriesUsed: turn.memoriesUsed.map((hit) => {
        const wire = hitToWire(hit);
        return { id: wire.id, text: wire.text, score: hit.score, kind: wire.kind };
      }),
      toolCalls: turn.toolCalls,
      timings: turn.timings,
      ...(turn.context ? { context: turn.context } : {}),
      ...(turn.rewound ? { rewound: { fromMessageId: turn.rewound.fromMessageId, removedMessageIds: turn.rewound.removed.map((m) => m.id), forgottenMemoryIds: turn.rewound.forgottenMemoryIds } } : {}),
    });
  });

  return router;
}
