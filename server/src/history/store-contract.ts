/**
 * The behaviour every `ChatMessageStore` must show, as one vitest suite that each
 * implementation's test file runs against itself (one contract, several backends).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors';
import type { ChatMessageStoreOptions, CorruptHistoryEntry } from './options';
import type { ChatMessage, ChatMessageStore, ChatMessageStoreState } from './types';

/** How the suite makes stores of one implementation. A new harness is made for every test. */
export interface StoreHarness {
  /** A store over storage isolated from other tests (unique key prefix, own backing...). */
  create(options?: ChatMessageStoreOptions): ChatMessageStore;
  /** The store `deserialize` makes from `state`, over the same storage as `create`'s stores. */
  resume(state: ChatMessageStoreState, options?: Pick<ChatMessageStoreOptions, 'onCorrupt'>): ChatMessageStore;
  /** Appends a raw element to the store's thread, as someone with redis-cli could. */
  writeRaw(store: ChatMessageStore, raw: string): Promise<void>;
}

let clock = 1_700_000_000_000;

/** A valid message; ids are what the tests look at. */
export function msg(id: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return { id, role: 'user', text: `text of ${id}`, createdAt: clock++, ...overrides };
}

const ids = (messages: ChatMessage[]) => messages.map((m) => m.id);

async function expectCode(promise: Promise<unknown> | (() => unknown), code: string): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    expect(WorkshopError.is(err)).toBe(true);
    expect((err as WorkshopError).code).toBe(code);
    return;
  }
  throw new Error(`expected a WorkshopError ${code}`);
}

