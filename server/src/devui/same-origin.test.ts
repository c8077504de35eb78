import { describe, expect, it } from 'vitest';
import { isOwnOriginHandshake } from './same-origin';

describe('isOwnOriginHandshake', () => {
  it('accepts the page of this very origin, default ports included', () => {
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'http://127.0.0.1:8001' })).toBe(true);
    expect(isOwnOriginHandshake({ host: 'Workshop.Example:8003', origin: 'http://workshop.example:8003' })).toBe(true);
    expect(isOwnOriginHandshake({ host: 'workshop.example', origin: 'https://workshop.example' })).toBe(true);
    expect(isOwnOriginHandshake({ host: 'workshop.example:443', origin: 'https://workshop.example' })).toBe(true);
    expect(isOwnOriginHandshake({ host: '[::1]:8002', origin: 'http://[::1]:8002' })).toBe(true);
  });

  it('accepts a handshake that no web page made (no Origin)', () => {
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001' })).toBe(true);
  });

  it('refuses pages of other ports, hosts and schemes, and opaque origins', () => {
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'http://127.0.0.1:8002' })).toBe(false);
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'http://127.0.0.1:9999' })).toBe(false);
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'http://localhost:8001' })).toBe(false);
    expect(isOwnOriginHandshake({ host: 'workshop.example', origin: 'http://evil.example' })).toBe(false);
    expect(isOwnOriginHandshake({ host: 'workshop.example', origin: 'https://workshop.example.evil.example' })).toBe(false);
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'null' })).toBe(false);
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'file:///tmp/x.html' })).toBe(false);
    expect(isOwnOriginHandshake({ host: '127.0.0.1:8001', origin: 'chrome-extension://abc' })).toBe(false);
    expect(isOwnOriginHandshake({ origin: 'http://127.0.0.1:8001' })).toBe(false);
    expect(isOwnOriginHandshake({ host: 'bad host', origin: 'http://127.0.0.1:8001' })).toBe(false);
  });
});
