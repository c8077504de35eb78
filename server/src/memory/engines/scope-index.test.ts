import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from '../embedders';
import type { MemoryRecord } from '../types';
import { ScopeIndex } from './scope-index';

const embedder = new HashingEmbedder();

async function record(id: string, content: string, createdAt: number): Promise<MemoryRecord> {
  const [embedding] = await embedder.embed([content]);
  return { id, kind: 'message', content, userId: 'u1', createdAt, embedding };
}

describe('ScopeIndex.patched', () => {
  it('changes the built search database in place: new records found, replaced and removed ones gone', async () => {
    const base = new ScopeIndex(
      [await record('a', 'sushi dinner on friday', 1), await record('b', 'the dog is called Rex', 2), await record('c', 'blue car', 3)],
      ['1'],
      { vectorDimensions: embedder.dimensions },
    );
    expect((await base.searchText(['sushi'], undefined, 10)).map((h) => h.id)).toEqual(['a']);

    const next = base.patched([await record('d', 'ramen lunch with sushi on the side', 4), await record('b', 'the cat is called Tom', 5)], ['c'], ['2']);
    expect(next.versions).toEqual(['2']);
    expect(next.list(undefined, 10).map((r) => r.id)).toEqual(['b', 'd', 'a']);
    expect((await next.searchText(['sushi'], undefined, 10)).map((h) => h.id).sort()).toEqual(['a', 'd']);
    expect(await next.searchText(['rex'], undefined, 10)).toEqual([]);
    expect((await next.searchText(['cat'], undefined, 10)).map((h) => h.id)).toEqual(['b']);
    expect(await next.searchText(['car'], undefined, 10)).toEqual([]);
    const [vector] = await embedder.embed(['the cat is called Tom']);
    expect((await next.searchVector(vector, undefined, 1)).map((h) => h.id)).toEqual(['b']);
    expect(next.byId('c')).toBeUndefined();
    expect(next.byId('d')?.content).toContain('ramen');
  });

  it('builds lazily when the base was never searched', async () => {
    const base = new ScopeIndex([await record('a', 'sushi', 1)], ['1']);
    const next = base.patched([await record('b', 'more sushi', 2)], [], ['2']);
    expect((await next.searchText(['sushi'], undefined, 10)).map((h) => h.id).sort()).toEqual(['a', 'b']);
  });
});