/** Runs the `ChatMessageStore` contract suite against one implementation. */
export function describeChatMessageStoreContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`ChatMessageStore contract: ${name}`, () => {
    let harness: StoreHarness;
    const opened: ChatMessageStore[] = [];
    const create = (options?: ChatMessageStoreOptions) => {
      harness ??= makeHarness();
      const store = harness.create(options);
      opened.push(store);
      return store;
    };
    const resume = (state: ChatMessageStoreState, options?: Pick<ChatMessageStoreOptions, 'onCorrupt'>) => {
      const store = harness.resume(state, options);
      opened.push(store);
      return store;
    };

    afterEach(async () => {
      for (const store of opened.splice(0)) {
        await store.clear().catch(() => undefined);
        await store.close();
      }
      harness = undefined as unknown as StoreHarness;
    });

    it('appends in order and lists oldest first', async () => {
      const store = create();
      const batch = [msg('a'), msg('b', { role: 'assistant', authorName: 'support_agent' })];
      expect(await store.addMessages(batch)).toEqual(batch);
      await store.addMessages([msg('c')]);
      const listed = await store.listMessages();
      expect(ids(listed)).toEqual(['a', 'b', 'c']);
      expect(listed[1]).toEqual(batch[1]);
      expect(await store.count()).toBe(3);
    });

    it('keeps tool calls and tool results intact', async () => {
      const store = create();
      const call = msg('call', { role: 'assistant', text: '', toolCalls: [{ id: 'tc1', name: 'get_weather', arguments: { city: 'Oslo', days: 2 } }] });
      const result = msg('result', { role: 'tool', text: '{"temp":3}', toolCallId: 'tc1', toolName: 'get_weather' });
      await store.addMessages([call, result]);
      expect(await store.listMessages()).toEqual([call, result]);
    });

    it('keeps the interrupted flag of a stopped reply, and adds none to other messages', async () => {
      const store = create();
      const stopped = msg('stopped', { role: 'assistant', text: 'The first words of', interrupted: true });
      const whole = msg('whole', { role: 'assistant', text: 'A whole reply.' });
      await store.addMessages([stopped, whole]);
      const listed = await store.listMessages();
      expect(listed).toEqual([stopped, whole]);
      expect(listed[1]).not.toHaveProperty('interrupted');
      await expectCode(store.addMessages([msg('bad', { interrupted: 'yes' as unknown as boolean })]), 'invalid_argument');
    });

    it('lists only the newest `limit` messages', async () => {
      const store = create();
      await store.addMessages(['1', '2', '3', '4'].map((id) => msg(id)));
      expect(ids(await store.listMessages(2))).toEqual(['3', '4']);
      expect(ids(await store.listMessages(10))).toEqual(['1', '2', '3', '4']);
      expect(await store.listMessages(0)).toEqual([]);
      await expectCode(store.listMessages(-1), 'invalid_argument');
      await expectCode(store.listMessages(1.5), 'invalid_argument');
    });

    it('skips an id already stored, within one batch and across batches', async () => {
      const store = create();
      const first = msg('x');
      expect(ids(await store.addMessages([first, msg('y'), msg('x', { text: 'again' })]))).toEqual(['x', 'y']);
      expect(ids(await store.addMessages([msg('y'), msg('z'), first]))).toEqual(['z']);
      expect(await store.addMessages([first])).toEqual([]);
      const listed = await store.listMessages();
      expect(ids(listed)).toEqual(['x', 'y', 'z']);
      expect(listed[0].text).toBe('text of x');
    });

    it('trims to maxMessages, keeping the newest', async () => {
      const store = create({ maxMessages: 3 });
      await store.addMessages([msg('1'), msg('2')]);
      await store.addMessages([msg('3'), msg('4'), msg('5')]);
      expect(ids(await store.listMessages())).toEqual(['3', '4', '5']);
      expect(await store.count()).toBe(3);
      // a trimmed id is forgotten with its message, so it can be stored again
      expect(ids(await store.addMessages([msg('1'), msg('5')]))).toEqual(['1']);
      expect(ids(await store.listMessages())).toEqual(['4', '5', '1']);
    });

    it('rejects an invalid message and writes nothing of its batch', async () => {
      const store = create();
      const bad: unknown[] = [
        { id: '', role: 'user', text: 'x', createdAt: 1 },
        { id: 'a', role: 'robot', text: 'x', createdAt: 1 },
        { id: 'a', role: 'user', text: 42, createdAt: 1 },
        { id: 'a', role: 'user', text: 'x', createdAt: '2024-01-01' },
        { id: 'a', role: 'user', text: 'x' },
        null,
      ];
      for (const item of bad) {
        await expectCode(store.addMessages([msg('good'), item as ChatMessage]), 'invalid_argument');
      }
      await expectCode(store.addMessages('nope' as unknown as ChatMessage[]), 'invalid_argument');
      expect(await store.count()).toBe(0);
    });

    it('does not store unknown fields, and hands out copies', async () => {
      const store = create();
      const input = { ...msg('a'), secret: 'x' } as ChatMessage;
      await store.addMessages([input]);
      const [listed] = await store.listMessages();
      expect(listed).not.toHaveProperty('secret');
      listed.text = 'changed by the caller';
      expect((await store.listMessages())[0].text).toBe('text of a');
    });

    it('accepts an empty batch', async () => {
      const store = create();
      expect(await store.addMessages([])).toEqual([]);
      expect(await store.count()).toBe(0);
    });

    it('clear() removes the messages and their ids', async () => {
      const store = create();
      await store.addMessages([msg('a'), msg('b')]);
      await store.clear();
      expect(await store.count()).toBe(0);
      expect(await store.listMessages()).toEqual([]);
      expect(ids(await store.addMessages([msg('a')]))).toEqual(['a']);
    });

    it('removeFrom() removes a message and everything after it, and returns them oldest first', async () => {
      const store = create();
      const batch = [msg('q1'), msg('a1', { role: 'assistant' }), msg('q2'), msg('call', { role: 'assistant', toolCalls: [{ id: 'tc', name: 'get_weather', arguments: {} }] }), msg('r', { role: 'tool', toolCallId: 'tc' }), msg('a2', { role: 'assistant' })];
      await store.addMessages(batch);
      expect(await store.removeFrom('q2')).toEqual(batch.slice(2));
      expect(await store.listMessages()).toEqual(batch.slice(0, 2));
      expect(await store.count()).toBe(2);
      // the removed ids are forgotten with their messages; the kept ones still dedupe
      expect(ids(await store.addMessages([msg('a1'), msg('q2', { text: 'asked again' }), msg('a2')]))).toEqual(['q2', 'a2']);
      expect((await store.listMessages())[2].text).toBe('asked again');
    });

    it('removeFrom() the first message empties the thread, which then takes new messages', async () => {
      const store = create();
      await store.addMessages([msg('first'), msg('second')]);
      expect(ids(await store.removeFrom('first'))).toEqual(['first', 'second']);
      expect(await store.count()).toBe(0);
      expect((await store.describe()).length).toBe(0);
      expect(ids(await store.addMessages([msg('first'), msg('third')]))).toEqual(['first', 'third']);
    });

    it('removeFrom() an id that is not stored changes nothing', async () => {
      const store = create({ maxMessages: 2 });
      await store.addMessages([msg('1'), msg('2'), msg('3')]);
      expect(await store.removeFrom('nope')).toEqual([]);
      // trimmed away: not stored any more
      expect(await store.removeFrom('1')).toEqual([]);
      expect(ids(await store.listMessages())).toEqual(['2', '3']);
      expect(await create().removeFrom('x')).toEqual([]);
      await expectCode(store.removeFrom(''), 'invalid_argument');
      await expectCode(store.removeFrom(42 as unknown as string), 'invalid_argument');
    });

    it('removeFrom() also removes elements after the message that are not messages, returning only messages', async () => {
      const store = create();
      await store.addMessages([msg('keep'), msg('from')]);
      await harness.writeRaw(store, 'hello from redis-cli');
      await store.addMessages([msg('after')]);
      expect(ids(await store.removeFrom('from'))).toEqual(['from', 'after']);
      expect(await store.count()).toBe(1);
      expect(ids(await store.listMessages())).toEqual(['keep']);
    });

    it('removeFrom() finds a message far from the tail of a long history', async () => {
      const store = create();
      await store.addMessages(Array.from({ length: 250 }, (_, i) => msg(`m${i}`)));
      expect(ids(await store.removeFrom('m5'))).toEqual(Array.from({ length: 245 }, (_, i) => `m${i + 5}`));
      expect(ids(await store.listMessages())).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    });

    it('describes itself: its key, its length, and -1 for no TTL', async () => {
      const store = create({ threadId: 'described' });
      await store.addMessages([msg('a'), msg('b')]);
      const description = await store.describe();
      expect(description).toEqual({ key: expect.stringContaining('described'), length: 2, ttlSeconds: -1 });
      await store.clear();
      expect((await store.describe()).length).toBe(0);
    });

    it('writes initialMessages on an empty thread, before the first operation', async () => {
      const store = create({ initialMessages: [msg('welcome', { role: 'system' })] });
      expect(await store.count()).toBe(1);
      await store.addMessages([msg('hello')]);
      expect(ids(await store.listMessages())).toEqual(['welcome', 'hello']);
    });

    it('does not write initialMessages on a thread that has messages', async () => {
      const first = create();
      await first.addMessages([msg('earlier')]);
      const second = resume(first.serialize());
      const withInitial = create({ ...first.serialize(), initialMessages: [msg('welcome')] });
      expect(ids(await withInitial.listMessages())).toEqual(['earlier']);
      expect(await second.count()).toBe(1);
    });

    it('writes initialMessages once when two stores start on the same empty thread', async () => {
      const a = create({ initialMessages: [msg('w1'), msg('w2')] });
      const b = create({ ...a.serialize(), initialMessages: [msg('other')] });
      await Promise.all([a.listMessages(), b.listMessages()]);
      const listed = ids(await a.listMessages());
      expect([['w1', 'w2'], ['other']]).toContainEqual(listed);
      expect(ids(await b.listMessages())).toEqual(listed);
    });

    it('does not bring initialMessages back after clear()', async () => {
      const store = create({ initialMessages: [msg('welcome')] });
      await store.clear();
      expect(await store.count()).toBe(0);
    });

    it('rejects invalid initialMessages at construction', async () => {
      await expectCode(() => create({ initialMessages: [{ id: 'x' } as ChatMessage] }), 'invalid_argument');
    });

    it('serializes to plain JSON and resumes the same thread', async () => {
      const store = create({ threadId: 'support_ticket_12345', maxMessages: 50, ttlSeconds: 3600 });
      await store.addMessages([msg('q'), msg('a', { role: 'assistant' })]);
      const state = store.serialize();
      expect(state.threadId).toBe('support_ticket_12345');
      expect(state.maxMessages).toBe(50);
      expect(state.ttlSeconds).toBe(3600);
      expect(Object.keys(state).sort()).toEqual(['keyPrefix', 'maxMessages', 'threadId', 'ttlSeconds']);
      const resumed = resume(JSON.parse(JSON.stringify(state)));
      expect(resumed.threadId).toBe('support_ticket_12345');
      expect(await resumed.listMessages()).toEqual(await store.listMessages());
      expect(resumed.serialize()).toEqual(state);
      // the resumed store keeps deduping against what is already there
      expect(await resumed.addMessages([msg('q')])).toEqual([]);
    });

    it('leaves optional settings out of the state when unset', () => {
      const state = create({ threadId: 't1' }).serialize();
      expect(state).toEqual({ threadId: 't1', keyPrefix: state.keyPrefix });
    });

    it('rejects a state that is not a store state', () => {
      harness ??= makeHarness();
      for (const bad of [null, {}, { threadId: 'a b', keyPrefix: 'p' }, { threadId: 't', keyPrefix: 'p', maxMessages: 0 }]) {
        expect(() => harness.resume(bad as ChatMessageStoreState)).toThrow(WorkshopError);
      }
    });

    it('defaults to a new thread_<uuid> thread', () => {
      const a = create();
      const b = create();
      expect(a.threadId).toMatch(/^thread_[0-9a-f-]{36}$/);
      expect(a.threadId).not.toBe(b.threadId);
    });

    it('rejects bad options, naming them', async () => {
      const cases: Array<[ChatMessageStoreOptions, string]> = [
        [{ threadId: 'has space' }, 'threadId'],
        [{ threadId: '' }, 'threadId'],
        [{ threadId: 'x{y}' }, 'threadId'],
        [{ keyPrefix: 'a b' }, 'keyPrefix'],
        [{ maxMessages: 0 }, 'maxMessages'],
        [{ maxMessages: 2.5 }, 'maxMessages'],
        [{ ttlSeconds: -1 }, 'ttlSeconds'],
      ];
      for (const [options, option] of cases) {
        expect(() => create(options)).toThrow(option);
        await expectCode(() => create(options), 'invalid_argument');
      }
    });

    it('skips a stored element that is not a message and reports it', async () => {
      const seen: CorruptHistoryEntry[] = [];
      const store = create({ onCorrupt: (entry) => seen.push(entry) });
      await store.addMessages([msg('a')]);
      await harness.writeRaw(store, 'hello from redis-cli');
      await harness.writeRaw(store, '{"id":"half","role":"user"}');
      await store.addMessages([msg('b')]);
      expect(ids(await store.listMessages())).toEqual(['a', 'b']);
      expect(seen.map((e) => e.raw)).toEqual(['hello from redis-cli', '{"id":"half","role":"user"}']);
      expect(seen[0].reason).toMatch(/JSON/);
      expect(seen[0].index).toBe(1);
      expect(await store.count()).toBe(4);
      // listing without a callback does not throw either
      expect(ids(await resume(store.serialize()).listMessages())).toEqual(['a', 'b']);
    });

    it('trims a corrupt element like any other', async () => {
      const store = create({ maxMessages: 2 });
      await harness.writeRaw(store, 'not json');
      await store.addMessages([msg('a'), msg('b')]);
      expect(ids(await store.listMessages())).toEqual(['a', 'b']);
      expect(await store.count()).toBe(2);
    });

    it('answers ping()', async () => {
      await expect(create().ping()).resolves.toBeUndefined();
    });
  });
}
