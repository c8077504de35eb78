/** The agent runtime's interfaces: chat models, tools, context providers and run events. */
import type { z } from 'zod';
import type { ChatMessage, ToolCall } from '../history/types';
import type { MemoryChange, MemoryHit } from '../memory/types';

/** A message as a chat model sees it. */
export interface ModelMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  text: string;
  toolCalls?: ToolCall[];
  toolCallId?: string;
  toolName?: string;
  /**
   * On the memory context message: the memories behind its text. Remote models read only the
   * text; the offline model reads these to answer from what it was given.
   */
  memories?: MemoryHit[];
}

/** A tool as the model sees it: name, description and JSON Schema of its arguments. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export type ModelEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'tool-call'; call: ToolCall }
  | { type: 'finish'; reason: 'stop' | 'tool-calls' | 'length' };

export interface ModelRequest {
  messages: ModelMessage[];
  tools: ToolSpec[];
  signal?: AbortSignal;
}

/** Any chat model: the offline one, Azure OpenAI, or an OpenAI-compatible endpoint. */
export interface ChatModel {
  /** `offline` | `azure` | `openai`. */
  readonly provider: 'offline' | 'azure' | 'openai';
  /** Model or deployment name shown in the UI. */
  readonly model: string;
  stream(request: ModelRequest): AsyncIterable<ModelEvent>;
}

/** A tool an agent can call. Arguments are validated with `schema` before `execute` runs. */
export interface Tool<A extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  schema: A;
  execute(args: z.infer<A>, context: { signal?: AbortSignal }): Promise<unknown> | unknown;
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
  invoking(input: { threadId: string; messages: ChatMessage[] }): Promise<ProvidedContext>;
  invoked(input: { threadId: string; requestMessages: ChatMessage[]; responseMessages: ChatMessage[] }): Promise<MemoryChange[]>;
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
  | { type: 'text-delta'; messageId: string; text: string }
  | { type: 'tool-call'; call: ToolCall }
  | { type: 'tool-result'; toolCallId: string; name: string; result: unknown; isError: boolean; ms: number }
  | { type: 'memory-changed'; change: MemoryChange }
  | { type: 'turn-finished'; turnId: string; reply: ChatMessage; timings: TurnTimings }
  | { type: 'error'; code: string; message: string };
