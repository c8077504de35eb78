/** What a skill hands back to the offline model. */
import nlp from '../../../nlp/compromise';
import type { RequestView } from '../request-view';

/** A tool call a skill wants made (the model gives it an id). */
export interface SkillCall {
  name: string;
  arguments: Record<string, unknown>;
}

/**
 * A reply to stream, or tool calls to make first (their results are answered by `answerToolResults`).
 * `unknown`: the reply only says the skill was not told; the model may still find the answer among
 * the user's other statements.
 */
export type SkillResult = { reply: string; unknown?: boolean } | { calls: SkillCall[] };

/** One message, read once for every skill. */
export interface SkillInput {
  /** The user's words as sent. */
  text: string;
  /** Shorthand spelled out and typos repaired, case kept (see `normalize`). */
  fixed: string;
  /** compromise over `fixed`, lowercased: what intent patterns are matched against. */
  doc: ReturnType<typeof nlp>;
  view: RequestView;
}

/** A skill result that replies with `text`. */
export const reply = (text: string): SkillResult => ({ reply: text });

/**
 * A bounded memo for per-message analyses: every request re-reads the whole history, so each
 * earlier message would otherwise be parsed again on every turn.
 */
export function memo<T>(compute: (text: string) => T, size = 1000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      cache.set(text, value);
    }
    return value;
  };
}
/** A skill result that calls one tool. */
export const call = (name: string, args: Record<string, unknown>): SkillResult => ({ calls: [{ name, arguments: args }] });
