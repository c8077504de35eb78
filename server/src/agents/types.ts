/** The agent runtime's interfaces: chat models, tools, context providers and run events. */
import type { z } from 'zod';
import type { ErrorCode } from '../errors';
import type { ChatMessage, ToolCall } from '../history/types';
import type { MemoryChange, MemoryHit, MemoryNotice } from '../memory/types';
import type { FinishReason, TokenUsage } from '../models/types';
import type { ModelCallContext } from './model-context';
import type { ToolContext } from './tool-context';

export type { ModelCallContext, SentMessage, SentMessages, SentText } from './model-context';
export type { StoredRecord, ToolContext, ToolRecords } from './tool-context';
export type { ChatModel, FinishReason, ModelEvent, ModelMessage, ModelRequest, TokenUsage, ToolSpec } from '../models/types';

/** A tool an agent can call. Arguments are validated with `schema` before `execute` runs. */
export interface Tool<A extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  schema: A;
  execute(args: z.infer<A>, context: ToolContext): Promise<unknown> | unknown;
}

/** What a context provider adds before a model call. */
export interface ProvidedContext {
  /** The exact text injected as a system message before the conversation (`## Memories ...`); none when empty. */
  text?: string;
  /** The memories behind `text`, with scores. */
  memories: MemoryHit[];
}

export type { MemoryChange };

/**
 * The counterpart of Agent Framework's `ContextProvider`: asked for context before each model
 * call and told the turn's messages after it.
 */
export interface ContextProvider {
  invoking(input: { threadId: string; messages: ChatMessage[]; report?: (notice: MemoryNotice) => void }): Promise<ProvidedContext>;
  invoked(input: { threadId: string; requestMessages: ChatMessage[]; responseMessages: ChatMessage[]; report?: (notice: MemoryNotice) => void }): Promise<MemoryChange[]>;
}

/** Timings of one turn, in milliseconds. */
export interface TurnTimings {
  memorySearch: number;
  model: number;
  tools: number;
  historyWrite: number;
  memoryWrite: number;
  total: number;
}

/** Everything an agent run reports, in order. */
export type AgentEvent =
  | { type: 'turn-started'; turnId: string; threadId: string; agentName: string }
  | { type: 'message-stored'; message: ChatMessage }
  | { type: 'memories-retrieved'; memories: MemoryHit[]; context?: string; ms: number }
  /** Right before each model call: what it is sent, part by part, with estimated tokens. */
  | { type: 'model-request'; context: ModelCallContext }
  | { type: 'text-delta'; messageId: string; text: string }
  | { type: 'tool-call'; call: ToolCall }
  | { type: 'tool-result'; toolCallId: string; name: string; result: unknown; isError: boolean; ms: number }
  | { type: 'memory-changed'; change: MemoryChange }
  /** The model call failed with something worth retrying and is tried again after `delayMs`. */
  | { type: 'model-retry'; attempt: number; delayMs: number; reason: string }
  /** A step went wrong without failing the turn (facts read offline after the model failed, text-only search). */
  | { type: 'notice'; source: string; message: string }
  | {
      type: 'turn-finished';
      turnId: string;
      reply: ChatMessage;
      timings: TurnTimings;
      /** Tokens over all model calls of the turn, when the provider reports them. */
      usage?: TokenUsage;
      /** Why the model stopped its last call: `length` and `content-filter` mean the reply is cut short. */
      finishReason?: FinishReason;
      /** How many model calls were retried. */
      retries?: number;
    }
  | { type: 'error'; code: ErrorCode; message: string };
