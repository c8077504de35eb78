import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A Spanish nurse in Manchester, a non-native speaker who translates straight from Spanish ("I
 * am living here since three years", "she has 29 years"). She goes from pescatarian to
 * vegetarian, gives up coffee for matcha, her sister has a birthday and her climbing night moves.
 */
export const lucia: PreferencesPersona = {
  id: 'pb-lucia',
  about: 'Nurse in Manchester, from Valencia; pescatarian → vegetarian; kiwi allergy; lactose intolerant; cortado → matcha; sister Marta 29 → 30; boyfriend Tom; cat Churro 5; bouldering Thursday → Tuesday; learning Japanese; hates football on TV',
  demo: 'preferences',
  steps: [
    { say: 'hello! my name is Lucía, I am from Valencia in Spain but I am living in Manchester since three years now, I work in a hospital here as nurse' },
    { say: 'about the food: I am pescatarian, so I eat fish and seafood but no meat. chicken also no' },
    { say: 'one important thing, I am allergic to kiwi, my throat becomes very itchy and one time I finished in urgencias.. the emergency room I mean' },
    { say: 'also the milk is a problem for me, I am lactose intolerant, so normal milk and cheese I must avoid or take the pill before' },
    { say: 'my favourite food of the world is arroz al horno of my grandmother, is rice made in the oven, much better than paella honestly' },
    { say: 'I have one sister, Marta, she has 29 years and she lives still in Valencia. my boyfriend is Tom, he is english, from Leeds' },
    { say: 'and I have a cat, Churro, orange and very fat, he has five years' },
    { say: 'in my free time I do bouldering, is climbing without ropes, every thursday evening with my friends from the work' },
    { say: 'I speak spanish and valencian of course, english, and now I am learning japanese with an app because I want to travel to Japan next year' },
    { say: 'every morning I drink two coffees, cortado, without coffee I am like a zombie' },
    { say: "I don't like so much the rain here haha, and I cannot stand the football on tv, Tom watches it all the day" },
    { chat: 'chat-2', say: 'news: I stopped to eat fish. I watched a documentary about the oceans and now I am vegetarian, completely' },
    { chat: 'chat-2', say: 'and also I went off the coffee, it was giving me anxiety, now in the morning I drink only matcha' },
    { chat: 'chat-2', say: 'Marta had her birthday last week so now she has 30!' },
    { chat: 'chat-2', say: 'oh and I changed the climbing day, now is tuesday because on thursdays I have night shifts' },
    { ask: 'where I am living at the moment?', kinds: ['home'], ...known([['Manchester']]) },
    { ask: 'in which city I grew up?', kinds: ['hometown'], ...known([['Valencia']]) },
    { ask: 'what kind of diet I follow now?', kinds: ['diet', 'update'], ...known([['vegetarian', 'veggie']], ['pescatarian']) },
    { ask: 'it is ok if I order the gambas at the tapas bar tonight?', kinds: ['diet', 'yes-no', 'update'], ...no({ accept: ['vegetarian', 'fish', 'seafood', 'meat'] }) },
    { ask: 'which fruit I must never eat?', kinds: ['allergy'], ...known([['kiwi*']]) },
    { ask: 'can I put normal cheese on my pasta without problem?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['lactose', 'intoleran*', 'lactase', 'only if', 'only with'] }) },
    { ask: 'I still take cortado in the mornings?', kinds: ['drink', 'update', 'yes-no'], ...no({ accept: ['matcha', 'went off', 'gave up'] }) },
    { ask: 'how many years has Marta now?', kinds: ['family', 'age', 'update'], ...known([['30', 'thirty']], ['29']) },
    { ask: 'tell me the name of my cat and his age', kinds: ['pet', 'age', 'compound'], ...known([['Churro'], ['5', 'five']]) },
    { ask: 'what day of the week is my climbing now?', kinds: ['hobby', 'routine', 'update'], ...known([['Tuesday*']], ['Thursday evening*']) },
    { ask: 'which language I am studying with the app?', kinds: ['language'], ...known([['Japanese']]) },
    { ask: 'what is the dish I love more than any other?', kinds: ['favourite'], ...known([['arroz', 'baked rice', 'oven rice', 'rice']]) },
    { ask: 'what I cannot stand to watch on the tv?', kinds: ['dislikes'], ...known([['football', 'soccer']]) },
    { ask: 'what is the name of my mother?', kinds: ['unknown', 'family'], ...unknown(['Marta']) },
  ],
};
