/**
 * Who is asking: a signed, HTTP-only cookie `workshop_uid` issued on the first request. The
 * signing secret lives in Redis (SET NX), so every server process and every restart accept the
 * same cookies. The user id of every query comes from here, never from a body or query string.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { RedisClient } from '../redis/connection';
import { toRedisError } from '../redis/connection';
import { attendeesKey, identitySecretKey } from '../redis/keys';
import { displayNameSchema } from '../contracts/http';

/** Name of the identity cookie. */
export const IDENTITY_COOKIE = 'workshop_uid';

/** Cookies live a year: an attendee coming back next week is still the same user. */
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

const USER_ID = /^u_[a-f0-9]{16}$/;

/** Marks a workshop API key (`wk_u_…`), so it is told apart from other tokens at a glance. */
const API_KEY_PREFIX = 'wk_';

export { displayNameSchema };

/** The user id the identity middleware put on the response. */
export function userIdOf(res: Response): string {
  return res.locals.userId as string;
}

/** Issues and checks the signed `workshop_uid` cookie, and keeps attendees' display names in Redis. */
export class Identity {
  private readonly client: RedisClient;
  private readonly secret: Buffer;
  private readonly namespace: string | undefined;

  private constructor(client: RedisClient, secret: Buffer, namespace: string | undefined) {
    this.client = client;
    this.secret = secret;
    this.namespace = namespace;
  }

  /** Reads the shared secret from Redis, creating it first when this is the first server ever. */
  static async load(client: RedisClient, namespace?: string): Promise<Identity> {
    const key = identitySecretKey(namespace);
    try {
      await client.set(key, randomBytes(32).toString('hex'), 'NX');
      const secret = await client.get(key);
      if (!secret) throw new Error(`${key} vanished right after SET NX`);
      return new Identity(client, Buffer.from(secret, 'hex'), namespace);
    } catch (err) {
      throw toRedisError(err, 'loading the identity secret');
    }
  }

  /** A new user id: `u_` and 16 hex digits (a valid key part, so it can go into key names). */
  static newUserId(): string {
    return `u_${randomBytes(8).toString('hex')}`;
  }

  /** The cookie value for `userId`: the id and its HMAC. */
  sign(userId: string): string {
    return `${userId}.${this.mac(userId)}`;
  }

  /** The user id in a `Cookie` header, when the cookie is there and its signature is right. */
  userFromCookieHeader(header: string | undefined): string | undefined {
    return this.userFromSigned(readCookie(header, IDENTITY_COOKIE));
  }

  /**
   * The attendee's bearer token for the `/v1` endpoints: their id signed with the same secret as
   * the cookie, so it needs no storage and stays valid across restarts.
   */
  apiKeyFor(userId: string): string {
    return `${API_KEY_PREFIX}${this.sign(userId)}`;
  }

  /** The user id behind an API key, when its signature is right. */
  userFromApiKey(key: string | undefined): string | undefined {
    return key?.startsWith(API_KEY_PREFIX) ? this.userFromSigned(key.slice(API_KEY_PREFIX.length)) : undefined;
  }

  private userFromSigned(value: string | undefined): string | undefined {
    if (!value) return undefined;
    const dot = value.lastIndexOf('.');
    if (dot < 0) return undefined;
    const userId = value.slice(0, dot);
    if (!USER_ID.test(userId)) return undefined;
    const given = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(this.mac(userId));
    return given.length === expected.length && timingSafeEqual(given, expected) ? userId : undefined;
  }

  /** Express middleware: puts the caller's user id in `res.locals.userId`, issuing a cookie when there is none. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      let userId = this.userFromCookieHeader(req.headers.cookie);
      if (!userId) {
        userId = Identity.newUserId();
        // Not registered as an attendee yet: health checks, curl and the facilitator's own browser
        // get a cookie too, and are not attendees. A first turn or a chosen name registers one.
        res.append('Set-Cookie', `${IDENTITY_COOKIE}=${this.sign(userId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${COOKIE_MAX_AGE_SECONDS}`);
      }
      res.locals.userId = userId;
      next();
    };
  }

  /** Adds the user to the attendee list with a default name (keeps a name they already chose). */
  async register(userId: string): Promise<void> {
    await this.client.hsetnx(attendeesKey(this.namespace), userId, defaultDisplayName(userId));
  }

  async displayName(userId: string): Promise<string> {
    try {
      return (await this.client.hget(attendeesKey(this.namespace), userId)) ?? defaultDisplayName(userId);
    } catch (err) {
      throw toRedisError(err, 'reading the display name');
    }
  }

  async setDisplayName(userId: string, displayName: string): Promise<string> {
    const name = displayNameSchema.parse(displayName);
    try {
      await this.client.hset(attendeesKey(this.namespace), userId, name);
    } catch (err) {
      throw toRedisError(err, 'saving the display name');
    }
    return name;
  }

  /** Every attendee and their display name. */
  async attendees(): Promise<Map<string, string>> {
    try {
      return new Map(Object.entries(await this.client.hgetall(attendeesKey(this.namespace))));
    } catch (err) {
      throw toRedisError(err, 'listing attendees');
    }
  }

  private mac(userId: string): string {
    return createHmac('sha256', this.secret).update(userId).digest('base64url');
  }
}

/** "Attendee 1a2b": readable until the attendee picks a name. */
export function defaultDisplayName(userId: string): string {
  return `Attendee ${userId.slice(2, 6)}`;
}

/** One cookie's value from a `Cookie` header (no decoding needed: our values are URL-safe). */
function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
