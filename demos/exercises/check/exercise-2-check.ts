/**
 * The check of exercise 2 (a multi-session support bot): a ticket's conversation is resumed
 * in a later session through its thread id, its history is trimmed to `maxMessages`, and what
 * the customer says in one ticket is not recalled in another.
 */
import type { DemoDefinition } from '../../../server/src/demo-definition';
import { ask, declarationRequirement, fail, mentions, pass, quote, type CheckContext, type Requirement } from './check-kit';
import { scratchDemo } from './run-scope';

/** What the check needs from an exercise-2 file (the attendee's copy or the solution). */
export interface Exercise2Module {
  exercise2Demo: DemoDefinition;
  ticketThreadId(ticket: number): string | undefined;
}

/** Thread ids become part of a Redis key: the characters `assertKeyPart` accepts. */
const KEY_PART = /^[A-Za-z0-9_.:-]{1,128}$/;
/** More than this many turns would make the check slow; a ticket does not need a longer history. */
const MAX_CHECKED_LIMIT = 60;

/** The requirements of exercise 2, run on a scratch copy of the module's declaration. */
export function exercise2Requirements(module: Exercise2Module, ctx: CheckContext): Requirement[] {
  const { runtime, runId } = ctx;
  const definition = scratchDemo(module.exercise2Demo, runId).agents[0];
  // Each requirement is its own customer, so fixing one TODO turns exactly its line green.
  const customer = (label: string) => runtime.userAgent(definition, { userId: `${runId}_${label}` });

  return [
    declarationRequirement(module.exercise2Demo, { id: 'exercise-2', agents: 1 }),
    {
      title: 'TODO 1 — ticket 4242 is resumed in a later session: ticketThreadId(4242) opens the same thread, messages and all',
      async check() {
        const id = module.ticketThreadId(4242);
        if (!id) {
          return fail(
            `TODO 1: ticketThreadId(4242) returned ${String(id)}, so every session opens a new random thread (thread_<uuid>) and the customer's ticket is never found again — return \`support_ticket_\${ticket}\``,
          );
        }
        if (!KEY_PART.test(id)) return fail(`TODO 1: ticketThreadId(4242) returned ${JSON.stringify(id)}; a thread id becomes part of a Redis key: letters, digits and "_ - . :" only`);
        if (module.ticketThreadId(4242) !== id) return fail(`TODO 1: ticketThreadId(4242) gave a different id on a second call; a later session must get the same one`);
        if (module.ticketThreadId(4243) === id) return fail(`TODO 1: tickets 4242 and 4243 both get thread ${JSON.stringify(id)}; each ticket needs its own thread (put the number in the id)`);

        const first = await customer('resume');
        await ask(first, id, 'Hi, this is about ticket 4242: the two-factor code never arrives on my phone.');
        await ask(first, id, 'I already tried restarting my phone twice.');
        // "Later": a new agent object and a new store, found again only through the ticket's id.
        const later = await customer('resume');
        const thread = later.thread(module.ticketThreadId(4242));
        const previous = await thread.listMessages();
        const { key } = await thread.store.describe();
        if (!previous.some((m) => m.role === 'user' && mentions(m.text, 'restarting my phone'))) {
          return fail(`TODO 1: a later session of ticket 4242 found ${previous.length} messages in ${key}, not the conversation of the first session`);
        }
        const { reply } = await ask(later, thread.id, 'What did I say about restarting my phone?');
        if (!mentions(reply.text, 'restarting my phone twice')) return fail(`resumed ${previous.length} messages, but asked what the customer said about restarting, the bot said ${quote(reply.text)}`);
        return pass(`a later session resumed ${previous.length} messages from ${key} and answered ${quote(reply.text, 60)}`);
      },
    },
    {
      title: "TODO 2 — a ticket's history is trimmed to history.maxMessages (the newest messages kept)",
      async check() {
        const limit = definition.history.maxMessages;
        if (limit !== undefined && limit > MAX_CHECKED_LIMIT) {
          return fail(`TODO 2: maxMessages is ${limit}; keep a support ticket's history short — at most ${MAX_CHECKED_LIMIT} (e.g. 20)`);
        }
        const user = await customer('trim');
        // Plain updates (no tool calls): two messages per turn, the user's and the reply.
        const turns = limit === undefined ? 12 : Math.ceil(limit / 2) + 2;
        const threadId = 'support_ticket_9001';
        for (let turn = 1; turn <= turns; turn++) await ask(user, threadId, `Update ${turn}: the code still has not arrived.`);
        const thread = user.thread(threadId);
        const { key, length } = await thread.store.describe();
        if (limit === undefined) {
          return fail(`TODO 2: history has no maxMessages, so ${key} grew to ${length} messages after ${turns} turns and keeps growing — set history.maxMessages (e.g. 20)`);
        }
        const texts = (await thread.listMessages()).map((m) => m.text);
        const newestKept = texts.some((t) => t.startsWith(`Update ${turns}:`));
        const oldestGone = !texts.some((t) => t.startsWith('Update 1:'));
        if (length !== limit || !newestKept || !oldestGone) {
          return fail(`after ${turns} turns ${key} holds ${length} messages (limit ${limit}); newest kept: ${newestKept ? 'yes' : 'no'}, oldest dropped: ${oldestGone ? 'yes' : 'no'}`);
        }
        return pass(`after ${turns} turns ${key} holds ${length} messages: the newest ${limit}, trimmed on every append`);
      },
    },
    {
      title: "TODO 3 — a ticket's details stay in that ticket: ticket 5002 does not recall what was said in ticket 5001",
      async check() {
        const user = await customer('tickets');
        await ask(user, 'support_ticket_5001', 'The app shows error E21 when I log in.');
        const own = await ask(await customer('tickets'), 'support_ticket_5001', 'What error does the app show?');
        if (!mentions(own.reply.text, 'E21')) return fail(`even in its own ticket the bot did not recall error E21: it said ${quote(own.reply.text)}`);
        const other = await customer('tickets');
        const answers = [await ask(other, 'support_ticket_5002', 'What error does the app show?'), await ask(other, 'support_ticket_5002', 'What do you know about me?')];
        const leaked = answers.find((a) => mentions(a.reply.text, 'E21'));
        if (leaked) {
          const why =
            definition.memory.strategy === 'global'
              ? "TODO 3: memory.strategy is 'global', so long-term memory is shared by all of the customer's tickets"
              : "TODO 3: the memory scope lets one ticket's memories reach another";
          return fail(`${why} — in ticket support_ticket_5002 the bot answered with ticket 5001's error: ${quote(leaked.reply.text)}; use strategy: 'per-thread'`);
        }
        return pass(`ticket 5001 recalls E21; ticket 5002 said ${quote(answers[0].reply.text, 60)}`);
      },
    },
  ];
}
