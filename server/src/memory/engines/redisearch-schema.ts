/** The memory index schema (DESIGN §3) and how to tell whether an existing index still matches it. */
import type { IndexAttribute, IndexInfoReply } from './search-reply';

/** One attribute of the schema we create. */
export interface SchemaAttribute {
  name: string;
  type: 'TEXT' | 'TAG' | 'NUMERIC' | 'VECTOR';
  /** Flags that change behaviour (and so must match): CASESENSITIVE, SORTABLE. */
  flags: Array<'CASESENSITIVE' | 'SORTABLE'>;
  vector?: { algorithm: 'HNSW'; dataType: 'FLOAT32'; dim: number; distanceMetric: 'COSINE' };
}

/**
 * Scope ids are CASESENSITIVE tags: `Alice` and `alice` are different users. `kind` and `role`
 * are our own lower-case words, so the default (case-folded) tag is fine for them.
 */
export function memorySchema(vectorDimensions?: number): SchemaAttribute[] {
  const attrs: SchemaAttribute[] = [
    { name: 'content', type: 'TEXT', flags: [] },
    { name: 'kind', type: 'TAG', flags: [] },
    { name: 'role', type: 'TAG', flags: [] },
    { name: 'application_id', type: 'TAG', flags: ['CASESENSITIVE'] },
    { name: 'agent_id', type: 'TAG', flags: ['CASESENSITIVE'] },
    { name: 'user_id', type: 'TAG', flags: ['CASESENSITIVE'] },
    { name: 'thread_id', type: 'TAG', flags: ['CASESENSITIVE'] },
    { name: 'conversation_id', type: 'TAG', flags: [] },
    { name: 'message_id', type: 'TAG', flags: [] },
    { name: 'author_name', type: 'TAG', flags: [] },
    { name: 'fact_key', type: 'TAG', flags: ['CASESENSITIVE'] },
    { name: 'created_at', type: 'NUMERIC', flags: ['SORTABLE'] },
  ];
  if (vectorDimensions) {
    attrs.push({
      name: 'embedding',
      type: 'VECTOR',
      flags: [],
      vector: { algorithm: 'HNSW', dataType: 'FLOAT32', dim: vectorDimensions, distanceMetric: 'COSINE' },
    });
  }
  return attrs;
}

/** The FT.CREATE arguments after the command name. */
export function createIndexArgs(indexName: string, prefix: string, schema: SchemaAttribute[]): Array<string | number> {
  const args: Array<string | number> = [indexName, 'ON', 'HASH', 'PREFIX', 1, `${prefix}:`, 'SCHEMA'];
  for (const attr of schema) {
    args.push(attr.name);
    if (attr.vector) {
      const v = attr.vector;
      args.push('VECTOR', v.algorithm, 6, 'TYPE', v.dataType, 'DIM', v.dim, 'DISTANCE_METRIC', v.distanceMetric);
    } else {
      args.push(attr.type, ...attr.flags);
    }
  }
  return args;
}

function describe(attr: IndexAttribute | SchemaAttribute): string {
  if ('params' in attr) {
    const flags = ['CASESENSITIVE', 'SORTABLE'].filter((f) => attr.flags.has(f));
    if (attr.type === 'VECTOR') {
      const p = attr.params;
      return `VECTOR ${p.algorithm ?? '?'} ${p.data_type ?? '?'} DIM ${p.dim ?? '?'} ${p.distance_metric ?? '?'}`.toUpperCase();
    }
    const separator = attr.type === 'TAG' && attr.params.separator && attr.params.separator !== ',' ? ` SEPARATOR ${attr.params.separator}` : '';
    return [attr.type, ...flags].join(' ') + separator;
  }
  if (attr.vector) {
    const v = attr.vector;
    return `VECTOR ${v.algorithm} ${v.dataType} DIM ${v.dim} ${v.distanceMetric}`;
  }
  return [attr.type, ...attr.flags].join(' ');
}

/**
 * What differs between the index Redis has and the one we would create, one line per
 * difference; empty when they match. Options we do not set (weights, HNSW tuning) are ignored.
 */
export function schemaDifferences(expected: SchemaAttribute[], prefix: string, actual: IndexInfoReply): string[] {
  const diffs: string[] = [];
  if (actual.keyType && actual.keyType !== 'HASH') diffs.push(`indexes ${actual.keyType} keys, not HASH`);
  const wantPrefix = `${prefix}:`;
  if (actual.prefixes.length !== 1 || actual.prefixes[0] !== wantPrefix) {
    diffs.push(`indexes prefix ${JSON.stringify(actual.prefixes)}, not ["${wantPrefix}"]`);
  }
  const byName = new Map(actual.attributes.map((a) => [a.name, a]));
  for (const attr of expected) {
    const found = byName.get(attr.name);
    byName.delete(attr.name);
    if (!found) {
      diffs.push(`${attr.name}: missing (expected ${describe(attr)})`);
      continue;
    }
    // Servers before Redis 8 list a vector field without its parameters: then only its type can be checked.
    const opaqueVector = attr.vector && found.type === 'VECTOR' && found.params.dim === undefined;
    const want = opaqueVector ? 'VECTOR' : describe(attr);
    const have = opaqueVector ? found.type : describe(found);
    if (want !== have) diffs.push(`${attr.name}: is ${have}, expected ${want}`);
  }
  for (const extra of byName.values()) diffs.push(`${extra.name}: not expected (${describe(extra)})`);
  return diffs;
}
