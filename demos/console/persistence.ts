/**
 * Console version of the persistence demo. Run it twice: the first run starts ticket 12345 and
 * saves the serialized thread; the second run resumes that thread from Redis and continues.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AgentThread } from '../../server/src/agents/thread';
import { loadConfig } from '../../server/src/config';
import { RedisChatMessageStore } from '../../server/src/history/redis-store';
import { persistenceDemo } from '../persistence';
import { runConsoleDemo } from './console-runtime';

const statePath = join(loadConfig().dataDir, 'console', 'persistence-thread.json');
const definition = persistenceDemo.agents[0];

await runConsoleDemo(async ({ runtime, redis }) => {
  const user = await runtime.userAgent(definition, { userId: 'console_user' });
  const say = async (thread: AgentThread, text: string) => {
    console.log(`\x1b[36mYou:\x1b[0m ${text}`);
    const { reply } = await user.agent.run(text, { thread, authorName: 'You' });
    console.log(`\x1b[32m${user.agent.name}:\x1b[0m ${reply.text}\n`);
  };

  if (process.argv.includes('--reset') && existsSync(statePath)) rmSync(statePath);
  if (!existsSync(statePath)) {
    const thread = user.thread(definition.defaultThreadId);
    await thread.store.clear();
    console.log(`— Run 1: new conversation in Redis key ${(thread.store as RedisChatMessageStore).key} —\n`);
    await say(thread, 'Hello, my order #5521 arrived with a cracked screen. Ticket 12345.');
    await say(thread, "What's the status of ticket 12345?");
    await say(thread, 'I already tried restarting it twice.');
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(statePath, JSON.stringify(thread.serialize(), null, 2));
    console.log(`Thread state saved to ${statePath}:\n${JSON.stringify(thread.serialize())}`);
    console.log('\nNow run `npm run demo:persistence` again: it resumes this conversation from Redis.');
    return;
  }

  const state = JSON.parse(readFileSync(statePath, 'utf8'));
  const thread = AgentThread.deserialize(state, (s) => RedisChatMessageStore.deserialize(s, { client: redis.client }));
  const previous = await thread.listMessages();
  const key = (thread.store as RedisChatMessageStore).key;
  console.log(`— Run 2: resumed ${previous.length} messages from Redis key ${key} —`);
  for (const m of previous) console.log(`  [${m.role}] ${m.text.slice(0, 100)}`);
  console.log();
  await say(thread, 'What did I say about restarting it?');
  await say(thread, 'What did I say about the screen?');
  console.log(`The thread now holds ${await thread.store.count()} messages (limit ${definition.history.maxMessages}).`);
  console.log('Run with --reset to start over.');
  rmSync(statePath);
});
