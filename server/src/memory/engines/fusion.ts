/**
 * How both engines turn raw relevance into the `score` of a `MemoryHit`, so a score means the
 * same thing whichever engine produced it:
 *
 * - text only: BM25 divided by the best BM25 of the same query, in (0, 1]; the best match is 1.
 *   BM25 values themselves differ between the query engine and Orama (different tokenizers,
 *   corpus statistics), their ratios are comparable.
 * - hybrid: `text × normalised BM25 + vector × cosine similarity` (cosine clipped to [0, 1]);
 *   a record found by one side only gets 0 from the other. With the default weights 0.5 / 0.5
 *   a score near 1 means "best text match and nearly the same meaning".
 * - no ranking (empty query, newest first): 0.
 *
 * A normalised blend rather than reciprocal-rank fusion, because the attendee sees the score:
 * a blend keeps "how similar", RRF would keep only "which position".
 */

/** Weights of the hybrid blend; they need not sum to 1 but the documented scale assumes they do. */
export interface FusionWeights {
  text: number;
  vector: number;
}

/** The default hybrid blend: text and vectors count the same. */
export const DEFAULT_FUSION_WEIGHTS: FusionWeights = { text: 0.5, vector: 0.5 };

/** A full-text candidate with its raw BM25 score (higher is better). */
export interface TextCandidate {
  id: string;
  score: number;
}

/** A vector candidate with its cosine similarity in [-1, 1] (higher is better). */
export interface VectorCandidate {
  id: string;
  similarity: number;
}

/** A record id with its fused score (higher is better). */
export interface FusedScore {
  id: string;
  score: number;
}

function best(candidates: TextCandidate[]): number {
  let max = 0;
  for (const c of candidates) if (Number.isFinite(c.score) && c.score > max) max = c.score;
  return max;
}

function ratio(score: number, max: number): number {
  return max > 0 && Number.isFinite(score) ? Math.max(0, score / max) : 0;
}

function byScoreDesc(a: FusedScore & { order: number }, b: FusedScore & { order: number }): number {
  return b.score - a.score || a.order - b.order;
}

/** Text-only ranking: BM25 relative to the best hit, best first. */
export function normaliseTextScores(candidates: TextCandidate[]): FusedScore[] {
  const max = best(candidates);
  return candidates
    .map((c, order) => ({ id: c.id, score: ratio(c.score, max), order }))
    .sort(byScoreDesc)
    .map(({ id, score }) => ({ id, score }));
}

/** Hybrid ranking: the weighted blend described above, best first; ties keep text order. */
export function fuseHybrid(
  text: TextCandidate[],
  vector: VectorCandidate[],
  weights: FusionWeights = DEFAULT_FUSION_WEIGHTS,
): FusedScore[] {
  const max = best(text);
  const merged = new Map<string, { id: string; score: number; order: number }>();
  text.forEach((c, order) => {
    if (!merged.has(c.id)) merged.set(c.id, { id: c.id, score: weights.text * ratio(c.score, max), order });
  });
  vector.forEach((c, i) => {
    const similarity = Number.isFinite(c.similarity) ? Math.min(1, Math.max(0, c.similarity)) : 0;
    const entry = merged.get(c.id) ?? { id: c.id, score: 0, order: text.length + i };
    entry.score += weights.vector * similarity;
    merged.set(c.id, entry);
  });
  return [...merged.values()].sort(byScoreDesc).map(({ id, score }) => ({ id, score }));
}
