/**
 * What common foods are and what they contain, so "can I have chicken?" can be checked against
 * "I'm pescatarian" and "is tahini safe for me?" against "allergic to sesame". A chat assistant's
 * everyday food knowledge, not a nutrition database: the groups people name in a diet or an
 * allergy, and the dishes and drinks that belong to them. Lower case, singular.
 */

/** Group → its members. A member may itself be a group ("seafood" holds "fish" and "shellfish"). */
const GROUPS: Record<string, string[]> = {
  meat: ['beef', 'pork', 'lamb', 'mutton', 'veal', 'venison', 'goat', 'poultry', 'steak', 'burger', 'hamburger', 'mince', 'meatball', 'sausage', 'salami', 'pepperoni', 'chorizo', 'ham', 'bacon', 'prosciutto', 'brisket', 'rib', 'kebab', 'hot dog', 'jerky', 'gelatin', 'gelatine', 'lard'],
  poultry: ['chicken', 'turkey', 'duck', 'goose', 'quail', 'nugget', 'wing'],
  pork: ['bacon', 'ham', 'sausage', 'salami', 'pepperoni', 'chorizo', 'prosciutto', 'lard', 'hot dog', 'pulled pork', 'gelatin', 'gelatine'],
  seafood: ['fish', 'shellfish'],
  fish: ['salmon', 'tuna', 'cod', 'haddock', 'sea bass', 'trout', 'sardine', 'anchovy', 'mackerel', 'herring', 'halibut', 'tilapia', 'sushi', 'sashimi', 'fish and chips', 'fish sauce'],
  shellfish: ['shrimp', 'prawn', 'crab', 'lobster', 'mussel', 'oyster', 'clam', 'scallop', 'squid', 'octopus', 'calamari', 'crayfish', 'langoustine', 'paella'],
  dairy: ['milk', 'cheese', 'butter', 'cream', 'yogurt', 'yoghurt', 'ice cream', 'latte', 'cappuccino', 'flat white', 'milkshake', 'custard', 'paneer', 'mozzarella', 'parmesan', 'cheddar', 'brie', 'feta', 'ghee', 'whey', 'cheesecake', 'pizza', 'lasagna', 'mac and cheese', 'tiramisu'],
  egg: ['omelette', 'omelet', 'mayonnaise', 'mayo', 'meringue', 'quiche', 'custard', 'carbonara', 'frittata', 'pancake'],
  gluten: ['wheat', 'barley', 'rye', 'flour', 'bread', 'toast', 'pasta', 'spaghetti', 'noodle', 'ramen', 'udon', 'pizza', 'cake', 'cookie', 'biscuit', 'cracker', 'croissant', 'bagel', 'baguette', 'sandwich', 'wrap', 'tortilla', 'pastry', 'pie', 'muffin', 'donut', 'doughnut', 'pancake', 'waffle', 'couscous', 'beer', 'dumpling', 'lasagna', 'burger', 'cereal', 'porridge', 'soy sauce', 'seitan', 'pretzel', 'brownie'],
  nut: ['peanut', 'almond', 'walnut', 'cashew', 'pecan', 'pistachio', 'hazelnut', 'macadamia', 'brazil nut', 'pine nut', 'nutella', 'pesto', 'marzipan', 'praline', 'satay', 'peanut butter', 'almond milk', 'baklava'],
  peanut: ['peanut butter', 'satay', 'groundnut'],
  sesame: ['tahini', 'hummus', 'halva', 'sesame oil'],
  soy: ['tofu', 'edamame', 'tempeh', 'miso', 'soy sauce', 'soy milk', 'soya'],
  alcohol: ['beer', 'wine', 'whisky', 'whiskey', 'vodka', 'gin', 'rum', 'tequila', 'cider', 'prosecco', 'champagne', 'sake', 'cocktail', 'port', 'sherry', 'brandy', 'lager', 'ale', 'stout', 'margarita', 'mojito'],
  caffeine: ['coffee', 'espresso', 'latte', 'cappuccino', 'americano', 'flat white', 'energy drink', 'cola', 'coke', 'tea', 'matcha'],
  salt: ['crisps', 'chips', 'pretzel', 'bacon', 'salami', 'soy sauce', 'pickle', 'olive', 'anchovy', 'sodium'],
  sugar: ['candy', 'sweets', 'cake', 'soda', 'chocolate', 'dessert', 'cookie', 'donut', 'doughnut', 'ice cream', 'sweet'],
  honey: [],
  'animal product': ['meat', 'poultry', 'seafood', 'dairy', 'egg', 'honey'],
  carb: ['bread', 'pasta', 'rice', 'potato', 'noodle', 'pizza', 'cereal', 'sugar', 'fries', 'chips'],
};

