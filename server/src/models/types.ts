/**
 * The model layer's interfaces: a chat model (messages and tools in, a stream of events out) and
 * an embedder (texts in, vectors out). Provider-neutral: nothing here exists for one vendor only,
 * so the offline model, Azure OpenAI and any OpenAI-compatible server fit the same shapes.
 */
import type { ToolCall } from '../history/types';
import type { MemoryHit } from '../memory/types';

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

/**
 * Why the model stopped. `length` (the output limit was reached) and `content-filter` (the
 * provider withheld the rest) reach the agent and the UI, so a cut reply is never mistaken for
 * a whole one; `other` is anything a provider adds later.
 */
export type FinishReason = 'stop' | 'tool-calls' | 'length' | 'content-filter' | 'other';

/** Tokens the provider reports for one call (absent when it reports none, as the offline model). */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** What a model's stream yields: text, tool calls, retries and the finish. */
export type ModelEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'tool-call'; call: ToolCall }
  /** The call failed with something worth retrying (429, 5xx) and is tried again after `delayMs`. */
  | { type: 'retry'; attempt: number; delayMs: number; reason: string }
  | { type: 'finish'; reason: FinishReason; usage?: TokenUsage };

/** One call of a chat model: the messages, the tools it may call and a way to cancel. */
export interface ModelRequest {
  messages: ModelMessage[];
  tools: ToolSpec[];
  /** `required` makes the model call one of `tools` (structured output through a tool call). Default `auto`. */
  toolChoice?: 'auto' | 'required';
  signal?: AbortSignal;
}

/** Any chat model: the offline one, Azure OpenAI, or an OpenAI-compatible endpoint. */
export interface ChatModel {
  /** Who serves it: `offline`, `azure`, `openai`, or another name a new implementation picks. */
  readonly provider: string;
  /** Model or deployment name shown in the UI. */
  readonly model: string;
  /**
   * Streams one answer. Failures are thrown as `WorkshopError`s whose message says what to fix;
   * an aborted `signal` ends the stream with an error as soon as the request notices.
   */
  stream(request: ModelRequest): AsyncIterable<ModelEvent>;
}

/** Turns text into vectors for hybrid search. */
export interface Embedder {
  /**
   * Identifies the vectors it makes (`hashing-256`, `openai:text-embedding-3-small`): two
   * embedders with different names never share an index, even at the same dimension.
   */
  readonly name: string;
  readonly dimensions: number;
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}
