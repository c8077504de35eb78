import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { failedCall, toModelError } from './errors';
import { modelProfile } from './profile';

const azureKey = modelProfile({ provider: 'azure', endpoint: 'https://res.openai.azure.com', deployment: 'gpt4o-chat', apiKey: 'k', embeddingDeployment: 'emb' });
const azureEntra = modelProfile({ provider: 'azure', endpoint: 'https://res.openai.azure.com', deployment: 'gpt4o-chat' });
const ollama = modelProfile({ provider: 'openai', model: 'llama3.2', baseUrl: 'http://localhost:11434/v1' });

const apiError = (status: number, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  APIError.generate(status, { error: body }, undefined, new Headers(headers));

describe('toModelError', () => {
  it('names the key variable, or az login, for a refused request', () => {
    expect(toModelError(apiError(401, { code: '401', message: 'Access denied' }), azureKey, 'chat')).toMatchObject({ code: 'model_auth_failed', retryable: false });
    expect(toModelError(apiError(401), azureKey, 'chat').message).toContain('AZURE_OPENAI_API_KEY');
    expect(toModelError(apiError(403), azureEntra, 'chat').message).toMatch(/az login.*Cognitive Services OpenAI User/);
    expect(toModelError(apiError(401), ollama, 'chat').message).toMatch(/set OPENAI_API_KEY/);
  });

  it('names the deployment or model variable for a 404', () => {
    const azure = toModelError(apiError(404, { code: 'DeploymentNotFound' }), azureKey, 'chat');
    expect(azure).toMatchObject({ code: 'model_not_found' });
    expect(azure.message).toMatch(/"gpt4o-chat".*AZURE_AI_MODEL_DEPLOYMENT_NAME/);
    expect(toModelError(apiError(404), azureKey, 'embeddings').message).toMatch(/"emb".*AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME/);
    expect(toModelError(apiError(404), ollama, 'chat').message).toMatch(/OPENAI_MODEL.*ollama pull llama3\.2/);
  });

  it('tells quota, content filter, timeouts, unreachable servers and stops apart', () => {
    expect(toModelError(apiError(429), azureKey, 'chat', 4)).toMatchObject({ code: 'model_rate_limited', retryable: true });
    expect(toModelError(apiError(429), azureKey, 'chat', 4).message).toMatch(/after 4 tries.*quota/);
    expect(toModelError(apiError(400, { code: 'content_filter', message: 'filtered' }), azureKey, 'chat')).toMatchObject({ code: 'model_content_filtered', retryable: false });
    expect(toModelError(new APIConnectionTimeoutError(), ollama, 'chat')).toMatchObject({ code: 'model_timeout', retryable: true });
    const unreachable = toModelError(new APIConnectionError({ message: 'Connection error.' }), ollama, 'chat');
    expect(unreachable).toMatchObject({ code: 'model_unreachable' });
    expect(unreachable.message).toMatch(/http:\/\/localhost:11434\/v1.*OPENAI_BASE_URL/);
    expect(toModelError(new APIUserAbortError(), ollama, 'chat')).toMatchObject({ code: 'aborted' });
    expect(toModelError(new Error('DefaultAzureCredential failed to retrieve a token'), azureEntra, 'chat').message).toMatch(/az login/);
  });

  it('marks what may be retried', () => {
    expect(failedCall(apiError(429, {}, { 'retry-after': '1' }))).toMatchObject({ status: 429 });
    expect(failedCall(new APIConnectionTimeoutError())).toEqual({ final: true });
    expect(failedCall(new APIUserAbortError())).toEqual({ final: true });
    expect(failedCall(new APIConnectionError({ message: 'reset' }))).toMatchObject({ status: undefined });
  });
});
