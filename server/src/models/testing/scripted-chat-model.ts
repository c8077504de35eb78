/**
 * A chat model that plays back a script: the shared test double for agent and memory tests
 * (never an ad-hoc fake per test file). Each call takes the next step; every request is kept
 * so a test can check what the model was sent.
 */
import { WorkshopError, type ErrorCode } from '../../errors';
import type { ToolCall } from '../../history/types';
import type { ChatModel, FinishReason, ModelEvent, ModelRequest, TokenUsage } from '../types';

/** One answer of the scripted model. */
export type ScriptStep =
  /** Streams `text` in word-sized deltas (`delayMs` apart), then finishes with `finishReason` (default `stop`). */
  | { text: string; delayMs?: number; finishReason?: FinishReason; usage?: TokenUsage }
  /** Calls these tools (finish `tool-calls`). */
  | { toolCalls: Array<Omit<ToolCall, 'id'> & { id?: string }>; usage?: TokenUsage }
  /** Throws this error before anything is streamed. */
  | { error: { code: ErrorCode; message: string } }
  /** Decides from the request. */
  | ((request: ModelRequest) => ScriptStep);

/** Names the scripted model reports, and what it does once the script is used up. */
export interface ScriptedChatModelOptions {
  provider?: string;
  model?: string;
  /** When the script is used up: repeat the last step (default) or fail loudly. */
  whenDone?: 'repeat-last' | 'fail';
}

/** A chat model that answers from a script and keeps every request, for tests. */
export class ScriptedChatModel implements ChatModel {
  readonly provider: string;
  readonly model: string;
  /** Every request received, in order. */
  readonly requests: ModelRequest[] = [];
  private readonly steps: ScriptStep[];
  private readonly whenDone: 'repeat-last' | 'fail';
  private calls = 0;

  constructor(steps: ScriptStep[], options: ScriptedChatModelOptions = {}) {
    this.steps = [...steps];
    this.provider = options.provider ?? 'scripted';
    this.model = options.model ?? 'scripted-model';
    this.whenDone = options.whenDone ?? 'repeat-last';
  }

  /** Appends steps for the following calls. */
  push(...steps: ScriptStep[]): void {
    this.steps.push(...steps);
  }

  async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    this.requests.push(request);
    const index = this.calls++;
    let step = index < this.steps.length ? this.steps[index] : this.whenDone === 'repeat-last' ? this.steps[this.steps.length - 1] : undefined;
    if (!step) throw new WorkshopError('model_failed', `the scripted model has no step ${index + 1}`);
    while (typeof step === 'function') step = step(request);
    if ('error' in step) throw new WorkshopError(step.error.code, step.error.message);
    if ('toolCalls' in step) {
      for (const [i, call] of step.toolCalls.entries()) yield { type: 'tool-call', call: { id: call.id ?? `call_${index}_${i}`, name: call.name, arguments: call.arguments } };
      yield { type: 'finish', reason: 'tool-calls', ...(step.usage ? { usage: step.usage } : {}) };
      return;
    }
    const words = step.text.match(/\S+\s*/g) ?? [];
    for (const [i, word] of words.entries()) {
      if (request.signal?.aborted) throw new WorkshopError('aborted', 'the scripted model was stopped');
      if (i > 0 && step.delayMs) await pause(step.delayMs, request.signal);
      if (request.signal?.aborted) throw new WorkshopError('aborted', 'the scripted model was stopped');
      yield { type: 'text-delta', text: word };
    }
    yield { type: 'finish', reason: step.finishReason ?? 'stop', ...(step.usage ? { usage: step.usage } : {}) };
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
