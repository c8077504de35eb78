import { describe, expect, it } from 'vitest';
import { createIndexArgs, memorySchema, schemaDifferences } from './redisearch-schema';
import type { IndexAttribute, IndexInfoReply } from './search-reply';

function infoFor(schema: ReturnType<typeof memorySchema>, prefix = 'mem'): IndexInfoReply {
  const attributes = schema.map((a): IndexAttribute => ({
    name: a.name,
    type: a.type,
    flags: new Set<string>([...a.flags, ...(a.type === 'NUMERIC' ? ['UNF'] : [])]),
    params: (a.vector
      ? { algorithm: 'HNSW', data_type: 'FLOAT32', dim: String(a.vector.dim), distance_metric: 'COSINE', m: '16' }
      : a.type === 'TAG' ? { separator: ',' } : { weight: '1' }) as Record<string, string>,
  }));
  return { keyType: 'HASH', prefixes: [`${prefix}:`], attributes, numDocs: 0 };
}

describe('createIndexArgs', () => {
  it('spells the DESIGN §3 schema', () => {
    const args = createIndexArgs('memory_idx', 'mem', memorySchema(256)).join(' ');
    expect(args).toBe(
      'memory_idx ON HASH PREFIX 1 mem: SCHEMA content TEXT kind TAG role TAG application_id TAG CASESENSITIVE ' +
        'agent_id TAG CASESENSITIVE user_id TAG CASESENSITIVE thread_id TAG CASESENSITIVE conversation_id TAG ' +
        'message_id TAG author_name TAG fact_key TAG CASESENSITIVE created_at NUMERIC SORTABLE ' +
        'embedding VECTOR HNSW 6 TYPE FLOAT32 DIM 256 DISTANCE_METRIC COSINE',
    );
    expect(createIndexArgs('i', 'mem', memorySchema())).not.toContain('embedding');
  });
});

describe('schemaDifferences', () => {
  it('finds none for the index we would create (ignoring options we do not set)', () => {
    expect(schemaDifferences(memorySchema(256), 'mem', infoFor(memorySchema(256)))).toEqual([]);
  });

  it('names each difference', () => {
    expect(schemaDifferences(memorySchema(256), 'mem', infoFor(memorySchema(1536)))).toEqual([
      'embedding: is VECTOR HNSW FLOAT32 DIM 1536 COSINE, expected VECTOR HNSW FLOAT32 DIM 256 COSINE',
    ]);
    expect(schemaDifferences(memorySchema(256), 'mem', infoFor(memorySchema()))).toEqual([
      'embedding: missing (expected VECTOR HNSW FLOAT32 DIM 256 COSINE)',
    ]);
    expect(schemaDifferences(memorySchema(), 'mem', infoFor(memorySchema(8)))).toEqual(['embedding: not expected (VECTOR HNSW FLOAT32 DIM 8 COSINE)']);
    expect(schemaDifferences(memorySchema(), 'mem', infoFor(memorySchema(), 'other'))).toEqual(['indexes prefix ["other:"], not ["mem:"]']);

    const caseFolded = infoFor(memorySchema());
    caseFolded.attributes.find((a) => a.name === 'user_id')!.flags.delete('CASESENSITIVE');
    expect(schemaDifferences(memorySchema(), 'mem', caseFolded)).toEqual(['user_id: is TAG, expected TAG CASESENSITIVE']);

    const olderServer = infoFor(memorySchema(256));
    olderServer.attributes.find((a) => a.name === 'embedding')!.params = {};
    expect(schemaDifferences(memorySchema(256), 'mem', olderServer)).toEqual([]);

    const otherSeparator = infoFor(memorySchema());
    otherSeparator.attributes.find((a) => a.name === 'agent_id')!.params.separator = ';';
    expect(schemaDifferences(memorySchema(), 'mem', otherSeparator)).toEqual(['agent_id: is TAG CASESENSITIVE SEPARATOR ;, expected TAG CASESENSITIVE']);
  });
});
