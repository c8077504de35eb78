/** The one mapping from agent run events to the WebSocket frames a tab receives. */
import type { AgentEvent } from '../agents/types';
import type { EngineName } from '../memory/types';
import type { ServerFrame } from '../contracts/ws';
import { hitToWire, toWireMemory, toWireMessage } from './wire';

/** What a frame needs besides the event itself. */
export interface FrameContext {
  requestId: string;
  threadId: string;
  agentId: string;
  engine: EngineName;
  /** The turn id, known from `turn-started` on. */
  turnId?: string;
}

/** The frame a tab receives for an agent event; `undefined` for events no tab is sent. */
export function agentEventToFrame(event: AgentEvent, ctx: FrameContext): ServerFrame | undefined {
  const turnId = ctx.turnId ?? '';
  switch (event.type) {
    case 'turn-started':
      return { type: 'turn.started', requestId: ctx.requestId, turnId: event.turnId, threadId: ctx.threadId, agentId: ctx.agentId };
    case 'memories-retrieved':
      return { type: 'memories.retrieved', turnId, memories: event.memories.map(hitToWire), context: event.context, engine: ctx.engine, ms: event.ms };
    case 'model-request':
      return { type: 'turn.context', turnId, context: event.context };
    case 'text-delta':
      return { type: 'text.delta', turnId, messageId: event.messageId, text: event.text };
    case 'tool-call':
      return { type: 'tool.call', turnId, call: event.call };
    case 'tool-result':
      return { type: 'tool.result', turnId, toolCallId: event.toolCallId, name: event.name, result: event.result, isError: event.isError, ms: event.ms };
    case 'message-stored':
      return { type: 'message.stored', threadId: ctx.threadId, agentId: ctx.agentId, message: toWireMessage(event.message) };
    case 'memory-changed': {
      const { change } = event;
      if (change.type === 'deleted') return { type: 'memory.deleted', agentId: ctx.agentId, id: change.record.id };
      const type = change.type === 'stored' ? 'memory.stored' : 'memory.updated';
      return { type, agentId: ctx.agentId, memory: toWireMemory(change.record) };
    }
    case 'turn-finished':
      return {
        type: 'turn.finished',
        turnId: event.turnId,
        threadId: ctx.threadId,
        reply: toWireMessage(event.reply),
        timings: event.timings,
        ...(event.usage ? { usage: event.usage } : {}),
        ...(event.finishReason ? { finishReason: event.finishReason } : {}),
        ...(event.retries ? { retries: event.retries } : {}),
      };
    case 'model-retry':
      return { type: 'model.retry', turnId, attempt: event.attempt, delayMs: event.delayMs, reason: event.reason };
    case 'notice':
      return { type: 'turn.notice', turnId, source: event.source, message: event.message };
    case 'error':
      return { type: 'error', code: event.code, message: event.message, turnId: ctx.turnId, requestId: ctx.requestId };
    default:
      return undefined;
  }
}
