/**
 * Exercise 1 — user-profile memory (your copy: edit this file).
 *
 * Build an assistant that remembers who the user is — name, where they live, their job, their
 * favourites — across sessions, and uses it to personalise its answers. A "session" is a new
 * thread: it shares no chat history with the last one, so whatever the assistant still knows
 * must come from long-term memory (`RedisMemoryProvider`: HASH records in Redis, searched
 * before every model call and written after it).
 *
 *   npm run exercise:1                  talk to your assistant: session 1 tells, session 2 asks
 *   npm run exercise:check -- 1         check your work: ✓ / ✗ per requirement, with what is missing
 *   npm run exercise:1:solution         the finished version (solutions/exercise-1.ts) — try first!
 *
 * Work through TODO 1 and TODO 2 below, then run the check until every line is ✓.
 */
import type { DemoDefinition } from '../../server/src/demo-definition';
import { say } from '../console/console-runtime';
import { runWhenMain } from './exercise-kit';
// TODO 2 (part 1): import the weather tool the assistant needs:
// import { getWeatherTool } from '../../server/src/agents/tools';

/** Exercise 1 as a demo declaration: one assistant that keeps the user's profile in Redis. */
export const exercise1Demo: DemoDefinition = {
  id: 'exercise-1',
  title: 'Exercise 1 — user-profile memory',
  description:
    'Tell the assistant who you are (name, city, job, favourites), then open a new chat: it still knows, and uses it — "what\'s the weather?" checks the city you live in.',
  // Served only when asked for (`npm start -- --demo exercise-1`), on the preferences demo's port.
  onRequest: true,
  agents: [
    {
      // The agent id is part of every memory's scope (agent_id): memories are this agent's own.
      id: 'profile_assistant',
      name: 'Profile Assistant',
      description: 'Remembers your profile in Redis and personalises every answer with it.',
      instructions:
        'You are a friendly assistant who remembers the user\'s profile: their name, where they live, their job and their favourites. ' +
        'Use the memories about the user in every answer, and never invent anything about them: if you were not told, say so.',
      // TODO 2 (part 2): give the assistant the weather tool, so "what's the weather?" can be
      // answered for the city it remembers: `tools: [getWeatherTool]`. A tool result is stored
      // as a memory too, so a later session can recall it without calling the tool again.
      tools: [],
      memory: {
        // Where the records live: an index (FT.CREATE on Redis with the search module, a
        // hand-kept SET index on plain Redis) over HASH keys `memory_exercise_1:<id>`.
        indexName: 'workshop_exercise_1',
        prefix: 'memory_exercise_1',
        // Scope, part 1: every record carries application_id, agent_id and user_id; every
        // search is filtered by them. The user id is whoever chats (the DevUI's cookie, the
        // console's `console_user`), so two users never see each other's profile.
        applicationId: 'redis_agent_workshop',
        // TODO 1: scope, part 2 — the thread. 'per-thread' adds the thread id to every read and
        // write, so what the user says in one session stays in that session: a new session
        // starts with an empty profile. A profile must follow the user into every session:
        // use 'global' (memories shared by all of this user's threads).
        strategy: 'per-thread',
      },
      // Chat history (one Redis LIST per thread) is separate from memory: it is what the agent
      // sees of *this* conversation, trimmed to the newest 100 messages.
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 0,
    },
  ],
};

// `npm run exercise:1` runs this: two sessions with your assistant, against the same Redis.
runWhenMain(import.meta.url, async ({ runtime }) => {
  const definition = exercise1Demo.agents[0];
  // The console plays one user, `console_user` (in the DevUI your browser's cookie is your user).
  const userId = 'console_user';
  // Start from an empty profile so every run tells the same story. `memoryView` spans all of
  // the user's threads whatever the strategy, so it clears a per-thread profile too.
  await (await runtime.memoryView(definition, { userId })).forgetAll();
  const stamp = Date.now();

  console.log('— Session 1: the user introduces themselves —');
  const first = await runtime.userAgent(definition, { userId });
  await say(first, `profile_${stamp}_1`, 'Hi! My name is Alice Johnson and I live in Seattle.');
  await say(first, `profile_${stamp}_1`, 'I work as a data scientist at Contoso.');
  await say(first, `profile_${stamp}_1`, 'My favourite food is Thai curry.');

  console.log('— Session 2: a new thread (no shared history: only long-term memory can answer) —');
  // A new agent object as well: nothing is carried over in this process, it all comes from Redis.
  const later = await runtime.userAgent(definition, { userId });
  const second = `profile_${stamp}_2`;
  await say(later, second, "What's my name?");
  await say(later, second, 'Where do I live?');
  await say(later, second, 'What do I do for work?');
  await say(later, second, "What's my favourite food?");
  await say(later, second, "What's the weather?");

  const facts = await (await runtime.memoryView(definition, { userId })).searchAll({ kinds: ['fact'] });
  console.log(`Profile facts in Redis (HASH keys ${definition.memory.prefix}:fact_*): ${facts.length}`);
  for (const fact of facts) console.log(`  ${fact.content}  (told in thread ${fact.threadId})`);
  console.log('\nNow check your work: npm run exercise:check -- 1');
});
