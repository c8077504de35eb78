/**
 * The "other process" of `npm run example:history`: given the JSON a thread was serialized to,
 * it resumes the thread from Redis and prints its messages. Nothing is shared with the process
 * that wrote the conversation except Redis and that small JSON (no messages, no password).
 *
 *   REDIS_URL=redis://… tsx demos/examples/history-other-process.ts <thread-state.json>
 */
import { readFileSync } from 'node:fs';
import { AgentThread } from '../../server/src/agents/thread';
import { RedisChatMessageStore } from '../../server/src/history/redis-store';

const [file] = process.argv.slice(2);
const url = process.env.REDIS_URL;
if (!file || !url) {
  console.error('usage: REDIS_URL=redis://host:port tsx demos/examples/history-other-process.ts <thread-state.json>');
  process.exit(1);
}

// `deserialize` checks the state (it came from a file) and builds a store on the same thread.
// Given a `url`, the store makes its own Redis client — and closes it in `close()`.
const state: unknown = JSON.parse(readFileSync(file, 'utf8'));
const thread = AgentThread.deserialize(state, (s) => RedisChatMessageStore.deserialize(s, { url }));
try {
  const messages = await thread.listMessages();
  console.log(`Process ${process.pid} resumed thread ${thread.id}: ${messages.length} messages read from Redis (LRANGE ${(thread.store as RedisChatMessageStore).key} 0 -1)`);
  for (const m of messages) console.log(`  [${m.role}] ${m.text.replace(/\s+/g, ' ').slice(0, 100)}`);
} finally {
  await thread.close();
}
