/** Word-by-word streaming of a finished reply, the way a real model's deltas arrive. */
import { WorkshopError } from '../../errors';
import { sleep } from '../retry';
import type { ModelEvent } from '../types';

/** Splits text into chunks of one word plus the whitespace after it; joined they give `text` back. */
export function wordChunks(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

/** Yields `text-delta` events word by word, waiting `delayMs` between words; throws `aborted` on cancel. */
export async function* streamWords(text: string, delayMs: number, signal?: AbortSignal): AsyncGenerator<ModelEvent> {
  const chunks = wordChunks(text);
  for (let i = 0; i < chunks.length; i++) {
    if (signal?.aborted) throw new WorkshopError('aborted', 'the offline model was cancelled');
    if (i > 0 && delayMs > 0) {
      await sleep(delayMs, signal).catch(() => {
        throw new WorkshopError('aborted', 'the offline model was cancelled');
      });
    }
    yield { type: 'text-delta', text: chunks[i] };
  }
}
