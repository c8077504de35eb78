import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/** A chatty retired nurse: British spelling, long friendly sentences full of filler, grandchildren and a dog. */
export const margaret: PreferencesPersona = {
  id: 'margaret',
  about: 'retired nurse in York, born in Edinburgh; chatty, British; withdraws a shellfish allergy',
  demo: 'preferences',
  steps: [
    { say: "Hello dear! Well, I'm Margaret, though everyone calls me Maggie. I'm 68 and recently retired from nursing, 40 years on the wards, can you believe it." },
    { say: "I was born and raised in Edinburgh but we've lived in York since the 80s, lovely city." },
    { say: "My grandchildren are Oliver, who's 7, and Poppy, she's just turned 4. They keep me on my toes!" },
    { say: "We've got a springer spaniel called Biscuit, he's a rascal." },
    { say: "I'm allergic to shellfish and also to penicillin, so I have to be careful." },
    { say: 'My favourite colour has always been lavender. And I do love a good cup of Earl Grey in the afternoon.' },
    { say: "Oh I can't stand olives, nasty little things." },
    { say: 'In my spare time I potter about in the garden and I knit jumpers for the grandchildren.' },
    { ask: 'Can you remind me what my name is, love?', kinds: ['name'], ...known([['Margaret', 'Maggie']]) },
    { ask: 'How old did I say I was?', kinds: ['age'], ...known([['68', 'sixty-eight', 'sixty eight']]) },
    { ask: 'Where was I born?', kinds: ['hometown'], ...known([['Edinburgh']]) },
    { ask: 'And which city do I live in these days?', kinds: ['home'], ...known([['York']]) },
    { ask: 'What are my grandchildren called?', kinds: ['family'], ...known([['Oliver'], ['Poppy']]) },
    { ask: 'How old is Poppy?', kinds: ['family', 'age'], ...known([['4', 'four']]) },
    { ask: 'What sort of dog do I have?', kinds: ['pet'], ...known([['spaniel', 'springer']]) },
    { ask: 'Do I like olives?', kinds: ['dislikes', 'yes-no'], ...no() },
    { ask: 'What do I like to drink in the afternoon?', kinds: ['drink'], ...known([['Earl Grey', 'tea']]) },
    { ask: 'What are my hobbies?', kinds: ['hobby'], ...known([['garden', 'gardening'], ['knit', 'knitting']]) },
    { ask: 'What was my job before I retired?', kinds: ['job'], ...known([['nurse', 'nursing']]) },
    { say: "Oh silly me, after all I'm not allergic to shellfish, the doctor says it was the sauce all along. Still allergic to penicillin though.", chat: 'chat-2' },
    { ask: 'What am I allergic to?', kinds: ['allergy', 'retraction'], ...known([['penicillin']], ['shellfish']) },
    { ask: 'Am I allergic to shellfish?', kinds: ['allergy', 'retraction', 'yes-no'], ...no() },
    { ask: "What's my favourite colour?", kinds: ['favourite'], ...known([['lavender']]) },
    { ask: "What's my husband's name?", kinds: ['unknown', 'family'], ...unknown(['Oliver', 'Poppy', 'Biscuit']) },
  ],
};
