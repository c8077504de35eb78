/** Reads a `ModelRequest` the way the offline model needs it: memories, history, the new input. */
import type { MemoryHit } from '../../memory/types';
import type { ModelMessage, ModelRequest } from '../types';

/** A model request taken apart: the memories, the earlier turns, the new message and the tools. */
export interface RequestView {
  /** Every memory hit the context provider attached (system messages with `memories`). */
  memories: MemoryHit[];
  /** System text that is not a memory context message (the agent's instructions). */
  instructions: string;
  /** User, assistant and tool messages before the current user message, oldest first. */
  history: ModelMessage[];
  /** The current user message ('' when there is none). */
  userText: string;
  /** Messages after the current user message: the assistant's tool calls and their results. */
  afterUser: ModelMessage[];
  /** Names of the tools the model may call. */
  toolNames: Set<string>;
}

/** Takes a model request apart into a `RequestView`. */
export function viewRequest(request: ModelRequest): RequestView {
  const memories: MemoryHit[] = [];
  const instructions: string[] = [];
  const dialogue: ModelMessage[] = [];
  for (const message of request.messages) {
    if (message.role === 'system') {
      if (message.memories) memories.push(...message.memories);
      else instructions.push(message.text);
    } else {
      dialogue.push(message);
    }
  }
  let last = -1;
  for (let i = dialogue.length - 1; i >= 0; i--) {
    if (dialogue[i].role === 'user') {
      last = i;
      break;
    }
  }
  return {
    memories,
    instructions: instructions.join('\n'),
    history: last >= 0 ? dialogue.slice(0, last) : dialogue,
    userText: last >= 0 ? dialogue[last].text : '',
    afterUser: last >= 0 ? dialogue.slice(last + 1) : [],
    toolNames: new Set(request.tools.map((t) => t.name)),
  };
}
