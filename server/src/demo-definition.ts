/**
 * How a demo is declared (the files in `demos/`). The server and the console demos host
 * whatever is declared, so a new demo or a workshop exercise is a new file, not new code.
 */
import type { Tool } from './agents/types';

/** The long-term memory of a demo agent: its index, key prefix and scope. */
export interface DemoMemoryDefinition {
  /** Search index name (search-module engine) and label of the plain engine's bookkeeping. */
  indexName: string;
  /** Key prefix of the memory HASH records. */
  prefix: string;
  /** Scope: the application. The user id comes from whoever is chatting. */
  applicationId: string;
  /** `global`: memories shared across the user's threads; `per-thread`: confined to one thread. */
  strategy: 'global' | 'per-thread';
  /** How many searched memories are injected. Default 10. */
  topK?: number;
}

/** The chat history of a demo agent: key prefix, length limit and expiry. */
export interface DemoHistoryDefinition {
  /** Key prefix of the history LISTs. Default `chat_messages`. */
  keyPrefix?: string;
  /** Keep only the newest N messages per thread. */
  maxMessages?: number;
  /** Expire a thread this long after its last message. */
  ttlSeconds?: number;
}

/** One agent of a demo: its instructions, tools, memory, history and port. */
export interface DemoAgentDefinition {
  /** Agent id: memory scope `agentId` and the id in the API. */
  id: string;
  name: string;
  description: string;
  instructions: string;
  tools?: Tool[];
  memory: DemoMemoryDefinition;
  history: DemoHistoryDefinition;
  /** Which of the workshop's ports serves this agent: WORKSHOP_PORT_BASE + portOffset. */
  portOffset: number;
  /** A thread id the page opens first (e.g. `support_ticket_12345`). */
  defaultThreadId?: string;
}

/** One demo as declared in `demos/`: its agents and how the page shows them. */
export interface DemoDefinition {
  /** Demo id (`preferences`), for `--demo` and the API. */
  id: string;
  title: string;
  description: string;
  agents: DemoAgentDefinition[];
  /**
   * A page with every agent of the demo side by side (`/side-by-side` on its ports), announced
   * at start with this description. For demos of several agents.
   */
  sideBySide?: { description: string };
  /**
   * Served only when named (`npm start -- --demo <id>`), never by a plain `npm start`: the
   * workshop's exercises, which reuse the demos' ports. Default false.
   */
  onRequest?: boolean;
}
