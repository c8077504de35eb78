/** Console version of the multi-agent demo: same user, two agents, isolated memories. */
import { multiAgentDemo } from '../multi-agent';
import { runConsoleDemo, say } from './console-runtime';

await runConsoleDemo(async ({ runtime }) => {
  const [personalDef, workDef] = multiAgentDemo.agents;
  const personal = await runtime.userAgent(personalDef, { userId: 'console_user' });
  const work = await runtime.userAgent(workDef, { userId: 'console_user' });
  await Promise.all([personal.memory.forgetAll(), work.memory.forgetAll()]);
  const stamp = Date.now();

  console.log(`— Talking to ${personal.agent.name} (agent_id=${personalDef.id}) —`);
  await say(personal, `console_personal_${stamp}`, 'I love hiking and my favourite food is ramen.');
  console.log(`— Talking to ${work.agent.name} (agent_id=${workDef.id}) —`);
  await say(work, `console_work_${stamp}`, 'I work as a data engineer at Contoso.');

  console.log('— Same question to both agents (same user_id, different agent_id) —');
  await say(personal, `console_personal_${stamp}_2`, 'What do you know about me?');
  await say(work, `console_work_${stamp}_2`, 'What do you know about me?');

  const count = async (label: string, items: Promise<unknown[]>) => console.log(`  ${label}: ${(await items).length} memories`);
  console.log('Memories per agent in Redis (one index, filtered by agent_id):');
  await count(personalDef.id, personal.memory.searchAll());
  await count(workDef.id, work.memory.searchAll());
});
