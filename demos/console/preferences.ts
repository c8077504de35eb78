/** Console version of the preferences demo: facts told in one thread are known in the next. */
import { preferencesDemo } from '../preferences';
import { runConsoleDemo, say } from './console-runtime';

await runConsoleDemo(async ({ runtime }) => {
  const user = await runtime.userAgent(preferencesDemo.agents[0], { userId: 'console_user' });
  await user.memory.forgetAll();

  console.log('— Conversation 1 —');
  const first = `console_prefs_${Date.now()}_1`;
  await say(user, first, "Hi! I'm Alice, I live in Seattle and I'm vegetarian.");
  await say(user, first, 'My favourite cuisine is Thai, and I am allergic to peanuts.');
  await say(user, first, 'I love hiking on weekends.');

  console.log('— Conversation 2 (a new thread: no shared history, only long-term memory) —');
  const second = `console_prefs_${Date.now()}_2`;
  await say(user, second, "What's my name?");
  await say(user, second, 'What do you know about me?');
  await say(user, second, 'Can you recommend a restaurant for tonight?');
  await say(user, second, 'Actually, I moved to Portland.');
  await say(user, second, 'Where do I live?');
  await say(user, second, "What's my favourite color?");

  const facts = await user.memory.searchAll({ kinds: ['fact'] });
  console.log(`Facts stored in Redis under ${preferencesDemo.agents[0].memory.prefix}:* —`);
  for (const fact of facts) console.log(`  ${fact.id}: ${fact.content}`);
});
