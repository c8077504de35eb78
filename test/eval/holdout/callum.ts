import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * An Australian sheep-and-wheat farmer: laconic, Aussie slang ("arvo", "missus", "ute"), few
 * capitals. Family and dog to the personal agent, the farm business to the work agent; later a
 * new agronomist and a new ute.
 */
export const callum: MultiAgentPersona = {
  id: 'h-callum',
  about: 'farmer near Dubbo, from Adelaide; Aussie slang; agronomist Fiona → Raj; HiLux → Ranger',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: "g'day, Callum Reid. missus is Kylie and our boy Jack is 14, mad about footy" },
    { agent: 'agent_personal', say: 'got a kelpie called Rusty, hes 9 and still the best worker on the place' },
    { agent: 'agent_personal', say: 'grew up in Adelaide, city kid till i married into the farm' },
    { agent: 'agent_personal', say: 'drive a white Toyota HiLux, permanently covered in red dust' },
    { agent: 'agent_personal', say: 'hay fever is brutal every spring, im allergic to wattle pollen' },
    { agent: 'agent_personal', say: 'sunday arvo i umpire junior cricket in town' },
    { agent: 'agent_personal', say: 'beer over wine every time, a cold Coopers after a long day' },
    { agent: 'agent_work', say: 'we run 1200 merino sheep and crop about 800 hectares of wheat outside Dubbo' },
    { agent: 'agent_work', say: "shearing starts the second week of october, Mick's team does it every year" },
    { agent: 'agent_work', say: 'our agronomist is Fiona Walsh, she comes out every fortnight' },
    { agent: 'agent_work', say: 'the john deere tractor needs a service before harvest kicks off in late november' },
    { agent: 'agent_work', say: 'i hate the paperwork side of it, the stock records drive me up the wall' },
    { agent: 'agent_personal', ask: "what's the missus called", kinds: ['family'], ...known([['Kylie']]) },
    { agent: 'agent_personal', ask: "how old's Jack", kinds: ['family', 'age', 'compound'], ...known([['14', 'fourteen']]) },
    { agent: 'agent_personal', ask: 'what breed is Rusty', kinds: ['pet'], ...known([['kelpie']]) },
    { agent: 'agent_personal', ask: "where'd i live as a kid", kinds: ['hometown'], ...known([['Adelaide']]) },
    { agent: 'agent_personal', ask: 'what ute do i drive', kinds: ['vehicle'], ...known([['HiLux', 'Hilux', 'Toyota']]) },
    { agent: 'agent_personal', ask: 'what sets off my hay fever', kinds: ['allergy'], ...known([['wattle']]) },
    { agent: 'agent_personal', ask: 'what do i get up to on sunday afternoons', kinds: ['hobby', 'routine'], ...known([['umpir*', 'cricket']]) },
    { agent: 'agent_personal', ask: 'beer or wine for me', kinds: ['drink', 'likes'], ...known([['beer', 'Coopers']]) },
    { agent: 'agent_work', ask: 'how many sheep are we running', kinds: ['work'], ...known([['1200', '1,200']]) },
    { agent: 'agent_work', ask: 'what breed are the sheep', kinds: ['work'], ...known([['merino']]) },
    { agent: 'agent_work', ask: 'when does shearing kick off', kinds: ['work', 'routine'], ...known([['October']]) },
    { agent: 'agent_work', ask: "who's our agronomist", kinds: ['work'], ...known([['Fiona']]) },
    { agent: 'agent_work', ask: 'what needs a service before harvest', kinds: ['work', 'vehicle'], ...known([['tractor', 'John Deere']]) },
    { agent: 'agent_work', ask: 'when is harvest', kinds: ['work', 'compound'], ...known([['November']]) },
    { agent: 'agent_work', ask: 'do i enjoy the paperwork', kinds: ['dislikes', 'yes-no'], ...no() },
    // Isolation: the same user, but each agent only knows its own side.
    { agent: 'agent_work', ask: 'name of my dog?', kinds: ['isolation', 'unknown', 'pet'], ...unknown(['Rusty']) },
    { agent: 'agent_work', ask: "how old's my boy", kinds: ['isolation', 'unknown', 'family'], ...unknown(['14', 'Jack']) },
    { agent: 'agent_personal', ask: 'who comes out to check the crops', kinds: ['isolation', 'unknown', 'work'], ...unknown(['Fiona']) },
    { agent: 'agent_personal', ask: 'how many hectares of wheat do we crop', kinds: ['isolation', 'unknown', 'work'], ...unknown(['800']) },
    { agent: 'agent_work', chat: 'chat-2', say: "fiona's taken a job in wagga, new agronomist is Raj Patel from next month" },
    { agent: 'agent_work', ask: 'who is the agronomist now', kinds: ['work', 'update'], ...known([['Raj', 'Patel']]) },
    { agent: 'agent_personal', chat: 'chat-2', say: 'sold the hilux, switched to a Ford Ranger, more room in the tray' },
    { agent: 'agent_personal', ask: 'what am i driving these days', kinds: ['vehicle', 'update'], ...known([['Ranger']]) },
  ],
};
