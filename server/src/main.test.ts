import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { createChatModel } from './main';

describe('createChatModel', () => {
  it('uses the offline model by default', () => {
    const model = createChatModel(loadConfig({}, { envFile: false }));
    expect(model.provider).toBe('offline');
  });

  it('keeps the workshop running on the offline model, with a warning, when a cloud model is configured', () => {
    const warnings: string[] = [];
    const config = loadConfig(
      { AZURE_OPENAI_ENDPOINT: 'https://example.openai.azure.com', AZURE_AI_MODEL_DEPLOYMENT_NAME: 'gpt-4o' },
      { envFile: false },
    );
    expect(config.model.provider).toBe('azure');
    const model = createChatModel(config, { warn: (m) => warnings.push(m) });
    expect(model.provider).toBe('offline');
    expect(warnings).toEqual([expect.stringContaining('AZURE_OPENAI_* is set')]);
  });
});
