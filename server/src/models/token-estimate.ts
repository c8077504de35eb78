/**
 * How many tokens a model call is sent, estimated in this process. The offline model has no
 * tokenizer and reports no usage; a real provider reports its count only after the call. The
 * context inspector needs a number before the call, for every model, so it counts here.
 *
 * Why `gpt-tokenizer` with `o200k_base`: it is a maintained, pure-JavaScript port of OpenAI's
 * tiktoken whose BPE ranks ship inside the npm package (nothing is downloaded at run time), and
 * `o200k_base` is the encoding of the GPT-4o / GPT-4.1 / GPT-5 deployments the workshop uses on
 * Azure. It also carries OpenAI's published rules for the framing around chat messages and tool
 * definitions, which a hand-written chars/4 rule would miss. Loading the ranks takes about 0.4 s
 * and 70 MB once per process, so they are loaded lazily, on the first turn.
 *
 * Still an estimate: other model families (Llama on Ollama, Mistral …) tokenize differently, and
 * providers render tool definitions in their own ways. When the provider reports its count, the
 * UI shows that one beside the estimate. Should the tokenizer fail to load, counts fall back to
 * the common rule of thumb of one token per four characters, and say so in `tokenizer`.
 */
import type { ChatCompletionFunctionDefinition } from 'gpt-tokenizer/functionCalling';
import type { ModelMessage, ToolSpec } from './types';

/** Counts tokens of texts, chat messages and tool definitions. */
export interface TokenCounter {
  /** `o200k_base`, or `chars/4` when the tokenizer could not be loaded. */
  readonly tokenizer: string;
  /** Tokens of a text. Special-token markers a user may type (`<|endoftext|>`) count as plain text. */
  text(text: string): number;
  /** Tokens of one message: its role, text and tool calls, and the framing every message gets. */
  message(message: ModelMessage): number;
  /** Tokens the tool definitions add to the prompt (none when there are no tools). */
  tools(tools: readonly ToolSpec[]): number;
  /** Tokens of a whole request: every message, the tools, and the tokens that prime the reply. */
  request(messages: readonly ModelMessage[], tools: readonly ToolSpec[]): number;
}

/** OpenAI's framing: 3 tokens around every message, 3 more that prime the reply. */
const MESSAGE_FRAMING = 3;
const REPLY_PRIMING = 3;
/** A tool call inside an assistant message: its name and arguments plus 3 tokens of metadata. */
const TOOL_CALL_FRAMING = 3;
/** Tool definitions go into the system message; with one present, 4 tokens fewer (OpenAI's rule). */
const SYSTEM_WITH_TOOLS_DEDUCTION = 4;

type CountText = (text: string) => number;
type CountTools = (tools: readonly ToolSpec[], count: CountText) => number;

/** Builds a counter from a text counter and a tool-definition counter. */
function counterOf(tokenizer: string, countText: CountText, countTools: CountTools): TokenCounter {
  const message = (m: ModelMessage) =>
    countText(m.role) +
    countText(m.text) +
    (m.toolName ? countText(m.toolName) : 0) +
    (m.toolCalls ?? []).reduce((sum, call) => sum + countText(call.name) + countText(JSON.stringify(call.arguments)) + TOOL_CALL_FRAMING, 0) +
    MESSAGE_FRAMING;
  const tools = (specs: readonly ToolSpec[]) => (specs.length ? countTools(specs, countText) : 0);
  return {
    tokenizer,
    text: countText,
    message,
    tools,
    request(messages, specs) {
      const hasSystem = messages.some((m) => m.role === 'system');
      const toolTokens = specs.length ? tools(specs) - (hasSystem ? SYSTEM_WITH_TOOLS_DEDUCTION : 0) : 0;
      return messages.reduce((sum, m) => sum + message(m), 0) + toolTokens + REPLY_PRIMING;
    },
  };
}

/** The rule of thumb used when the tokenizer is not available: about four characters per token. */
export const charsPerTokenCounter: TokenCounter = counterOf(
  'chars/4',
  (text) => Math.ceil(text.length / 4),
  (specs, count) => count(JSON.stringify(specs)),
);

let loading: Promise<TokenCounter> | undefined;

/** The `o200k_base` counter, loaded once per process (the chars/4 one if loading fails). */
export function loadTokenCounter(): Promise<TokenCounter> {
  loading ??= (async () => {
    try {
      const [encoding, functions] = await Promise.all([import('gpt-tokenizer/encoding/o200k_base'), import('gpt-tokenizer/functionCalling')]);
      // An empty disallowed set: a user typing `<|endoftext|>` gets it counted, not an exception.
      const plain = { disallowedSpecial: new Set<string>() };
      const countText: CountText = (text) => (text ? encoding.countTokens(text, plain) : 0);
      // The library renders definitions the way OpenAI injects them (a TypeScript-like namespace).
      // It reads the JSON Schema keywords it knows (type, properties, required, enum, items) and
      // renders anything else as `any`, so the wider schemas zod writes are safe to hand over.
      const countTools: CountTools = (specs, count) =>
        functions.estimateTokensInFunctions(
          specs.map((spec) => ({ ...spec, parameters: spec.parameters as unknown as ChatCompletionFunctionDefinition['parameters'] })),
          count,
        );
      return counterOf('o200k_base', countText, countTools);
    } catch {
      return charsPerTokenCounter;
    }
  })();
  return loading;
}
