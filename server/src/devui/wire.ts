/** Stored messages and memory records → the shapes the API and the WebSocket send (DESIGN §6). */
import type { ChatMessage } from '../history/types';
import type { MemoryHit, MemoryRecord } from '../memory/types';
import type { WireMemory, WireMessage } from '../contracts/ws';

export function toWireMessage(message: ChatMessage): WireMessage {
  const wire: WireMessage = { id: message.id, role: message.role, text: message.text, createdAt: message.createdAt };
  if (message.authorName !== undefined) wire.authorName = message.authorName;
  if (message.toolCalls?.length) wire.toolCalls = message.toolCalls;
  if (message.toolCallId !== undefined) wire.toolCallId = message.toolCallId;
  if (message.toolName !== undefined) wire.toolName = message.toolName;
  if (message.interrupted) wire.interrupted = true;
  return wire;
}

export function toWireMemory(record: MemoryRecord, score?: number): WireMemory {
  const wire: WireMemory = {
    id: record.id,
    kind: record.kind,
    text: record.content,
    agentId: record.agentId ?? '',
    userId: record.userId ?? '',
    createdAt: record.createdAt,
  };
  if (record.role !== undefined) wire.role = record.role;
  if (record.threadId !== undefined) wire.threadId = record.threadId;
  if (score !== undefined) wire.score = score;
  return wire;
}

export function hitToWire(hit: MemoryHit): WireMemory {
  return toWireMemory(hit.record, hit.score);
}
