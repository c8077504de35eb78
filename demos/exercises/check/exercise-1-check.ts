/**
 * The check of exercise 1 (user-profile memory): Alice introduces herself in one session; in
 * new sessions the assistant must know her profile, use it (the weather for her city), take an
 * update, and keep it from another user.
 */
import type { DemoDefinition } from '../../../server/src/demo-definition';
import { ask, declarationRequirement, fail, listing, mentions, pass, quote, toolNames, type CheckContext, type Requirement } from './check-kit';
import { scratchDemo } from './run-scope';

/** What the check needs from an exercise-1 file (the attendee's copy or the solution). */
export interface Exercise1Module {
  exercise1Demo: DemoDefinition;
}

const INTRODUCTION = ['Hi! My name is Alice Johnson and I live in Seattle.', 'I work as a data scientist at Contoso.', 'My favourite food is Thai curry.'];

const PROFILE = [
  { what: 'her name', question: "What's my name?", expected: 'Alice Johnson' },
  { what: 'where she lives', question: 'Where do I live?', expected: 'Seattle' },
  { what: 'her job', question: 'What do I do for work?', expected: 'data scientist' },
  { what: 'her favourite food', question: "What's my favourite food?", expected: 'Thai curry' },
];

/** The requirements of exercise 1, run on a scratch copy of the module's declaration. */
export function exercise1Requirements(module: Exercise1Module, ctx: CheckContext): Requirement[] {
  const { runtime, runId } = ctx;
  const definition = scratchDemo(module.exercise1Demo, runId).agents[0];
  const alice = `${runId}_alice`;
  // Session 1 runs once, before the first requirement that asks about it.
  let introduced: Promise<void> | undefined;
  const introduce = () =>
    (introduced ??= (async () => {
      const session = await runtime.userAgent(definition, { userId: alice });
      for (const text of INTRODUCTION) await ask(session, 'profile_session_1', text);
    })());
  // Every session is a new thread of a new agent object: only Redis carries anything over.
  const newSession = async (userId = alice) => runtime.userAgent(definition, { userId });
  // Cause first, then what it did: the line an attendee reads when a requirement fails.
  const notRecalled = (consequence: string) =>
    definition.memory.strategy === 'per-thread'
      ? `TODO 1: memory.strategy is 'per-thread', so what Alice says in a session stays in that session — ${consequence}; use strategy: 'global'`
      : `${consequence}: a new session of the same user must find what earlier sessions stored (check the memory scope)`;

  return [
    declarationRequirement(module.exercise1Demo, { id: 'exercise-1', agents: 1 }),
    {
      title: 'TODO 1 — the profile told in session 1 is known in session 2 (a new thread)',
      async check() {
        await introduce();
        const later = await newSession();
        const missing: string[] = [];
        for (const item of PROFILE) {
          const { reply } = await ask(later, 'profile_session_2', item.question);
          if (!mentions(reply.text, item.expected)) missing.push(`${item.what} (“${item.expected}”; it said ${quote(reply.text, 60)})`);
        }
        if (missing.length) return fail(notRecalled(`in a new session the assistant did not know ${listing(missing)}`));
        return pass('name, city, job and favourite food all recalled from Redis in a new thread');
      },
    },
    {
      title: 'TODO 2 — "what\'s the weather?" in a new session looks up the remembered city (get_weather)',
      async check() {
        if (!(definition.tools ?? []).some((t) => t.name === 'get_weather')) {
          return fail(`TODO 2: the assistant has no get_weather tool (its tools: ${toolNames(definition)}), so it cannot look the weather up — add getWeatherTool to tools`);
        }
        await introduce();
        const { reply, toolCalls } = await ask(await newSession(), 'profile_session_weather', "What's the weather?");
        const call = toolCalls.find((c) => c.name === 'get_weather');
        if (call && mentions(String(call.arguments.city ?? ''), 'Seattle')) return pass(`get_weather(${JSON.stringify(call.arguments)}) — the city came from memory`);
        const did = call ? `called get_weather(${JSON.stringify(call.arguments)})` : `answered ${quote(reply.text, 70)}`;
        return fail(notRecalled(`asked "What's the weather?" in a new session, it ${did} instead of looking up Seattle`));
      },
    },
    {
      title: 'an update replaces the old value: after "I moved to Portland" a new session says Portland',
      async check() {
        await introduce();
        await ask(await newSession(), 'profile_session_3', 'Actually, I moved to Portland.');
        const { reply } = await ask(await newSession(), 'profile_session_4', 'Where do I live?');
        if (mentions(reply.text, 'Portland') && !mentions(reply.text, 'Seattle')) return pass(quote(reply.text));
        return fail(notRecalled(`asked "Where do I live?" in a new session after the move, it said ${quote(reply.text)}`));
      },
    },
    {
      title: "the profile is Alice's own: another user (Bob) is not told anything about her",
      async check() {
        await introduce();
        const bob = await newSession(`${runId}_bob`);
        const { reply } = await ask(bob, 'bob_session_1', 'What do you know about me?');
        const leaked = ['Alice', 'Seattle', 'Contoso', 'Thai curry'].filter((w) => mentions(reply.text, w));
        if (leaked.length) return fail(`Bob was told Alice's ${listing(leaked)} (${quote(reply.text)}): memories must be scoped by user id`);
        return pass(`the user id is part of every memory's scope; Bob got ${quote(reply.text, 70)}`);
      },
    },
  ];
}
