/**
 * An agent: instructions, a chat model, tools and context providers (long-term memory) over a
 * thread (conversation history). `runStream` runs one turn and reports every step as it happens.
 */
import { randomUUID } from 'node:crypto';
import { WorkshopError, isErrorCode } from '../errors';
import type { ChatMessage, ToolCall } from '../history/types';
import type { MemoryHit } from '../memory/types';
import { loadTokenCounter } from '../models/token-estimate';
import { describeModelCall, type ModelCallContext } from './model-context';
import type { AgentThread } from './thread';
import { runTool, toolSpec } from './tool';
import type { AgentEvent, ChatModel, ContextProvider, FinishReason, ModelMessage, TokenUsage, Tool, TurnTimings } from './types';
import type { MemoryNotice } from '../memory/types';

/** What an agent is made of: its instructions, model, tools and context providers. */
export interface AgentOptions {
  /** Shown to users and stored as `authorName` of the agent's messages. */
  name: string;
  description?: string;
  /** The system prompt. */
  instructions: string;
  model: ChatModel;
  tools?: Tool[];
  /** Long-term memory and anything else that adds context before a model call. */
  contextProviders?: ContextProvider[];
  /** How many of the thread's newest messages the model sees. Default 40. */
  historyWindow?: number;
  /** Upper bound on model ↔ tool round trips in one turn. Default 4. */
  maxToolRounds?: number;
}

/** The thread a turn runs on, and what to store with the user's message. */
export interface RunOptions {
  thread: AgentThread;
  signal?: AbortSignal;
  /** Display name stored with the user's message. */
  authorName?: string;
  /** Id for the user's message: pass the client's id so a retried request is not stored twice. */
  messageId?: string;
}

/** The outcome of a turn, for callers that do not stream. */
export interface RunResult {
  turnId: string;
  userMessage: ChatMessage;
  reply: ChatMessage;
  memoriesUsed: MemoryHit[];
  toolCalls: ToolCall[];
  timings: TurnTimings;
  /** What the turn's last model call was sent, when the turn reached the model. */
  context?: ModelCallContext;
}

/** Runs turns: history and memories in, model and tool calls, the reply stored in the thread. */
export class Agent {
  readonly name: string;
  readonly description: string;
  readonly model: ChatModel;
  readonly tools: readonly Tool[];
  private readonly options: AgentOptions;

  constructor(options: AgentOptions) {
    this.options = options;
    this.name = options.name;
    this.description = options.description ?? '';
    this.model = options.model;
    this.tools = options.tools ?? [];
  }

