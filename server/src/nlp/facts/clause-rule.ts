/** What a clause rule is, and the compromise match helpers every rule uses. */
import type { Collector } from './collector';
import type { View } from './clauses';

/** Reads one clause; `sentence` is the whole sentence for rules that need the rest ("… but I eat fish"). */
export type Rule = (clause: View, out: Collector, sentence: View) => boolean;

/** Runs a match and returns its named groups, or undefined when it does not match. */
export function groups(clause: View, pattern: string): Record<string, View> | undefined {
  const m = clause.match(pattern);
  if (!m.found) return undefined;
  return m.groups() as Record<string, View>;
}

/** Tries each pattern in turn and returns the named groups of the first that matches. */
export function first(clause: View, patterns: string[]): Record<string, View> | undefined {
  for (const p of patterns) {
    const g = groups(clause, p);
    if (g) return g;
  }
  return undefined;
}
