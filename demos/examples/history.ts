/**
 * Example — complete chat-history persistence (`npm run example:history`): the TypeScript
 * counterpart of Agent Framework's `redis_chat_message_store_thread.py`. Chat history is one
 * Redis LIST per thread (newest at the tail, one JSON message per element); this example
 *
 *   1. holds a conversation whose history lives in Redis,
 *   2. serializes the thread to JSON and resumes it in a new store, in this process,
 *   3. resumes it in another process (a child `tsx` process that gets only the JSON),
 *   4. trims a thread with `maxMessages`,
 *   5. clears the histories.
 *
 * The agents here have no long-term memory: everything they know comes from the thread.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Agent } from '../../server/src/agents/agent';
import { AgentThread } from '../../server/src/agents/thread';
import { RedisChatMessageStore } from '../../server/src/history/redis-store';
import { runConsoleDemo } from '../console/console-runtime';
import { chat, explain, heading, removeExampleKeys } from './example-kit';

/** Every history key of this example starts with this. */
const PREFIX = 'example_history';

await runConsoleDemo(async ({ runtime, redis }) => {
  const client = redis.client;
  await removeExampleKeys(runtime, client, PREFIX);
  const bot = new Agent({
    name: 'RedisBot',
    instructions: 'You are a helpful assistant that remembers our conversation using Redis.',
    model: runtime.options.model,
  });

  heading('1. A conversation whose history lives in Redis');
  // No threadId: the store makes one (`thread_<uuid>`). The LIST key is `<keyPrefix>:<threadId>`.
  const store = new RedisChatMessageStore({ client, keyPrefix: PREFIX });
  console.log(`New store: thread id ${store.threadId} (generated), Redis LIST ${store.key}`);
  const thread = new AgentThread(store);
  await chat(bot, thread, 'Hello! My name is Alice and I love pizza.');
  await chat(bot, thread, 'What do you remember about me?');
  // Each turn appended the user's message and the reply (RPUSH, in one atomic Lua script).
  console.log(`Messages in Redis (LLEN ${store.key}): ${await store.count()}`);

  heading('2. Serialize the thread to JSON, resume it in a new store');
  explain('The state is only where the history lives — thread id, key prefix, limits — never the');
  explain('messages (they stay in Redis) and never a password: small enough for a cookie or a database row.');
  const json = JSON.stringify(thread.serialize());
  console.log(`Serialized: ${json}`);
  // A "restart": new objects, found again through the JSON alone.
  const resumed = AgentThread.deserialize(JSON.parse(json), (state) => RedisChatMessageStore.deserialize(state, { client }));
  console.log(`Resumed thread ${resumed.id} in a new store: ${(await resumed.listMessages()).length} messages read back from Redis`);
  await chat(bot, resumed, 'Do you remember my name?');

  heading('3. Resume it in another process');
  explain('A child process gets the JSON file and the Redis URL — nothing else — and prints the thread.');
  const dir = mkdtempSync(join(tmpdir(), 'example-history-'));
  try {
    const stateFile = join(dir, 'thread-state.json');
    writeFileSync(stateFile, json);
    const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
    const child = fileURLToPath(new URL('./history-other-process.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [tsxCli, child, stateFile], {
      env: { ...process.env, REDIS_URL: redis.url },
      timeout: 60_000,
    });
    console.log(stdout.trimEnd().replace(/^/gm, '  │ '));
    console.log(`The other process (exit code 0) read the same ${await resumed.store.count()} messages this one wrote.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  heading('4. Trim: maxMessages keeps only the newest messages');
  explain('Every append also trims the LIST (LTRIM) in the same atomic script: it never holds more than the limit.');
  const limited = new RedisChatMessageStore({ client, keyPrefix: PREFIX, threadId: 'limits_demo', maxMessages: 4 });
  const limitedThread = new AgentThread(limited);
  const trip = ["I'm planning a trip to Lisbon.", "I'd like to go in May.", 'My budget is 2000 euros.'];
  for (const text of trip) {
    await chat(bot, limitedThread, text);
    const kept = await limited.listMessages();
    console.log(`  ${limited.key} holds ${kept.length} messages (limit ${limited.maxMessages}); oldest: “${kept[0]?.text.slice(0, 50)}”\n`);
  }
  explain('The first message has been trimmed away, so the agent no longer sees it:');
  await chat(bot, limitedThread, 'What did I say about Lisbon?');
  console.log(`  ${limited.key} holds ${await limited.count()} messages: the newest ${limited.maxMessages}.`);

  heading('5. Clear');
  // clear() deletes the LIST and the SET of stored ids beside it (`{<key>}:ids`, dedupe of retried appends).
  for (const s of [store, limited]) {
    await s.clear();
    const { key, length } = await s.describe();
    console.log(`Cleared ${key}: ${length} messages, key exists: ${(await client.exists(key)) === 1 ? 'yes' : 'no'}`);
  }
  const left = await removeExampleKeys(runtime, client, PREFIX);
  if (left > 0) console.log(`(removed ${left} other keys containing ${PREFIX})`);
});
