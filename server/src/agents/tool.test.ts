import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkshopError } from '../errors';
import { defineTool, runTool, toolSpec } from './tool';

const add = defineTool({
  name: 'add',
  description: 'Adds two numbers.',
  schema: z.object({ a: z.number().describe('first'), b: z.number().default(1) }),
  execute: ({ a, b }) => ({ sum: a + b }),
});

describe('defineTool', () => {
  it('rejects bad names, empty descriptions and non-object schemas with invalid_argument', () => {
    const base = { description: 'x', schema: z.object({}), execute: () => 1 };
    expect(() => defineTool({ ...base, name: 'has space' })).toThrowError(/tool name/);
    expect(() => defineTool({ ...base, name: 'ok', description: ' ' })).toThrowError(/description/);
    try {
      defineTool({ ...base, name: 'ok', schema: z.string() });
      expect.unreachable();
    } catch (err) {
      expect(WorkshopError.is(err, 'invalid_argument')).toBe(true);
      expect((err as Error).message).toMatch(/z\.object/);
    }
  });
});

describe('toolSpec', () => {
  it('gives the JSON Schema of the input, without $schema', () => {
    const spec = toolSpec(add);
    expect(spec.name).toBe('add');
    expect(spec.description).toBe('Adds two numbers.');
    expect(spec.parameters).not.toHaveProperty('$schema');
    expect(spec.parameters).toMatchObject({
      type: 'object',
      properties: { a: { type: 'number', description: 'first' }, b: { type: 'number', default: 1 } },
      required: ['a'],
    });
  });
});

describe('runTool', () => {
  it('validates and runs (object or JSON string arguments, defaults applied)', async () => {
    expect(await runTool(add, { a: 2, b: 3 })).toMatchObject({ result: { sum: 5 }, isError: false });
    expect(await runTool(add, '{"a": 2}')).toMatchObject({ result: { sum: 3 }, isError: false });
    const run = await runTool(add, { a: 1 });
    expect(run.ms).toBeGreaterThanOrEqual(0);
  });

  it('turns bad arguments into an error result naming the field', async () => {
    const run = await runTool(add, { a: 'two' });
    expect(run.isError).toBe(true);
    expect(run.result).toMatchObject({ error: { code: 'invalid_arguments' } });
    expect((run.result as { error: { message: string } }).error.message).toMatch(/tool "add".*a: .*number/);
  });

  it('turns invalid JSON and missing arguments into error results', async () => {
    const bad = await runTool(add, '{"a": ');
    expect(bad).toMatchObject({ isError: true, result: { error: { code: 'invalid_arguments' } } });
    expect((bad.result as { error: { message: string } }).error.message).toMatch(/not valid JSON/);
    expect(await runTool(add, undefined)).toMatchObject({ isError: true, result: { error: { code: 'invalid_arguments' } } });
  });

  it('turns an exception in execute into a tool_failed result', async () => {
    const boom = defineTool({ name: 'boom', description: 'fails', schema: z.object({}), execute: () => { throw new Error('disk on fire'); } });
    const run = await runTool(boom, {});
    expect(run).toMatchObject({ isError: true, result: { error: { code: 'tool_failed', message: 'tool "boom" failed: disk on fire' } } });
  });

  it('throws aborted when cancelled, before or during the run', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runTool(add, { a: 1 }, controller.signal)).rejects.toMatchObject({ code: 'aborted' });

    const slow = defineTool({
      name: 'slow',
      description: 'waits for the signal',
      schema: z.object({}),
      execute: (_args, { signal }) =>
        new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('stopped')))),
    });
    const during = new AbortController();
    const pending = runTool(slow, {}, during.signal);
    during.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});
