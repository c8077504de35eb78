/**
 * The check of exercise 3 (Sales, Support and Engineering): one customer tells each agent
 * something different; each must recall its own part in a new thread and nothing of the
 * others' — in its answers and in what Redis holds for it — and do its job with its tools.
 */
import type { UserAgent } from '../../../server/src/compose';
import type { DemoDefinition } from '../../../server/src/demo-definition';
import { ask, declarationRequirement, fail, listing, mentions, pass, quote, toolNames, type CheckContext, type Requirement } from './check-kit';
import { scratchDemo } from './run-scope';

/** What the check needs from an exercise-3 file (the attendee's copy or the solution). */
export interface Exercise3Module {
  exercise3Demo: DemoDefinition;
}

/** The three roles, in the order the declaration lists the agents. */
const ROLES = [
  { role: 'Sales', tell: 'I work as a procurement manager at Fabrikam.', keyword: 'Fabrikam', job: 'Book a product demo tomorrow at 10am.', tool: 'add_calendar_event', toolVar: 'addCalendarEventTool' },
  { role: 'Support', tell: 'My laptop is a ThinkPad X1 Carbon.', keyword: 'ThinkPad', job: "What's the status of ticket 4242?", tool: 'get_ticket_status', toolVar: 'getTicketStatusTool' },
  { role: 'Engineering', tell: 'My favourite programming language is Rust.', keyword: 'Rust', job: 'Create a task to fix the login bug.', tool: 'create_task', toolVar: 'createTaskTool' },
] as const;

/** The requirements of exercise 3, run on a scratch copy of the module's declaration. */
export function exercise3Requirements(module: Exercise3Module, ctx: CheckContext): Requirement[] {
  const { runtime, runId } = ctx;
  const definitions = scratchDemo(module.exercise3Demo, runId).agents.slice(0, 3);
  // One customer for all three agents: same user id, as in the DevUI (one cookie, every port).
  const userId = `${runId}_customer`;
  const sameId = new Set(definitions.map((d) => d.id)).size < definitions.length;

  // The conversations run once: tell each agent its part, then ask each, in a new thread.
  let talked: Promise<{ agents: UserAgent[]; answers: string[] }> | undefined;
  const talk = () =>
    (talked ??= (async () => {
      const agents = await Promise.all(definitions.map((d) => runtime.userAgent(d, { userId })));
      for (const [i, agent] of agents.entries()) await ask(agent, `tell_${i}`, ROLES[i].tell);
      const answers: string[] = [];
      for (const [i, agent] of agents.entries()) answers.push((await ask(agent, `ask_${i}`, 'What do you know about me?')).reply.text);
      return { agents, answers };
    })());

  return [
    declarationRequirement(module.exercise3Demo, { id: 'exercise-3', agents: 3, sharedIdTodo: 'TODO 1' }),
    {
      title: 'each agent remembers what the customer told it (asked in a new thread)',
      async check() {
        if (definitions.length < 3) return fail('the exercise needs three agents: Sales, Support and Engineering');
        const { answers } = await talk();
        const forgot = ROLES.filter((r, i) => !mentions(answers[i], r.keyword)).map((r) => `${r.role} (“${r.keyword}”)`);
        if (forgot.length) return fail(`${listing(forgot)} did not recall what it was told: memory.strategy must be 'global' for each agent`);
        return pass('Sales recalls Fabrikam, Support the ThinkPad, Engineering Rust');
      },
    },
    {
      title: 'TODO 1 — what the customer tells one agent, the other two do not know (isolation by agent_id)',
      async check() {
        if (definitions.length < 3) return fail('the exercise needs three agents: Sales, Support and Engineering');
        const { agents, answers } = await talk();
        const leaks: string[] = [];
        for (const [i, answer] of answers.entries()) {
          for (const [j, other] of ROLES.entries()) {
            if (i !== j && mentions(answer, other.keyword)) leaks.push(`${ROLES[i].role} knew what you told ${other.role} (“${other.keyword}”)`);
          }
        }
        // The same, in Redis: each agent's scope must hold only records with its own agent_id.
        for (const [i, agent] of agents.entries()) {
          const records = await (await runtime.memoryView(agent.definition, { userId })).searchAll();
          const foreign = records.filter((r) => ROLES.some((other, j) => j !== i && mentions(r.content, other.keyword)));
          if (foreign.length) leaks.push(`${ROLES[i].role}'s memory scope in Redis holds ${quote(foreign[0].content, 60)}`);
        }
        if (!leaks.length) return pass(`agent ids ${definitions.map((d) => d.id).join(', ')}: one index, three scopes`);
        const why = sameId
          ? `TODO 1: the agents share agent id ${listing([...new Set(definitions.map((d) => JSON.stringify(d.id)))])}, so they write and search one memory scope`
          : 'TODO 1: the agents are not kept apart by their agent ids';
        return fail(`${why} — ${leaks.slice(0, 3).join('; ')}${leaks.length > 3 ? ` (and ${leaks.length - 3} more)` : ''}; give each agent its own id`);
      },
    },
    {
      title: 'TODO 2 — each agent does its own job with its own tools (Sales books, Support looks up, Engineering files tasks)',
      async check() {
        if (definitions.length < 3) return fail('the exercise needs three agents: Sales, Support and Engineering');
        const problems: string[] = [];
        for (const [i, definition] of definitions.entries()) {
          const { role, job, tool, toolVar } = ROLES[i];
          const agent = await runtime.userAgent(definition, { userId });
          const { reply, toolCalls } = await ask(agent, `job_${i}`, job);
          if (!toolCalls.some((c) => c.name === tool)) {
            problems.push(`${role} did not call ${tool} for "${job}" (its tools: ${toolNames(definition)}; it said ${quote(reply.text, 60)}) — add ${toolVar}`);
          }
        }
        if (problems.length) return fail(`TODO 2: ${problems.join('; ')}`);
        return pass('add_calendar_event, get_ticket_status and create_task each called by its own agent');
      },
    },
  ];
}
