/** The offline model on food: recommendations and questions checked against the diet and allergies. */
import { describe, expect, it } from 'vitest';
import { memory, say } from './offline-chat-test-kit';

describe('OfflineChatModel: recommendations', () => {
  const veganNoPeanuts = [memory("User's diet is vegan."), memory('User is allergic to peanuts.'), memory('User lives in Paris.')];
  const prompts = ['recommend a restaurant', 'Can you suggest a place to eat?', 'where should I eat tonight?', 'what should I cook tonight?', 'any dinner ideas?', 'suggest a recipe'];

  it.each(prompts)('a vegan allergic to peanuts never gets meat or peanuts: %s', async (prompt) => {
    const text = await say({ user: prompt, memories: veganNoPeanuts });
    expect(text).toMatch(/How about \*\*/);
    for (const unsafe of ['Steer & Ember', 'Lotus Leaf Thai', 'Peanut noodle', 'Burger Barn', 'Ocean Catch', 'Sakura', 'steak', 'Chicken', 'salmon', 'shrimp']) {
      expect(text).not.toContain(unsafe);
    }
    expect(text).toMatch(/vegan/);
    expect(text).toMatch(/avoids peanuts/);
  });

  it('names the city and labels restaurants as made up', async () => {
    const text = await say({ user: 'recommend a restaurant', memories: veganNoPeanuts });
    expect(text).toContain('**Green Fork** in Paris');
    expect(text).toMatch(/made up/);
  });

  it('ranks by likes and skips dislikes', async () => {
    const memories = [memory("User's diet is vegetarian."), memory('User likes pizza.'), memory('User dislikes mushrooms.')];
    const text = await say({ user: 'what should I cook tonight?', memories });
    expect(text).toMatch(/^How about \*\*Margherita pizza\*\*/);
    expect(text).toContain('you like pizza');
    expect(text).not.toContain('risotto');
  });

  it('asks for preferences when it knows none, and admits what it cannot recommend', async () => {
    expect(await say({ user: 'recommend a restaurant' })).toMatch(/Tell me about your diet, allergies or favourite food/);
    expect(await say({ user: 'recommend a movie' })).toMatch(/only recommend food/);
  });
});

describe('OfflineChatModel: food checked against the diet and allergies', () => {
  // The user's own messages, as the "all" capture mode stores them (no curated facts).
  const memories = () => [memory("I'm pescatarian", 'message'), memory("I'm allergic to sesame", 'message'), memory('soy messes my stomach up so i stay away from it', 'message')];

  it('says no, and why, when a diet or an allergy rules the food out', async () => {
    expect(await say({ user: 'can i have chicken', memories: memories() })).toMatch(/^No — you're pescatarian, and chicken counts as meat/);
    expect(await say({ user: 'is tahini safe for me?', memories: memories() })).toMatch(/^No — you're allergic to sesame, and tahini contains sesame/);
    expect(await say({ user: 'does tofu agree with me?', memories: memories() })).toMatch(/^No — you told me soy messes your stomach up/);
  });

  it('says yes when nothing rules it out, naming what it checked', async () => {
    const text = await say({ user: 'Can I eat salmon?', memories: memories() });
    expect(text).toMatch(/^As far as I know, yes/);
    expect(text).toContain("you're pescatarian");
  });

  it('lists what to avoid', async () => {
    const text = await say({ user: 'what should i never eat?', memories: memories() });
    expect(text).toContain('allergic to sesame');
    expect(text).toContain('pescatarian');
  });

  it('checks every food a dish names, and what follows "no"', async () => {
    const allergic = [memory("I'm allergic to shellfish", 'message'), memory("I'm vegetarian, no eggs either", 'message')];
    expect(await say({ user: 'would a crab salad be a good starter for me?', memories: allergic })).toMatch(/^No — .*crab counts as shellfish/);
    expect(await say({ user: 'can I get a quiche or not', memories: allergic })).toMatch(/^No — .*quiche contains egg/);
    expect(await say({ user: 'is it ok if I order the lobster?', memories: allergic })).toMatch(/^No/);
    expect(await say({ user: 'can I put parmesan on my risotto?', memories: allergic })).toMatch(/^As far as I know, yes/);
    // A food no table lists counts by its own name.
    const leeks = [memory("leeks don't agree with me at all", 'message')];
    expect(await say({ user: 'would a leek and potato soup be grand for me?', memories: leeks })).toMatch(/^No — you told me leeks/);
  });

  it('leaves food questions alone when nothing was said about food', async () => {
    expect(await say({ user: 'can i have chicken', memories: [memory("User's name is Ana.")] })).not.toMatch(/^(?:No|As far as I know)/);
  });
});

describe('OfflineChatModel: more diets', () => {
  it('knows what a low-carb diet and animal products rule out', async () => {
    expect(await say({ user: 'can I eat pasta?', memories: [memory("I'm on a low-carb diet", 'message')] })).toMatch(/^No/);
    expect(await say({ user: 'do I eat animal products?', memories: [memory("I've been vegan for three years", 'message')] })).toMatch(/^No — you're vegan/);
    expect(await say({ user: "what can't I eat?", memories: [memory("I'm gluten free because of celiac disease", 'message')] })).toContain('gluten');
  });
});
