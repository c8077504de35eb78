/**
 * The behaviour every MemoryEngine must have, as one test suite. `plain-engine.test.ts` runs it
 * always; `redisearch-engine.test.ts` runs it against a server with the search module.
 */
import { describe, expect, it } from 'vitest';
import { uniquePrefix } from '../../../../test/redis';
import { WorkshopError } from '../../errors';
import { HashingEmbedder } from '../embedders/hashing-embedder';
import type { MemoryEngine, MemoryKind, MemoryRecord, MemoryScope } from '../types';
import { MAX_SCOPE_VALUE_LENGTH } from './scope';

/** Where the suite's engine keeps its records, and which client connection it uses. */
export interface EngineFactoryOptions {
  /** Fresh key prefix for this test. */
  prefix: string;
  /** Fresh index name for this test. */
  indexName: string;
  vectorDimensions?: number;
  /**
   * Which of two independent client connections to use. Two engines on different connections
   * stand for two server processes sharing one Redis.
   */
  connection: 0 | 1;
}

/** Builds an engine (not yet initialised) for the suite. */
export type MemoryEngineFactory = (options: EngineFactoryOptions) => MemoryEngine | Promise<MemoryEngine>;

const APP = 'workshop';

let clock = 1_700_000_000_000;

function record(id: string, content: string, scope: MemoryScope, extra: Partial<MemoryRecord> = {}): MemoryRecord {
  clock += 1000;
  return { id, kind: 'message', content, role: 'user', ...scope, createdAt: clock, ...extra };
}

function ids(items: Array<MemoryRecord | { record: MemoryRecord }>): string[] {
  return items.map((x) => ('record' in x ? x.record.id : x.id));
}

/** Inputs that must stay plain text wherever they appear. */
export const HOSTILE_STRINGS: readonly string[] = [
  '@user_id:{*}',
  '* | -x',
  '"',
  "'",
  '{}',
  '\\',
  ')(',
  '$vec',
  '=>[KNN 100 @embedding $vec AS s]',
  'Zoë 🍣 寿司',
  `${'{*}|-@'.repeat(1700)}`, // about 10 KB
];

