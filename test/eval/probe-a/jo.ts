import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A site engineer in Brisbane who types Australian slang ("g'day", "arvo", "subbies", "spewing").
 * Her practical-completion date slips, she moves suburb, gets a new boss and changes her coffee.
 */
export const jo: MultiAgentPersona = {
  id: 'pa-jo',
  about: 'Site engineer at Coastline Civil, Brisbane, from Darwin; Aussie slang; turning 30; PC 28 March → 18 April; boss Davo → Karen Whitlock; West End → Paddington; flat white → oat latte',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: "g'day, Jo here (Joanne Nguyen on paper but no one calls me that unless I'm in strife)" },
    { agent: 'agent_personal', say: "turning 30 next month, on the 9th, and the crew's already planning something dodgy for it" },
    { agent: 'agent_personal', say: "grew up in Darwin but I've been living in Brisbane, West End, for about six years now, reckon I'm a Queenslander proper by now" },
    { agent: 'agent_personal', say: "coffee wise it's a flat white, no sugar, and I can't stand instant. big arvo coffee person" },
    { agent: 'agent_work', say: "righto work. I'm a site engineer with Coastline Civil, been there 3 yrs. currently on the Kingsford Rd bridge upgrade, client's Brisbane City Council" },
    { agent: 'agent_work', say: 'my boss is Davo, David Pearce, project manager, good bloke, bit of a stickler for paperwork' },
    { agent: 'agent_work', say: "there's 12 of us on site incl. subbies, toolbox talk every monday 6:30am sharp, and we run everything thru Procore" },
    { agent: 'agent_work', say: "practical completion's due 28 March, we're behind cos of the rain so it's gonna be tight" },
    { agent: 'agent_work', say: 'my job this week is signing off the formwork inspections on the north abutment, heaps of paperwork' },
    { agent: 'agent_personal', ask: "whats my actual name on paper", kinds: ['name'], ...known([['Joanne'], ['Nguyen']]) },
    { agent: 'agent_personal', ask: "how old am I turning next month", kinds: ['age'], ...known([['30', 'thirty']]) },
    { agent: 'agent_personal', ask: "what date's my birthday", kinds: ['age'], ...known([['9', '9th', 'ninth']]) },
    { agent: 'agent_personal', ask: "where'm I from originally", kinds: ['hometown'], ...known([['Darwin']]) },
    { agent: 'agent_work', ask: "who's my boss again", kinds: ['work'], ...known([['Davo', 'David', 'Pearce']]) },
    { agent: 'agent_work', ask: "who's the client on the bridge job", kinds: ['work'], ...known([['Brisbane City Council', 'council', 'BCC']]) },
    { agent: 'agent_work', ask: 'how many blokes have we got on site', kinds: ['work'], ...known([['12', 'twelve']]) },
    { agent: 'agent_work', ask: "when's toolbox", kinds: ['work', 'routine'], ...known([['Monday*'], ['6:30', '6.30', 'half past six']]) },
    { agent: 'agent_work', ask: "when's practical completion due on the bridge", kinds: ['work'], ...known([['28', '28th'], ['March', 'Mar']]) },
    { agent: 'agent_work', ask: 'what am I meant to be doing this week', kinds: ['work'], ...known([['formwork', 'inspection*', 'abutment']]) },
    { agent: 'agent_work', ask: 'do I work for the council?', kinds: ['employer', 'yes-no'], ...no({ accept: ['Coastline', 'client'] }) },
    // Later.
    { agent: 'agent_work', say: "bad news, rain's smashed us again, PC is pushed out to 18 April now, Davo's spewing", chat: 'chat-2' },
    { agent: 'agent_personal', say: "moved out of West End last weekend, renting in Paddington now, closer to the footy. also switched to oat lattes, flat whites were wrecking my gut", chat: 'chat-2' },
    { agent: 'agent_work', ask: "when's PC now", kinds: ['work', 'update'], ...known([['18', '18th'], ['April', 'Apr']], ['March']) },
    { agent: 'agent_personal', ask: 'where am I living at the moment', kinds: ['home', 'update'], ...known([['Paddington']], ['West End']) },
    { agent: 'agent_personal', ask: "what's my go-to coffee these days", kinds: ['drink', 'update'], ...known([['oat latte*', 'oat milk latte*', 'oat']], ['flat white']) },
    { agent: 'agent_work', say: "big shake-up — Davo's been moved onto the airport job, so my new boss is Karen Whitlock. she seems alright", chat: 'chat-3' },
    { agent: 'agent_work', ask: 'who do I report to these days', kinds: ['work', 'update'], ...known([['Karen', 'Whitlock']], ['Davo', 'David', 'Pearce']) },
    { agent: 'agent_personal', ask: "which footy team do I go for", kinds: ['unknown', 'likes'], ...unknown(['Broncos', 'Lions', 'Maroons']) },
  ],
};
