import { describe, expect, it } from 'vitest';
import { dietExcludes, foodsIn, isOrContains } from './food';

describe('food knowledge', () => {
  it('finds the foods a text names, the longest name first', () => {
    expect(foodsIn('peanut butter on toast')).toEqual(['peanut butter', 'toast']);
    expect(foodsIn("I'm allergic to peanuts")).toEqual(['peanut']);
    expect(foodsIn('a glass of milk')).toEqual(['dairy']);
    expect(foodsIn('the weather in Leeds')).toEqual([]);
    expect(foodsIn('is hummus safe?')).toEqual(['hummus']);
    expect(isOrContains(foodsIn('salty crisps')[0], 'salt')).toBe(true);
  });

  it('knows what a food is and what it contains', () => {
    expect(isOrContains('chicken', 'meat')).toBe(true);
    expect(isOrContains('tahini', 'sesame')).toBe(true);
    expect(isOrContains('bread', 'gluten')).toBe(true);
    expect(isOrContains('salmon', 'meat')).toBe(false);
    expect(isOrContains('rice', 'gluten')).toBe(false);
  });

  it('knows what a diet rules out', () => {
    expect(dietExcludes('pescatarian')).toEqual(['meat', 'poultry']);
    expect(dietExcludes('Vegan')).toContain('dairy');
    expect(dietExcludes('gluten free')).toEqual(['gluten']);
    expect(dietExcludes('paleo')).toEqual([]);
  });
});
