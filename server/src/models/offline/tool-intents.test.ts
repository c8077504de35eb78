import { describe, expect, it } from 'vitest';
import { toolKinds } from './tool-intents';

describe('tool intents: taste questions are not look-ups', () => {
  it('"do I like early meetings?" does not open the calendar, "do I have meetings?" does', () => {
    expect(toolKinds('do I like early meetings?')).toEqual([]);
    expect(toolKinds('do I hate rainy weather?')).toEqual([]);
    expect(toolKinds('do I have any meetings tomorrow?')).toEqual(['calendar']);
  });
});
