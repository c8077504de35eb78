/**
 * This project's threads and turns in the shapes of OpenAI's Responses and Conversations APIs,
 * so the `openai` SDK can drive the workshop's agents: a conversation is one of the attendee's
 * threads, a response is one turn.
 */
import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../history/types';

/** An OpenAI-style error body (`{error: {message, type, code, param}}`) and its status. */
export interface OpenAIError {
  status: number;
  body: { error: { message: string; type: string; code: string | null; param: string | null } };
}

/** The error for a status, in the types OpenAI's API uses. */
export function openAIError(status: number, message: string, code: string | null = null, param: string | null = null): OpenAIError {
  const type = status === 401 ? 'authentication_error' : status === 404 ? 'not_found_error' : status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return { status, body: { error: { message, type, code, param } } };
}

/** A conversation object for one thread. */
export function conversationObject(threadId: string, createdAtMs: number) {
  return { id: threadId, object: 'conversation' as const, created_at: Math.floor(createdAtMs / 1000), metadata: {} };
}

/** A stored message as a conversation item (user text is `input_text`, replies `output_text`). */
export function conversationItem(message: ChatMessage) {
  const role = message.role === 'tool' ? 'assistant' : message.role;
  return {
    type: 'message' as const,
    id: message.id,
    status: 'completed' as const,
    role,
    content: [{ type: role === 'user' ? ('input_text' as const) : ('output_text' as const), text: message.text, ...(role === 'user' ? {} : { annotations: [] }) }],
  };
}

/** The parts of a Response object that do not change while it streams. */
export interface ResponseFrame {
  id: string;
  model: string;
  createdAt: number;
  conversationId: string;
}

/** A new response's fixed parts. */
export function newResponseFrame(model: string, conversationId: string): ResponseFrame {
  return { id: `resp_${randomUUID().replace(/-/g, '')}`, model, createdAt: Math.floor(Date.now() / 1000), conversationId };
}

/** The assistant message item of a response. */
export function outputMessage(itemId: string, text: string, status: 'in_progress' | 'completed') {
  return { type: 'message' as const, id: itemId, status, role: 'assistant' as const, content: status === 'completed' ? [{ type: 'output_text' as const, text, annotations: [] }] : [] };
}

/** A Response object (`status` completed or in progress). */
export function responseObject(frame: ResponseFrame, status: 'in_progress' | 'completed', output: unknown[], usage?: { inputTokens: number; outputTokens: number }) {
  return {
    id: frame.id,
    object: 'response' as const,
    created_at: frame.createdAt,
    status,
    model: frame.model,
    output,
    conversation: { id: frame.conversationId },
    error: null,
    incomplete_details: null,
    parallel_tool_calls: false,
    tool_choice: 'auto',
    tools: [],
    usage: usage ? { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens, total_tokens: usage.inputTokens + usage.outputTokens } : null,
  };
}

/** The text of a Responses `input`: a string, or the text of its last user message. */
export function inputText(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return undefined;
  for (const item of [...input].reverse()) {
    const message = item as { role?: unknown; content?: unknown };
    if (message?.role !== 'user') continue;
    if (typeof message.content === 'string') return message.content;
    if (Array.isArray(message.content)) {
      return message.content.map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : '')).join('');
    }
  }
  return undefined;
}
