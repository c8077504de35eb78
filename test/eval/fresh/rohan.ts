import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';
import { yesOr } from '../action-checks';

/**
 * An Indian software tester with a toddler, writing Indian English ("myself Rohan", "native
 * place", "2 years only", "kindly"). Family, food and bike to the personal agent; his QA job to
 * the work agent. Later he changes company, sells the bike and drops filter coffee.
 */
export const rohan: MultiAgentPersona = {
  id: 'f-rohan',
  about: 'QA engineer in Pune from Jaipur, toddler son; Indian English; Infosys → Thoughtworks; Royal Enfield → Tata Nexon; filter coffee → green tea',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hello, myself Rohan Mehta. Staying in Pune since 2016 but native place is Jaipur.' },
    { agent: 'agent_personal', say: 'My son Vihaan is 2 years only and already he is running the whole house.' },
    { agent: 'agent_personal', say: 'Wife is Kavya, she is a dentist, having her own clinic in Baner.' },
    { agent: 'agent_personal', say: 'We are Jain, so no onion, no garlic, no potato in my food kindly.' },
    { agent: 'agent_personal', say: 'I am having dust allergy, in Pune monsoon it becomes very bad.' },
    { agent: 'agent_personal', say: 'Morning filter coffee is a must for me, strong one.' },
    { agent: 'agent_personal', say: 'Sunday mornings I am playing badminton with colony friends.' },
    { agent: 'agent_personal', say: 'I am learning tabla from one guruji near my house, class is every Saturday.' },
    { agent: 'agent_personal', say: 'I speak Hindi, Marwari and English, little bit Marathi also.' },
    { agent: 'agent_personal', say: 'I ride a Royal Enfield Classic 350, black colour.' },
    { agent: 'agent_personal', say: 'My favourite movie is Swades, I have seen it more than ten times.' },
    { agent: 'agent_work', say: 'I am working as a QA engineer in Infosys, Hinjewadi campus, mostly testing banking apps.' },
    { agent: 'agent_work', say: 'For automation we use Selenium with Java, but I prefer Playwright over Selenium, it is much less flaky.' },
    { agent: 'agent_work', say: 'My reporting manager is Sneha Kulkarni.' },
    { agent: 'agent_work', say: 'Our sprint demo happens every second Friday at 4 pm.' },
    { agent: 'agent_work', say: 'Flaky tests I hate, they waste my whole day.' },
    { agent: 'agent_work', say: 'Currently I am testing the UPI payments module, release date is 12 August.' },
    { agent: 'agent_personal', ask: 'What is my good name?', kinds: ['name'], ...known([['Rohan']]) },
    { agent: 'agent_personal', ask: 'Where am I staying currently?', kinds: ['home', 'compound'], ...known([['Pune']]) },
    { agent: 'agent_personal', ask: 'What is my native place?', kinds: ['hometown', 'compound'], ...known([['Jaipur']]) },
    { agent: 'agent_personal', ask: 'Vihaan is how old?', kinds: ['family', 'age'], ...known([['2', 'two']]) },
    { agent: 'agent_personal', ask: "What is my wife's profession?", kinds: ['family', 'job', 'compound'], ...known([['dentist', 'dental']]) },
    { agent: 'agent_personal', ask: 'Which foods I should not be served?', kinds: ['diet'], ...known([['onion*', 'garlic', 'potato*', 'Jain']]) },
    { agent: 'agent_personal', ask: 'What is the thing I am allergic to?', kinds: ['allergy'], ...known([['dust']]) },
    { agent: 'agent_personal', ask: 'Kindly tell me my morning drink.', kinds: ['drink'], ...known([['coffee', 'filter coffee']]) },
    { agent: 'agent_personal', ask: 'Which sport I play on Sunday mornings?', kinds: ['hobby', 'routine'], ...known([['badminton']]) },
    { agent: 'agent_personal', ask: 'Which instrument am I learning?', kinds: ['instrument'], ...known([['tabla']]) },
    { agent: 'agent_personal', ask: 'Which languages do I speak?', kinds: ['language'], ...known([['Hindi'], ['Marwari'], ['English']]) },
    { agent: 'agent_personal', ask: 'Which bike do I ride?', kinds: ['vehicle'], ...known([['Royal Enfield', 'Enfield', 'Classic 350']]) },
    { agent: 'agent_personal', ask: 'Which film is my favourite?', kinds: ['favourite'], ...known([['Swades']]) },
    { agent: 'agent_work', ask: 'In which company am I working?', kinds: ['employer', 'compound'], ...known([['Infosys']]) },
    { agent: 'agent_work', ask: 'What is my designation?', kinds: ['job', 'compound'], ...known([['QA', 'quality', 'test*']]) },
    { agent: 'agent_work', ask: 'Do we use Selenium for automation?', kinds: ['work', 'yes-no'], ...yesOr(['you use', 'we use', 'your team uses']) },
    { agent: 'agent_work', ask: 'Selenium or Playwright, which one I like more?', kinds: ['likes', 'work'], ...known([['Playwright']]) },
    { agent: 'agent_work', ask: 'Who is my reporting manager?', kinds: ['work'], ...known([['Sneha', 'Kulkarni']]) },
    { agent: 'agent_work', ask: 'When is the sprint demo?', kinds: ['routine', 'work'], ...known([['Friday*']]) },
    { agent: 'agent_work', ask: 'Which module am I testing now?', kinds: ['work', 'compound'], ...known([['UPI', 'payment*']]) },
    { agent: 'agent_work', ask: 'Are flaky tests okay for me?', kinds: ['dislikes', 'yes-no'], ...no() },
    // Isolation: the same user, but each agent only knows its own side.
    { agent: 'agent_work', ask: "Tell me my son's name.", kinds: ['isolation', 'unknown', 'family'], ...unknown(['Vihaan']) },
    { agent: 'agent_work', ask: 'What two-wheeler do I have?', kinds: ['isolation', 'unknown', 'vehicle'], ...unknown(['Enfield']) },
    { agent: 'agent_personal', ask: 'Who is my manager in office?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['Sneha', 'Kulkarni']) },
    { agent: 'agent_personal', ask: 'Which automation tool I prefer?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['Playwright', 'Selenium']) },
    // Another day.
    { agent: 'agent_work', chat: 'chat-2', say: 'Big update: I have resigned from Infosys and joined Thoughtworks as a senior QA consultant, first day was Monday.' },
    { agent: 'agent_work', ask: 'Which company I am working for now?', kinds: ['employer', 'job-change', 'update'], ...known([['Thoughtworks']], ['Infosys']) },
    { agent: 'agent_work', ask: 'What is my new designation?', kinds: ['job', 'job-change'], ...known([['senior QA consultant', 'QA consultant', 'consultant']]) },
    { agent: 'agent_personal', chat: 'chat-2', say: 'Sold the Enfield, with Vihaan a bike is not safe. Now we have a grey Tata Nexon.' },
    { agent: 'agent_personal', ask: 'What are we driving now?', kinds: ['vehicle', 'update'], ...known([['Nexon', 'Tata']], ['Enfield']) },
    { agent: 'agent_personal', ask: 'Do I still ride the Royal Enfield?', kinds: ['vehicle', 'retraction', 'yes-no'], ...no({ accept: ['sold'] }) },
    { agent: 'agent_personal', chat: 'chat-3', say: 'Also no more filter coffee, doctor told to reduce, so I switched to green tea.' },
    { agent: 'agent_personal', ask: 'What do I drink in the morning now?', kinds: ['drink', 'update'], ...known([['green tea']]) },
  ],
};
