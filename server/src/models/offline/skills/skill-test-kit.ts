/** Test helpers for the agent skills: requests with a given agent's tools, and skill results read as replies or tool calls. */
import { expect } from 'vitest';
import type { MemoryHit, MemoryKind } from '../../../memory/types';
import { runTool, toolSpec, withToolContext } from '../../../agents/tool';
import { InMemoryToolRecords, demoTools, type DemoToolName } from '../../../agents/tools';
import type { ToolRecords } from '../../../agents/types';
import type { ModelMessage, ModelRequest } from '../../types';
import { OfflineChatModel } from '../offline-chat-model';
import { viewRequest, type RequestView } from '../request-view';
import { answerToolResults } from '../tool-intents';
import { agentSkill } from './index';

/** The support agent's tools. */
export const SUPPORT: DemoToolName[] = ['get_ticket_status', 'open_ticket', 'escalate_ticket', 'close_ticket'];
/** The work agent's tools. */
export const WORK: DemoToolName[] = ['get_calendar', 'add_calendar_event', 'create_task'];
/** The personal assistant's tools. */
export const PERSONAL: DemoToolName[] = ['get_weather', 'get_calendar'];

let seq = 0;
/** A memory hit as the provider would attach it (a stored message unless told otherwise). */
export function memory(content: string, kind: MemoryKind = 'message', role = kind === 'tool' ? 'tool' : 'user'): MemoryHit {
  seq += 1;
  return { score: 1, record: { id: `m${seq}`, kind, content, role, createdAt: seq } };
}

/** One turn to send: the message, the tools offered and what comes with it. */
export interface Input {
  user: string;
  tools?: DemoToolName[];
  history?: ModelMessage[];
  memories?: MemoryHit[];
  after?: ModelMessage[];
  /** The user's tool records the tools run with. Default: one store shared by the file's tests. */
  records?: ToolRecords;
}

/** The tool records of the test user (tickets, bookings), unless a test brings its own. */
export const testRecords = new InMemoryToolRecords();

/** Runs one demo tool the way the agent does, with the test user's records. */
export function runDemoTool(name: DemoToolName, args: unknown, records: ToolRecords = testRecords) {
  return runTool(withToolContext([demoTools[name]], { records })[0], args);
}

/** The request the agent would send, with the support agent's tools unless told otherwise. */
export function request({ user, tools = SUPPORT, history = [], memories = [], after = [] }: Input): ModelRequest {
  const messages: ModelMessage[] = [{ role: 'system', text: 'You are an agent.' }];
  if (memories.length) messages.push({ role: 'system', text: '## Memories', memories });
  messages.push(...history, { role: 'user', text: user }, ...after);
  return { messages, tools: tools.map((name) => toolSpec(demoTools[name])) };
}

/** The request as the skills read it. */
export const view = (input: Input): RequestView => viewRequest(request(input));
/** The agent's skill result for one turn, if a skill takes it. */
export const skill = (input: Input) => agentSkill(input.user, view(input));
/** The reply a skill gives; fails when it gives none. */
export const replyOf = (input: Input): string => {
  const result = skill(input);
  if (!result || !('reply' in result)) throw new Error(`expected a reply to ${JSON.stringify(input.user)}, got ${JSON.stringify(result)}`);
  return result.reply;
};
/** The one tool call a skill makes; fails when it makes none. */
export const callOf = (input: Input) => {
  const result = skill(input);
  if (!result || !('calls' in result)) throw new Error(`expected a tool call for ${JSON.stringify(input.user)}, got ${JSON.stringify(result)}`);
  expect(result.calls).toHaveLength(1);
  return result.calls[0];
};

/** A conversation as the agent stores it: user and assistant turns. */
export function chat(...userTexts: string[]): ModelMessage[] {
  return userTexts.flatMap((text) => [
    { role: 'user', text },
    { role: 'assistant', text: 'Noted.' },
  ]);
}

/** A router support conversation: the problem, three steps tried, a ticket number and some chatter. */
export const ROUTER = chat(
  'Hi, my router keeps rebooting every hour.',
  'I already restarted it and cleared the cache twice.',
  'Also tried a different cable, no luck. My ticket number is 12345.',
  'I tried sushi yesterday, it was great',
  "I haven't reset it to factory settings yet.",
);

/** The model behind whole turns, for what the skills leave to it. */
export const model = new OfflineChatModel();
/**
 * One whole turn wired as `OfflineChatModel.respond()` wires it: tool results first, then the
 * agent's skills, then the model's general handling; tool rounds included.
 */
export async function turn(input: Input): Promise<{ text: string; calls: Array<{ name: string; arguments: Record<string, unknown> }> }> {
  const skillResult = agentSkill(input.user, view(input));
  if (skillResult && 'reply' in skillResult) return { text: skillResult.reply, calls: [] };
  const modelResult = skillResult ? undefined : model.respond(request(input));
  if (modelResult && modelResult.toolCalls.length === 0) return { text: modelResult.text, calls: [] };
  const first = skillResult ?? { calls: modelResult?.toolCalls.map(({ name, arguments: args }) => ({ name, arguments: args })) ?? [] };
  const after: ModelMessage[] = [{ role: 'assistant', text: '', toolCalls: first.calls.map((c, i) => ({ id: `c${i}`, ...c })) }];
  for (const [i, c] of first.calls.entries()) {
    const run = await runDemoTool(c.name as DemoToolName, c.arguments, input.records);
    after.push({ role: 'tool', text: JSON.stringify(run.result), toolCallId: `c${i}`, toolName: c.name });
  }
  const second = view({ ...input, after });
  return { text: answerToolResults(second.afterUser, second) ?? '', calls: first.calls };
}
