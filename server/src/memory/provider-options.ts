/** Options of `RedisMemoryProvider`, with their defaults. */
import { DEFAULT_CONTEXT_PROMPT } from '../contracts/names';
import type { FactSource } from '../nlp/facts/types';
import type { Embedder, MemoryEngine } from './types';

/** The text that opens the injected context message (same wording as the original provider). */
export { DEFAULT_CONTEXT_PROMPT };

/** How a memory provider is scoped, what it injects, and what it stores. */
export interface MemoryProviderOptions {
  /** The search engine over the memory records (see `createMemoryEngine`). */
  engine: MemoryEngine;
  /** Scope: the application these memories belong to. */
  applicationId?: string;
  /** Scope: the agent; two agents with different ids never see each other's memories. */
  agentId?: string;
  /** Scope: the user. */
  userId?: string;
  /**
   * Scope: a fixed thread id (the "global" strategy with one thread). Leave unset to share
   * memories across all of the user's threads.
   */
  threadId?: string;
  /**
   * Confine memory to the thread of each call (the "per-operation" strategy): what is learnt
   * in one thread is not recalled in another. Default false.
   */
  scopeToPerOperationThread?: boolean;
  /** First line(s) of the injected context message. Default `DEFAULT_CONTEXT_PROMPT`. */
  contextPrompt?: string;
  /** How many searched memories to inject. Default 10. */
  topK?: number;
  /**
   * Searched memories scoring below this (0..1, see the engines' score) are not injected: with
   * hybrid search nearly everything is a little similar, and weak matches only dilute the
   * context. Default 0.05; 0 injects all top-k.
   */
  minScore?: number;
  /**
   * Facts are few and curated, so the newest `maxFacts` of them are injected on every turn
   * even when the user's words do not match them ("what do you know about me?"). Default 30.
   */
  maxFacts?: number;
  /** Adds vectors to records and queries, for hybrid text + vector search. Optional. */
  embedder?: Embedder;
  /**
   * Pulls curated facts out of user messages. Default: the offline NLP extractor. A chat model
   * (`ModelFactExtractor`) may be given; when it fails, the offline extractor reads that message
   * instead and the failure is reported, never thrown. `null` turns facts off.
   */
  factExtractor?: FactSource | null;
  /** Store tool results as `tool` memories. Default true (the original provider drops them). */
  storeToolResults?: boolean;
  /**
   * What becomes a memory. `curated` (default): facts, the user's messages that state something
   * (not questions, greetings, thanks or requests) and tool results; assistant replies stay in
   * the history only. `all`: every user and assistant message too, as the original provider does.
   */
  capture?: MemoryCapture;
}

/** What becomes a memory: the curated facts and statements, or every message. */
export type MemoryCapture = 'curated' | 'all';

/** The defaults of the options `MemoryProviderOptions` leaves unset. */
export const PROVIDER_DEFAULTS = {
  contextPrompt: DEFAULT_CONTEXT_PROMPT,
  topK: 10,
  minScore: 0.05,
  maxFacts: 30,
  scopeToPerOperationThread: false,
  storeToolResults: true,
  capture: 'curated' as MemoryCapture,
} as const;
