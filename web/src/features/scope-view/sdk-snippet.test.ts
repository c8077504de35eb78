import { describe, expect, it } from 'vitest';
import { identityFrames } from '../../state/reducers/identity';
import { sdkSnippet } from './sdk-snippet';

describe('the SDK snippet', () => {
  it("uses the page's address, the agent as the model and the attendee's key", () => {
    const code = sdkSnippet('http://192.168.1.20:8001', 'support_agent', 'wk_u_0123456789abcdef.sig');
    expect(code).toContain("baseURL: 'http://192.168.1.20:8001/v1'");
    expect(code).toContain("apiKey: 'wk_u_0123456789abcdef.sig'");
    expect(code).toContain("model: 'support_agent'");
  });

  it("the socket's greeting keeps the key /api/me gave for the same attendee, and drops it for another", () => {
    const state = { me: { userId: 'u_1', displayName: 'Ada', apiKey: 'wk_1' } } as Parameters<typeof identityFrames.hello>[0];
    const redis = { connected: true };
    expect(identityFrames.hello(state, { type: 'hello', userId: 'u_1', displayName: 'Ada L.', redis }).me).toEqual({ userId: 'u_1', displayName: 'Ada L.', apiKey: 'wk_1' });
    expect(identityFrames.hello(state, { type: 'hello', userId: 'u_2', displayName: 'Bo', redis }).me).toEqual({ userId: 'u_2', displayName: 'Bo' });
  });
});
