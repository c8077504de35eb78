/** Test helpers for the offline model: requests as the agent builds them, and the streamed reply gathered. */
import type { ToolCall } from '../../history/types';
import type { MemoryHit, MemoryKind } from '../../memory/types';
import { runTool, toolSpec, withToolContext } from '../../agents/tool';
import { InMemoryToolRecords, demoTools } from '../../agents/tools';
import type { ToolRecords } from '../../agents/types';
import type { ModelEvent, ModelMessage, ModelRequest } from '../types';
import { OfflineChatModel } from './offline-chat-model';

const ALL_TOOLS = Object.values(demoTools).map(toolSpec);

let seq = 0;
/** A memory hit as the provider would attach it. */
export function memory(content: string, kind: MemoryKind = 'fact', extra: { role?: string; authorName?: string; createdAt?: number } = {}): MemoryHit {
  seq += 1;
  return { score: 1, record: { id: `m${seq}`, kind, content, role: extra.role ?? (kind === 'tool' ? 'tool' : 'user'), authorName: extra.authorName, createdAt: extra.createdAt ?? seq } };
}

/** One turn to send: the user's message and what comes with it. */
export interface RequestInput {
  user: string;
  memories?: MemoryHit[];
  history?: ModelMessage[];
  after?: ModelMessage[];
  tools?: ModelRequest['tools'];
  /** The user's tool records the tools run with. Default: one store shared by the file's tests. */
  records?: ToolRecords;
}

/** The tool records of the test user (tickets, bookings), unless a test brings its own. */
export const testRecords = new InMemoryToolRecords();

/** The request the agent would send: a system prompt, the memories, the history, the message and what follows. */
export function request({ user, memories = [], history = [], after = [], tools = ALL_TOOLS }: RequestInput): ModelRequest {
  const messages: ModelMessage[] = [{ role: 'system', text: 'You are a helpful personal assistant.' }];
  if (memories.length) messages.push({ role: 'system', text: '## Memories\nConsider the following memories when answering user questions:', memories });
  messages.push(...history, { role: 'user', text: user }, ...after);
  return { messages, tools };
}

/** What the model streamed for one request, gathered. */
export interface Collected {
  text: string;
  deltas: string[];
  calls: ToolCall[];
  finish?: string;
  events: ModelEvent[];
}

/** Streams one request and gathers its text, deltas, tool calls and finish reason. */
export async function collect(model: OfflineChatModel, req: ModelRequest): Promise<Collected> {
  const out: Collected = { text: '', deltas: [], calls: [], events: [] };
  for await (const event of model.stream(req)) {
    out.events.push(event);
    if (event.type === 'text-delta') {
      out.deltas.push(event.text);
      out.text += event.text;
    } else if (event.type === 'tool-call') {
      out.calls.push(event.call);
    } else {
      out.finish = event.reason;
    }
  }
  return out;
}

/** The model every test talks to. */
export const model = new OfflineChatModel();
/** The reply text for one turn. */
export const say = async (input: RequestInput) => (await collect(model, request(input))).text;

/** Runs a full tool round the way the agent does: call, run the real demo tool, call again. */
export async function toolRound(input: RequestInput): Promise<{ first: Collected; second: Collected }> {
  const first = await collect(model, request(input));
  const after: ModelMessage[] = [{ role: 'assistant', text: '', toolCalls: first.calls }];
  for (const call of first.calls) {
    const [tool] = withToolContext([demoTools[call.name as keyof typeof demoTools]], { records: input.records ?? testRecords });
    const run = await runTool(tool, call.arguments);
    after.push({ role: 'tool', text: JSON.stringify(run.result), toolCallId: call.id, toolName: call.name });
  }
  const second = await collect(model, request({ ...input, after }));
  return { first, second };
}
