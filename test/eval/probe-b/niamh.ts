import { known, no, unknown, yes } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A chatty primary teacher from Belfast living in Bristol who writes long lowercase run-ons with
 * typos and Northern Irish turns of phrase. She goes vegan, comes round to mushrooms, quits
 * roller derby after a knee injury and moves across town.
 */
export const niamh: PreferencesPersona = {
  id: 'pb-niamh',
  about: 'Teacher in Bristol (Easton → Totterdown), from Belfast; partner Ciaran tree surgeon; veggie → vegan; coeliac; rabbits Biscuit 3 and Pudding 1; roller derby → quit, swimming; hates mushrooms → likes them; Paddington 2; mum Bernadette 61 rings Sundays; learning Welsh',
  demo: 'preferences',
  steps: [
    { say: 'heyy so im niamh, originally from belfast but ive lived in bristol for like 6 years now, in a tiny flat in easton with my partner ciaran who is a tree surgeon (yes really lol)' },
    { say: 'im veggie, have been since i was 14, and also coeliac so absolutley no gluten which makes eating out a NIGHTMARE honestly' },
    { say: 'we have two rabbits called biscuit and pudding, biscuit is the grumpy one hes 3 and pudding is only 1' },
    { say: 'my hobbies r roller derby (i skate for the harbour hellcats, practise is sunday afternoons) and crochet when im too bruised to move haha' },
    { say: 'favourite food ever is pad thai, favourite film is paddington 2 and i will not be taking questions' },
    { say: 'i absolutley hate mushrooms tho, the texture is just wrong, slimy wee things' },
    { say: 'my mum bernadette is still in belfast, shes 61 and she rings me every sunday night without fail' },
    { say: 'i teach year 3 at a primary school which is chaos but i love it' },
    { say: 'im learning welsh on duolingo for no reason whatsoever, 200 day streak tho' },
    { say: 'not a big drinker but i love a pint of guinness when im home' },
    { chat: 'chat-2', say: 'ok big news i went vegan in january!! so no dairy or eggs now, its been grand actually' },
    { chat: 'chat-2', say: 'also i know i said i hate mushrooms but ciaran made this mushroom stroganoff and ive totally come round to them, im a convert' },
    { chat: 'chat-2', say: 'and sadly i had to quit roller derby after i did my knee in, so its just crochet and a bit of swimming at the lido now' },
    { chat: 'chat-2', say: 'oh and we moved! new place in totterdown, still bristol, and it has a garden for the buns finally' },
    { ask: 'what part of bristol am i in now', kinds: ['home', 'update'], ...known([['Totterdown']], ['Easton']) },
    { ask: 'where did i grow up before bristol', kinds: ['hometown'], ...known([['Belfast']]) },
    { ask: 'whats my other half called and what does he do', kinds: ['family', 'job', 'compound'], ...known([['Ciaran'], ['tree surgeon', 'arborist', 'tree']]) },
    { ask: 'can i have a cheese toastie', kinds: ['diet', 'intolerance', 'yes-no'], ...no({ accept: ['vegan', 'dairy', 'gluten', 'coeliac', 'celiac'] }) },
    { ask: 'am i ok to eat regular wheat pasta', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['gluten', 'coeliac', 'celiac'] }) },
    { ask: 'how would u describe my diet these days', kinds: ['diet', 'update'], ...known([['vegan']], ['vegetarian', 'veggie']) },
    { ask: 'am i into mushrooms these days', kinds: ['likes', 'update', 'yes-no'], ...yes() },
    { ask: 'what are my bunnies called', kinds: ['pet'], ...known([['Biscuit'], ['Pudding']]) },
    { ask: 'do i still skate', kinds: ['hobby', 'update', 'yes-no'], ...no({ accept: ['quit', 'knee', 'gave up'] }) },
    { ask: 'what film do i love most', kinds: ['favourite'], ...known([['Paddington']]) },
    { ask: 'when does mum ring me and how old is she', kinds: ['family', 'routine', 'age', 'compound'], ...known([['Sunday*'], ['61', 'sixty-one', 'sixty one']]) },
    { ask: 'what language am i doing on duolingo', kinds: ['language'], ...known([['Welsh']]) },
    { ask: 'how many siblings have i got', kinds: ['unknown', 'family'], ...unknown() },
    { ask: 'whats my dads name', kinds: ['unknown', 'family'], ...unknown(['Ciaran']) },
  ],
};
