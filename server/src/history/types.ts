/** Chat history: the message shape and the store interface every backend implements. */

/** A tool call the assistant asked for. `arguments` is the parsed JSON object. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

/** Who wrote a message: the user, the assistant, a tool (its result) or the system. */
export type ChatRole = 'user' | 'assistant' | 'tool' | 'system';

/** One stored message (DESIGN §6 `Message`). */
export interface ChatMessage {
  /** Unique per thread; re-adding a stored id is a no-op. */
  id: string;
  role: ChatRole;
  text: string;
  authorName?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** On assistant messages that asked for tools. */
  toolCalls?: ToolCall[];
  /** On tool messages: the call this result answers. */
  toolCallId?: string;
  /** On tool messages: the tool's name. */
  toolName?: string;
  /**
   * On assistant messages: the reply was cut short (Stop, a closed tab or HTTP client, or a model
   * failing mid-way); `text` is what had been streamed until then. Absent on complete replies.
   */
  interrupted?: boolean;
  /**
   * On assistant messages: the memories injected before the model answered (the context message
   * is the context prompt followed by one `- text` line each), so a reload, another tab or the
   * history shows what the reply was based on.
   */
  memoriesUsed?: UsedMemory[];
}

/** One memory a reply was given: its id, its text, its search score, and its kind. */
export interface UsedMemory {
  id: string;
  text: string;
  score: number;
  kind?: 'fact' | 'message' | 'tool';
}

/** Plain JSON state of a store: enough to resume the same thread in another process. Never holds a password. */
export interface ChatMessageStoreState {
  threadId: string;
  keyPrefix: string;
  maxMessages?: number;
  ttlSeconds?: number;
}

/** A history as the UI shows it: its key, its length and the seconds it has left. */
export interface HistoryDescription {
  key: string;
  length: number;
  /** Seconds until the history expires; -1 when it does not. */
  ttlSeconds: number;
}

/** The counterpart of Agent Framework's `ChatMessageStore`. */
export interface ChatMessageStore {
  readonly threadId: string;
  /** Appends in order; messages whose id is already stored are skipped. Returns the ones actually added. */
  addMessages(messages: ChatMessage[]): Promise<ChatMessage[]>;
  /** All messages oldest first, or only the newest `limit`. */
  listMessages(limit?: number): Promise<ChatMessage[]>;
  count(): Promise<number>;
  /** Where the history lives and how much of it there is, for the UI's Redis view. */
  describe(): Promise<HistoryDescription>;
  /**
   * Removes the message with this id and every message after it, as one atomic step: the thread
   * is rewound to just before that message (an attendee editing a message or regenerating a
   * reply). Returns the removed messages, oldest first; none when the id is not stored. The
   * removed ids are forgotten with their messages, so they may be stored again. Elements after
   * the message that are not messages are removed too, and not returned.
   */
  removeFrom(messageId: string): Promise<ChatMessage[]>;
  /** Deletes the whole history (and what the store keeps beside it). */
  clear(): Promise<void>;
  /** Resolves when the backend answers; throws a `WorkshopError` otherwise. */
  ping(): Promise<void>;
  serialize(): ChatMessageStoreState;
  /** Releases what the store itself created (a client made from a URL); never an injected client. */
  close(): Promise<void>;
}
