import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { roomAddresses } from './main';
import { createModels } from './models/factory';

describe('createModels', () => {
  it('uses the offline model and the hashing embedder by default', async () => {
    const models = await createModels(loadConfig({}, { envFile: false }).model);
    expect(models.chat.provider).toBe('offline');
    expect(models.embedder?.name).toMatch(/hashing/);
    expect(models.facts).toBeUndefined();
  });

  it('builds the Azure client from the config without calling it (a wrong key does not stop the start)', async () => {
    const config = loadConfig(
      { AZURE_OPENAI_ENDPOINT: 'https://example.openai.azure.com', AZURE_AI_MODEL_DEPLOYMENT_NAME: 'gpt-4o', AZURE_OPENAI_API_KEY: 'wrong' },
      { envFile: false },
    );
    const models = await createModels(config.model, { limits: config.modelCalls });
    expect(models.chat).toMatchObject({ provider: 'azure', model: 'gpt-4o' });
    expect(models.facts).toBeDefined();
    expect(models.warnings).toEqual([]);
  });
});

describe('roomAddresses', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    eth0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
  } as unknown as Parameters<typeof roomAddresses>[1];

  it('lists the LAN addresses attendees can use when listening on every interface', () => {
    expect(roomAddresses('0.0.0.0', interfaces)).toEqual(['192.168.1.20']);
  });

  it('lists nothing for a specific host', () => {
    expect(roomAddresses('127.0.0.1', interfaces)).toEqual([]);
  });
});
