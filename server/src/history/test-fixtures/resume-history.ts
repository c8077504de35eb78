/**
 * Run in a child process by redis-store.test.ts: resumes a thread from the state JSON in argv,
 * appends one message and prints the whole history as JSON. Proves a thread survives the
 * process that wrote it.
 */
import { RedisChatMessageStore } from '../redis-store';

const [stateJson, url] = process.argv.slice(2);
const store = RedisChatMessageStore.deserialize(JSON.parse(stateJson), { url });
try {
  await store.addMessages([{ id: 'from-child', role: 'assistant', text: 'written by the child process', createdAt: 2 }]);
  process.stdout.write(JSON.stringify(await store.listMessages()));
} finally {
  await store.close();
}
