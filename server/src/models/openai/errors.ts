/**
 * SDK failures → `WorkshopError`s an attendee can act on. Each message says what happened and
 * names the variable (or the command) that fixes it, for the provider actually configured.
 */
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { WorkshopError } from '../../errors';
import type { FailedCall } from '../retry';
import type { ModelProfile } from './profile';

/** Which call failed: the chat model or the embedder (they may be different deployments). */
export type ModelCallKind = 'chat' | 'embeddings';

/** The provider's own error code and message from an OpenAI-style body, when there is one. */
function providerError(err: APIError): { code?: string; message?: string } {
  const body = err.error as { code?: unknown; message?: unknown; innererror?: { code?: unknown } } | undefined;
  const code = typeof body?.innererror?.code === 'string' ? body.innererror.code : typeof body?.code === 'string' ? body.code : err.code ?? undefined;
  return { code: code ?? undefined, message: typeof body?.message === 'string' ? body.message : undefined };
}

/** True for Azure's and OpenAI's content-filter refusals (a 400 with a content-filter code). */
export function isContentFilterError(err: unknown): boolean {
  if (!(err instanceof APIError)) return false;
  const { code } = providerError(err);
  return err.status === 400 && /content_?filter|ResponsibleAIPolicyViolation/i.test(code ?? '');
}

/** Whether and how an SDK error may be retried (see `retryDelay`). */
export function failedCall(err: unknown): FailedCall {
  if (err instanceof APIUserAbortError || err instanceof APIConnectionTimeoutError) return { final: true };
  if (err instanceof APIError) return { status: err.status, headers: err.headers };
  if ((err as { name?: string })?.name === 'AbortError') return { final: true };
  // An Entra ID credential that cannot sign in fails before any request: retrying will not help.
  return { status: 0, final: true };
}

/** "Azure OpenAI" or "the model server at <url>", as error messages name it. */
export function who(profile: ModelProfile): string {
  return profile.provider === 'azure' ? 'Azure OpenAI' : `the model server at ${profile.url}`;
}

/** A short reason for a retry line in the Trace panel ("HTTP 429"). */
export function failureReason(err: unknown): string {
  const status = (err as { status?: number })?.status;
  return status ? `HTTP ${status}` : err instanceof Error ? err.message.slice(0, 120) : 'request failed';
}

/** The error for a failed call, after `attempts` tries. */
export function toModelError(err: unknown, profile: ModelProfile, kind: ModelCallKind, attempts = 1): WorkshopError {
  if (err instanceof WorkshopError) return err;
  const model = kind === 'chat' ? profile.chatModel : (profile.embeddingModel ?? profile.chatModel);
  const modelVariable = kind === 'chat' ? profile.chatModelVariable : profile.embeddingModelVariable;
  const fail = (code: ConstructorParameters<typeof WorkshopError>[0], message: string) => new WorkshopError(code, message, { cause: err });

  if (err instanceof APIUserAbortError || (err as { name?: string })?.name === 'AbortError') return fail('aborted', 'the model call was stopped');
  if (err instanceof APIConnectionTimeoutError) {
    return fail('model_timeout', `${who(profile)} did not answer in time (MODEL_TIMEOUT_SECONDS); check that ${profile.urlVariable} points at a running server, or raise the timeout`);
  }
  if (err instanceof APIError && err.status === undefined) {
    return fail('model_unreachable', `cannot reach ${profile.url}: check ${profile.urlVariable} and that the server is running (${err.message})`);
  }
  if (err instanceof APIError) {
    const { code, message } = providerError(err);
    const detail = message ? ` The provider said: ${message.slice(0, 300)}` : '';
    if (err.status === 401 || err.status === 403) {
      if (profile.entraId) {
        return fail(
          'model_auth_failed',
          `Azure OpenAI refused the Entra ID sign-in (${err.status}): run \`az login\` again (the login may have expired), make sure your account has the "Cognitive Services OpenAI User" role on the resource, or set AZURE_OPENAI_API_KEY.${detail}`,
        );
      }
      const keyHint = profile.hasKey ? `check ${profile.keyVariable}` : `set ${profile.keyVariable}`;
      return fail('model_auth_failed', `${who(profile)} refused the request (${err.status}): ${keyHint} (and that ${profile.urlVariable} is the resource the key belongs to).${detail}`);
    }
    if (err.status === 404) {
      const hint =
        profile.provider === 'azure'
          ? `check ${modelVariable} (the deployment name from the Azure AI Foundry portal, not the model name), ${profile.urlVariable} and AZURE_OPENAI_API_VERSION`
          : `check ${modelVariable}${profile.url.startsWith('https://api.openai.com') ? '' : ` (for Ollama: \`ollama pull ${model}\`) and ${profile.urlVariable} (it usually ends in /v1)`}`;
      return fail('model_not_found', `${who(profile)} has no ${profile.provider === 'azure' ? 'deployment' : 'model'} "${model}" (404): ${hint}.${detail}`);
    }
    if (err.status === 429) {
      return fail(
        'model_rate_limited',
        `${who(profile)} is rate limited or out of quota (429) after ${attempts} ${attempts === 1 ? 'try' : 'tries'}: wait a minute and send again${profile.provider === 'azure' ? ', or raise the deployment\'s tokens-per-minute quota' : ''}.${detail}`,
      );
    }
    if (isContentFilterError(err)) {
      return fail('model_content_filtered', `the provider's content filter blocked this message${code ? ` (${code})` : ''}; rephrase it and send again`);
    }
    if (err.status >= 500) return fail('model_failed', `${who(profile)} failed (${err.status}) after ${attempts} ${attempts === 1 ? 'try' : 'tries'}; try again in a moment.${detail}`);
    return fail('model_failed', `${who(profile)} rejected the request (${err.status}${code ? ` ${code}` : ''}).${detail}`);
  }
  const text = err instanceof Error ? err.message : String(err);
  if (profile.entraId && /credential|az login|token/i.test(text)) {
    return fail('model_auth_failed', `no Azure sign-in was found: run \`az login\` (the Azure CLI), or set AZURE_OPENAI_API_KEY. (${text.split('\n')[0].slice(0, 300)})`);
  }
  return fail('model_failed', `${who(profile)}: ${text.slice(0, 300)}`);
}
