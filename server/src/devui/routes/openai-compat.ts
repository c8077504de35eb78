/**
 * The agents as OpenAI-compatible endpoints (`/v1/responses`, `/v1/conversations`), so attendees
 * can drive them from their own code with the `openai` SDK. Authentication is the attendee's API
 * key (`GET /api/me` → `apiKey`); a conversation is one of their threads with this port's agent,
 * kept in Redis like every thread (it survives restarts and shows in the Threads list), and memory
 * and history behave exactly as through the page. Errors are OpenAI-style objects.
 */
import { randomUUID } from 'node:crypto';
import { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { userHistoryPrefix } from '../../compose';
import { WorkshopError } from '../../errors';
import { assertKeyPart } from '../../redis/keys';
import { releaseAgentUser } from '../agent-users';
import type { PortContext } from '../context';
import { toErrorAnswer } from '../errors';
import { conversationItem, conversationObject, inputText, newResponseFrame, openAIError, outputMessage, responseObject, type ResponseFrame } from '../openai-format';
import { checkMessageText } from './threads';
import { runTurn } from '../turn-runner';
import type { AgentEvent } from '../../agents/types';

const responseBody = z.object({
  model: z.string().min(1, 'model is required: the agent id (GET /api/demo lists them)'),
  input: z.unknown(),
  conversation: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  stream: z.boolean().nullish(),
});

const userOf = (res: Response): string => res.locals.apiUserId as string;

function fail(status: number, message: string, code: string | null = null, param: string | null = null): never {
  throw Object.assign(new Error(message), { openai: openAIError(status, message, code, param) });
}

/** `/v1/…` routes of this port. */
export function openAICompatRoutes(ctx: PortContext): Router {
  const router = Router();
  const { services } = ctx;
  const agent = ctx.agents[0];

  const auth: RequestHandler = (req, res, next) => {
    const key = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    const userId = services.identity.userFromApiKey(key);
    if (!userId) return next(Object.assign(new Error('bad key'), { openai: openAIError(401, 'Incorrect API key provided: use the apiKey that GET /api/me gives this attendee.', 'invalid_api_key') }));
    res.locals.apiUserId = userId;
    next();
  };
  router.use('/v1', auth);

  const conversationOf = async (res: Response, id: string, param = 'conversation') => {
    let threadId: string;
    try {
      threadId = assertKeyPart(id, 'conversation id');
    } catch {
      fail(400, `invalid conversation id ${JSON.stringify(id.slice(0, 60))}`, 'invalid_value', param);
    }
    const thread = await services.registry.get(userHistoryPrefix(agent, userOf(res)), threadId);
    if (!thread) fail(404, `No conversation found with id '${threadId.slice(0, 60)}'.`, 'not_found', param);
    return thread;
  };

  router.post('/v1/conversations', async (_req, res) => {
    const threadId = `conv_${randomUUID().replace(/-/g, '')}`;
    await services.identity.register(userOf(res));
    const { thread } = await services.registry.create(userHistoryPrefix(agent, userOf(res)), threadId, 'OpenAI SDK conversation');
    res.json(conversationObject(thread.id, thread.createdAt));
  });

  router.get('/v1/conversations/:id', async (req, res) => {
    const thread = await conversationOf(res, req.params.id);
    res.json(conversationObject(thread.id, thread.createdAt));
  });

  router.get('/v1/conversations/:id/items', async (req, res) => {
    const thread = await conversationOf(res, req.params.id);
    const messages = (await services.runtime.historyStore(agent, userOf(res), thread.id).listMessages()).filter((m) => m.role === 'user' || m.role === 'assistant');
    const order = req.query.order === 'asc' ? messages : [...messages].reverse();
    const data = order.map(conversationItem);
    res.json({ object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: false });
  });

  router.delete('/v1/conversations/:id', async (req, res) => {
    const thread = await conversationOf(res, req.params.id);
    await services.registry.remove(userHistoryPrefix(agent, userOf(res)), thread.id);
    await releaseAgentUser(services, agent, userOf(res));
    res.json({ id: thread.id, object: 'conversation.deleted', deleted: true });
  });

  router.post('/v1/responses', async (req: Request, res: Response) => {
    const parsed = responseBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(400, issue?.message ?? 'invalid request', 'invalid_request', issue?.path.join('.') || null);
    }
    const body = parsed.data;
    const chosen = ctx.agents.find((a) => a.id === body.model);
    if (!chosen) fail(404, `The model '${body.model.slice(0, 60)}' does not exist on this port; it serves ${ctx.agents.map((a) => a.id).join(', ')}.`, 'model_not_found', 'model');
    const text = inputText(body.input);
    if (text === undefined) fail(400, 'input must be a string or a list of messages with a user message', 'invalid_value', 'input');
    try {
      checkMessageText(text);
    } catch (err) {
      fail(400, (err as Error).message, 'invalid_value', 'input');
    }
    const requested = typeof body.conversation === 'string' ? body.conversation : body.conversation?.id;
    const threadId = requested ? (await conversationOf(res, requested)).id : `conv_${randomUUID().replace(/-/g, '')}`;
    const frame = newResponseFrame(chosen.id, threadId);
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const events = runTurn(ctx, { userId: userOf(res), agent: chosen, threadId, text, signal: controller.signal, via: 'http' });
    if (body.stream) await streamResponse(res, frame, events);
    else res.json(await completeResponse(frame, events));
  });

  router.use('/v1', openAIErrorHandler(ctx));
  return router;
}

