/**
 * Stored messages and memory records → the shapes the API and the WebSocket send (DESIGN §6), and
 * `send`, which writes every JSON answer of the HTTP API through its contract schema.
 */
import type { Response } from 'express';
import type { z } from 'zod';
import type { ChatMessage } from '../history/types';
import type { MemoryHit, MemoryRecord } from '../memory/types';
import type { WireMemory, WireMessage } from '../contracts/ws';

/** A stored message as the API and the frames carry it (DESIGN §6 `Message`). */
export function toWireMessage(message: ChatMessage): WireMessage {
  const wire: WireMessage = { id: message.id, role: message.role, text: message.text, createdAt: message.createdAt };
  if (message.authorName !== undefined) wire.authorName = message.authorName;
  if (message.toolCalls?.length) wire.toolCalls = message.toolCalls;
  if (message.toolCallId !== undefined) wire.toolCallId = message.toolCallId;
  if (message.toolName !== undefined) wire.toolName = message.toolName;
  if (message.interrupted) wire.interrupted = true;
  if (message.memoriesUsed?.length) wire.memoriesUsed = message.memoriesUsed;
  return wire;
}

/** A memory record as the API and the frames carry it (DESIGN §6 `Memory`): no embedding, no internal fields. */
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

/** A search hit as a `Memory` with its score. */
export function hitToWire(hit: MemoryHit): WireMemory {
  return toWireMemory(hit.record, hit.score);
}

/**
 * Writes a JSON answer as its schema in `contracts/http.ts` shapes it: the body is parsed first,
 * so only fields the contract names leave the server (in the order the route wrote them). An
 * answer that breaks the contract is a bug here, never the caller's: it fails as a plain Error
 * (500 `internal_error`, logged), not as the ZodError the error handler takes for a bad request.
 */
export function send<S extends z.ZodType>(res: Response, schema: S, body: z.input<S>, status = 200): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the answer breaks the HTTP contract at ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message}`);
  }
  res.status(status).json(inOrderOf(parsed.data, body));
}

/** `parsed` with its keys in the order `body` gave them (zod writes them in the schema's order). */
function inOrderOf(parsed: unknown, body: unknown): unknown {
  if (Array.isArray(parsed)) return parsed.map((item, i) => inOrderOf(item, Array.isArray(body) ? body[i] : undefined));
  if (!isRecord(parsed) || !isRecord(body)) return parsed;
  const keys = [...Object.keys(body).filter((key) => key in parsed), ...Object.keys(parsed).filter((key) => !(key in body))];
  return Object.fromEntries(keys.map((key) => [key, inOrderOf(parsed[key], body[key])]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
