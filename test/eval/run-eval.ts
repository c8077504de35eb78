/**
 * The conversation evaluation's runner: plays every persona against a running workshop through
 * the public HTTP API (DESIGN §6) and scores each question with score.ts; report.ts formats the report.
 *
 * Each persona is one attendee (its own identity cookie, so personas never see each other). In
 * demos 1 and 3 every question goes to a brand-new thread, so the answer can only come from
 * long-term memory in Redis, not from the thread's history. Demo 2 scopes memory per thread, so
 * its questions are asked inside the ticket they are about (see PersistencePersona).
 *
 * The runner checks its own assumptions (the port serves the agent, the question thread is new,
 * the reply comes from the agent asked, the identity is the same on every port) and throws when
 * one does not hold: such a failure is a runner or server-contract bug, never a score.
 *
 * Also runnable on its own against a workshop that is already running:
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx tsx test/eval/run-eval.ts
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { demos } from '../../demos';
import { Attendee, type JsonResponse } from '../http/attendee';
import { personas as allPersonas } from './personas';
import { check, normalize } from './score';
import { formatReport, type EvalReport, type OperationResult, type PersonaReport, type QuestionResult } from './report';
import { isAsk, isSay, type AgentId, type Ask, type Persona } from './types';

// The results and report live in report.ts; callers of the runner import them from here.
export { formatReport, scoreLine, type EvalReport, type OperationResult, type PersonaReport, type QuestionResult } from './report';

/** The score the test asks for. */
export const PASS_SCORE = 0.95;

/** How long one turn may take before it counts as failed (a real LLM behind EVAL_BASE_URL is slower). */
const TURN_TIMEOUT_MS = Number(process.env.EVAL_TURN_TIMEOUT_MS) || 60_000;

// ---------------------------------------------------------------------------------------------
// Where each agent listens.

/** Where the eval finds each agent of the workshop. */
export interface EvalTarget {
  /** The first port (WORKSHOP_PORT_BASE: the preferences demo). */
  baseUrl: string;
  urlOf(agent: AgentId): string;
}

/**
 * The target whose first port is `baseUrl`. Every agent listens on the base port plus its
 * `portOffset` from demos/*.ts (as `server.url(offset)` does in the other tests); each port is
 * then asked (`GET /api/demo`) whether it really serves that agent.
 */
export async function targetAt(baseUrl: string, agents: AgentId[] = allAgents()): Promise<EvalTarget> {
  const base = new URL(baseUrl);
  const basePort = Number(base.port || (base.protocol === 'https:' ? 443 : 80));
  const offsets = new Map(demos.flatMap((demo) => demo.agents.map((agent) => [agent.id, agent.portOffset] as const)));
  const urlOf = (agent: AgentId) => {
    const offset = offsets.get(agent);
    if (offset === undefined) throw new Error(`no demo in demos/ defines the agent ${agent}`);
    const url = new URL(base.origin);
    url.port = String(basePort + offset);
    return url.origin;
  };
  for (const agent of agents) {
    const url = urlOf(agent);
    let res: JsonResponse;
    try {
      res = await new Attendee(url).get('/api/demo');
    } catch (err) {
      throw new Error(`the eval expects agent ${agent} at ${url}, which does not answer (${(err as Error).message}); is that demo running?`);
    }
    const served = (res.body?.agents ?? []).map((a: { id: string }) => a.id);
    if (res.status !== 200 || !served.includes(agent)) {
      throw new Error(`the eval expects agent ${agent} at ${url}, but GET /api/demo there answers ${res.status} with agents [${served.join(', ')}]`);
    }
  }
  return { baseUrl: base.origin, urlOf };
}

function allAgents(): AgentId[] {
  return [...new Set(allPersonas.flatMap((p) => p.steps.map((s) => agentOf(p, s))))];
}

// ---------------------------------------------------------------------------------------------
// Running.

