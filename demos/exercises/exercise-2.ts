/**
 * Exercise 2 — a multi-session support bot (your copy: edit this file).
 *
 * Build a support bot whose conversations are support tickets: a customer who comes back
 * tomorrow — after the app (or the server) restarted — finds their ticket's conversation where
 * they left it. The conversation lives in chat history (`RedisChatMessageStore`: one Redis LIST
 * per thread, `chat_messages:<agent>:<user>:<thread>`), so the thread id *is* the ticket.
 *
 *   npm run exercise:2                  session 1 opens ticket 4242; run it again to resume it
 *   npm run exercise:2 -- --reset       start ticket 4242 over
 *   npm run exercise:check -- 2         check your work: ✓ / ✗ per requirement, with what is missing
 *   npm run exercise:2:solution         the finished version (solutions/exercise-2.ts) — try first!
 *
 * Work through TODO 1, 2 and 3 below, then run the check until every line is ✓.
 */
import { closeTicketTool, escalateTicketTool, getTicketStatusTool, openTicketTool } from '../../server/src/agents/tools';
import type { DemoDefinition } from '../../server/src/demo-definition';
import { say } from '../console/console-runtime';
import { runWhenMain } from './exercise-kit';

/** The ticket the console program works on. */
export const TICKET = 4242;

/**
 * The thread id of a support ticket's conversation, e.g. `support_ticket_4242`.
 *
 * TODO 1: return a thread id made from the ticket number: `support_ticket_${ticket}`.
 * Returning nothing makes every session open a brand-new thread (`thread_<random uuid>`), so a
 * customer who comes back never finds their ticket's conversation again. The same id in every
 * session means the same Redis LIST — that is all "resuming" takes. (Letters, digits and
 * `_ - . :` only: the id becomes part of a Redis key.)
 */
export function ticketThreadId(ticket: number): string | undefined {
  void ticket; // TODO 1: use it.
  return undefined;
}

/** Exercise 2 as a demo declaration: a support bot whose threads are tickets. */
export const exercise2Demo: DemoDefinition = {
  id: 'exercise-2',
  title: 'Exercise 2 — a multi-session support bot',
  description:
    'Each thread is a support ticket (support_ticket_4242). Chat, stop the server, start it again: the ticket\'s conversation is still there, read back from its Redis LIST, trimmed to the newest messages.',
  // Served only when asked for (`npm start -- --demo exercise-2`), on port 8000.
  onRequest: true,
  agents: [
    {
      id: 'ticket_support_bot',
      name: 'Support Bot',
      description: 'Handles support tickets; each ticket is its own thread, resumed from Redis.',
      instructions:
        'You are a patient customer-support agent. Each conversation is about one support ticket. ' +
        'Look up the ticket status with the tool when asked, and refer back to what the customer said earlier in the ticket ' +
        '(what they already tried, the problem they described). Escalate when they ask for a human; close the ticket only when they confirm it is solved.',
      tools: [getTicketStatusTool, openTicketTool, escalateTicketTool, closeTicketTool],
      memory: {
        indexName: 'workshop_exercise_2',
        prefix: 'memory_exercise_2',
        applicationId: 'redis_agent_workshop',
        // TODO 3: a ticket's details belong to that ticket. 'global' shares long-term memory
        // across all of the customer's threads, so ticket 4243 "remembers" the error code of
        // ticket 4242 and answers with it. Use 'per-thread': every memory read and write is
        // then filtered by the ticket's thread id too.
        strategy: 'global',
      },
      history: {
        keyPrefix: 'chat_messages',
        // TODO 2: keep only the newest messages of a ticket: `maxMessages: 20`. Without a
        // limit a long-running ticket's LIST grows forever (Redis memory, and every turn
        // reads it back). With one, each append also trims the LIST (LTRIM) in the same
        // atomic Lua script, so the LIST never holds more than 20 messages.
      },
      portOffset: 0,
      // The thread the DevUI opens first: ticket 4242 (once TODO 1 is done).
      defaultThreadId: ticketThreadId(TICKET),
    },
  ],
};

// `npm run exercise:2` runs this: the first run opens the ticket, every later run resumes it.
runWhenMain(import.meta.url, async ({ runtime }) => {
  const definition = exercise2Demo.agents[0];
  const user = await runtime.userAgent(definition, { userId: 'console_user' });
  // The ticket's thread: with TODO 1 done, the same id — so the same Redis LIST — every run.
  const thread = user.thread(ticketThreadId(TICKET));
  if (process.argv.includes('--reset')) {
    await thread.store.clear();
    console.log(`Ticket ${TICKET} cleared (DEL of its LIST).\n`);
  }
  const before = await thread.store.describe();

  if (before.length === 0) {
    console.log(`— Session 1: ticket ${TICKET} starts a new conversation in Redis key ${before.key} —\n`);
    await say(user, thread.id, `Hi, this is about ticket ${TICKET}: the two-factor code never arrives on my phone.`);
    await say(user, thread.id, `What's the status of ticket ${TICKET}?`);
    await say(user, thread.id, 'I already tried restarting my phone twice.');
    console.log(`Ticket ${TICKET} holds ${await thread.store.count()} messages (thread id ${thread.id}).`);
    console.log('Run `npm run exercise:2` again: the next session should resume this ticket from Redis.');
    return;
  }

  // A later session: nothing in this process remembers the last run; the LIST in Redis does.
  const previous = await thread.listMessages();
  console.log(`— A later session: resumed ${previous.length} messages of ticket ${TICKET} from Redis key ${before.key} —`);
  for (const m of previous) {
    // A tool-calling step has no text of its own: show which tools it called instead.
    const text = m.text || `(calls ${(m.toolCalls ?? []).map((c) => c.name).join(', ')})`;
    console.log(`  [${m.role}] ${text.replace(/\s+/g, ' ').slice(0, 90)}`);
  }
  console.log();
  await say(user, thread.id, 'What did I say about restarting my phone?');
  await say(user, thread.id, 'Any update on my ticket?');
  const after = await thread.store.describe();
  const limit = definition.history.maxMessages ?? 'none — it grows with every turn';
  console.log(`Ticket ${TICKET} now holds ${after.length} messages in ${after.key} (maxMessages: ${limit}).`);
  console.log('Run it again to continue the ticket, or add `-- --reset` to start it over.');
});
