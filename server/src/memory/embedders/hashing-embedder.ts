/**
 * An offline, deterministic embedder: no model, no weights, no network. Each text becomes a
 * bag of features (its content words, lightly stemmed, and the character 3-grams of those words)
 * hashed into a fixed-length vector with random-looking signs ("feature hashing"), then
 * L2-normalised so cosine similarity is a dot product. Texts that share words or word pieces
 * ("restaurant" / "restaurants", "sushi" / "sushi bar") land close together; unrelated texts
 * come out nearly orthogonal. It knows no synonyms: that is what a real embedding model adds.
 */
import { invalidArgument } from '../../errors';
import { STOP_WORDS } from '../escape';
import type { Embedder } from '../types';

/** Vector length and feature weights of the offline embedder. */
export interface HashingEmbedderOptions {
  /** Vector length. Default 256: enough to keep collisions rare for chat-sized texts. */
  dimensions?: number;
  /** Weight of a whole-word feature. Default 1. */
  wordWeight?: number;
  /** Weight of each character 3-gram feature. Default 0.5 (a word has several). */
  trigramWeight?: number;
}

const STOP = new Set(STOP_WORDS);
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Drops the commonest English inflections so plural and -ing forms share a feature. */
export function lightStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** 32-bit FNV-1a over UTF-16 code units, finished with murmur3's mixer for well-spread low bits. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Offline embedder: feature hashing of words and their 3-grams, no model and no network. */
export class HashingEmbedder implements Embedder {
  readonly name = 'offline-hashing';
  readonly dimensions: number;
  private readonly wordWeight: number;
  private readonly trigramWeight: number;

  constructor(options: HashingEmbedderOptions = {}) {
    const dimensions = options.dimensions ?? 256;
    if (!Number.isInteger(dimensions) || dimensions < 8 || dimensions > 32_768) {
      throw invalidArgument('HashingEmbedder dimensions must be an integer from 8 to 32768');
    }
    this.dimensions = dimensions;
    this.wordWeight = options.wordWeight ?? 1;
    this.trigramWeight = options.trigramWeight ?? 0.5;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }

  /** Synchronous variant for callers that need no promise. A text without content words gives the zero vector. */
  embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (const word of this.words(text)) {
      this.add(vector, `w:${word}`, this.wordWeight);
      const padded = `<${word}>`;
      const chars = [...padded];
      for (let i = 0; i + 3 <= chars.length; i++) this.add(vector, `g:${chars.slice(i, i + 3).join('')}`, this.trigramWeight);
    }
    let norm = 0;
    for (const x of vector) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
    return vector;
  }

  private words(text: string): string[] {
    return String(text ?? '')
      .toLowerCase()
      .split(WORD_SPLIT)
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map(lightStem);
  }

  private add(vector: Float32Array, feature: string, weight: number): void {
    const h = hash32(feature, 0);
    const sign = hash32(feature, 0x9e3779b9) & 1 ? 1 : -1;
    vector[h % this.dimensions] += sign * weight;
  }
}

/** Cosine similarity of two vectors of the same length (0 when either is zero). */
export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