function agentOf(persona: Persona, step: Persona['steps'][number]): AgentId {
  switch (persona.demo) {
    case 'preferences':
      return 'personal_assistant';
    case 'persistence':
      return 'support_agent';
    case 'multi-agent':
      return (step as { agent: AgentId }).agent;
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${TURN_TIMEOUT_MS} ms`)), TURN_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function httpError(res: JsonResponse): string {
  const error = res.body?.error;
  return `HTTP ${res.status}${error ? `: ${error.code ?? ''} ${error.message ?? ''}`.trimEnd() : typeof res.body === 'string' ? `: ${res.body.slice(0, 200)}` : ''}`;
}

/** One persona, one identity; its steps in order (a later step depends on what came before). */
async function runPersona(target: EvalTarget, persona: Persona, runId: string): Promise<PersonaReport> {
  // One browser: the same cookie on every port of the workshop.
  const agents = [...new Set(persona.steps.map((s) => agentOf(persona, s)))];
  const first = new Attendee(target.urlOf(agents[0]));
  const me = await first.get('/api/me');
  if (me.status !== 200 || !first.cookie) throw new Error(`${persona.id}: GET /api/me gave ${httpError(me)} and no identity cookie`);
  const attendees = new Map<AgentId, Attendee>();
  for (const agent of agents) {
    const attendee = first.on(target.urlOf(agent));
    const again = await attendee.get('/api/me');
    if (again.body?.userId !== me.body.userId) throw new Error(`${persona.id}: the identity cookie gives another user on ${attendee.baseUrl}`);
    attendees.set(agent, attendee);
  }

  const report: PersonaReport = { persona, rows: [], questions: [], operations: [] };
  const record = (row: PersonaReport['rows'][number]) => {
    report.rows.push(row);
    if ('question' in row) report.questions.push(row.question);
    else report.operations.push(row.operation);
  };
  const threadOf = (label: string) => `eval-${persona.id}-${label}-${runId}`;
  const post = (attendee: Attendee, agent: AgentId, threadId: string, text: string) =>
    withTimeout(attendee.post(`/api/threads/${encodeURIComponent(threadId)}/messages`, { text, agentId: agent }), `${persona.id} → ${agent}`);

  let questionNo = 0;
  for (const step of persona.steps) {
    const agent = agentOf(persona, step);
    const attendee = attendees.get(agent)!;

    if (isSay(step)) {
      const threadId = 'ticket' in step ? step.ticket : threadOf((step as { chat?: string }).chat ?? 'chat-1');
      const operation: OperationResult = { type: 'say', text: step.say, agent, threadId, ok: false, detail: '' };
      try {
        const res = await post(attendee, agent, threadId, step.say);
        const reply = res.body?.reply?.text;
        if (res.status !== 200) operation.detail = httpError(res);
        else if (typeof reply !== 'string' || !reply.trim()) operation.detail = 'empty reply';
        else {
          assertAgent(persona, res, agent);
          operation.ok = true;
          operation.detail = reply;
        }
      } catch (err) {
        if (err instanceof RunnerError) throw err;
        operation.detail = (err as Error).message;
      }
      record({ operation });
    } else if (isAsk(step)) {
      questionNo++;
      // Demos 1 and 3: a brand-new thread per question. Demo 2: the ticket's own thread.
      const threadId = 'ticket' in step ? (step as { ticket: string }).ticket : threadOf(`q${questionNo}`);
      if (!('ticket' in step)) {
        const existing = await attendee.get(`/api/threads/${encodeURIComponent(threadId)}?agentId=${agent}`);
        if (existing.status !== 404) throw new RunnerError(`${persona.id}: question thread ${threadId} is not new (GET answered ${existing.status})`);
      }
      record({ question: await ask(persona, attendee, agent, threadId, step, questionNo, post) });
    } else {
      record({ operation: await forget(attendee, agent, step.forget) });
    }
  }
  return report;
}

class RunnerError extends Error {}

/** The reply must come from the agent that was asked: anything else is a routing bug, not a score. */
function assertAgent(persona: Persona, res: JsonResponse, agent: AgentId): void {
  if (res.body?.agentId !== agent) throw new RunnerError(`${persona.id}: asked ${agent} but the reply came from ${res.body?.agentId}`);
}

async function ask(
  persona: Persona,
  attendee: Attendee,
  agent: AgentId,
  threadId: string,
  step: Ask,
  n: number,
  post: (attendee: Attendee, agent: AgentId, threadId: string, text: string) => Promise<JsonResponse>,
): Promise<QuestionResult> {
  const result: QuestionResult = { n, question: step.ask, kinds: step.kinds, agent, threadId, ok: false, failed: [], reply: '', memoriesUsed: [] };
  let res: JsonResponse;
  try {
    res = await post(attendee, agent, threadId, step.ask);
  } catch (err) {
    result.failed.push((err as Error).message);
    return result;
  }
  if (res.status !== 200) {
    result.failed.push(httpError(res));
    return result;
  }
  assertAgent(persona, res, agent);
  result.reply = typeof res.body?.reply?.text === 'string' ? res.body.reply.text : '';
  result.memoriesUsed = (res.body?.memoriesUsed ?? []).map((m: { kind?: string; text: string }) => `[${m.kind ?? '?'}] ${m.text}`);
  const outcome = check(result.reply, step, step.ask);
  result.ok = outcome.ok;
  result.failed = outcome.failed;
  return result;
}

/**
 * What an attendee does in the Memory panel to forget a fact: list the memories and delete each
 * one whose text mentions the value (the fact and the raw messages that carry it), then check
 * that none is left.
 */
async function forget(attendee: Attendee, agent: AgentId, value: string): Promise<OperationResult> {
  const operation: OperationResult = { type: 'forget', text: value, agent, ok: false, detail: '' };
  const mentionsValue = (m: { text: string }) => normalize(m.text).includes(normalize(value));
  const list = await attendee.get(`/api/memories?agentId=${agent}&limit=1000`);
  if (list.status !== 200) {
    operation.detail = `GET /api/memories: ${httpError(list)}`;
    return operation;
  }
  const doomed = (list.body.items as Array<{ id: string; kind: string; text: string }>).filter(mentionsValue);
  if (doomed.length === 0) {
    operation.detail = `no memory mentions ${JSON.stringify(value)} (of ${list.body.items.length})`;
    return operation;
  }
  // Forgetting one memory may take others with it (a fact and the messages it came from), so a
  // 404 for a memory already gone is fine; what counts is that nothing mentioning the value is left.
  let gone = 0;
  for (const memory of doomed) {
    const res = await attendee.delete(`/api/memories/${encodeURIComponent(memory.id)}?agentId=${agent}`);
    if (res.status === 404) gone++;
    else if (res.status !== 204) {
      operation.detail = `DELETE /api/memories/${memory.id}: ${httpError(res)}`;
      return operation;
    }
  }
  const after = await attendee.get(`/api/memories?agentId=${agent}&limit=1000`);
  const left = (after.body?.items ?? []).filter(mentionsValue);
  operation.ok = after.status === 200 && left.length === 0;
  operation.detail = operation.ok
    ? `forgot ${doomed.length}${gone ? ` (${gone} already gone with another)` : ''}: ${doomed.map((m) => `[${m.kind}] ${m.text}`).join(' | ')}`
    : after.status !== 200
      ? `GET /api/memories after deleting: ${httpError(after)}`
      : `still there after deleting: ${left.map((m: { text: string }) => m.text).join(' | ')}`;
  return operation;
}

/** Plays every persona (concurrently: each has its own identity) and scores them. */
export async function runEval(target: EvalTarget, personas: Persona[] = allPersonas): Promise<EvalReport> {
  const started = performance.now();
  const runId = randomBytes(3).toString('hex');
  const reports = await Promise.all(personas.map((persona) => runPersona(target, persona, runId)));
  const questions = reports.flatMap((r) => r.questions);
  const right = questions.filter((q) => q.ok).length;
  return {
    personas: reports,
    utterances: reports.reduce((sum, r) => sum + r.questions.length + r.operations.filter((o) => o.type === 'say').length, 0),
    right,
    checks: questions.length,
    score: questions.length ? right / questions.length : 0,
    operationFailures: reports.flatMap((r) => r.operations.filter((o) => !o.ok).map((o) => ({ ...o, persona: r.persona.id }))),
    ms: Math.round(performance.now() - started),
  };
}

// ---------------------------------------------------------------------------------------------
// Standalone: `EVAL_BASE_URL=http://127.0.0.1:8000 npx tsx test/eval/run-eval.ts`.

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.env.EVAL_BASE_URL;
  if (!baseUrl) {
    console.error('Set EVAL_BASE_URL to the first port of a running workshop (e.g. http://127.0.0.1:8000), or run `npm run eval` to start one.');
    process.exit(2);
  }
  const report = await runEval(await targetAt(baseUrl));
  console.log(formatReport(report));
  process.exit(report.score >= PASS_SCORE && report.operationFailures.length === 0 ? 0 : 1);
}