  /** Runs one turn; never throws once started: failures arrive as an `error` event. */
  async *runStream(text: string, options: RunOptions): AsyncGenerator<AgentEvent> {
    const turnId = randomUUID();
    const { thread, signal } = options;
    const started = performance.now();
    const timings: TurnTimings = { memorySearch: 0, model: 0, tools: 0, historyWrite: 0, memoryWrite: 0, total: 0 };
    const userMessage: ChatMessage = {
      id: options.messageId ?? randomUUID(),
      role: 'user',
      text,
      authorName: options.authorName,
      createdAt: Date.now(),
    };
    yield { type: 'turn-started', turnId, threadId: thread.id, agentName: this.name };
    // Loaded while history and memories are read: only a process's first turn waits for it.
    const counting = loadTokenCounter();

    let history: ChatMessage[];
    let context: { text?: string; memories: MemoryHit[] };
    // Memory steps that went wrong without failing the turn, reported after the step.
    const notices: MemoryNotice[] = [];
    const report = (notice: MemoryNotice) => notices.push(notice);
    try {
      // The user's message is stored before the model runs, so a crash mid-reply loses nothing
      // the user sent; the history read and the memory search run at the same time.
      const t0 = performance.now();
      const [previous, added, found] = await Promise.all([
        thread.store.listMessages(this.options.historyWindow ?? 40),
        thread.store.addMessages([userMessage]).then((r) => ((timings.historyWrite += performance.now() - t0), r)),
        this.gatherContext(thread.id, userMessage, report).then((r) => ((timings.memorySearch = performance.now() - t0), r)),
      ]);
      history = previous.filter((m) => m.id !== userMessage.id);
      context = found;
      // The same message again (a client retrying after it lost the answer): it was stored once,
      // and when it was answered the stored reply is the answer, not a second model run.
      const answered = added.length === 0 ? storedAnswer(previous, userMessage.id) : undefined;
      if (answered) {
        yield { type: 'message-stored', message: answered.question };
        timings.total = performance.now() - started;
        yield { type: 'turn-finished', turnId, reply: answered.reply, timings: roundTimings(timings) };
        return;
      }
    } catch (err) {
      yield errorEvent(err);
      return;
    }
    yield { type: 'message-stored', message: userMessage };
    yield { type: 'memories-retrieved', memories: context.memories, context: context.text, ms: round(timings.memorySearch) };
    for (const notice of notices.splice(0)) yield { type: 'notice', ...notice };

    const memoriesMessage: ModelMessage | undefined = context.text ? { role: 'system', text: context.text, memories: context.memories } : undefined;
    const historyMessages = history.map(toModelMessage);
    const conversation: ModelMessage[] = [
      { role: 'system', text: this.options.instructions },
      ...(memoriesMessage ? [memoriesMessage] : []),
      ...historyMessages,
      toModelMessage(userMessage),
    ];
    /** The parts of every model call of the turn; tool rounds follow them in `conversation`. */
    const opening = {
      length: conversation.length,
      instructions: this.options.instructions,
      memories: memoriesMessage,
      history: historyMessages,
      historyWindow: this.options.historyWindow ?? 40,
      userMessage: conversation[conversation.length - 1],
    };
    let sentTokens = 0;
    const produced: ChatMessage[] = [];
    const toolCalls: ToolCall[] = [];
    const replyId = randomUUID();
    let replyText = '';
    /** Text of the model call in progress: streamed to the caller, not yet part of a message. */
    let roundText = '';
    /** The model stopped before its reply was complete (stopped by the caller, or failed mid-way). */
    let cutShort = false;
    let failure: unknown;
    let usage: TokenUsage | undefined;
    let finishReason: FinishReason | undefined;
    let retries = 0;

    const specs = this.tools.map(toolSpec);
    const maxRounds = this.options.maxToolRounds ?? 4;
    try {
      const counter = await counting;
      for (let step = 0; ; step++) {
        const calls: ToolCall[] = [];
        roundText = '';
        const tools = step < maxRounds ? specs : [];
        const sent = describeModelCall({ ...opening, call: step + 1, toolRounds: conversation.slice(opening.length), tools, earlierTokens: sentTokens }, counter);
        sentTokens = sent.turnTokens;
        yield { type: 'model-request', context: sent };
        const m0 = performance.now();
        for await (const event of this.model.stream({ messages: conversation, tools, signal })) {
          if (event.type === 'text-delta') {
            roundText += event.text;
            yield { type: 'text-delta', messageId: replyId, text: event.text };
          } else if (event.type === 'tool-call') {
            calls.push(event.call);
            yield { type: 'tool-call', call: event.call };
          } else if (event.type === 'retry') {
            retries += 1;
            yield { type: 'model-retry', attempt: event.attempt, delayMs: event.delayMs, reason: event.reason };
          } else if (event.type === 'finish') {
            finishReason = event.reason;
            if (event.usage) usage = { inputTokens: (usage?.inputTokens ?? 0) + event.usage.inputTokens, outputTokens: (usage?.outputTokens ?? 0) + event.usage.outputTokens };
          }
        }
        timings.model += performance.now() - m0;
        if (calls.length === 0 || step >= maxRounds) {
          replyText += roundText;
          roundText = '';
          // A model that ends its stream quietly when aborted (instead of throwing) was cut short too.
          if (signal?.aborted) cutShort = true;
          break;
        }
        const request: ChatMessage = { id: randomUUID(), role: 'assistant', text: roundText, authorName: this.name, createdAt: Date.now(), toolCalls: calls };
        conversation.push(toModelMessage(request));
        toolCalls.push(...calls);
        // The tool round is stored only once every call has its result: a stop in the middle of
        // it must not leave a tool call without its answer in the history (models reject that).
        const roundMessages: ChatMessage[] = [request];
        for (const call of calls) {
          const tool = this.tools.find((t) => t.name === call.name);
          const t0 = performance.now();
          const outcome = tool
            ? await runTool(tool, call.arguments, signal, { threadId: thread.id })
            : { ok: false as const, result: { error: `unknown tool ${call.name}` } };
          const ms = performance.now() - t0;
          timings.tools += ms;
          const resultText = typeof outcome.result === 'string' ? outcome.result : JSON.stringify(outcome.result);
          const toolMessage: ChatMessage = { id: randomUUID(), role: 'tool', text: resultText, createdAt: Date.now(), toolCallId: call.id, toolName: call.name };
          roundMessages.push(toolMessage);
          conversation.push(toModelMessage(toolMessage));
          yield { type: 'tool-result', toolCallId: call.id, name: call.name, result: outcome.result, isError: !outcome.ok, ms: round(ms) };
        }
        produced.push(...roundMessages);
        roundText = '';
      }
    } catch (err) {
      // A stopped or failed reply keeps what was streamed so far (the model throws on abort in
      // the middle of its stream): the history shows what the user saw, marked `interrupted`.
      cutShort = true;
      replyText += roundText;
      if (!signal?.aborted) failure = err;
    }

    if (!failure && !replyText && finishReason === 'content-filter') {
      failure = new WorkshopError('model_content_filtered', "the provider's content filter withheld the reply; rephrase the message and send again");
    }
    if (failure && !replyText) {
      if (produced.length) await thread.store.addMessages(produced).catch(() => undefined);
      yield errorEvent(failure);
      return;
    }
    const reply: ChatMessage = {
      id: replyId,
      role: 'assistant',
      text: replyText,
      authorName: this.name,
      createdAt: Date.now(),
      ...(cutShort ? { interrupted: true } : {}),
      ...(context.memories.length ? { memoriesUsed: context.memories.map((m) => ({ id: m.record.id, text: m.record.content, score: m.score, kind: m.record.kind })) } : {}),
    };
    // A reply stopped before its first word is not stored: an empty assistant message would tell
    // the model (and a reader of the history) that the agent answered with nothing. The user's
    // message and any completed tool round are still stored and remembered; the turn then ends
    // with an `aborted` error event instead of `turn-finished` (there is no reply to report).
    const keepReply = !cutShort || replyText.length > 0;
    if (keepReply) produced.push(reply);

    const h0 = performance.now();
    const [stored, changes] = await Promise.allSettled([
      thread.store.addMessages(produced).then((r) => ((timings.historyWrite += performance.now() - h0), r)),
      this.remember(thread.id, userMessage, produced, report).then((r) => ((timings.memoryWrite = performance.now() - h0), r)),
    ]);
    if (changes.status === 'fulfilled') for (const change of changes.value) yield { type: 'memory-changed', change };
    if (stored.status === 'rejected') {
      // The reply is not in the history: the turn failed, whatever was streamed. Reporting it as
      // finished would acknowledge a reply that a reload, another tab or the next turn never sees.
      const reason = stored.reason;
      yield reason instanceof WorkshopError
        ? { type: 'error', code: reason.code, message: `the reply could not be saved, so it does not count (send the message again): ${reason.message}` }
        : errorEvent(reason);
      return;
    }
    for (const message of stored.value) yield { type: 'message-stored', message };
    if (changes.status === 'rejected') yield errorEvent(changes.reason);
    for (const notice of notices.splice(0)) yield { type: 'notice', ...notice };
    if (failure) yield errorEvent(failure);
    if (!keepReply) {
      yield { type: 'error', code: 'aborted', message: 'the reply was stopped before it began; nothing of it was stored' };
      return;
    }

    timings.total = performance.now() - started;
    yield {
      type: 'turn-finished',
      turnId,
      reply,
      timings: roundTimings(timings),
      ...(usage ? { usage } : {}),
      ...(finishReason ? { finishReason } : {}),
      ...(retries ? { retries } : {}),
    };
  }

