import { known, no, unknown, yes } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A self-employed Galway electrician from Mayo who writes Hiberno-English (me da, grand, so I
 * am, I'm after doing, yer man, craic, banjaxed) and spells Irish names with their fadas. He
 * packs in football for the bodhrán and changes van.
 */
export const padraig: PreferencesPersona = {
  id: 'pc-podge',
  about: 'Pádraig "Podge" O\'Sullivan, 38, Galway, from Ballina Co. Mayo; Irish English; electrician; onion intolerance, penicillin allergy; football → bodhrán; Transit → VW Crafter',
  demo: 'preferences',
  steps: [
    { say: "Howya! I'm Pádraig O'Sullivan, but sure nobody calls me that, it's Podge to everyone bar me mammy. I'm 38, so I am." },
    { say: "I'm living in Galway city this ten year, but I grew up in Ballina, County Mayo. Me da Mick still runs the hardware shop there." },
    { say: "I'm a sparks, an electrician like, working for meself, mostly house rewires out around Salthill and Knocknacarra." },
    { say: "Me other half is Gráinne and we've two lads, Oisín is nine and Cathal is six. Pure messers, the pair of them." },
    { say: "There's a big red setter called Rua in the house as well, daft as a brush, yer man would eat the couch if you let him." },
    { say: "Onions don't agree with me at all, me stomach goes to pot, so Gráinne cooks without them. And I'm allergic to penicillin, found that out the hard way." },
    { say: "I play Gaelic football with the over-35s every Tuesday night at half seven, great craic altogether." },
    { say: "I have Irish fluent enough, me granny was from the Gaeltacht out in Connemara, and we speak it at home with the lads." },
    { say: "Can't stand coriander, tastes like soap to me. Give me a feed of bacon and cabbage any day, that's me favourite dinner." },
    { say: "I drive a white Ford Transit van for the work, a 2016 one, held together with cable ties at this stage." },
    { ask: 'what do people call me, d\'ya know?', kinds: ['name'], ...known([['Podge']]) },
    { ask: 'what age am I, tell us?', kinds: ['age'], ...known([['38', 'thirty-eight', 'thirty eight']]) },
    { ask: "where's home for me these days and where was I reared?", kinds: ['home', 'hometown', 'compound'], ...known([['Galway'], ['Ballina', 'Mayo']]) },
    { ask: "what's me da called?", kinds: ['family'], ...known([['Mick', 'Michael']]) },
    { ask: 'what is it I do for a living?', kinds: ['job'], ...known([['electrician', 'sparks', 'electrical']]) },
    { ask: 'what ages are me two lads?', kinds: ['family', 'age'], ...known([['9', 'nine'], ['6', 'six']]) },
    { ask: 'what kind of dog is Rua?', kinds: ['pet'], ...known([['setter']]) },
    { ask: 'would a bowl of French onion soup be grand for me?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['onion*', 'stomach', 'agree', 'avoid'] }) },
    { ask: 'is there any medicine I\'m allergic to?', kinds: ['allergy'], ...known([['penicillin']]) },
    { ask: 'which herb can I not stand at all?', kinds: ['dislikes'], ...known([['coriander', 'cilantro']]) },
    { ask: "what's me favourite dinner?", kinds: ['favourite'], ...known([['bacon', 'cabbage']]) },
    { ask: 'have I any Irish at all?', kinds: ['language', 'yes-no'], ...yes() },
    // Another day.
    { say: "Well, me knee's banjaxed so I'm after packing in the football. I've started learning the bodhrán instead, lessons Thursday nights in a pub in the Latin Quarter.", chat: 'chat-2' },
    { say: "And I'm after trading in the Transit for a Volkswagen Crafter, grand bit of space in the back of it.", chat: 'chat-2' },
    { ask: 'what am I at on Thursday nights these days?', kinds: ['hobby', 'instrument', 'routine', 'update'], ...known([['bodhran', 'drum']]) },
    { ask: 'do I still play the football on a Tuesday?', kinds: ['hobby', 'update', 'yes-no'], ...no({ accept: ['knee', 'packed in', 'gave up', 'stopped'] }) },
    { ask: 'what van have I now?', kinds: ['vehicle', 'update'], ...known([['Crafter', 'Volkswagen', 'VW']], ['Transit']) },
    { ask: "what does Gráinne do for work?", kinds: ['unknown', 'family', 'job'], ...unknown(['teacher', 'nurse']) },
  ],
};
