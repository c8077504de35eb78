/**
 * Chat history against the two Redis histories a TypeScript team would otherwise pick:
 * `@langchain/redis` (`RedisChatMessageHistory`) and `@mastra/redis` (`RedisStore`'s memory
 * domain), each with its own client, on the same redis-server. Measured: appending one turn (the
 * user message and the reply), and reading the newest 50 messages of a 1,000-message thread
 * (LangChain can only read the whole thread; that is what it costs there).
 */
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { RedisChatMessageHistory } from '@langchain/redis';
import { RedisStore } from '@mastra/redis';
import type { Redis } from 'ioredis';
import { RedisChatMessageStore } from '../server/src/history/redis-store';
import type { ChatMessage } from '../server/src/history/types';
import { summarize, timeLoop, type Summary } from './stats';

export interface HistoryPeerResult {
  /** Appending a user message and its reply, per turn. */
  append: { workshop: Summary; langchain: Summary; mastra: Summary };
  /** The newest 50 messages of a 1,000-message thread. */
  readNewest50: { workshop: Summary; langchain: Summary; mastra: Summary };
}

const USER_TEXT = 'I moved to Lisbon last spring and I work as a nurse at the city hospital.';
const REPLY_TEXT = 'Thanks for telling me! I will remember that you live in Lisbon and work as a nurse.';

type Turn = (i: number) => Promise<void>;

interface Contender {
  append: Turn;
  readNewest50(): Promise<number>;
  seed(count: number): Promise<void>;
  close(): Promise<void>;
}

function workshop(client: Redis, thread: string): Contender {
  const store = new RedisChatMessageStore({ client, keyPrefix: 'bench_history', threadId: thread });
  const turn = (i: number): ChatMessage[] => [
    { id: `${thread}_u${i}`, role: 'user', text: USER_TEXT, createdAt: Date.now() },
    { id: `${thread}_a${i}`, role: 'assistant', text: REPLY_TEXT, createdAt: Date.now(), authorName: 'Assistant' },
  ];
  return {
    append: async (i) => void (await store.addMessages(turn(i))),
    readNewest50: async () => (await store.listMessages(50)).length,
    seed: async (count) => {
      for (let i = 0; i < count / 2; i += 50) await store.addMessages(Array.from({ length: 50 }, (_, k) => turn(100_000 + i + k)).flat());
    },
    close: async () => undefined,
  };
}

async function langchain(url: string, thread: string): Promise<Contender> {
  const history = new RedisChatMessageHistory({ sessionId: thread, config: { url } });
  return {
    append: (i) => history.addMessages([new HumanMessage(`${USER_TEXT} (${i})`), new AIMessage(REPLY_TEXT)]),
    readNewest50: async () => (await history.getMessages()).slice(-50).length,
    seed: async (count) => {
      for (let i = 0; i < count / 2; i++) await history.addMessages([new HumanMessage(USER_TEXT), new AIMessage(REPLY_TEXT)]);
    },
    close: async () => {
      const client = (history as unknown as { client: { isOpen: boolean; quit(): Promise<unknown> } }).client;
      if (client.isOpen) await client.quit();
    },
  };
}

async function mastra(url: string, thread: string): Promise<Contender> {
  const storage = new RedisStore({ id: 'bench', connectionString: url });
  await storage.init();
  const memory = await storage.getStore('memory');
  if (!memory) throw new Error('@mastra/redis gave no memory store');
  const now = new Date();
  await memory.saveThread({ thread: { id: thread, resourceId: 'bench_user', title: 'bench', createdAt: now, updatedAt: now } });
  const message = (id: string, role: 'user' | 'assistant', text: string) => ({
    id,
    threadId: thread,
    resourceId: 'bench_user',
    role,
    createdAt: new Date(),
    content: { format: 2 as const, parts: [{ type: 'text' as const, text }] },
  });
  const save = (i: number) => memory.saveMessages({ messages: [message(`${thread}_u${i}`, 'user', USER_TEXT), message(`${thread}_a${i}`, 'assistant', REPLY_TEXT)] });
  return {
    append: async (i) => void (await save(i)),
    readNewest50: async () => (await memory.listMessages({ threadId: thread, perPage: 50, page: 0, orderBy: { field: 'createdAt', direction: 'DESC' } })).messages.length,
    seed: async (count) => {
      for (let i = 0; i < count / 2; i++) await save(100_000 + i);
    },
    close: async () => {
      await (storage as unknown as { close?: () => Promise<void> }).close?.();
    },
  };
}

export async function benchHistoryPeers(options: { client: Redis; url: string; appends: number }): Promise<HistoryPeerResult> {
  const stamp = Date.now().toString(36);
  const contenders = {
    workshop: workshop(options.client, `ws_${stamp}`),
    langchain: await langchain(options.url, `lc_${stamp}`),
    mastra: await mastra(options.url, `ma_${stamp}`),
  };
  const readers = {
    workshop: workshop(options.client, `ws_read_${stamp}`),
    langchain: await langchain(options.url, `lc_read_${stamp}`),
    mastra: await mastra(options.url, `ma_read_${stamp}`),
  };
  try {
    // Interleaved rounds, so a slow moment of the machine hits every contender alike.
    const samples = { workshop: [] as number[], langchain: [] as number[], mastra: [] as number[] };
    const rounds = 5;
    for (let round = 0; round < rounds; round++) {
      for (const name of ['workshop', 'langchain', 'mastra'] as const) {
        const offset = round * options.appends;
        const s = await timeLoop((i) => contenders[name].append(offset + i), { warmup: round === 0 ? 20 : 0, iterations: Math.ceil(options.appends / rounds), budgetMs: 10_000 });
        samples[name].push(...s);
      }
    }
    for (const name of ['workshop', 'langchain', 'mastra'] as const) await readers[name].seed(1000);
    const reads = { workshop: [] as number[], langchain: [] as number[], mastra: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      for (const name of ['workshop', 'langchain', 'mastra'] as const) {
        const s = await timeLoop(async () => {
          const n = await readers[name].readNewest50();
          if (n !== 50) throw new Error(`${name} read ${n} messages, not 50`);
        }, { warmup: round === 0 ? 5 : 0, iterations: 20, budgetMs: 10_000 });
        reads[name].push(...s);
      }
    }
    return {
      append: { workshop: summarize(samples.workshop), langchain: summarize(samples.langchain), mastra: summarize(samples.mastra) },
      readNewest50: { workshop: summarize(reads.workshop), langchain: summarize(reads.langchain), mastra: summarize(reads.mastra) },
    };
  } finally {
    for (const c of [...Object.values(contenders), ...Object.values(readers)]) await c.close().catch(() => undefined);
  }
}