  /** Runs one turn to the end. Throws a `WorkshopError` when the turn failed before a reply. */
  run(text: string, options: RunOptions): Promise<RunResult> {
    return collectRun(this.runStream(text, options));
  }

  private async gatherContext(threadId: string, message: ChatMessage, report: (notice: MemoryNotice) => void): Promise<{ text?: string; memories: MemoryHit[] }> {
    const providers = this.options.contextProviders ?? [];
    const results = await Promise.all(providers.map((p) => p.invoking({ threadId, messages: [message], report })));
    const texts = results.map((r) => r.text).filter((t): t is string => Boolean(t));
    return { text: texts.length ? texts.join('\n\n') : undefined, memories: results.flatMap((r) => r.memories) };
  }

  private async remember(threadId: string, request: ChatMessage, response: ChatMessage[], report: (notice: MemoryNotice) => void) {
    const providers = this.options.contextProviders ?? [];
    const results = await Promise.all(providers.map((p) => p.invoked({ threadId, requestMessages: [request], responseMessages: response, report })));
    return results.flat();
  }
}

/**
 * Collects a turn's events (from `runStream`, or a wrapper of it) into its outcome. Throws a
 * `WorkshopError` when the turn ended without a reply.
 */
export async function collectRun(events: AsyncIterable<AgentEvent>): Promise<RunResult> {
  let userMessage: ChatMessage | undefined;
  let finished: Extract<AgentEvent, { type: 'turn-finished' }> | undefined;
  let failure: Extract<AgentEvent, { type: 'error' }> | undefined;
  let memoriesUsed: MemoryHit[] = [];
  let context: ModelCallContext | undefined;
  const toolCalls: ToolCall[] = [];
  for await (const event of events) {
    if (event.type === 'message-stored' && event.message.role === 'user') userMessage ??= event.message;
    if (event.type === 'memories-retrieved') memoriesUsed = event.memories;
    if (event.type === 'tool-call') toolCalls.push(event.call);
    if (event.type === 'model-request') context = event.context;
    if (event.type === 'turn-finished') finished = event;
    if (event.type === 'error') failure ??= event;
  }
  if (!finished || !userMessage) {
    // The model's own codes (model_auth_failed, model_rate_limited …) reach the caller as they are.
    const code = isErrorCode(failure?.code) ? failure.code : 'model_failed';
    throw new WorkshopError(code, failure?.message ?? 'the turn ended without a reply');
  }
  return { turnId: finished.turnId, userMessage, reply: finished.reply, memoriesUsed, toolCalls, timings: finished.timings, ...(context ? { context } : {}) };
}

