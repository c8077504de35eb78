import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A Lagos backend developer who writes Nigerian English with heavy Pidgin (I dey, abeg, wahala,
 * oga, na so, chop, sabi). He changes employer and boss, and his favourite soup changes.
 */
export const chinedu: MultiAgentPersona = {
  id: 'pc-chinedu',
  about: 'Chinedu "Nedu" Okafor, 29, Yaba Lagos, from Enugu; Pidgin-flavoured Nigerian English; backend dev Sendam Pay → Kudiwise; groundnut allergy; ofe onugbu → banga soup',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'How far! My name na Chinedu Okafor but everybody for area dey call me Nedu. I be 29 years, I dey stay for Yaba, Lagos now, but na Enugu I grow up.' },
    { agent: 'agent_personal', say: 'I don marry o! My wife na Adaeze, and we get one small girl, Chiamaka, she just clock three last month. We no get any pet, Adaeze fear dog die.' },
    { agent: 'agent_personal', say: 'Abeg make you note am well: I get allergy for groundnut, serious one. If I chop am my throat go swell, na hospital straight.' },
    { agent: 'agent_personal', say: 'Every Saturday evening around 5 I dey play five-a-side football with my guys for Yaba. Na my own relaxation be that, no wahala.' },
    { agent: 'agent_personal', say: 'I sabi speak Igbo, English and Pidgin. Small Yoruba too, as I don stay Lagos tey.' },
    { agent: 'agent_personal', say: 'My favourite food na ofe onugbu with pounded yam, my mama dey cook am well well. But okra soup, abeg no bring am near me, that slimy something no dey do me at all.' },
    { agent: 'agent_personal', say: 'I dey drive one old 2009 Toyota Corolla, silver colour. E dey give me wahala every now and then but e still dey push.' },
    { agent: 'agent_work', say: 'Oya make we talk work. I be backend developer for Sendam Pay, na fintech for Lekki. We dey write everything for Go with Postgres.' },
    { agent: 'agent_work', say: 'My oga for work na Mr Tunde Bakare, he be engineering manager. Na eight of us dey the team. Every Monday 10am we get sprint planning, and standup na every morning 9:30 for Google Meet.' },
    { agent: 'agent_work', say: 'Right now we dey build Project Akara, na USSD payment feature for people wey no get smartphone. Deadline na 20th of March, e don near o.' },
    { agent: 'agent_personal', ask: 'wetin be the nickname wey people dey call me?', kinds: ['name'], ...known([['Nedu']]) },
    { agent: 'agent_personal', ask: 'how many years I don get?', kinds: ['age'], ...known([['29', 'twenty-nine', 'twenty nine']]) },
    { agent: 'agent_personal', ask: 'na which city I dey stay now, and where I grow up?', kinds: ['home', 'hometown', 'compound'], ...known([['Lagos', 'Yaba'], ['Enugu']]) },
    { agent: 'agent_personal', ask: 'wetin be my pikin name and how old she be?', kinds: ['family', 'age', 'compound'], ...known([['Chiamaka'], ['3', 'three']]) },
    { agent: 'agent_personal', ask: 'abeg, fit I chop groundnut soup?', kinds: ['allergy', 'yes-no'], ...no({ accept: ['allerg*', 'groundnut', 'peanut'] }) },
    { agent: 'agent_personal', ask: 'I get dog for house?', kinds: ['pet', 'yes-no'], ...no({ accept: ['no pet*'] }) },
    { agent: 'agent_personal', ask: 'which day I dey play ball with my guys?', kinds: ['hobby', 'routine'], ...known([['Saturday*']]) },
    { agent: 'agent_personal', ask: 'na which languages I sabi?', kinds: ['language'], ...known([['Igbo'], ['Pidgin', 'Yoruba']]) },
    { agent: 'agent_personal', ask: 'which soup I no dey like?', kinds: ['dislikes'], ...known([['okra']]) },
    { agent: 'agent_work', ask: 'how many people dey my team for Sendam?', kinds: ['work'], ...known([['8', 'eight']]) },
    { agent: 'agent_work', ask: 'which day and time we dey do sprint planning?', kinds: ['work', 'routine'], ...known([['Monday*'], ['10']]) },
    { agent: 'agent_work', ask: 'when be the deadline for Akara?', kinds: ['work'], ...known([['20', '20th', 'twentieth'], ['March', 'Mar']]) },
    // Later.
    { agent: 'agent_work', say: 'Big news! I don resign from Sendam Pay. From next month I go start as senior backend engineer for Kudiwise, na savings app for Ikeja. My new oga na Mrs Funke Adeyemi.', chat: 'chat-2' },
    { agent: 'agent_personal', say: "Also my taste don change o. Since I try Adaeze's banga soup, na im be my favourite food now, e don pass ofe onugbu.", chat: 'chat-2' },
    { agent: 'agent_work', ask: 'na which company I go dey work for now?', kinds: ['employer', 'job-change', 'update'], ...known([['Kudiwise']], ['Sendam']) },
    { agent: 'agent_work', ask: 'who be my new oga?', kinds: ['work', 'update'], ...known([['Funke', 'Adeyemi']], ['Tunde', 'Bakare']) },
    { agent: 'agent_personal', ask: 'wetin be my best food these days?', kinds: ['favourite', 'update'], ...known([['banga']], ['onugbu']) },
    { agent: 'agent_personal', ask: 'wetin be my papa name?', kinds: ['unknown', 'family'], ...unknown(['Tunde', 'Adaeze']) },
  ],
};
