import { describe, expect, it } from 'vitest';
import { parseInfoReply, parseSearchReply } from './search-reply';

describe('parseSearchReply', () => {
  it('reads RESP2 replies with scores and fields', () => {
    const reply = [2, 'mem:a', '1.5', ['content', 'sushi', 'user_id', 'u'], 'mem:b', '0.5', ['content', 'ramen']];
    expect(parseSearchReply(reply, { withScores: true, noContent: false })).toEqual({
      total: 2,
      documents: [
        { key: 'mem:a', score: 1.5, fields: { content: 'sushi', user_id: 'u' } },
        { key: 'mem:b', score: 0.5, fields: { content: 'ramen' } },
      ],
    });
  });

  it('keeps Buffer field values (binary-safe calls) so vector bytes survive', () => {
    const vector = Buffer.from([0, 0, 128, 63]);
    const reply = [1, Buffer.from('mem:a'), Buffer.from('0.75'), [Buffer.from('content'), Buffer.from('sushi'), Buffer.from('embedding'), vector]];
    const [doc] = parseSearchReply(reply, { withScores: true, noContent: false }).documents;
    expect(doc.key).toBe('mem:a');
    expect(doc.score).toBe(0.75);
    expect(doc.fields.embedding).toBe(vector);
    expect(doc.fields.content).toEqual(Buffer.from('sushi'));
  });

  it('reads RESP2 replies without scores or content', () => {
    expect(parseSearchReply([2, 'mem:a', 'mem:b'], { withScores: false, noContent: true }).documents.map((d) => d.key)).toEqual(['mem:a', 'mem:b']);
    expect(parseSearchReply([0], { withScores: false, noContent: false })).toEqual({ total: 0, documents: [] });
  });

  it('reads RESP3 replies delivered as flat arrays (ioredis legacy mapping)', () => {
    const reply = [
      'attributes', [],
      'format', 'STRING',
      'results', [
        ['id', 'mem:a', 'extra_attributes', ['content', 'sushi', 'vector_score', '0.25'], 'score', '2.5', 'values', []],
      ],
      'total_results', 1,
      'warning', [],
    ];
    expect(parseSearchReply(reply, { withScores: true, noContent: false })).toEqual({
      total: 1,
      documents: [{ key: 'mem:a', score: 2.5, fields: { content: 'sushi', vector_score: '0.25' } }],
    });
  });

  it('reads RESP3 replies delivered as objects and Maps', () => {
    const asObject = { total_results: 1, results: [{ id: 'mem:a', extra_attributes: { content: 'x' }, score: 3 }] };
    expect(parseSearchReply(asObject, { withScores: true, noContent: false }).documents).toEqual([{ key: 'mem:a', score: 3, fields: { content: 'x' } }]);
    const asMap = new Map<string, unknown>([
      ['total_results', 1],
      ['results', [new Map<string, unknown>([['id', Buffer.from('mem:b')], ['extra_attributes', new Map([['content', Buffer.from('y')]])]])]],
    ]);
    expect(parseSearchReply(asMap, { withScores: false, noContent: false }).documents).toEqual([{ key: 'mem:b', score: undefined, fields: { content: Buffer.from('y') } }]);
  });
});

describe('parseInfoReply', () => {
  it('reads a RESP2 FT.INFO reply with inline flags', () => {
    const reply = [
      'index_name', 'idx',
      'index_options', [],
      'index_definition', ['key_type', 'HASH', 'prefixes', ['mem:'], 'default_score', '1', 'indexes_all', 'false'],
      'attributes', [
        ['identifier', 'content', 'attribute', 'content', 'type', 'TEXT', 'WEIGHT', '1'],
        ['identifier', 'user_id', 'attribute', 'user_id', 'type', 'TAG', 'SEPARATOR', ',', 'CASESENSITIVE'],
        ['identifier', 'created_at', 'attribute', 'created_at', 'type', 'NUMERIC', 'SORTABLE', 'UNF'],
        ['identifier', 'embedding', 'attribute', 'embedding', 'type', 'VECTOR', 'algorithm', 'HNSW', 'data_type', 'FLOAT32', 'dim', 256, 'distance_metric', 'COSINE', 'M', 16, 'ef_construction', 200],
      ],
      'num_docs', '42',
    ];
    const info = parseInfoReply(reply);
    expect(info.keyType).toBe('HASH');
    expect(info.prefixes).toEqual(['mem:']);
    expect(info.numDocs).toBe(42);
    expect(info.attributes.map((a) => [a.name, a.type, [...a.flags].sort()])).toEqual([
      ['content', 'TEXT', []],
      ['user_id', 'TAG', ['CASESENSITIVE']],
      ['created_at', 'NUMERIC', ['SORTABLE', 'UNF']],
      ['embedding', 'VECTOR', []],
    ]);
    expect(info.attributes[3].params).toMatchObject({ algorithm: 'HNSW', dim: '256', distance_metric: 'COSINE' });
  });

  it('reads a RESP3 FT.INFO reply with nested flags', () => {
    const reply = [
      'index_definition', ['key_type', 'HASH', 'prefixes', ['mem:']],
      'attributes', [['identifier', 'user_id', 'attribute', 'user_id', 'type', 'TAG', 'SEPARATOR', ',', 'flags', ['CASESENSITIVE']]],
      'num_docs', 3,
    ];
    const info = parseInfoReply(reply);
    expect(info.attributes[0].flags.has('CASESENSITIVE')).toBe(true);
    expect(info.attributes[0].params.separator).toBe(',');
    expect(info.numDocs).toBe(3);
  });
});
