import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import { Identity, IDENTITY_COOKIE } from './identity';

const redis = testClient();

describe('Identity', () => {
  it('shares one secret through Redis, so every process accepts the same cookies', async () => {
    const ns = uniquePrefix('identity');
    const first = await Identity.load(redis, ns);
    const second = await Identity.load(redis, ns);
    const userId = Identity.newUserId();
    expect(userId).toMatch(/^u_[a-f0-9]{16}$/);
    const header = `other=1; ${IDENTITY_COOKIE}=${first.sign(userId)}`;
    expect(second.userFromCookieHeader(header)).toBe(userId);
    const elsewhere = await Identity.load(redis, uniquePrefix('identity'));
    expect(elsewhere.userFromCookieHeader(header)).toBeUndefined();
  });

  it('rejects tampered, foreign and malformed cookies', async () => {
    const identity = await Identity.load(redis, uniquePrefix('identity'));
    const userId = Identity.newUserId();
    const signed = identity.sign(userId);
    const otherUser = Identity.newUserId();
    expect(identity.userFromCookieHeader(`${IDENTITY_COOKIE}=${otherUser}${signed.slice(userId.length)}`)).toBeUndefined();
    expect(identity.userFromCookieHeader(`${IDENTITY_COOKIE}=${signed}x`)).toBeUndefined();
    expect(identity.userFromCookieHeader(`${IDENTITY_COOKIE}=${userId}`)).toBeUndefined();
    expect(identity.userFromCookieHeader(`${IDENTITY_COOKIE}=admin.${signed.split('.')[1]}`)).toBeUndefined();
    expect(identity.userFromCookieHeader(undefined)).toBeUndefined();
  });

  it('keeps display names per user, with a readable default', async () => {
    const identity = await Identity.load(redis, uniquePrefix('identity'));
    const userId = Identity.newUserId();
    await identity.register(userId);
    expect(await identity.displayName(userId)).toBe(`Attendee ${userId.slice(2, 6)}`);
    expect(await identity.setDisplayName(userId, '  Grace  ')).toBe('Grace');
    await identity.register(userId);
    expect(await identity.displayName(userId)).toBe('Grace');
    expect((await identity.attendees()).get(userId)).toBe('Grace');
    await expect(identity.setDisplayName(userId, 'x'.repeat(61))).rejects.toThrow(/60/);
  });
});
