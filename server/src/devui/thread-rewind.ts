/**
 * Rewinding a thread, for "edit and resend" and "regenerate": the user message the attendee
 * picked and everything after it leave the history, the memories those messages taught are
 * forgotten, and the attendee's other tabs are told. The turn runner then runs the turn again.
 *
 * Which memories go. A memory record names the message it came from (`messageId`, in the thread
 * `conversationId`). A message or tool memory from a removed message is forgotten. A fact whose
 * latest statement was removed is forgotten with its statements (as "forget" does), unless
 * another statement it came from is still stored: then a message that was not removed still says
 * it, and the fact stays. Two things a rewind does not do: a fact that a removed message replaced
 * or withdrew is not brought back (say it again), and a sentence said word for word in two
 * messages is one memory (curated capture keys statements by their text) naming only the latest,
 * so removing the latest forgets it even if an earlier message said the same.
 */
import type { ServerFrame } from '../contracts/ws';
import type { DemoAgentDefinition } from '../demo-definition';
import { WorkshopError } from '../errors';
import type { ChatMessage } from '../history/types';
import type { MemoryRecord } from '../memory/types';
import type { PortContext } from './context';

/** Most memory records read to find those of the removed messages (the engines' own list cap). */
const MEMORY_SCAN_LIMIT = 10_000;

/** What a rewind changed. */
export interface RewindOutcome {
  fromMessageId: string;
  /** The removed messages, oldest first. */
  removed: ChatMessage[];
  /** Ids of the memories forgotten with them. */
  forgottenMemoryIds: string[];
  /** `thread.rewound`, then one `memory.deleted` per forgotten memory: what a tab is told. */
  frames: ServerFrame[];
}

/** Whose thread to rewind, to which message, and which socket asked (it is sent the frames directly). */
export interface RewindRequest {
  userId: string;
  agent: DemoAgentDefinition;
  threadId: string;
  messageId: string;
  origin?: string;
}

/**
 * Removes the user message `messageId` and what follows it from the thread, forgets the memories
 * they taught, and publishes the change to the user's other tabs. Throws `not_found` when the
 * thread holds no such message and `invalid_argument` when it is not a user message.
 */
export async function rewindThread(ctx: PortContext, request: RewindRequest): Promise<RewindOutcome> {
  const { services } = ctx;
  const { agent, userId, threadId, messageId } = request;
  const store = services.runtime.historyStore(agent, userId, threadId);
  const target = (await store.listMessages()).find((m) => m.id === messageId);
  if (!target) {
    throw new WorkshopError('not_found', `thread ${threadId} holds no message ${JSON.stringify(messageId.slice(0, 100))}: rewindTo takes the id of one of its user messages`);
  }
  if (target.role !== 'user') {
    throw new WorkshopError('invalid_argument', `message ${JSON.stringify(messageId.slice(0, 100))} is not a user message (its role is ${target.role}): rewindTo takes the id of a user message, e.g. the question before a reply to regenerate`);
  }
  const removed = await store.removeFrom(messageId);
  // Gone between the read and the removal (trimmed by another turn's append): nothing was rewound.
  if (removed.length === 0) throw new WorkshopError('not_found', `message ${JSON.stringify(messageId.slice(0, 100))} left thread ${threadId} before it could be rewound`);

  const memory = await services.runtime.memoryView(agent, { userId, threadId });
  const records = await memory.searchAll({ limit: MEMORY_SCAN_LIMIT });
  const forgotten = new Set<string>();
  for (const id of memoriesToForget(records, threadId, removed.map((m) => m.id))) {
    for (const gone of await memory.forgetWithSources(id)) forgotten.add(gone);
  }

  const frames: ServerFrame[] = [
    { type: 'thread.rewound', threadId, fromMessageId: messageId },
    ...[...forgotten].map((id): ServerFrame => ({ type: 'memory.deleted', agentId: agent.id, id })),
  ];
  for (const frame of frames) {
    void services.live.publish({ userId, agentId: agent.id, threadId: frame.type === 'thread.rewound' ? threadId : undefined, origin: request.origin, frame });
  }
  return { fromMessageId: messageId, removed, forgottenMemoryIds: [...forgotten], frames };
}

/**
 * The memories to forget when `removedMessageIds` leave `threadId` (see the top of this file):
 * statements first, then facts, each to be forgotten with `forgetWithSources`.
 */
export function memoriesToForget(records: MemoryRecord[], threadId: string, removedMessageIds: string[]): string[] {
  const removed = new Set(removedMessageIds);
  const fromRemoved = (record: MemoryRecord) =>
    record.messageId !== undefined && removed.has(record.messageId) && (record.conversationId ?? record.threadId) === threadId;
  const statements = records.filter((r) => r.kind !== 'fact' && fromRemoved(r)).map((r) => r.id);
  const leaving = new Set(statements);
  const stored = new Set(records.map((r) => r.id));
  const facts = records
    .filter((r) => r.kind === 'fact' && fromRemoved(r))
    .filter((fact) => !(fact.sourceIds ?? []).some((source) => stored.has(source) && !leaving.has(source)))
    .map((r) => r.id);
  return [...statements, ...facts];
}
