/** Token counts of a thread's turns, added up for the trace panel's summary line. */
import type { TurnState, TurnUsage } from '../../state/types';

/** What a thread's turns (those this tab saw) sent to the model and got back, in tokens. */
export interface ThreadTokens {
  /** Turns that reached the model (they have a context). */
  turns: number;
  /** Estimated input tokens over those turns, every model call included. */
  estimated: number;
  /** The tokenizer behind the estimate, when every turn used the same one. */
  tokenizer?: string;
  /** Tokens the provider reported, over the turns it reported them for; absent when it never did. */
  reported?: TurnUsage & { turns: number };
}

/** Adds up the estimated tokens and the provider's reported usage of `turns`. */
export function threadTokens(turns: readonly TurnState[]): ThreadTokens {
  const seen = turns.filter((t) => t.modelContext);
  const tokenizers = new Set(seen.map((t) => t.modelContext!.tokenizer));
  const reported = turns.filter((t) => t.usage);
  return {
    turns: seen.length,
    estimated: seen.reduce((sum, t) => sum + t.modelContext!.turnTokens, 0),
    ...(tokenizers.size === 1 ? { tokenizer: [...tokenizers][0] } : {}),
    ...(reported.length
      ? {
          reported: {
            turns: reported.length,
            inputTokens: reported.reduce((sum, t) => sum + t.usage!.inputTokens, 0),
            outputTokens: reported.reduce((sum, t) => sum + t.usage!.outputTokens, 0),
          },
        }
      : {}),
  };
}

/** "1,234 tokens" / "1 token". */
export function tokenCount(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'token' : 'tokens'}`;
}

/** How the estimate was made, in words for a tooltip. */
export function tokenizerNote(tokenizer: string | undefined): string {
  if (tokenizer === 'o200k_base') return 'estimated with the o200k_base tokenizer (GPT-4o family); other models count somewhat differently';
  if (tokenizer === 'chars/4') return 'estimated as one token per four characters (the tokenizer was not available)';
  return tokenizer ? `estimated with ${tokenizer}` : 'estimated';
}
