/**
 * What gets injected: facts before raw messages, and nothing twice. A message memory that a
 * fact in the context already stands for ("I play the cello" behind "User plays the cello.")
 * is left out, and so is a memory that says nearly the same as one already in (the user said
 * "I love sushi" in three chats). The hits that survive are exactly the "memories used".
 */
import { lemmaSet, overlap } from '../nlp/terms';
import type { MemoryHit } from './types';

/** Lemma overlap at which two memories count as saying the same thing. */
const NEAR_DUPLICATE = 0.8;

const RANK: Record<string, number> = { fact: 0, tool: 1, message: 2 };

export function dedupeContext(hits: MemoryHit[]): MemoryHit[] {
  // Stable: facts first, and within a kind the engine's order (best match, or newest fact).
  const ordered = hits.map((hit, i) => ({ hit, i })).sort((a, b) => RANK[a.hit.record.kind] - RANK[b.hit.record.kind] || a.i - b.i);
  const cited = new Set(hits.flatMap((h) => (h.record.kind === 'fact' ? (h.record.sourceIds ?? []) : [])));
  const kept: Array<{ hit: MemoryHit; lemmas: Set<string> }> = [];
  for (const { hit } of ordered) {
    if (cited.has(hit.record.id)) continue;
    const lemmas = lemmaSet(hit.record.content.replace(/^user['’]?s?\b/i, ''));
    if (lemmas.size > 0 && kept.some((k) => overlap(k.lemmas, lemmas) >= NEAR_DUPLICATE)) continue;
    kept.push({ hit, lemmas });
  }
  return kept.map((k) => k.hit);
}
