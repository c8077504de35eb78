import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import { decodeRecord, decodeVector, encodeRecord, encodeVector } from './record-codec';
import type { MemoryRecord } from './types';

const full: MemoryRecord = {
  id: 'msg_1',
  kind: 'fact',
  content: 'User likes sushi 🍣',
  role: 'user',
  applicationId: 'workshop',
  agentId: 'personal_assistant',
  userId: 'alice@example.com',
  threadId: 'thread_1',
  conversationId: 'conv_1',
  messageId: 'm1',
  authorName: 'Alice',
  factKey: 'likes:sushi',
  createdAt: 1_700_000_000_123,
  embedding: new Float32Array([0.5, -1.25, 3e-8, 0]),
};

describe('encodeRecord', () => {
  it('writes exactly the DESIGN §3 field names', () => {
    const fields = encodeRecord(full);
    expect(Object.keys(fields).sort()).toEqual(
      ['agent_id', 'application_id', 'author_name', 'content', 'conversation_id', 'created_at', 'embedding', 'fact_key', 'kind', 'message_id', 'role', 'thread_id', 'user_id'].sort(),
    );
    expect(fields.created_at).toBe('1700000000123');
    expect(fields.user_id).toBe('alice@example.com');
  });

  it('writes the embedding as little-endian FLOAT32 bytes', () => {
    const bytes = encodeRecord(full).embedding as Buffer;
    expect(bytes.length).toBe(16);
    expect(bytes.readFloatLE(4)).toBe(-1.25);
  });

  it('does not write unset or empty optional fields', () => {
    const fields = encodeRecord({ id: 'x', kind: 'message', content: 'hi', userId: 'u', agentId: '', createdAt: 5 });
    expect(Object.keys(fields).sort()).toEqual(['content', 'created_at', 'kind', 'user_id']);
  });
});

describe('decodeRecord', () => {
  it('round-trips every field', () => {
    const decoded = decodeRecord('msg_1', encodeRecord(full));
    expect(decoded).toEqual(full);
  });

  it('returns undefined for a missing hash', () => {
    expect(decodeRecord('x', {})).toBeUndefined();
    expect(decodeRecord('x', null)).toBeUndefined();
  });

  it('tolerates a hand-edited hash', () => {
    const decoded = decodeRecord('x', { kind: 'bogus', created_at: 'yesterday', embedding: Buffer.from([1, 2, 3]), user_id: 'u' });
    expect(decoded).toEqual({ id: 'x', kind: 'message', content: '', createdAt: 0, userId: 'u' });
  });

  it('decodes what HGETALL returns from a real Redis', async () => {
    const client = testClient();
    const key = `${uniquePrefix('codec')}:msg_1`;
    await client.hset(key, encodeRecord(full));
    try {
      expect(decodeRecord('msg_1', await client.hgetallBuffer(key))).toEqual(full);
    } finally {
      await client.del(key);
    }
  });
});

describe('vectors', () => {
  it('round-trips through bytes and rejects impossible lengths', () => {
    const v = new Float32Array([1, 2.5, -3]);
    expect(decodeVector(encodeVector(v))).toEqual(v);
    expect(decodeVector(Buffer.alloc(0))).toBeUndefined();
    expect(decodeVector(Buffer.alloc(6))).toBeUndefined();
  });
});
