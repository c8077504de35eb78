/** Short texts about a turn's model calls, shared by the trace panel and the chat card. */
import type { FinishReason, ModelRetry, TurnUsage } from '../state/types';
import { ms } from './format';

/** "tokens 812 in · 64 out". */
export function tokensLabel(usage: TurnUsage): string {
  return `tokens ${usage.inputTokens} in · ${usage.outputTokens} out`;
}

/**
 * "retried 2× (HTTP 429, waited 1.0 s)", or null when the model answered at the first try.
 * `count` is the number `turn.finished` reported; it wins when this tab saw fewer retry frames.
 */
export function retryLabel(retries: ModelRetry[], count?: number): string | null {
  const times = Math.max(retries.length, count ?? 0);
  if (times === 0) return null;
  const reasons = [...new Set(retries.map((r) => r.reason).filter(Boolean))];
  const waited = retries.reduce((sum, r) => sum + r.delayMs, 0);
  const details = [...reasons, ...(retries.length > 0 ? [`waited ${ms(waited)}`] : [])];
  return `retried ${times}×${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** One line per retry, for a tooltip: "attempt 1: HTTP 429, waited 1.0 s". */
export function retryDetails(retries: ModelRetry[]): string {
  return retries.map((r) => `attempt ${r.attempt}: ${r.reason || 'failed'}, waited ${ms(r.delayMs)}`).join('\n');
}

/** Why a reply is incomplete, or null when the model stopped on its own. */
export function cutShortReason(finishReason: FinishReason | undefined): string | null {
  if (finishReason === 'length') return 'output limit';
  if (finishReason === 'content-filter') return 'content filter';
  return null;
}

/** Tooltip for a reply cut short, in plain words. */
export function cutShortHint(finishReason: FinishReason | undefined): string | undefined {
  if (finishReason === 'length') return 'The model reached its output token limit before finishing this reply.';
  if (finishReason === 'content-filter') return "The provider's content filter stopped this reply.";
  return undefined;
}
