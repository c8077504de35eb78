/**
 * What one model call is sent, part by part, for the context inspector: the instructions, the
 * injected memories, the history window, the user's message, the tool rounds of the turn so far,
 * and the tools offered, each with its token estimate. The payload stays bounded however long
 * the conversation: long texts are cut to a preview whose full length is stated beside it.
 */
import type { TokenCounter } from '../models/token-estimate';
import type { ModelMessage, ToolSpec } from '../models/types';

/** Longest preview of the instructions, the memories context and the user's message. */
export const MAX_PART_CHARS = 4000;
/** Longest preview of one history or tool-round message. */
export const MAX_MESSAGE_PREVIEW_CHARS = 300;
/** Most messages listed per part (the newest); `count` and `tokens` still cover all of them. */
export const MAX_LISTED_MESSAGES = 50;

/** A text the model was sent, cut to a preview when long; `chars` is always its full length. */
export interface SentText {
  text: string;
  chars: number;
  /** True when `text` is only the beginning of the text that was sent. */
  truncated?: boolean;
  /** Estimated tokens of the whole text, with its message framing. */
  tokens: number;
}

/** One message of the conversation as the inspector shows it. */
export interface SentMessage extends SentText {
  role: ModelMessage['role'];
  /** On an assistant message: the tools it called. */
  toolCalls?: string[];
  /** On a tool message: the tool whose result it carries. */
  toolName?: string;
}

/** Messages of one part of the conversation, and their tokens together. */
export interface SentMessages {
  /** The newest `MAX_LISTED_MESSAGES` of them, oldest first. */
  messages: SentMessage[];
  /** How many were sent. */
  count: number;
  tokens: number;
}

/** What one model call of a turn was sent, with estimated input tokens. */
export interface ModelCallContext {
  /** 1 for the turn's first model call; each tool round adds one. */
  call: number;
  /** The agent's instructions (the system prompt). */
  instructions: SentText;
  /** The injected memories context (`## Memories …`) and how many memories it holds; absent when none was found. */
  memories?: SentText & { count: number };
  /** The thread's newest messages the model saw, oldest first, and the window that bounds them. */
  history: SentMessages & { window: number };
  userMessage: SentText;
  /** Tool calls and results of this turn's earlier rounds (none on the first call). */
  toolRounds: SentMessages;
  /** The tools offered to this call and the tokens their definitions add. */
  tools: { names: string[]; tokens: number };
  /** Estimated input tokens of this call: every part, the framing, and the reply priming. */
  tokens: number;
  /** Estimated input tokens of all model calls of the turn so far (this one included). */
  turnTokens: number;
  /** How the tokens were counted (`o200k_base`, or `chars/4` when the tokenizer is unavailable). */
  tokenizer: string;
}

/** The parts of a model call, as the agent assembled them. */
export interface ModelCallParts {
  call: number;
  instructions: string;
  /** The memories context message, when memories were injected. */
  memories?: ModelMessage;
  history: ModelMessage[];
  historyWindow: number;
  userMessage: ModelMessage;
  /** Messages the turn's tool rounds added after the user's message. */
  toolRounds: ModelMessage[];
  tools: readonly ToolSpec[];
  /** Estimated input tokens of the turn's earlier calls. */
  earlierTokens: number;
}

/** Describes one model call for the inspector, with token estimates from `counter`. */
export function describeModelCall(parts: ModelCallParts, counter: TokenCounter): ModelCallContext {
  const sent = (message: ModelMessage, max: number): SentText => ({ ...preview(message.text, max), tokens: counter.message(message) });
  const sentMessage = (message: ModelMessage): SentMessage => ({
    role: message.role,
    ...sent(message, MAX_MESSAGE_PREVIEW_CHARS),
    ...(message.toolCalls?.length ? { toolCalls: message.toolCalls.map((c) => c.name) } : {}),
    ...(message.toolName ? { toolName: message.toolName } : {}),
  });
  const many = (messages: ModelMessage[]): SentMessages => ({
    messages: messages.slice(-MAX_LISTED_MESSAGES).map(sentMessage),
    count: messages.length,
    tokens: messages.reduce((sum, m) => sum + counter.message(m), 0),
  });
  const system: ModelMessage = { role: 'system', text: parts.instructions };
  const conversation = [system, ...(parts.memories ? [parts.memories] : []), ...parts.history, parts.userMessage, ...parts.toolRounds];
  const tokens = counter.request(conversation, parts.tools);
  return {
    call: parts.call,
    instructions: sent(system, MAX_PART_CHARS),
    ...(parts.memories ? { memories: { ...sent(parts.memories, MAX_PART_CHARS), count: parts.memories.memories?.length ?? 0 } } : {}),
    history: { ...many(parts.history), window: parts.historyWindow },
    userMessage: sent(parts.userMessage, MAX_PART_CHARS),
    toolRounds: many(parts.toolRounds),
    tools: { names: parts.tools.map((t) => t.name), tokens: counter.tools(parts.tools) },
    tokens,
    turnTokens: parts.earlierTokens + tokens,
    tokenizer: counter.tokenizer,
  };
}

/** The text cut to `max` characters, with its full length and whether it was cut. */
function preview(text: string, max: number): Pick<SentText, 'text' | 'chars' | 'truncated'> {
  if (text.length <= max) return { text, chars: text.length };
  return { text: text.slice(0, max), chars: text.length, truncated: true };
}