/** What a diet rules out. */
const DIET_EXCLUDES: Record<string, string[]> = {
  vegetarian: ['meat', 'poultry', 'seafood'],
  vegan: ['meat', 'poultry', 'seafood', 'dairy', 'egg', 'honey'],
  pescatarian: ['meat', 'poultry'],
  pescetarian: ['meat', 'poultry'],
  halal: ['pork', 'alcohol'],
  kosher: ['pork', 'shellfish'],
  'gluten-free': ['gluten'],
  coeliac: ['gluten'],
  celiac: ['gluten'],
  'dairy-free': ['dairy'],
  keto: ['carb'],
  'low-carb': ['carb'],
  teetotal: ['alcohol'],
};

/** Words for a restriction's subject that name a group ("lactose" → dairy, "nuts" → nut). */
const ALIASES: Record<string, string> = {
  lactose: 'dairy', milk: 'dairy', nuts: 'nut', 'tree nut': 'nut', peanuts: 'peanut', eggs: 'egg', wheat: 'gluten',
  seafood: 'seafood', booze: 'alcohol', drinking: 'alcohol', sodium: 'salt', sugar: 'sugar', meat: 'meat', fish: 'fish',
  shellfish: 'shellfish', soya: 'soy', 'red meat': 'meat', 'animal products': 'animal product', carbs: 'carb', carbohydrate: 'carb', carbohydrates: 'carb',
};

const ALL_WORDS: string[] = [...new Set([...Object.keys(GROUPS), ...Object.values(GROUPS).flat(), ...Object.keys(ALIASES), 'rice', 'potato', 'chilli', 'chili', 'garlic', 'onion', 'mushroom', 'olive', 'cilantro', 'coriander', 'avocado', 'tomato', 'strawberry', 'kiwi', 'banana', 'mango', 'pineapple', 'citrus', 'orange'])]
  // Longest first, so "peanut butter" is found before "peanut".
  .sort((a, b) => b.length - a.length);


/** The foods a text names ("sesame", "peanut butter", "chicken"), longest match first, each once. */
export function foodsIn(text: string): string[] {
  let rest = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}' -]+/gu, ' ')} `;
  const found: string[] = [];
  for (const word of ALL_WORDS) {
    const re = new RegExp(`[ -]${word.replace(/[-]/g, '[- ]?')}(?:e?s)?(?=[ -])`, 'u');
    if (re.test(rest)) {
      // The table's own spelling: its words are singular already ("hummus" stays hummus).
      found.push(ALIASES[word] ?? word);
      rest = rest.replace(re, ' ');
    }
  }
  return [...new Set(found)];
}

/** The groups a food belongs to, up the chain: "bacon" → pork, meat, salt. */
export function groupsOf(food: string): Set<string> {
  const out = new Set<string>([food]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [group, members] of Object.entries(GROUPS)) {
      if (!out.has(group) && members.some((m) => out.has(m))) {
        out.add(group);
        changed = true;
      }
    }
  }
  return out;
}

/** The groups a diet name rules out ("pescatarian" → meat, poultry), or none for an unknown diet. */
export function dietExcludes(diet: string): string[] {
  const key = diet.toLowerCase().replace(/\s+/g, '-');
  return DIET_EXCLUDES[key] ?? DIET_EXCLUDES[key.replace(/-free$/, '-free')] ?? [];
}

/** True when the food is, or contains, what is restricted ("tahini" and "sesame"; "chicken" and "meat"). */
export function isOrContains(food: string, restricted: string): boolean {
  const target = ALIASES[restricted] ?? restricted;
  return groupsOf(food).has(target) || groupsOf(target).has(food);
}
