/**
 * The query-engine memory engine against a fake server that answers FT.* commands with replies
 * shaped as the Redis docs and RediSearch's own RESP3 tests show them, over a real socket, so
 * the real ioredis decoder runs: RESP2, RESP3 with ioredis' default "legacy" mapping (maps as
 * flat arrays, doubles as strings) and RESP3 with `replyMapping: 'resp3'` (maps as objects).
 * It needs no search module; it checks our reply parsing, not the server's behaviour.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeVector } from '../record-codec';
import { RediSearchEngine } from './redisearch-engine';
import { memorySchema } from './redisearch-schema';

type Wire = string | number | Buffer | null | { double: number } | { map: Array<[string, Wire]> } | Wire[];

function encode(value: Wire, resp3: boolean): Buffer {
  const parts: Buffer[] = [];
  const put = (v: Wire): void => {
    if (v === null) parts.push(Buffer.from(resp3 ? '_\r\n' : '$-1\r\n'));
    else if (typeof v === 'number') parts.push(Buffer.from(`:${v}\r\n`));
    else if (typeof v === 'string' || Buffer.isBuffer(v)) {
      const b = Buffer.isBuffer(v) ? v : Buffer.from(v);
      parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
    } else if (Array.isArray(v)) {
      parts.push(Buffer.from(`*${v.length}\r\n`));
      v.forEach(put);
    } else if ('double' in v) {
      if (resp3) parts.push(Buffer.from(`,${v.double}\r\n`));
      else put(String(v.double));
    } else if (resp3) {
      parts.push(Buffer.from(`%${v.map.length}\r\n`));
      for (const [k, x] of v.map) {
        put(k);
        put(x);
      }
    } else {
      put(v.map.flatMap(([k, x]) => [k, x]));
    }
  };
  put(value);
  return Buffer.concat(parts);
}

/** Reads complete RESP arrays of bulk strings (what clients send) from a growing buffer. */
function takeCommand(buf: Buffer): { args: Buffer[]; rest: Buffer } | undefined {
  let pos = 0;
  const line = (): string | undefined => {
    const end = buf.indexOf('\r\n', pos);
    if (end < 0) return undefined;
    const s = buf.subarray(pos, end).toString();
    pos = end + 2;
    return s;
  };
  const head = line();
  if (head === undefined) return undefined;
  const n = Number(head.slice(1));
  const args: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const len = line();
    if (len === undefined) return undefined;
    const size = Number(len.slice(1));
    if (buf.length < pos + size + 2) return undefined;
    args.push(buf.subarray(pos, pos + size));
    pos += size + 2;
  }
  return { args, rest: buf.subarray(pos) };
}

// Not valid UTF-8 (0x80 bytes): only a binary-safe read gives these floats back.
const EMB_A = new Float32Array([1, -4.656612873077393e-10]);
const EMB_B = new Float32Array([0, 1]);
const DOCS: Record<string, Array<[string, Wire]>> = {
  'mem:a': [['content', 'I love sushi'], ['kind', 'message'], ['agent_id', 'a1'], ['user_id', 'u1'], ['created_at', '2000'], ['embedding', encodeVector(EMB_A)]],
  'mem:b': [['content', 'My dog Rex'], ['kind', 'message'], ['agent_id', 'a1'], ['user_id', 'u1'], ['created_at', '1000'], ['embedding', encodeVector(EMB_B)]],
  // Matches the tag pre-filter text but not the exact scope: must never come back.
  'mem:c': [['content', 'sushi for someone else'], ['kind', 'message'], ['agent_id', 'a1'], ['user_id', 'u2'], ['created_at', '3000']],
};

function infoReply(resp3: boolean): Wire {
  const attributes: Wire[] = memorySchema(2).map((a) => {
    const pairs: Array<[string, Wire]> = [['identifier', a.name], ['attribute', a.name], ['type', a.type]];
    if (a.type === 'TEXT') pairs.push(['WEIGHT', '1']);
    if (a.type === 'TAG') pairs.push(['SEPARATOR', ',']);
    if (a.vector) pairs.push(['algorithm', 'HNSW'], ['data_type', 'FLOAT32'], ['dim', 2], ['distance_metric', 'COSINE'], ['M', 16], ['ef_construction', 200]);
    const flags = [...a.flags, ...(a.type === 'NUMERIC' ? ['UNF'] : [])];
    // RESP2 lists flags inline; RESP3 (a map per attribute) nests them under `flags`.
    if (resp3) return { map: [...pairs, ['flags', flags]] };
    return [...pairs.flatMap(([k, v]) => [k, v]), ...flags];
  });
  return {
    map: [
      ['index_name', 'idx'],
      ['index_options', []],
      ['index_definition', { map: [['key_type', 'HASH'], ['prefixes', ['mem:']], ['default_score', resp3 ? { double: 1 } : '1']] }],
      ['attributes', attributes],
      ['num_docs', resp3 ? 3 : '3'],
      ['Index Errors', { map: [['indexing failures', 0], ['last indexing error', 'N/A']] }],
    ],
  };
}

