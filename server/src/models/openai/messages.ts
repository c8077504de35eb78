/**
 * Model messages and tools in the Chat Completions shape. The history window can cut a tool
 * round in half (a result without its call, or a call without its result), which the API
 * rejects; such halves are dropped here so an old thread never breaks a new turn.
 */
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { ModelMessage, ToolSpec } from '../types';

/** Model messages in the Chat Completions shape, without tool calls or results whose other half the history window cut off. */
export function toChatMessages(messages: ModelMessage[]): ChatCompletionMessageParam[] {
  const answered = new Set(messages.filter((m) => m.role === 'tool' && m.toolCallId).map((m) => m.toolCallId));
  const called = new Set<string>();
  const out: ChatCompletionMessageParam[] = [];
  for (const m of messages) {
    switch (m.role) {
      case 'system':
        out.push({ role: 'system', content: m.text });
        break;
      case 'user':
        out.push({ role: 'user', content: m.text });
        break;
      case 'assistant': {
        const calls = (m.toolCalls ?? []).filter((c) => answered.has(c.id));
        for (const c of calls) called.add(c.id);
        if (calls.length === 0) {
          if (m.text) out.push({ role: 'assistant', content: m.text });
          break;
        }
        out.push({
          role: 'assistant',
          content: m.text || null,
          tool_calls: calls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: JSON.stringify(c.arguments) } })),
        });
        break;
      }
      case 'tool':
        if (m.toolCallId && called.has(m.toolCallId)) out.push({ role: 'tool', tool_call_id: m.toolCallId, content: m.text });
        break;
    }
  }
  return out;
}

/** Tool specs in the Chat Completions shape. */
export function toChatTools(tools: ToolSpec[]): ChatCompletionTool[] {
  return tools.map((t) => ({ type: 'function' as const, function: { name: t.name, description: t.description, parameters: t.parameters } }));
}

/** Tool-call arguments as the model wrote them; text that is not a JSON object becomes `{}` (the tool's schema then says what is missing). */
export function parseArguments(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