function toModelMessage(message: ChatMessage): ModelMessage {
  const { role, text, toolCalls, toolCallId, toolName } = message;
  return { role, text, toolCalls, toolCallId, toolName };
}

/**
 * The stored user message `id` and the reply that answered it (the first assistant message after
 * it that is not a tool request, before the next user message); undefined when it has none yet.
 */
function storedAnswer(messages: ChatMessage[], id: string): { question: ChatMessage; reply: ChatMessage } | undefined {
  const at = messages.findIndex((m) => m.id === id);
  if (at < 0) return undefined;
  for (const message of messages.slice(at + 1)) {
    if (message.role === 'user') return undefined;
    if (message.role === 'assistant' && !message.toolCalls?.length) return { question: messages[at], reply: message };
  }
  return undefined;
}

function errorEvent(err: unknown): AgentEvent {
  if (err instanceof WorkshopError) return { type: 'error', code: err.code, message: err.message };
  return { type: 'error', code: 'model_failed', message: err instanceof Error ? err.message : String(err) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function roundTimings(t: TurnTimings): TurnTimings {
  return {
    memorySearch: round(t.memorySearch),
    model: round(t.model),
    tools: round(t.tools),
    historyWrite: round(t.historyWrite),
    memoryWrite: round(t.memoryWrite),
    total: round(t.total),
  };
}
