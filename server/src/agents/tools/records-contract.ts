/**
 * The behaviour every `ToolRecords` must show, as one vitest suite that each implementation's
 * test file runs against itself (the in-memory store, the Redis one).
 */
import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../../errors';
import type { ToolRecords } from '../tool-context';
import { updateRecord } from './records';

/** How the suite makes stores of one implementation: the same `space` and `userId` give the same storage. */
export interface RecordsHarness {
  /** A fresh storage space per test (unique prefix, own map). */
  space(): string;
  create(space: string, userId: string): ToolRecords;
}

/** Runs the `ToolRecords` contract against one implementation. */
export function describeToolRecordsContract(name: string, harness: RecordsHarness): void {
  describe(`ToolRecords contract: ${name}`, () => {
    it('stores a record under version 0, reads it back at version 1, and lists it', async () => {
      const records = harness.create(harness.space(), 'u1');
      expect(await records.get('tickets', '12345')).toBeUndefined();
      expect(await records.list('tickets')).toEqual([]);
      expect(await records.put('tickets', '12345', { subject: 'Router reboots', status: 'open' }, 0)).toBe(true);
      expect(await records.get('tickets', '12345')).toEqual({ id: '12345', fields: { subject: 'Router reboots', status: 'open' }, version: 1 });
      expect(await records.list('tickets')).toEqual([{ id: '12345', fields: { subject: 'Router reboots', status: 'open' }, version: 1 }]);
    });

    it('writes only over the version that was read, and a write replaces every field', async () => {
      const records = harness.create(harness.space(), 'u1');
      await records.put('tickets', '7', { status: 'open', note: 'first' }, 0);
      expect(await records.put('tickets', '7', { status: 'escalated' }, 0)).toBe(false);
      expect(await records.put('tickets', '7', { status: 'escalated' }, 2)).toBe(false);
      expect(await records.put('tickets', '7', { status: 'escalated' }, 1)).toBe(true);
      expect(await records.get('tickets', '7')).toEqual({ id: '7', fields: { status: 'escalated' }, version: 2 });
    });

    it('keeps collections apart and users apart', async () => {
      const space = harness.space();
      const ada = harness.create(space, 'u_ada');
      const bob = harness.create(space, 'u_bob');
      await ada.put('tickets', '1', { owner: 'ada' }, 0);
      await ada.put('events_2025-03-17', '1', { title: 'Stand-up' }, 0);
      expect(await bob.get('tickets', '1')).toBeUndefined();
      expect(await bob.list('tickets')).toEqual([]);
      expect(await bob.put('tickets', '1', { owner: 'bob' }, 0)).toBe(true);
      expect((await ada.get('tickets', '1'))?.fields).toEqual({ owner: 'ada' });
      expect((await ada.list('events_2025-03-17')).map((r) => r.fields.title)).toEqual(['Stand-up']);
      // The same user again (another tab, another process) sees the same records.
      expect((await harness.create(space, 'u_ada').get('tickets', '1'))?.fields).toEqual({ owner: 'ada' });
    });

    it("clears every record of one user, in every collection, and nobody else's", async () => {
      const space = harness.space();
      const ada = harness.create(space, 'u_ada');
      const bob = harness.create(space, 'u_bob');
      await ada.put('tickets', '1', { owner: 'ada' }, 0);
      await ada.put('tickets', '2', { owner: 'ada' }, 0);
      await ada.put('events_2025-03-17', 'e1', { title: 'Stand-up' }, 0);
      await bob.put('tickets', '1', { owner: 'bob' }, 0);
      expect(await ada.clear()).toBe(3);
      expect(await ada.list('tickets')).toEqual([]);
      expect(await ada.get('events_2025-03-17', 'e1')).toBeUndefined();
      expect((await bob.get('tickets', '1'))?.fields).toEqual({ owner: 'bob' });
      // Writing again starts from version 0, as for a record never stored.
      expect(await ada.put('tickets', '1', { owner: 'ada again' }, 0)).toBe(true);
      expect(await harness.create(space, 'u_nobody').clear()).toBe(0);
    });

    it('loses no change when many writers change one record at once', async () => {
      const records = harness.create(harness.space(), 'u1');
      const bump = () => updateRecord(records, 'counters', 'c', (f) => ({ n: String(Number(f?.n ?? 0) + 1) }));
      // Fewer writers than updateRecord's retry budget, so every one of them gets through.
      await Promise.all(Array.from({ length: 6 }, bump));
      expect((await records.get('counters', 'c'))?.fields.n).toBe('6');
    });

    it('rejects collection names and ids that could reach other keys', async () => {
      const records = harness.create(harness.space(), 'u1');
      for (const [collection, id] of [['tickets:x', '1'], ['tickets', '1:2'], ['', '1'], ['tickets', '*']]) {
        const err = await records.put(collection, id, { a: 'b' }, 0).then(() => undefined, (e: unknown) => e);
        expect(WorkshopError.is(err, 'invalid_argument')).toBe(true);
      }
    });
  });
}
