/**
 * Reading FT.SEARCH and FT.INFO replies whatever the protocol. ioredis 6 speaks RESP3 by
 * default, and the query engine answers RESP3 clients with a different shape (a map with
 * `results`) than RESP2 clients (a flat array starting with the total). ioredis may hand maps
 * over as flat arrays, `Map`s or plain objects depending on `replyMapping`; all are accepted,
 * with strings or (from `callBuffer`) Buffers.
 */

/** A reply value as text (bulk strings may arrive as Buffers, doubles as numbers). */
export function replyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

/** A reply "map" as a plain object with string keys, or undefined when it is not one. */
export function replyMap(value: unknown): Record<string, unknown> | undefined {
  if (value instanceof Map) {
    return Object.fromEntries([...value.entries()].map(([k, v]) => [replyText(k), v]));
  }
  if (Array.isArray(value)) {
    if (value.length % 2 !== 0) return undefined;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < value.length; i += 2) out[replyText(value[i])] = value[i + 1];
    return out;
  }
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) return value as Record<string, unknown>;
  return undefined;
}

/** Field values stay Buffers when the reply had them (binary-safe replies keep vector bytes intact). */
function fieldValues(value: unknown): Record<string, string | Buffer> {
  const map = replyMap(value) ?? {};
  const out: Record<string, string | Buffer> = {};
  for (const [k, v] of Object.entries(map)) out[k] = Buffer.isBuffer(v) ? v : replyText(v);
  return out;
}

function scoreOf(value: unknown): number | undefined {
  // With EXPLAINSCORE the score is [score, explanation]; we never ask for it, but tolerate it.
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null) return undefined;
  const n = Number(replyText(raw));
  return Number.isFinite(n) ? n : undefined;
}

/** One document of a search reply. */
export interface SearchDocument {
  key: string;
  /** Present with WITHSCORES. */
  score?: number;
  /** Returned fields: text, or Buffers from a binary-safe call (empty with NOCONTENT). */
  fields: Record<string, string | Buffer>;
}

/** An FT.SEARCH reply: the total number of matches and the documents returned. */
export interface SearchReply {
  total: number;
  documents: SearchDocument[];
}

/** Parses an FT.SEARCH reply; `shape` must say which of WITHSCORES / NOCONTENT were sent. */
export function parseSearchReply(reply: unknown, shape: { withScores: boolean; noContent: boolean }): SearchReply {
  if (Array.isArray(reply) && typeof reply[0] === 'number') {
    // RESP2: [total, key, score?, [field, value, ...]?, key, ...]
    const documents: SearchDocument[] = [];
    let i = 1;
    while (i < reply.length) {
      const key = replyText(reply[i++]);
      const score = shape.withScores ? scoreOf(reply[i++]) : undefined;
      const fields = shape.noContent ? {} : fieldValues(reply[i++]);
      documents.push({ key, score, fields });
    }
    return { total: reply[0], documents };
  }
  const map = replyMap(reply);
  if (!map) throw new Error('unexpected FT.SEARCH reply');
  const results = Array.isArray(map.results) ? map.results : [];
  const documents = results.map((entry): SearchDocument => {
    const doc = replyMap(entry) ?? {};
    return { key: replyText(doc.id), score: scoreOf(doc.score), fields: fieldValues(doc.extra_attributes) };
  });
  return { total: Number(replyText(map.total_results)) || documents.length, documents };
}

/** One attribute of an index as FT.INFO describes it. */
export interface IndexAttribute {
  name: string;
  /** Upper case: TEXT, TAG, NUMERIC, VECTOR, ... */
  type: string;
  /** Upper case flags: CASESENSITIVE, SORTABLE, UNF, NOSTEM, ... */
  flags: Set<string>;
  /** Every other key, lower-cased, with its value as text (weight, separator, dim, distance_metric, ...). */
  params: Record<string, string>;
}

/** What FT.INFO says about an index: the key type, prefixes, attributes and document count. */
export interface IndexInfoReply {
  keyType: string;
  prefixes: string[];
  attributes: IndexAttribute[];
  numDocs: number;
}

const FLAGS = new Set(['CASESENSITIVE', 'SORTABLE', 'UNF', 'NOSTEM', 'NOINDEX', 'WITHSUFFIXTRIE', 'INDEXEMPTY', 'INDEXMISSING', 'PHONETIC']);

function parseAttribute(entry: unknown): IndexAttribute {
  const flags = new Set<string>();
  const params: Record<string, string> = {};
  const addFlags = (value: unknown) => {
    if (Array.isArray(value)) for (const f of value) flags.add(replyText(f).toUpperCase());
  };
  if (Array.isArray(entry)) {
    // RESP2 puts flags inline between key/value pairs; RESP3 nests them under `flags`.
    for (let i = 0; i < entry.length; ) {
      const token = replyText(entry[i]);
      if (FLAGS.has(token.toUpperCase())) {
        flags.add(token.toUpperCase());
        i += 1;
      } else if (token.toLowerCase() === 'flags' && Array.isArray(entry[i + 1])) {
        addFlags(entry[i + 1]);
        i += 2;
      } else {
        params[token.toLowerCase()] = replyText(entry[i + 1]);
        i += 2;
      }
    }
  } else {
    for (const [k, v] of Object.entries(replyMap(entry) ?? {})) {
      if (k.toLowerCase() === 'flags') addFlags(v);
      else params[k.toLowerCase()] = replyText(v);
    }
  }
  return {
    name: params.attribute || params.identifier || '',
    type: (params.type ?? '').toUpperCase(),
    flags,
    params,
  };
}

/** Parses the parts of an FT.INFO reply the engine needs. */
export function parseInfoReply(reply: unknown): IndexInfoReply {
  const top = replyMap(reply);
  if (!top) throw new Error('unexpected FT.INFO reply');
  const definition = replyMap(top.index_definition) ?? {};
  const prefixes = Array.isArray(definition.prefixes) ? definition.prefixes.map(replyText) : [];
  const attributes = Array.isArray(top.attributes) ? top.attributes.map(parseAttribute) : [];
  const numDocs = Number(replyText(top.num_docs));
  return {
    keyType: replyText(definition.key_type).toUpperCase(),
    prefixes,
    attributes,
    numDocs: Number.isFinite(numDocs) ? numDocs : 0,
  };
}
