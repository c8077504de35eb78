/**
 * Declaring and running tools: a zod schema is the single source of truth for both the JSON
 * Schema a model sees and the validation of the arguments it sends back.
 */
import { z } from 'zod';
import { WorkshopError, invalidArgument } from '../errors';
import type { Tool, ToolContext, ToolSpec } from './types';

/** Tool names models accept (OpenAI: letters, digits, `_` and `-`, at most 64). */
const TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Declares a tool. The schema must describe an object (models send named arguments).
 * Throws `invalid_argument` for a bad name, an empty description or a non-object schema.
 */
export function defineTool<S extends z.ZodType>(definition: Tool<S>): Tool<S> {
  if (!TOOL_NAME.test(definition.name)) {
    throw invalidArgument(`tool name must be 1-64 letters, digits, "_" or "-" (got ${JSON.stringify(definition.name)})`);
  }
  if (!definition.description.trim()) {
    throw invalidArgument(`tool "${definition.name}" needs a description: models pick tools by it`);
  }
  const schema = jsonSchemaOf(definition.schema);
  if (schema.type !== 'object') {
    throw invalidArgument(`tool "${definition.name}" schema must be a z.object(...) (got JSON Schema type ${JSON.stringify(schema.type)})`);
  }
  return { ...definition };
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  // `input`: what the model must send (fields with defaults are optional), not what execute receives.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // Some OpenAI-compatible servers reject the `$schema` keyword inside function parameters.
  delete json.$schema;
  return json;
}

/** What a model is told about a tool: name, description and the JSON Schema of its arguments. */
export function toolSpec(tool: Tool): ToolSpec {
  return { name: tool.name, description: tool.description, parameters: jsonSchemaOf(tool.schema) };
}

/**
 * The tools with `context` added to what every run passes them (the run's own signal still
 * wins): how the composition root gives a user's agent that user's tool records, while the
 * declared tools stay shared, user-less values.
 */
export function withToolContext(tools: readonly Tool[], context: Omit<ToolContext, 'signal'>): Tool[] {
  return tools.map((tool) => ({ ...tool, execute: (args, run) => tool.execute(args, { ...context, ...run }) }));
}

/** The `result` of a failed run: what the model (and the UI) sees instead of the tool's answer. */
export interface ToolErrorResult {
  error: {
    /** `invalid_arguments`: the model sent arguments the schema rejects; `tool_failed`: execute threw. */
    code: 'invalid_arguments' | 'tool_failed';
    message: string;
  };
}

/** What one tool call returned, whether it failed, and how long it took. */
export interface ToolRunResult {
  /** The tool's return value, or a `ToolErrorResult` when `isError`. */
  result: unknown;
  isError: boolean;
  /** `!isError`, for callers that read success rather than failure. */
  ok: boolean;
  /** Wall time of validation and execution. */
  ms: number;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function abortedError(tool: Tool, cause?: unknown): WorkshopError {
  return new WorkshopError('aborted', `tool "${tool.name}" was cancelled`, { cause });
}

/**
 * Validates `rawArgs` (an object, or the JSON string a model sent) and runs the tool. Bad
 * arguments and exceptions become an error result the model can read and recover from, so one
 * bad call never ends the turn. Only cancellation (`signal` aborted) throws, as `aborted`.
 */
export async function runTool(tool: Tool, rawArgs: unknown, signal?: AbortSignal, turn: Pick<ToolContext, 'threadId'> = {}): Promise<ToolRunResult> {
  const started = performance.now();
  const done = (result: unknown, isError: boolean): ToolRunResult => ({ result, isError, ok: !isError, ms: performance.now() - started });
  const fail = (code: ToolErrorResult['error']['code'], message: string) => done({ error: { code, message } } satisfies ToolErrorResult, true);

  if (signal?.aborted) throw abortedError(tool, signal.reason);

  let args: unknown = rawArgs ?? {};
  if (typeof rawArgs === 'string') {
    try {
      args = rawArgs.trim() === '' ? {} : JSON.parse(rawArgs);
    } catch {
      return fail('invalid_arguments', `arguments for tool "${tool.name}" are not valid JSON: ${rawArgs.slice(0, 200)}`);
    }
  }
  const parsed = await tool.schema.safeParseAsync(args);
  if (!parsed.success) {
    return fail('invalid_arguments', `invalid arguments for tool "${tool.name}": ${describeIssues(parsed.error)}`);
  }
  if (signal?.aborted) throw abortedError(tool, signal.reason);
  let onAbort: (() => void) | undefined;
  try {
    // A tool that ignores its signal must not hold the turn open after a cancel.
    const cancelled = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(abortedError(tool, signal?.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    const result = await Promise.race([Promise.resolve().then(() => tool.execute(parsed.data, { signal, ...turn })), cancelled]);
    if (signal?.aborted) throw abortedError(tool, signal.reason);
    return done(result, false);
  } catch (err) {
    if (WorkshopError.is(err, 'aborted')) throw err;
    if (signal?.aborted) throw abortedError(tool, err);
    const message = err instanceof Error ? err.message : String(err);
    return fail('tool_failed', `tool "${tool.name}" failed: ${message}`);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
