/**
 * One attendee's activity as the facilitator reads it: demo → agent → threads (with their
 * messages) and memories grouped by kind, with counts, narrowed by a search. Pure functions of
 * the `/api/admin/attendees/:userId` answer, tested without React.
 */
import type { AdminAgentActivity, AdminDemoActivity, AdminThread, AttendeeDetail, WireMemory, WireMessage } from '@protocol';

/** Memory kinds in the order they are shown: curated facts first. */
export const MEMORY_KINDS = ['fact', 'message', 'tool'] as const;
export type MemoryKind = (typeof MEMORY_KINDS)[number];

/** What a group holds in all (whatever the search). */
export interface ActivityCounts {
  threads: number;
  /** Messages in the histories (`messageCount`, which may be more than were sent). */
  messages: number;
  memories: number;
}

/** A thread with the messages to show: all of them, or those matching the search. */
export interface ThreadView {
  thread: AdminThread;
  messages: WireMessage[];
  /** Messages matching the search (0 without one). */
  hits: number;
}

/** The memories of one kind to show. */
export interface MemoryKindView {
  kind: MemoryKind;
  memories: WireMemory[];
  /** How many of this kind there are, shown or not. */
  total: number;
  hits: number;
}

export interface AgentView {
  agent: AdminAgentActivity;
  threads: ThreadView[];
  memoryKinds: MemoryKindView[];
  counts: ActivityCounts;
  hits: number;
}

export interface DemoView {
  demo: AdminDemoActivity;
  agents: AgentView[];
  counts: ActivityCounts;
  hits: number;
}

/** The whole detail: with a search, only the groups and items that match, and how many did. */
export interface ActivityView {
  /** The search as matched (trimmed, lower case); '' = none. */
  term: string;
  demos: DemoView[];
  counts: ActivityCounts;
  /** Messages and memories matching the search. */
  hits: number;
}

/** The search box's text as it is matched: trimmed, whitespace folded, lower case; '' = no search. */
export function searchTerm(input: string): string {
  return input.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether `text` contains `term` (from `searchTerm`), ignoring case; every text matches ''. */
export function matchesTerm(text: string, term: string): boolean {
  return term === '' || text.toLowerCase().includes(term);
}

/** What a message is searched by: its text, and the tool it called or answered. */
function messageText(message: WireMessage): string {
  const calls = (message.toolCalls ?? []).map((call) => `${call.name} ${JSON.stringify(call.arguments)}`);
  return [message.text, message.toolName ?? '', ...calls].join('\n');
}

function addCounts(into: ActivityCounts, more: ActivityCounts): ActivityCounts {
  into.threads += more.threads;
  into.messages += more.messages;
  into.memories += more.memories;
  return into;
}

const none = (): ActivityCounts => ({ threads: 0, messages: 0, memories: 0 });

function agentView(agent: AdminAgentActivity, term: string): AgentView {
  const threads = agent.threads.map((thread) => {
    const messages = thread.messages.filter((m) => matchesTerm(messageText(m), term));
    return { thread, messages, hits: term ? messages.length : 0 };
  });
  const memoryKinds = MEMORY_KINDS.map((kind) => {
    const ofKind = agent.memories.filter((m) => m.kind === kind);
    const memories = ofKind.filter((m) => matchesTerm(m.text, term));
    return { kind, memories, total: ofKind.length, hits: term ? memories.length : 0 };
  });
  const counts = {
    threads: agent.threads.length,
    messages: agent.threads.reduce((sum, t) => sum + t.messageCount, 0),
    memories: agent.memories.length,
  };
  const hits = threads.reduce((sum, t) => sum + t.hits, 0) + memoryKinds.reduce((sum, k) => sum + k.hits, 0);
  // Without a search every thread shows (an empty one too); with one, only groups that match.
  return {
    agent,
    threads: term ? threads.filter((t) => t.hits > 0) : threads,
    memoryKinds: memoryKinds.filter((k) => (term ? k.hits > 0 : k.total > 0)),
    counts,
    hits,
  };
}

/** The attendee's activity grouped for display, narrowed to what matches `input` when it is not blank. */
export function activityView(detail: AttendeeDetail, input: string): ActivityView {
  const term = searchTerm(input);
  const demos = detail.demos.map((demo) => {
    const agents = demo.agents.map((agent) => agentView(agent, term));
    return {
      demo,
      agents: term ? agents.filter((a) => a.hits > 0) : agents,
      counts: agents.reduce((sum, a) => addCounts(sum, a.counts), none()),
      hits: agents.reduce((sum, a) => sum + a.hits, 0),
    };
  });
  return {
    term,
    demos: term ? demos.filter((d) => d.hits > 0) : demos,
    counts: demos.reduce((sum, d) => addCounts(sum, d.counts), none()),
    hits: demos.reduce((sum, d) => sum + d.hits, 0),
  };
}

/** True when a group holds anything at all (a demo the attendee never used holds nothing). */
export function hasActivity(counts: ActivityCounts): boolean {
  return counts.threads + counts.memories > 0;
}

/** "2 threads · 14 messages · 9 memories" (parts that are 0 left out; "nothing yet" when all are). */
export function describeCounts(counts: ActivityCounts): string {
  const parts: string[] = [];
  if (counts.threads) parts.push(plural(counts.threads, 'thread'));
  if (counts.messages) parts.push(plural(counts.messages, 'message'));
  if (counts.memories) parts.push(plural(counts.memories, 'memory', 'memories'));
  return parts.length ? parts.join(' · ') : 'nothing yet';
}

/**
 * A title as plain text: threads are titled after their first message, which may carry markdown
 * emphasis (`**sushi**`, `` `code` ``); a heading shows the words, not the markers. Single `_`
 * are kept: thread ids such as `support_ticket_42` are titles too.
 */
export function plainTitle(title: string): string {
  return title.replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2').replace(/([*`])(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

/** "1 match", "3 matches". */
export function describeHits(hits: number): string {
  return plural(hits, 'match', 'matches');
}

/** "1 thread", "2 threads". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
