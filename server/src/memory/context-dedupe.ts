/**
 * What gets injected: facts before raw messages, and nothing twice. A message memory that a
 * fact in the context already stands for ("I play the cello" behind "User plays the cello.")
 * is left out, and so is a memory that says nearly the same as one already in (the user said
 * "I love sushi" in three chats). The hits that survive are exactly the "memories used".
 */
import { lemmaSet, overlap } from '../nlp/terms';
import type { MemoryHit } from './types';

/** Lemma overlap at which two memories count as saying the same thing. */
const NEAR_DUPLICATE = 0.85;
/** A cited message stays when any of its content words is in none of its facts. */
const UNCOVERED_WORDS = 1;

const RANK: Record<string, number> = { fact: 0, tool: 1, message: 2 };

/** The hits to inject, facts first: without messages a fact already stands for, or memories that say nearly the same. */
export function dedupeContext(hits: MemoryHit[]): MemoryHit[] {
  // Stable: facts first, and within a kind the engine's order (best match, or newest fact).
  const ordered = hits.map((hit, i) => ({ hit, i })).sort((a, b) => RANK[a.hit.record.kind] - RANK[b.hit.record.kind] || a.i - b.i);
  // Which facts in the context stand for which message: a message they fully cover is a
  // duplicate; one that says more ("…, core hours are 10 to 4") still earns its place.
  const coveredBy = new Map<string, Set<string>>();
  for (const h of hits) {
    if (h.record.kind !== 'fact') continue;
    for (const id of h.record.sourceIds ?? []) {
      const words = coveredBy.get(id) ?? new Set<string>();
      for (const w of lemmaSet(h.record.content)) words.add(w);
      coveredBy.set(id, words);
    }
  }
  const kept: Array<{ hit: MemoryHit; lemmas: Set<string> }> = [];
  for (const { hit } of ordered) {
    const lemmas = lemmaSet(hit.record.content.replace(/^user['’]?s?\b/i, ''));
    const covered = coveredBy.get(hit.record.id);
    if (covered && [...lemmas].filter((w) => !covered.has(w)).length < UNCOVERED_WORDS) continue;
    if (lemmas.size > 0 && kept.some((k) => overlap(k.lemmas, lemmas) >= NEAR_DUPLICATE)) continue;
    kept.push({ hit, lemmas });
  }
  return kept.map((k) => k.hit);
}