/** Runs the `MemoryEngine` contract suite against one engine. */
export function describeMemoryEngineContract(name: string, makeEngine: MemoryEngineFactory): void {
  describe(`MemoryEngine contract: ${name}`, () => {
    const embedder = new HashingEmbedder();

    async function fresh(label: string, options: { vectorDimensions?: number } = {}): Promise<{ engine: MemoryEngine; other: () => Promise<MemoryEngine> }> {
      const prefix = uniquePrefix(label);
      const indexName = `${prefix}_idx`;
      const build = async (connection: 0 | 1) => {
        const engine = await makeEngine({ prefix, indexName, vectorDimensions: options.vectorDimensions, connection });
        await engine.init();
        return engine;
      };
      return { engine: await build(0), other: () => build(1) };
    }

    async function embedded(r: MemoryRecord): Promise<MemoryRecord> {
      const [embedding] = await embedder.embed([r.content]);
      return { ...r, embedding };
    }

    it('upserts, gets, and lists newest first', async () => {
      const { engine } = await fresh('basic');
      const scope = { applicationId: APP, agentId: 'a1', userId: 'u1' };
      const a = record('a', 'first', scope, { createdAt: 1000 });
      const b = record('b', 'second', scope, { createdAt: 3000, kind: 'fact', factKey: 'name' });
      const c = record('c', 'third', scope, { createdAt: 2000, kind: 'tool', role: 'tool' });
      await engine.upsert([a, b, c]);

      expect(await engine.get(scope, 'a')).toEqual(a);
      expect(await engine.get(scope, 'missing')).toBeUndefined();
      expect(ids(await engine.list(scope))).toEqual(['b', 'c', 'a']);
      expect(ids(await engine.list(scope, { limit: 2 }))).toEqual(['b', 'c']);
      expect(ids(await engine.list(scope, { kinds: ['fact', 'message'] }))).toEqual(['b', 'a']);
      expect(engine.name).toBe(name);
      const info = await engine.info();
      expect(info.documents).toBe(3);
      expect(info.engine).toBe(name);
    });

    it('ranks the relevant record first, with scores in (0, 1], best first', async () => {
      const { engine } = await fresh('rank');
      const scope = { agentId: 'a1', userId: 'u1' };
      await engine.upsert([
        record('sushi', 'I love the sushi restaurant on Main Street', scope),
        record('dog', 'My dog Rex likes long walks', scope),
        record('car', 'I drive a blue car', scope),
      ]);
      const hits = await engine.search(scope, 'where should I eat sushi');
      expect(hits[0].record.id).toBe('sushi');
      for (const hit of hits) {
        expect(hit.score).toBeGreaterThan(0);
        expect(hit.score).toBeLessThanOrEqual(1);
      }
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((x, y) => y - x));
      expect((await engine.search(scope, 'dogs'))[0]?.record.id).toBe('dog');
      expect(await engine.search(scope, 'zebra giraffe')).toEqual([]);
      expect(ids(await engine.search(scope, 'what is it?', { limit: 2 }))).toHaveLength(2);
      expect((await engine.search(scope, '')).map((h) => h.score)).toEqual([0, 0, 0]);
      expect(ids(await engine.search(scope, 'sushi', { kinds: ['fact'] }))).toEqual([]);
    });

    it('keeps every scope to its own records', async () => {
      const { engine } = await fresh('scope');
      const s = (agentId: string, userId: string, threadId: string) => ({ applicationId: APP, agentId, userId, threadId });
      await engine.upsert([
        record('r1', 'sushi for u1 with agent one', s('a1', 'u1', 't1')),
        record('r2', 'sushi for u1 with agent two', s('a2', 'u1', 't1')),
        record('r3', 'sushi for u2 with agent one', s('a1', 'u2', 't2')),
        record('r4', 'sushi for u1 with agent one, thread two', s('a1', 'u1', 't2')),
      ]);
      const sorted = async (scope: MemoryScope) => ({
        listed: ids(await engine.list(scope)).sort(),
        searched: ids(await engine.search(scope, 'sushi')).sort(),
      });
      const expectScope = async (scope: MemoryScope, expected: string[]) => {
        expect(await sorted(scope)).toEqual({ listed: expected, searched: expected });
      };
      await expectScope({ applicationId: APP, agentId: 'a1', userId: 'u1' }, ['r1', 'r4']);
      await expectScope({ applicationId: APP, agentId: 'a2', userId: 'u1' }, ['r2']);
      await expectScope({ applicationId: APP, userId: 'u1' }, ['r1', 'r2', 'r4']);
      await expectScope({ applicationId: APP, agentId: 'a1', userId: 'u1', threadId: 't1' }, ['r1']);
      await expectScope({ applicationId: APP, agentId: 'a1' }, ['r1', 'r3', 'r4']);
      await expectScope({ applicationId: 'another-app', userId: 'u1' }, []);
      await expectScope({ userId: 'U1' }, []);
      expect(await engine.get({ applicationId: APP, agentId: 'a2', userId: 'u1' }, 'r1')).toBeUndefined();
    });

    it('overwrites a record with the same id instead of duplicating it', async () => {
      const { engine } = await fresh('overwrite');
      const u1 = { agentId: 'a1', userId: 'u1' };
      const u2 = { agentId: 'a1', userId: 'u2' };
      await engine.upsert([record('fact', 'User lives in Paris', u1, { kind: 'fact', factKey: 'location' })]);
      await engine.upsert([record('fact', 'User lives in Berlin', u1, { kind: 'fact', factKey: 'location' })]);
      const listed = await engine.list(u1);
      expect(listed.map((r) => r.content)).toEqual(['User lives in Berlin']);
      expect(await engine.search(u1, 'paris')).toEqual([]);
      expect(ids(await engine.search(u1, 'berlin'))).toEqual(['fact']);

      // The same id rewritten for another user leaves the first user's view (also a view read just before).
      expect(ids(await engine.list({ userId: 'u1' }))).toEqual(['fact']);
      await engine.upsert([record('fact', 'User lives in Rome', u2)]);
      expect(await engine.list(u1)).toEqual([]);
      expect(await engine.list({ userId: 'u1' })).toEqual([]);
      expect(await engine.search(u1, 'rome')).toEqual([]);
      expect(ids(await engine.list(u2))).toEqual(['fact']);
      expect((await engine.get(u2, 'fact'))?.factKey).toBeUndefined();
    });

    it('deletes only within the scope', async () => {
      const { engine } = await fresh('delete');
      const mine = { applicationId: APP, agentId: 'a1', userId: 'u1' };
      const otherAgent = { applicationId: APP, agentId: 'a2', userId: 'u1' };
      const otherUser = { applicationId: APP, agentId: 'a1', userId: 'u2' };
      await engine.upsert([
        record('m1', 'mine one', mine),
        record('m2', 'mine two', mine),
        record('o1', 'other agent', otherAgent),
        record('o2', 'other user', otherUser),
      ]);
      expect(await engine.delete(otherUser, 'm1')).toBe(false);
      expect(await engine.get(mine, 'm1')).toBeDefined();
      expect(await engine.delete(mine, 'm1')).toBe(true);
      expect(await engine.delete(mine, 'm1')).toBe(false);
      expect(await engine.get(mine, 'm1')).toBeUndefined();
      expect(await engine.delete(mine, '../../etc')).toBe(false);

      expect(await engine.deleteAll(mine)).toBe(1);
      expect(await engine.list(mine)).toEqual([]);
      expect(ids(await engine.list(otherAgent))).toEqual(['o1']);
      expect(ids(await engine.list(otherUser))).toEqual(['o2']);
      expect(await engine.deleteAll(mine)).toBe(0);
      expect((await engine.info()).documents).toBe(2);
    });

    it('refuses a scope without any field, and treats an empty value as matching nothing', async () => {
      const { engine } = await fresh('emptyscope');
      await engine.upsert([record('x', 'sushi for someone', { agentId: 'a1', userId: 'u1' })]);
      await expect(engine.search({}, 'sushi')).rejects.toSatisfy((e: unknown) => WorkshopError.is(e, 'invalid_argument'));
      await expect(engine.list({})).rejects.toSatisfy((e: unknown) => WorkshopError.is(e, 'invalid_argument'));
      await expect(engine.deleteAll({})).rejects.toSatisfy((e: unknown) => WorkshopError.is(e, 'invalid_argument'));
      const empty = { agentId: 'a1', userId: '' };
      expect(await engine.search(empty, 'sushi')).toEqual([]);
      expect(await engine.search(empty, '')).toEqual([]);
      expect(await engine.list(empty)).toEqual([]);
      expect(await engine.get(empty, 'x')).toBeUndefined();
      expect(await engine.delete(empty, 'x')).toBe(false);
      expect(await engine.deleteAll(empty)).toBe(0);
      expect(ids(await engine.list({ agentId: 'a1' }))).toEqual(['x']);

      // A lone surrogate cannot be stored as itself (UTF-8 turns it into U+FFFD): refused, and matches nothing.
      const malformed = { agentId: 'a1', userId: '\uD800' };
      await expect(engine.upsert([record('y', 'sushi', malformed)])).rejects.toSatisfy((e: unknown) => WorkshopError.is(e, 'invalid_argument'));
      expect(await engine.search(malformed, 'sushi')).toEqual([]);
      expect(await engine.list(malformed)).toEqual([]);
      expect(await engine.deleteAll(malformed)).toBe(0);
    });

    it('treats hostile query text as plain text', async () => {
      const { engine } = await fresh('hostiletext');
      const mine = { agentId: 'a1', userId: 'u1' };
      const theirs = { agentId: 'a1', userId: 'u2' };
      await engine.upsert([
        record('mine', 'user_id embedding KNN vec sushi for me', mine),
        record('theirs', 'user_id embedding KNN vec sushi for them', theirs),
      ]);
      for (const text of [...HOSTILE_STRINGS, '', 'sushi " OR @user_id:{u2}']) {
        const hits = await engine.search(mine, text);
        expect(hits.every((h) => h.record.userId === 'u1'), JSON.stringify(text.slice(0, 30))).toBe(true);
      }
      expect(ids(await engine.search(mine, '@user_id:{*}'))).toEqual(['mine']);
      expect(ids(await engine.search(mine, '=>[KNN 100 @embedding $vec AS s]'))).toEqual(['mine']);
    });

    it('treats hostile scope values as plain values', async () => {
      const { engine } = await fresh('hostilescope');
      const victim = { agentId: 'a1', userId: 'victim' };
      await engine.upsert([record('victim', 'secret sushi of the victim', victim)]);
      // Query syntax up to the longest value accepted: every character taken literally.
      const longest = '{*}|-@'.repeat(MAX_SCOPE_VALUE_LENGTH).slice(0, MAX_SCOPE_VALUE_LENGTH);
      const values = [...HOSTILE_STRINGS.filter((v) => v.length <= MAX_SCOPE_VALUE_LENGTH), longest, '*', 'victim*', 'VICTIM'];
      await engine.upsert(values.map((userId, i) => record(`h${i}`, `secret sushi number ${i}`, { agentId: 'a1', userId })));
      for (const [i, userId] of values.entries()) {
        const scope = { agentId: 'a1', userId };
        const label = JSON.stringify(userId.slice(0, 30));
        expect(ids(await engine.search(scope, 'secret sushi')), label).toEqual([`h${i}`]);
        expect(ids(await engine.search(scope, '')), label).toEqual([`h${i}`]);
        expect(ids(await engine.list(scope)), label).toEqual([`h${i}`]);
        expect(await engine.get(scope, 'victim'), label).toBeUndefined();
        expect(await engine.delete(scope, 'victim'), label).toBe(false);
      }
      expect(await engine.deleteAll({ agentId: 'a1', userId: '*' })).toBe(1);
      expect(ids(await engine.list(victim))).toEqual(['victim']);
      expect(ids(await engine.search({ agentId: 'a1', userId: '@user_id:{*}' }, 'victim'))).toEqual([]);
    });

    it('refuses scope values longer than it can match, and finds nothing for them', async () => {
      const { engine } = await fresh('longscope');
      const long = { agentId: 'a1', userId: '{*}|-@'.repeat(1700) };
      await expect(engine.upsert([record('long', 'secret sushi', long)])).rejects.toSatisfy((e: unknown) => WorkshopError.is(e, 'invalid_argument'));
      await engine.upsert([record('short', 'secret sushi', { agentId: 'a1', userId: 'u1' })]);
      expect(await engine.search(long, 'secret sushi')).toEqual([]);
      expect(await engine.search(long, '')).toEqual([]);
      expect(await engine.list(long)).toEqual([]);
      expect(await engine.get(long, 'short')).toBeUndefined();
      expect(await engine.deleteAll(long)).toBe(0);
      expect(ids(await engine.list({ agentId: 'a1' }))).toEqual(['short']);
    });

    it('ranks hybrid text + vector search with the offline embedder', async () => {
      const { engine } = await fresh('hybrid', { vectorDimensions: embedder.dimensions });
      const scope = { agentId: 'a1', userId: 'u1' };
      const other = { agentId: 'a1', userId: 'u2' };
      await engine.upsert(
        await Promise.all([
          embedded(record('sushi', 'User loves the sushi restaurant downtown', scope, { kind: 'fact' })),
          embedded(record('dog', 'My dog Rex likes long walks', scope)),
          embedded(record('car', 'I drive a blue car', scope)),
          embedded(record('other', 'User loves the sushi restaurant downtown', other, { kind: 'fact' })),
        ]),
      );
      const [vector] = await embedder.embed(['where should I eat sushi']);
      const hits = await engine.search(scope, 'where should I eat sushi', { vector });
      expect(hits[0].record.id).toBe('sushi');
      expect(hits.every((h) => h.record.userId === 'u1' && h.score > 0 && h.score <= 1)).toBe(true);

      // Vector only: nothing left of the text, the embedding still finds the meaning.
      const [restaurants] = await embedder.embed(['restaurants']);
      const byVector = await engine.search(scope, 'what?', { vector: restaurants });
      expect(byVector[0].record.id).toBe('sushi');
      expect(byVector.every((h) => h.record.userId === 'u1')).toBe(true);

      expect(ids(await engine.search(scope, 'dog', { vector, kinds: ['fact'] as MemoryKind[] }))).toEqual(['sushi']);
      // Stored vectors come back from every read, as FLOAT32 values equal to what was written.
      const [written] = await embedder.embed(['User loves the sushi restaurant downtown']);
      expect(Array.from((await engine.get(scope, 'sushi'))?.embedding ?? [])).toEqual(Array.from(written));
      expect(hits[0].record.embedding?.length).toBe(embedder.dimensions);
      expect((await engine.list(scope, { kinds: ['fact'] }))[0].embedding?.length).toBe(embedder.dimensions);
    });

    it("never serves a stale scope after its own write when another process wrote in between", async () => {
      const { engine: reader, other } = await fresh('interleaved');
      const writer = await other();
      const scope = { agentId: 'a1', userId: 'u1' };
      await reader.upsert([record('chess', 'User plays chess on Sundays', scope)]);
      // The reader's view of the scope is now warm (an engine may cache it).
      expect(ids(await reader.search(scope, 'chess'))).toEqual(['chess']);

      // Another process writes, then the reader writes too: patching only its own change into
      // what it had would lose the other process's record.
      await writer.upsert([record('sushi', 'User loves sushi', scope)]);
      await reader.upsert([record('tram', 'User drives a tram to work', scope)]);
      expect(ids(await reader.search(scope, 'sushi'))).toEqual(['sushi']);
      expect(ids(await reader.search(scope, 'tram'))).toEqual(['tram']);
      expect(ids(await reader.list(scope)).sort()).toEqual(['chess', 'sushi', 'tram']);

      // The same for deletes and rewrites.
      await writer.delete(scope, 'chess');
      await writer.upsert([record('sushi', 'User now prefers ramen', scope)]);
      await reader.delete(scope, 'tram');
      expect(await reader.search(scope, 'chess')).toEqual([]);
      expect(await reader.search(scope, 'sushi')).toEqual([]);
      expect(ids(await reader.search(scope, 'ramen'))).toEqual(['sushi']);
      expect(ids(await reader.list(scope))).toEqual(['sushi']);
    });

    it('sees writes made through another connection (another process) on the next read', async () => {
      const { engine: writer, other } = await fresh('fresh');
      const reader = await other();
      const scope = { agentId: 'a1', userId: 'u1' };
      await writer.upsert([record('old', 'nothing interesting', scope)]);
      expect(await reader.search(scope, 'sushi')).toEqual([]);
      expect(ids(await reader.list(scope))).toEqual(['old']);

      await writer.upsert([record('new', 'User loves sushi', scope)]);
      expect(ids(await reader.search(scope, 'sushi'))).toEqual(['new']);
      expect(ids(await reader.list(scope))).toEqual(['new', 'old']);

      await writer.upsert([record('new', 'User loves ramen', scope)]);
      expect(await reader.search(scope, 'sushi')).toEqual([]);
      expect(ids(await reader.search(scope, 'ramen'))).toEqual(['new']);

      await writer.delete(scope, 'new');
      expect(await reader.search(scope, 'ramen')).toEqual([]);
      await writer.deleteAll(scope);
      expect(await reader.list(scope)).toEqual([]);
    });
  });
}
