/**
 * A chat model behind the `openai` SDK: Azure OpenAI or any OpenAI-compatible server. Streams
 * text and tool calls (parallel ones included), passes the Stop button's signal to the HTTP
 * request, retries 429/5xx with backoff (honouring `retry-after`) before the first token, and
 * turns failures into errors that name what to fix.
 */
import type { ContentFilterResultsForChoiceOutput } from '@azure/openai/types';
import type OpenAI from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { WorkshopError } from '../../errors';
import type { ToolCall } from '../../history/types';
import { DEFAULT_RETRY_POLICY, retryDelay, sleep, type RetryPolicy } from '../retry';
import type { ChatModel, FinishReason, ModelEvent, ModelRequest, TokenUsage } from '../types';
import { failedCall, failureReason, toModelError, who } from './errors';
import { parseArguments, toChatMessages, toChatTools } from './messages';
import type { ModelProfile } from './profile';

/** The SDK client and model profile to call, and how patient to be with them. */
export interface OpenAIChatModelOptions {
  client: OpenAI;
  profile: ModelProfile;
  retry?: RetryPolicy;
  /**
   * Longest silence inside a started stream before the call fails with `model_timeout` (the
   * client's own timeout ends once the answer has begun). Default 60 s (MODEL_TIMEOUT_SECONDS).
   */
  idleTimeoutMs?: number;
}

const FINISH: Record<string, FinishReason> = { stop: 'stop', tool_calls: 'tool-calls', function_call: 'tool-calls', length: 'length', content_filter: 'content-filter' };

/** Chat over the `openai` SDK: Azure OpenAI or any OpenAI-compatible server. */
export class OpenAIChatModel implements ChatModel {
  readonly provider: string;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly profile: ModelProfile;
  private readonly retry: RetryPolicy;
  private readonly idleTimeoutMs: number;

  constructor(options: OpenAIChatModelOptions) {
    this.client = options.client;
    this.profile = options.profile;
    this.provider = options.profile.provider;
    this.model = options.profile.chatModel;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  }

  async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    const idle = new AbortController();
    const signal = request.signal ? AbortSignal.any([request.signal, idle.signal]) : idle.signal;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), this.idleTimeoutMs);
    };
    try {
      yield* this.read(request, signal, arm);
    } catch (err) {
      if (idle.signal.aborted && !request.signal?.aborted) throw this.silence();
      throw err;
    } finally {
      clearTimeout(timer);
    }
    if (idle.signal.aborted && !request.signal?.aborted) throw this.silence();
  }

  private silence(): WorkshopError {
    return new WorkshopError(
      'model_timeout',
      `${who(this.profile)} stopped sending for ${Math.round(this.idleTimeoutMs / 1000)} s in the middle of a reply (MODEL_TIMEOUT_SECONDS); try again`,
    );
  }

  private async *read(request: ModelRequest, signal: AbortSignal, arm: () => void): AsyncGenerator<ModelEvent> {
    const stream = yield* this.open(request, signal);
    arm();
    const calls = new Map<number, { id: string; name: string; args: string }>();
    let finish: FinishReason | undefined;
    let usage: TokenUsage | undefined;
    /** Azure's content-filter categories that fired ("violence"), named when a reply is withheld. */
    const filtered = new Set<string>();
    let streamed = false;
    try {
      for await (const chunk of stream) {
        arm();
        if (chunk.usage) usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
        for (const choice of chunk.choices ?? []) {
          if (choice.delta?.content) {
            streamed = true;
            yield { type: 'text-delta', text: choice.delta.content };
          }
          for (const part of choice.delta?.tool_calls ?? []) {
            const call = calls.get(part.index) ?? { id: '', name: '', args: '' };
            if (part.id) call.id = part.id;
            if (part.function?.name) call.name += part.function.name;
            if (part.function?.arguments) call.args += part.function.arguments;
            calls.set(part.index, call);
          }
          if (choice.finish_reason) finish = FINISH[choice.finish_reason] ?? 'other';
          for (const category of filteredCategories(choice.content_filter_results)) filtered.add(category);
        }
      }
    } catch (err) {
      throw toModelError(err, this.profile, 'chat');
    }
    // An abort ends the SDK's stream quietly: a reply cut here must not look finished.
    if (signal.aborted) throw toModelError(new DOMException('aborted', 'AbortError'), this.profile, 'chat');
    const toolCalls: ToolCall[] = [...calls.entries()]
      .sort(([a], [b]) => a - b)
      .filter(([, c]) => c.name)
      .map(([i, c]) => ({ id: c.id || `call_${i}`, name: c.name, arguments: parseArguments(c.args) }));
    for (const call of toolCalls) yield { type: 'tool-call', call };
    if (finish === 'content-filter' && !streamed && toolCalls.length === 0) {
      const which = filtered.size ? ` (${[...filtered].join(', ')})` : '';
      throw new WorkshopError('model_content_filtered', `${this.profile.provider === 'azure' ? 'Azure OpenAI' : 'the provider'}'s content filter withheld the reply${which}; rephrase the message and send again`);
    }
    // Some servers end a tool round with `stop`; the calls are what counts.
    const reason = toolCalls.length > 0 ? 'tool-calls' : (finish ?? 'stop');
    yield { type: 'finish', reason, ...(usage ? { usage } : {}) };
  }

  /** Opens the stream, retrying what is worth retrying; each retry is reported as an event. */
  private async *open(request: ModelRequest, signal: AbortSignal): AsyncGenerator<ModelEvent, AsyncIterable<ChatCompletionChunk>> {
    const tools = toChatTools(request.tools);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.client.chat.completions.create(
          {
            model: this.profile.chatModel,
            messages: toChatMessages(request.messages),
            stream: true,
            stream_options: { include_usage: true },
            ...(tools.length ? { tools, tool_choice: request.toolChoice ?? 'auto' } : {}),
          },
          { signal },
        );
      } catch (err) {
        const delayMs = retryDelay(failedCall(err), attempt, this.retry);
        if (delayMs === undefined || request.signal?.aborted) throw toModelError(err, this.profile, 'chat', attempt);
        yield { type: 'retry', attempt, delayMs, reason: failureReason(err) };
        try {
          await sleep(delayMs, request.signal);
        } catch (abort) {
          throw toModelError(abort, this.profile, 'chat', attempt);
        }
      }
    }
  }
}

/** The categories marked `filtered` in Azure's per-choice results (`@azure/openai` types them). */
function filteredCategories(results: ContentFilterResultsForChoiceOutput | undefined): string[] {
  if (!results) return [];
  return Object.entries(results)
    .filter(([, value]) => Boolean(value && typeof value === 'object' && 'filtered' in value && value.filtered))
    .map(([category]) => category.replace(/_/g, ' '));
}

