import { known, no, unknown, yes } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A QA lead at a Dundee games studio who writes broad Scots throughout (fae, ken, wee, aye,
 * cannae, ma, noo). Her gold-build date slips and the old Corsa gives way to an electric car.
 */
export const eilidh: MultiAgentPersona = {
  id: 'pc-eilidh',
  about: 'Eilidh "Ellie" Fraser, 34, Dundee, from Stornoway (Lewis); Scots dialect; QA lead at Puffin Forge; gold build 30 June → 15 August; Corsa → Nissan Leaf',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: "Hiya! Ah'm Eilidh Fraser, but naebody cries me Eilidh, it's aye Ellie. Ah'm 34 an ah bide in Dundee noo, but ah wis brung up on Lewis, oot in Stornoway." },
    { agent: 'agent_personal', say: "Ma man's cried Gregor, he's fae Perth, no an islander like me. We've a wee boy, Ruaridh, he's six an he's a wee torn-faced rascal first thing in the mornin." },
    { agent: 'agent_personal', say: "Ah'm coeliac so ah cannae touch gluten at aw, nae bread, nae pies, nae nothin wi wheat in it. Broke ma heart giein up the mornin rolls, so it did." },
    { agent: 'agent_personal', say: "We've a wee West Highland terrier cried Bramble, she's a right wee besom but we love her tae bits." },
    { agent: 'agent_personal', say: "Every Sunday mornin at hauf seven ah go wild swimmin aff Broughty Ferry beach wi a couple o pals, rain or shine, mostly rain. Ah cannae thole golf mind, Gregor's aye oan aboot it." },
    { agent: 'agent_personal', say: "Ah've the Gaelic fae growin up on the island, ma granny wouldnae speak tae us in English. Ah'm learnin a wee bit o Norwegian an aw, on Duolingo, ken." },
    { agent: 'agent_personal', say: "Ah drive a clapped-oot red Vauxhall Corsa that's aboot twelve year auld. It's held thegither wi prayers." },
    { agent: 'agent_work', say: "Right, work. Ah'm a QA lead at Puffin Forge, a wee games studio doon by the waterfront in Dundee. Been there four year noo." },
    { agent: 'agent_work', say: "Ma boss is Morag Baird, she's the studio producer. Ah've a team o five testers under me an they're a braw bunch." },
    { agent: 'agent_work', say: "We're on Project Selkie the noo, a cosy fishin game fur the Switch, an the deadline fur the gold build is the 30th o June." },
    { agent: 'agent_work', say: "We log aw the bugs in Jira an run the test cases in TestRail. Bug triage is every Tuesday at two o'clock, an it aye runs ower." },
    { agent: 'agent_personal', ask: 'whit dae folk cry me, like?', kinds: ['name'], ...known([['Ellie']]) },
    { agent: 'agent_personal', ask: 'how auld am ah again?', kinds: ['age'], ...known([['34', 'thirty-four', 'thirty four']]) },
    { agent: 'agent_personal', ask: 'whaur dae ah bide the noo, an whaur wis ah brung up?', kinds: ['home', 'hometown', 'compound'], ...known([['Dundee'], ['Lewis', 'Stornoway']]) },
    { agent: 'agent_personal', ask: "whit's ma wee boy cried an how auld is he?", kinds: ['family', 'age', 'compound'], ...known([['Ruaridh'], ['6', 'six']]) },
    { agent: 'agent_personal', ask: 'could ah hae a scone made wi ordinary wheat flour?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['gluten', 'coeliac', 'celiac', 'avoid'] }) },
    { agent: 'agent_personal', ask: "whit breed's oor dug?", kinds: ['pet'], ...known([['Westie', 'West Highland', 'terrier']]) },
    { agent: 'agent_personal', ask: 'dae ah swim in the sea at the weekend?', kinds: ['hobby', 'routine', 'yes-no'], ...yes([['Sunday*', 'Broughty']]) },
    { agent: 'agent_personal', ask: 'whit languages dae ah speak or am ah learnin?', kinds: ['language'], ...known([['Gaelic'], ['Norwegian']]) },
    { agent: 'agent_work', ask: "whae's ma gaffer at Puffin Forge?", kinds: ['work'], ...known([['Morag', 'Baird']]) },
    { agent: 'agent_work', ask: 'how mony testers hae ah got under me?', kinds: ['work'], ...known([['5', 'five']]) },
    { agent: 'agent_work', ask: "when's oor bug triage meetin?", kinds: ['work', 'routine'], ...known([['Tuesday*'], ['2', 'two', '14:00']]) },
    // Later.
    { agent: 'agent_work', say: "Bad news, Morag says the Selkie gold build's been shoved back tae the 15th o August acause o a certification snag wi Nintendo.", chat: 'chat-2' },
    { agent: 'agent_work', ask: "whit's the new date fur the Selkie gold build?", kinds: ['work', 'update'], ...known([['August', 'Aug'], ['15', '15th', 'fifteenth']], ['June']) },
    { agent: 'agent_personal', say: "An the Corsa finally gied up the ghost, so we got a second-hand Nissan Leaf. Electric, nae mair petrol stations fur me!", chat: 'chat-2' },
    { agent: 'agent_personal', ask: 'whit motor am ah drivin these days?', kinds: ['vehicle', 'update'], ...known([['Leaf', 'Nissan', 'electric']], ['Corsa', 'Vauxhall']) },
    { agent: 'agent_personal', ask: 'whit wis ma granny cried?', kinds: ['unknown', 'family'], ...unknown(['Morag', 'Bramble', 'Gregor']) },
    { agent: 'agent_work', ask: 'how much dae ah get paid at the studio?', kinds: ['unknown', 'work'], ...unknown() },
  ],
};
