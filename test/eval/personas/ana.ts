import { known, no, unknown, yes } from '../score';
import type { PreferencesPersona } from '../types';

/** A Portuguese teacher in France: tidy but non-native English, packs several facts into one line, moves city mid-way. */
export const ana: PreferencesPersona = {
  id: 'ana',
  about: 'teacher from Porto living in Paris, then Lyon; compound sentences, a smiley now and then',
  demo: 'preferences',
  steps: [
    { say: "hi! name's Ana, I'm a teacher from Porto 🙂" },
    { say: "I live in Paris at the moment, we moved here for my husband's job two years ago" },
    { say: "I'm lactose intolerant so please no milk-heavy suggestions" },
    { say: "I have a cat, she's called Pimenta, a grey tabby" },
    { say: 'Also I am learning French, still very bad at it haha' },
    { say: 'my favourite dessert is pastel de nata, obviously' },
    { ask: "what's my name?", kinds: ['name', 'compound'], ...known([['Ana']]) },
    { ask: 'where am I originally from?', kinds: ['hometown', 'compound'], ...known([['Porto']]) },
    { ask: 'what do I do for work?', kinds: ['job', 'compound'], ...known([['teacher', 'teach', 'teaching']]) },
    { ask: 'which city do I live in?', kinds: ['home'], ...known([['Paris']]) },
    { ask: 'is there anything I should avoid eating?', kinds: ['intolerance'], ...known([['lactose', 'dairy', 'milk']]) },
    { ask: "what's my cat called", kinds: ['pet'], ...known([['Pimenta']]) },
    { ask: 'Which language am I learning at the moment?', kinds: ['language'], ...known([['French']]) },
    { ask: "what's my favourite dessert?", kinds: ['favourite'], ...known([['pastel de nata', 'pasteis de nata', 'nata']]) },
    // Another day, another chat: she moved.
    { say: 'actually we moved to Lyon last month, new job for him again 🙄', chat: 'chat-2' },
    { ask: 'where do I live now?', kinds: ['home', 'update'], ...known([['Lyon']], ['Paris']) },
    { ask: 'where did I grow up?', kinds: ['hometown'], ...known([['Porto']]) },
    { say: "oh and I'm 34, turning 35 in june", chat: 'chat-2' },
    { ask: 'how old am I?', kinds: ['age'], ...known([['34', 'thirty-four', 'thirty four']]) },
    { say: "I love hiking in the mountains, and I'm not a fan of big crowds", chat: 'chat-2' },
    { ask: 'do I enjoy hiking?', kinds: ['likes', 'yes-no'], ...yes() },
    { ask: 'what am I not a fan of?', kinds: ['dislikes'], ...known([['crowd', 'crowds', 'crowded']]) },
    { ask: 'Do I like crowded places?', kinds: ['dislikes', 'yes-no'], ...no() },
    { ask: 'do I have kids?', kinds: ['unknown', 'family'], ...unknown(['yes']) },
  ],
};
