/**
 * Exercise 3 — Sales, Support and Engineering: one user, three agents, three memories.
 * The solution (the workshop serves this one with `npm start -- --demo exercise-3`).
 *
 * A company's three agents talk to the same customer. Each keeps its own long-term memory:
 * what the customer tells Sales (their job, their company) is not known to Engineering, and
 * the other way round. All three share ONE memory index in Redis; what keeps them apart is the
 * `agent_id` every memory record carries and every search is filtered by — with the same
 * `user_id` for all three, because it is the same customer.
 *
 *   npm run exercise:3:solution             tell each agent something, then ask each what it knows
 *   npm run exercise:check -- 3 --solution  the check, run against this file (all ✓)
 *
 * What changed from the starting point (../exercise-3.ts): TODO 1 and TODO 2, marked below.
 */
import { addCalendarEventTool, createTaskTool, escalateTicketTool, getCalendarTool, getTicketStatusTool } from '../../../server/src/agents/tools';
import type { UserAgent } from '../../../server/src/compose';
import type { DemoDefinition, DemoMemoryDefinition } from '../../../server/src/demo-definition';
import { say } from '../../console/console-runtime';
import { runWhenMain } from '../exercise-kit';

// One index and one key prefix for the three agents: isolation must come from the scope of
// every query (agent_id), not from separate storage.
const sharedMemory: DemoMemoryDefinition = {
  indexName: 'workshop_exercise_3',
  prefix: 'memory_exercise_3',
  applicationId: 'redis_agent_workshop',
  // Each agent remembers the customer across all of its threads.
  strategy: 'global',
};

// TODO 1 (done): three agent ids. Each is the `agent_id` of every memory its agent writes and a
// filter on every search it makes, so the three memories never mix although they share one
// index, one key prefix and one user id.
const SALES_ID = 'company_sales';
const SUPPORT_ID = 'company_support';
const ENGINEERING_ID = 'company_engineering';

/** Exercise 3 as a demo declaration: Sales (8000), Support (8001) and Engineering (8002) for the same user. */
export const exercise3Demo: DemoDefinition = {
  id: 'exercise-3',
  title: 'Exercise 3 — Sales, Support and Engineering',
  description:
    'Three agents of one company, one customer — you. Tell Sales about your company, Support about your device, Engineering about your stack: each remembers only what it was told.',
  // Served only when asked for (`npm start -- --demo exercise-3`), on ports 8000–8002.
  onRequest: true,
  sideBySide: { description: 'the three agents of exercise 3 side by side' },
  agents: [
    {
      id: SALES_ID,
      name: 'Sales Agent',
      description: 'Plans, pricing and product demos.',
      instructions:
        'You are the sales agent: plans, pricing and product demos. Use your memories of the customer; you know nothing about their support tickets or technical setup unless they tell you here.',
      // TODO 2 (done): each role its own tools. Sales books product demos.
      tools: [getCalendarTool, addCalendarEventTool],
      memory: sharedMemory,
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 0,
    },
    {
      id: SUPPORT_ID,
      name: 'Support Agent',
      description: 'Tickets, outages and troubleshooting.',
      instructions:
        'You are the support agent: tickets, outages and troubleshooting. Use your memories of the customer; you know nothing about their purchases or technical plans unless they tell you here.',
      // Support looks up and escalates tickets.
      tools: [getTicketStatusTool, escalateTicketTool],
      memory: sharedMemory,
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 1,
    },
    {
      id: ENGINEERING_ID,
      name: 'Engineering Agent',
      description: 'Integrations, bugs and feature requests.',
      instructions:
        'You are the engineering agent: integrations, bugs and feature requests. Use your memories of the customer; you know nothing about their contract or tickets unless they tell you here.',
      // Engineering files work items.
      tools: [createTaskTool],
      memory: sharedMemory,
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 2,
    },
  ],
};

// `npm run exercise:3` runs this: the same customer talks to all three agents.
runWhenMain(import.meta.url, async ({ runtime }) => {
  // One user id for all three: the same customer, as in the DevUI (one cookie for every port).
  const userId = 'console_user';
  const agents: UserAgent[] = [];
  for (const definition of exercise3Demo.agents) {
    // Start from empty memories so every run tells the same story.
    await (await runtime.memoryView(definition, { userId })).forgetAll();
    agents.push(await runtime.userAgent(definition, { userId }));
  }
  const [sales, support, engineering] = agents;
  const stamp = Date.now();
  const told = ['I work as a procurement manager at Fabrikam.', 'My laptop is a ThinkPad X1 Carbon.', 'My favourite programming language is Rust.'];

  for (const [i, agent] of agents.entries()) {
    console.log(`— Telling ${agent.agent.name} (agent_id=${agent.definition.id}, user_id=${userId}) —`);
    await say(agent, `exercise3_${stamp}_${i}_tell`, told[i]);
  }
  console.log('— The same question to all three, each in a new thread (only long-term memory can answer) —');
  for (const [i, agent] of agents.entries()) await say(agent, `exercise3_${stamp}_${i}_ask`, 'What do you know about me?');

  console.log('— Each agent at its own job (its tools) —');
  await say(sales, `exercise3_${stamp}_jobs`, 'Book a product demo tomorrow at 10am.');
  await say(support, `exercise3_${stamp}_jobs`, "What's the status of ticket 4242?");
  await say(engineering, `exercise3_${stamp}_jobs`, 'Create a task to fix the login bug.');

  console.log(`Memories per agent in the one index ${sharedMemory.indexName} (filtered by agent_id):`);
  for (const agent of agents) {
    const records = await (await runtime.memoryView(agent.definition, { userId })).searchAll();
    console.log(`  ${agent.definition.id}: ${records.length} memories`);
  }
  console.log('\nCheck it: npm run exercise:check -- 3 --solution');
});
