import type { MemoryVector } from '../../api/types';

/**
 * The vector half of hybrid search as rows of a `.facts` list: which HASH field holds the
 * embedding, how many numbers, compared how, and which model made them. Nothing until
 * `/api/demo` answered.
 */
export function VectorFacts({ vector }: { vector: MemoryVector | null | undefined }) {
  if (vector === undefined) return null;
  if (vector === null) {
    return (
      <>
        <dt>Vectors</dt>
        <dd data-testid="vector-none">no vectors (text search only)</dd>
      </>
    );
  }
  return (
    <>
      <dt>Vector field</dt>
      <dd>
        <code data-testid="vector-field">{vector.field}</code>
      </dd>
      <dt>Dimensions</dt>
      <dd data-testid="vector-dimensions">{vector.dimensions}</dd>
      <dt>Distance</dt>
      <dd data-testid="vector-distance">{vector.distance}</dd>
      <dt>Embedder</dt>
      <dd>
        <code data-testid="vector-embedder">{vector.embedder}</code>
      </dd>
    </>
  );
}
