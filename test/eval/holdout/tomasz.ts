import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/** A head chef who writes in kitchen shorthand (dashes, ampersands, "&"), leaves the restaurant for his own food truck and swaps his tea. */
export const tomasz: PreferencesPersona = {
  id: 'h-tomasz',
  about: 'head chef in Manchester, born in Gdańsk; kitchen shorthand; Copper Pot → own food truck; kiwi allergy; black tea → yerba mate',
  demo: 'preferences',
  steps: [
    { say: 'Tomasz here - head chef at The Copper Pot in Manchester, 38 years old & still on my feet 14 hours a day' },
    { say: 'Born in Gdańsk, came over to England at 19 to wash dishes & never went back' },
    { say: 'Kiwi allergy - throat swells up, so no kiwi anywhere near my plate' },
    { say: 'I speak Polish & English, and I am picking up Japanese for a knife-buying trip to Sakai next spring' },
    { say: 'cast iron beats non-stick every single time. truffle oil on the other hand? overrated, I detest it' },
    { say: 'Ola (my partner) and me share a dachshund called Kluska, he turned 5 in March' },
    { say: 'Mondays are my day off - I go fishing on the canal, rain or shine' },
    { say: 'What keeps me going on shift: strong black tea with a slice of lemon' },
    { ask: 'remind me who I am?', kinds: ['name', 'compound'], ...known([['Tomasz']]) },
    { ask: "what's my line of work", kinds: ['job', 'compound'], ...known([['chef', 'cook', 'cooking']]) },
    { ask: 'which restaurant am I cooking at?', kinds: ['employer', 'compound'], ...known([['Copper Pot']]) },
    { ask: 'which city am I based in these days?', kinds: ['home', 'compound'], ...known([['Manchester']]) },
    { ask: "where's my birthplace?", kinds: ['hometown'], ...known([['Gdańsk', 'Gdansk']]) },
    { ask: 'which fruit must I stay away from?', kinds: ['allergy'], ...known([['kiwi*']]) },
    { ask: 'what languages can I speak?', kinds: ['language', 'compound'], ...known([['Polish'], ['English']]) },
    { ask: 'and which language am I trying to pick up?', kinds: ['language', 'compound'], ...known([['Japanese']]) },
    { ask: 'is truffle oil something I enjoy?', kinds: ['dislikes', 'yes-no', 'compound'], ...no() },
    { ask: 'cast iron or non-stick - which do I swear by?', kinds: ['likes', 'compound'], ...known([['cast iron', 'cast-iron']]) },
    { ask: 'what breed is Kluska?', kinds: ['pet'], ...known([['dachshund', 'sausage dog']]) },
    { ask: "how old's the dog?", kinds: ['pet', 'age'], ...known([['5', 'five']]) },
    { ask: 'how do I spend my day off?', kinds: ['hobby', 'routine'], ...known([['fish*']]) },
    { say: 'Big change - handed in my notice at The Copper Pot after 6 years. Running my own food truck now, The Hungry Dragon 🐉', chat: 'chat-2' },
    { ask: 'where do I work these days?', kinds: ['employer', 'job-change', 'update'], ...known([['Hungry Dragon', 'food truck']]) },
    { ask: 'am I still at the Copper Pot?', kinds: ['employer', 'job-change', 'yes-no'], ...no({ accept: ['left', 'handed in'] }) },
    { say: 'Not drinking black tea anymore either - switched to yerba mate, don’t ask', chat: 'chat-2' },
    { ask: "what's my usual drink on shift now?", kinds: ['drink', 'update'], ...known([['mate', 'yerba']]) },
    { ask: 'do I have any brothers or sisters?', kinds: ['unknown', 'family'], ...unknown(['yes']) },
    { ask: 'what does Ola do for a living?', kinds: ['unknown', 'job'], ...unknown(['chef', 'pastry']) },
  ],
};
