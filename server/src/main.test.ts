import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { createChatModel, roomAddresses } from './main';

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