/**
 * Errors on `/v1` as OpenAI-style objects. Mounted in the router and, for what fails before it
 * (a body that is not JSON), on `/v1` in the app right after the body parser.
 */
export function openAIErrorHandler(ctx: PortContext): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const known = (err as { openai?: ReturnType<typeof openAIError> }).openai;
    if (known) return void res.status(known.status).json(known.body);
    const { status, body, retryAfterSeconds } = toErrorAnswer(err, (e) => ctx.services.logger.error({ err: e }, 'unexpected error on /v1'));
    const mapped = openAIError(status, body.error.message, body.error.code);
    // The openai SDK waits this long before its own retry of a 429 / 503.
    if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
    res.status(mapped.status).json(mapped.body);
  };
}

/** Runs the turn to its end and answers one Response object. */
async function completeResponse(frame: ResponseFrame, events: AsyncIterable<AgentEvent>) {
  let finished: Extract<AgentEvent, { type: 'turn-finished' }> | undefined;
  let failure: Extract<AgentEvent, { type: 'error' }> | undefined;
  for await (const event of events) {
    if (event.type === 'turn-finished') finished = event;
    if (event.type === 'error') failure ??= event;
  }
  if (!finished) throw new WorkshopError(failure?.code ?? 'model_failed', failure?.message ?? 'the turn ended without a reply');
  const item = outputMessage(`msg_${finished.reply.id.replace(/-/g, '')}`, finished.reply.text, 'completed');
  return responseObject(frame, 'completed', [item], finished.usage);
}

/** Streams the turn as the Responses API's server-sent events. */
async function streamResponse(res: Response, frame: ResponseFrame, turn: AsyncIterable<AgentEvent>): Promise<void> {
  const iterator = turn[Symbol.asyncIterator]();
  // The status line waits for the turn's first event: a turn refused before it starts (a limit,
  // the thread cap) is still an HTTP error with its status, not a 200 stream cut short.
  const first = await iterator.next();
  const events: AsyncIterable<AgentEvent> = {
    async *[Symbol.asyncIterator]() {
      try {
        for (let step = first; !step.done; step = await iterator.next()) yield step.value;
      } finally {
        // Left early: the turn still runs its own cleanup (it frees its thread and its slot).
        await iterator.return?.();
      }
    },
  };
  res.status(200).setHeader('Content-Type', 'text/event-stream');
  res.setHeader('Cache-Control', 'no-cache');
  let sequence = 0;
  const emit = (type: string, data: Record<string, unknown>) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`);
  const itemId = `msg_${randomUUID().replace(/-/g, '')}`;
  let text = '';
  let opened = false;
  emit('response.created', { response: responseObject(frame, 'in_progress', []) });
  emit('response.in_progress', { response: responseObject(frame, 'in_progress', []) });
  const open = () => {
    if (opened) return;
    opened = true;
    emit('response.output_item.added', { output_index: 0, item: outputMessage(itemId, '', 'in_progress') });
    emit('response.content_part.added', { item_id: itemId, output_index: 0, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
  };
  for await (const event of events) {
    if (event.type === 'text-delta') {
      open();
      text += event.text;
      emit('response.output_text.delta', { item_id: itemId, output_index: 0, content_index: 0, delta: event.text, logprobs: [] });
    } else if (event.type === 'error') {
      emit('error', { code: event.code, message: event.message, param: null });
    } else if (event.type === 'turn-finished') {
      open();
      emit('response.output_text.done', { item_id: itemId, output_index: 0, content_index: 0, text, logprobs: [] });
      emit('response.content_part.done', { item_id: itemId, output_index: 0, content_index: 0, part: { type: 'output_text', text, annotations: [] } });
      const item = outputMessage(itemId, text, 'completed');
      emit('response.output_item.done', { output_index: 0, item });
      emit('response.completed', { response: responseObject(frame, 'completed', [item], event.usage) });
    }
  }
  res.end();
}
