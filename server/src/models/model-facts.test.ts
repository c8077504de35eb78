import { describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors';
import { FACT_TOOL, ModelFactExtractor, factUpdateOf } from './model-facts';
import { ScriptedChatModel } from './testing/scripted-chat-model';

describe('facts from a model', () => {
  it('become the same fact records as the offline extractor makes', () => {
    const update = factUpdateOf({
      facts: [
        { attribute: 'name', value: 'Ana' },
        { attribute: 'hometown', value: 'Porto' },
        { attribute: 'location', value: 'Lyon' },
        { attribute: 'favourite', subject: 'colours', value: 'teal' },
        { attribute: 'about', value: 'has a dog called Rex' },
        { attribute: 'likes', value: 'surfing' },
      ],
      retract: ['sushi'],
    });
    expect(update.set.map((f) => [f.key, f.text])).toEqual([
      ['name', "User's name is Ana."],
      ['hometown', 'User is from Porto.'],
      ['location', 'User lives in Lyon.'],
      ['favourite:color', "User's favourite color is teal."],
      [expect.stringMatching(/^about:/), 'User has a dog called Rex.'],
      ['likes:surfing', 'User likes surfing.'],
    ]);
    expect(update.withdraw).toEqual(['sushi']);
  });

  it('asks for one required tool call whose schema is generated from zod', async () => {
    const model = new ScriptedChatModel([{ toolCalls: [{ name: FACT_TOOL.name, arguments: { facts: [{ attribute: 'job', value: 'a nurse' }] } }] }]);
    const update = await new ModelFactExtractor(model).extract('I work as a nurse');
    expect(update.set.map((f) => f.text)).toEqual(['User works as a nurse.']);
    const [request] = model.requests;
    expect(request.toolChoice).toBe('required');
    expect(request.tools).toEqual([FACT_TOOL]);
    expect(FACT_TOOL.parameters).toMatchObject({ type: 'object', required: expect.arrayContaining(['facts']) });
    expect(request.messages.at(-1)).toEqual({ role: 'user', text: 'I work as a nurse' });
  });

  it('throws when the model answers without the call or with arguments outside the schema', async () => {
    await expect(new ModelFactExtractor(new ScriptedChatModel([{ text: 'Sure!' }])).extract('hi')).rejects.toThrow(/did not call/);
    const wrong = new ScriptedChatModel([{ toolCalls: [{ name: FACT_TOOL.name, arguments: { facts: [{ attribute: 'shoe size', value: '44' }] } }] }]);
    const failure = await new ModelFactExtractor(wrong).extract('my shoe size is 44').catch((err: unknown) => err);
    expect(WorkshopError.is(failure, 'model_failed')).toBe(true);
    expect((failure as Error).message).toMatch(/schema/);
  });
});
