import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A 71-year-old retired maths teacher who writes formal, complete, slightly old-fashioned
 * sentences. She gives up driving, swaps Earl Grey for rooibos and asks to forget a favourite.
 */
export const dolores: PreferencesPersona = {
  id: 'n-dolores',
  about: '71-year-old retired maths teacher in Harrogate, from Cork; formal and polite; sells the Honda; Earl Grey → rooibos; forgets Elgar',
  demo: 'preferences',
  steps: [
    { say: 'Good afternoon. My name is Dolores Fitzgerald, and I am seventy-one years of age.' },
    { say: 'I was born and raised in Cork, in the south of Ireland, though I have lived in Harrogate for the past forty years.' },
    { say: "I taught mathematics at a girls' grammar school until I retired." },
    { say: 'I ought to mention that I am lactose intolerant, so milk and cream do not agree with me at all.' },
    { say: 'I also have a serious allergy to shellfish, prawns in particular.' },
    { say: 'My daughter Eileen is forty-five and lives in York; her son Oliver, my only grandson, has just turned nine.' },
    { say: 'I share my home with a rather elderly tabby cat by the name of Biscuit.' },
    { say: "Every Tuesday at two o'clock I play bridge at the community centre." },
    { say: 'I have played the cello since I was a girl, and I still practise most evenings.' },
    { say: 'I drink a great deal of Earl Grey tea, always with a slice of lemon.' },
    { say: 'I must confess I cannot abide television talent shows; I much prefer a good radio play.' },
    { say: 'My favourite composer is Elgar, and my favourite flower is the sweet pea.' },
    { say: 'I drive a small silver Honda Jazz, mainly to the shops and to church on Sundays.' },
    { ask: 'Would you kindly remind me of my name?', kinds: ['name'], ...known([['Dolores']]) },
    { ask: 'How old am I, please?', kinds: ['age'], ...known([['71', 'seventy-one', 'seventy one']]) },
    { ask: 'In which town do I reside nowadays?', kinds: ['home', 'compound'], ...known([['Harrogate']]) },
    { ask: 'And where was I brought up?', kinds: ['hometown', 'compound'], ...known([['Cork', 'Ireland']]) },
    { ask: 'What was my profession before I retired?', kinds: ['job'], ...known([['teach*', 'mathematics', 'maths', 'math']]) },
    { ask: 'Which foods could give me a dangerous reaction?', kinds: ['allergy'], ...known([['shellfish', 'prawn*']]) },
    { ask: 'Is a glass of milk a sensible choice for me?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['lactose', 'intoleran*', 'avoid'] }) },
    { ask: 'Who is Oliver?', kinds: ['family'], ...known([['grandson', 'grandchild']]) },
    { ask: 'How old is my daughter, remind me?', kinds: ['family', 'age'], ...known([['45', 'forty-five', 'forty five']]) },
    { ask: 'What is the name of my cat?', kinds: ['pet'], ...known([['Biscuit']]) },
    { ask: 'On which day and at what time is my bridge afternoon?', kinds: ['routine', 'hobby'], ...known([['Tuesday*'], ['2', 'two']]) },
    { ask: 'Which instrument is it that I play?', kinds: ['instrument'], ...known([['cello', 'violoncello']]) },
    { ask: 'How do I like my tea served?', kinds: ['drink'], ...known([['lemon']]) },
    { ask: 'Am I fond of the talent programmes on the television?', kinds: ['dislikes', 'yes-no'], ...no() },
    { ask: 'What is my favourite flower?', kinds: ['favourite', 'compound'], ...known([['sweet pea*']]) },
    // Another day.
    { say: 'I have made a decision: I no longer drive. I sold the Honda to my neighbour last month.', chat: 'chat-2' },
    { ask: 'Am I still driving these days?', kinds: ['vehicle', 'retraction', 'yes-no'], ...no({ accept: ['sold', 'gave up'] }) },
    { say: 'Also, the doctor has told me to cut out caffeine, so I have switched from Earl Grey to rooibos.', chat: 'chat-2' },
    { ask: 'Which tea am I drinking at present?', kinds: ['drink', 'update'], ...known([['rooibos', 'redbush']], ['Earl Grey']) },
    { forget: 'Elgar' },
    { ask: 'Which composer do I admire most?', kinds: ['forget', 'favourite'], ...unknown(['Elgar']) },
    { ask: 'On what date does my birthday fall?', kinds: ['unknown'], ...unknown() },
    { ask: 'What was my late husband called?', kinds: ['unknown', 'family'], ...unknown(['Oliver']) },
  ],
};
