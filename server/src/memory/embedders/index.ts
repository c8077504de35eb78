/** Embedders: turn text into vectors for hybrid memory search. */
export { HashingEmbedder, cosineSimilarity, lightStem, type HashingEmbedderOptions } from './hashing-embedder';