/** FT.SEARCH: RESP2 `[total, key, score?, fields, ...]`, RESP3 `{attributes, format, results, total_results, warning}`. */
function searchReply(args: string[], resp3: boolean): Wire {
  const withScores = args.includes('WITHSCORES');
  const knn = args[2].includes('KNN');
  const ret = args.indexOf('RETURN');
  const fields = args.slice(ret + 2, ret + 2 + Number(args[ret + 1]));
  let keys = Object.keys(DOCS);
  if (withScores) keys = keys.filter((k) => /sushi/.test(String(DOCS[k][0][1])));
  const scores: Record<string, number> = { 'mem:a': 2.5, 'mem:b': 0.7, 'mem:c': 2.4 };
  const distances: Record<string, string> = { 'mem:a': '0.9', 'mem:b': '0.1', 'mem:c': '0.5' };
  if (knn) keys.sort((x, y) => Number(distances[x]) - Number(distances[y]));
  const docFields = (key: string): Array<[string, Wire]> =>
    [...DOCS[key], ...(knn ? ([['vector_score', distances[key]]] as Array<[string, Wire]>) : [])].filter(([f]) => fields.includes(f));
  if (!resp3) {
    return [keys.length, ...keys.flatMap((k) => [k, ...(withScores ? [String(scores[k])] : []), docFields(k).flatMap(([f, v]) => [f, v])])];
  }
  return {
    map: [
      ['attributes', []],
      ['format', 'STRING'],
      ['results', keys.map((k) => ({ map: [['id', k], ['extra_attributes', { map: docFields(k) }], ...(withScores ? ([['score', { double: scores[k] }]] as Array<[string, Wire]>) : []), ['values', []]] }))],
      ['total_results', keys.length],
      ['warning', []],
    ],
  };
}

let server: Server;
let port = 0;
const sent: string[][] = [];

beforeAll(async () => {
  server = createServer((socket: Socket) => {
    let resp3 = false;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      for (let cmd = takeCommand(pending); cmd; cmd = takeCommand(pending)) {
        pending = cmd.rest;
        const args = cmd.args.map((a) => a.toString('latin1'));
        const name = args[0].toUpperCase();
        sent.push(args);
        let reply: Wire | Error;
        if (name === 'HELLO') {
          resp3 = args[1] === '3';
          reply = { map: [['server', 'redis'], ['version', '8.0.0'], ['proto', resp3 ? 3 : 2]] };
        } else if (name === 'INFO') reply = '# Server\r\nredis_version:8.0.0\r\nloading:0\r\n';
        else if (name === 'FT.INFO') reply = infoReply(resp3);
        else if (name === 'FT.SEARCH') reply = searchReply(args, resp3);
        else if (name === 'DEL') reply = args.length - 1;
        else if (name === 'QUIT') reply = 'OK';
        else reply = new Error(`ERR unknown command '${args[0]}'`);
        socket.write(reply instanceof Error ? Buffer.from(`-${reply.message}\r\n`) : encode(reply, resp3));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const modes = [
  { label: 'RESP2', options: { protocol: 2 as const } },
  { label: 'RESP3, ioredis default mapping', options: {} },
  { label: 'RESP3, replyMapping resp3', options: { protocol: 3 as const, replyMapping: 'resp3' as const } },
];

describe.each(modes)('RediSearchEngine reply parsing over $label', ({ options }) => {
  const scope = { agentId: 'a1', userId: 'u1' };
  let client: Redis;
  let engine: RediSearchEngine;

  beforeAll(async () => {
    client = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 0, ...options });
    engine = new RediSearchEngine({ client, prefix: 'mem', indexName: 'idx', vectorDimensions: 2 });
    await engine.init(); // FT.INFO parsed and found equal to our schema: no FT.CREATE, no error
  });
  afterAll(() => client.disconnect());

  it('reads FT.INFO', async () => {
    expect(await engine.info()).toMatchObject({ documents: 3 });
    expect(sent.some((a) => a[0].toUpperCase() === 'FT.CREATE')).toBe(false);
  });

  it('lists records with their exact vectors, leaving out records outside the scope', async () => {
    const records = await engine.list(scope);
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(Array.from(records[0].embedding ?? [])).toEqual(Array.from(EMB_A));
    expect(records[0]).toMatchObject({ content: 'I love sushi', kind: 'message', agentId: 'a1', userId: 'u1', createdAt: 2000 });
  });

  it('reads WITHSCORES text results', async () => {
    const hits = await engine.search(scope, 'sushi');
    expect(hits.map((h) => h.record.id)).toEqual(['a']);
    expect(hits[0].score).toBeGreaterThan(0);
  });

  it('reads KNN distances', async () => {
    const hits = await engine.search(scope, '', { vector: new Float32Array([0, 1]) });
    expect(hits.map((h) => h.record.id)).toEqual(['b', 'a']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('deletes only the keys whose returned scope fields match exactly', async () => {
    const before = sent.length;
    expect(await engine.deleteAll(scope)).toBe(2);
    const del = sent.slice(before).filter((a) => a[0].toUpperCase() === 'DEL');
    expect(del.flatMap((a) => a.slice(1)).sort()).toEqual(['mem:a', 'mem:b']);
  });
});
