/**
 * Embeddings from the configured deployment or model, batched. The dimension is not configured:
 * it is whatever the first answer has (`OpenAIEmbedder.connect` asks once at start), so the
 * memory index is built for the vectors the model really returns.
 */
import type OpenAI from 'openai';
import { WorkshopError } from '../../errors';
import { DEFAULT_RETRY_POLICY, retryDelay, sleep, type RetryPolicy } from '../retry';
import type { Embedder } from '../types';
import { failedCall, failureReason, toModelError } from './errors';
import type { ModelProfile } from './profile';

/** Inputs per request: well under every provider's limit (Azure: 2048, Ollama: no limit). */
const BATCH = 64;

/** The SDK client and model profile to embed with, and who hears about retries. */
export interface OpenAIEmbedderOptions {
  client: OpenAI;
  profile: ModelProfile;
  retry?: RetryPolicy;
  /** Told about each retry (the embedder has no event stream of its own). */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

/** Embeddings from the configured deployment or model, at the dimension its first answer had. */
export class OpenAIEmbedder implements Embedder {
  readonly name: string;
  readonly dimensions: number;
  private readonly options: OpenAIEmbedderOptions;
  private readonly model: string;

  private constructor(options: OpenAIEmbedderOptions, model: string, dimensions: number) {
    this.options = options;
    this.model = model;
    this.dimensions = dimensions;
    this.name = `${options.profile.provider}:${model}`;
  }

  /** Asks the model for one vector to learn its dimension; throws the actionable error when it cannot. */
  static async connect(options: OpenAIEmbedderOptions): Promise<OpenAIEmbedder> {
    const model = options.profile.embeddingModel;
    if (!model) throw new WorkshopError('config_invalid', `${options.profile.embeddingModelVariable} is not set`);
    const probe = new OpenAIEmbedder(options, model, 0);
    const [vector] = await probe.request(['dimension probe']);
    if (!vector?.length) throw new WorkshopError('model_failed', `${probe.name} returned an empty embedding; check ${options.profile.embeddingModelVariable}`);
    return new OpenAIEmbedder(options, model, vector.length);
  }

  async embed(texts: string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const vectors = await this.request(texts.slice(i, i + BATCH), options.signal);
      for (const v of vectors) {
        if (this.dimensions && v.length !== this.dimensions) {
          throw new WorkshopError(
            'model_failed',
            `${this.name} returned ${v.length} dimensions instead of ${this.dimensions}: the embedding model changed while the workshop ran; restart it`,
          );
        }
        out.push(v);
      }
    }
    return out;
  }

  private async request(input: string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const { client, profile } = this.options;
    // Empty strings are rejected by some servers; a space embeds to "nothing much" everywhere.
    const safe = input.map((t) => (t.trim() ? t : ' '));
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await client.embeddings.create({ model: this.model, input: safe }, { signal });
        const sorted = [...answer.data].sort((a, b) => a.index - b.index);
        return sorted.map((d) => Float32Array.from(d.embedding));
      } catch (err) {
        const delayMs = retryDelay(failedCall(err), attempt, this.options.retry ?? DEFAULT_RETRY_POLICY);
        if (delayMs === undefined || signal?.aborted) throw toModelError(err, profile, 'embeddings', attempt);
        this.options.onRetry?.({ attempt, delayMs, reason: failureReason(err) });
        await sleep(delayMs, signal).catch((abort) => {
          throw toModelError(abort, profile, 'embeddings', attempt);
        });
      }
    }
  }
}
