import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';
import { yesOr } from '../action-checks';

/**
 * A West Highland creel fisherman who types the way he talks: broad Scots ("aye", "wee", "tae",
 * "cannae", "hame", "noo", "auld", "whit", "dae"). Later his daughter's age is corrected, he
 * leaves the boat for the harbour office and gives up his Friday whisky.
 */
export const murdo: PreferencesPersona = {
  id: 'b-murdo',
  about: 'creel-boat skipper in Ullapool, born in Stornoway on Lewis; broad Scots spelling; Eilidh 16 → 17; skipper → harbour master; Talisker → Irn-Bru',
  demo: 'preferences',
  steps: [
    { say: 'Aye aye. Murdo Gillies here, 52, skipper o a wee creel boat called the Morven Lass, fishin oot o Ullapool.' },
    { say: "Born an bred in Stornoway on the Isle o Lewis, but Ullapool's been hame for twenty year noo." },
    { say: "It's langoustines we're efter mostly, wi the odd lobster when we're lucky." },
    { say: 'The wife is Morag, she runs the chippy on Shore Street, an oor lassie Eilidh is 16 an thinks she kens everythin.' },
    { say: "We've a ferret called Bramble, she's 3 an a right wee thief, steals ma socks aff the radiator." },
    { say: 'Cannae touch mustard, I am allergic tae it, even a wee smear an ma face swells up like a puffer fish.' },
    { say: "Nae red meat for me either, just fish an chicken, the doctor's been on at me aboot ma cholesterol." },
    { say: 'Best thing tae eat in the whole world is Cullen skink, nae contest.' },
    { say: 'I play the button box, the accordion like, at the ceilidh in the village hall, first Saturday o every month.' },
    { say: "Gaelic's whit I speak wi ma mither on the phone, English wi everybody else." },
    { say: "Ma motor's a rusty auld Land Rover Defender fae 1998, held thegither wi baler twine." },
    { say: "Friday nicht is a dram o Talisker by the fire, an that's me happy." },
    { say: 'Karaoke I loathe. Morag dragged me tae it the once an never again.' },
    { say: "Gie me mackerel ower haddock any day o the week." },
    { say: "Up at 4 every mornin tae haul the creels, whitever the weather's daein." },
    { ask: 'Who am I, pal? Full name, mind.', kinds: ['name', 'compound'], ...known([['Murdo'], ['Gillies']]) },
    { ask: 'Which toon am I livin in noo?', kinds: ['home', 'compound'], ...known([['Ullapool']]) },
    { ask: 'Which island am I fae?', kinds: ['hometown', 'compound'], ...known([['Stornoway', 'Lewis']]) },
    { ask: "Whit's the name o ma boat?", kinds: ['job', 'compound'], ...known([['Morven Lass', 'Morven']]) },
    { ask: "What is it we're catchin, mostly?", kinds: ['job', 'compound'], ...known([['langoustine*']]) },
    { ask: 'Whit does Morag dae for a livin?', kinds: ['family', 'job', 'compound'], ...known([['chippy', 'chip shop', 'chipper', 'fish and chip*', 'fish an chip*', 'Shore Street']]) },
    { ask: "How auld's oor Eilidh?", kinds: ['family', 'age', 'compound'], ...known([['16', 'sixteen']]) },
    { ask: "Whit's the ferret cawed?", kinds: ['pet'], ...known([['Bramble']]) },
    { ask: 'Bramble: whit sort o beastie, an how auld?', kinds: ['pet', 'age', 'compound'], ...known([['ferret'], ['3', 'three']]) },
    { ask: 'Is there onything that gies me an allergic reaction?', kinds: ['allergy'], ...known([['mustard']]) },
    { ask: 'Is red meat on ma menu?', kinds: ['diet', 'yes-no'], ...no({ accept: ['fish and chicken', 'fish an chicken', 'only fish', 'just fish'] }) },
    { ask: "Whit's the best thing tae eat, in ma opinion?", kinds: ['favourite'], ...known([['Cullen skink', 'skink']]) },
    { ask: 'Whit instrument dae I play at the ceilidh?', kinds: ['instrument', 'compound'], ...known([['accordion', 'button box']]) },
    { ask: "When's the ceilidh on?", kinds: ['routine', 'hobby', 'compound'], ...known([['Saturday*']]) },
    { ask: 'Dae I ken ony Gaelic?', kinds: ['language', 'yes-no'], ...yesOr(['you speak', 'you do', 'aye']) },
    { ask: 'Which tongues have I got, then?', kinds: ['language', 'compound'], ...known([['Gaelic'], ['English']]) },
    { ask: 'Whit am I drivin aboot in?', kinds: ['vehicle'], ...known([['Land Rover', 'Defender']]) },
    { ask: "Whit's ma Friday nicht tipple?", kinds: ['drink', 'routine'], ...known([['Talisker', 'whisky', 'whiskey', 'dram']]) },
    { ask: 'Would I be up for a karaoke night?', kinds: ['dislikes', 'yes-no'], ...no({ accept: ['loathe*'] }) },
    { ask: "Haddock or mackerel, which wan's for me?", kinds: ['likes', 'compound'], ...known([['mackerel']]) },
    { ask: 'Whit time am I up for the creels?', kinds: ['routine', 'compound'], ...known([['4', 'four']]) },
    // Another day: a correction, a new job, a drink given up.
    { say: "Och, I got it wrang. Eilidh turned 17 last Tuesday, she'd kill me if she saw I'd said 16.", chat: 'chat-2' },
    { ask: "Remind me o Eilidh's age.", kinds: ['family', 'age', 'update'], ...known([['17', 'seventeen']], ['16', 'sixteen']) },
    { say: "Big news: I've selt ma share o the Morven Lass an taken the harbour master job at Ullapool harbour. Nae mair 4am starts!", chat: 'chat-2' },
    { ask: "Whit's ma job the now?", kinds: ['job', 'job-change', 'update'], ...known([['harbour master', 'harbourmaster', 'harbor master']]) },
    { ask: 'Am I still skipperin the boat?', kinds: ['job', 'retraction', 'yes-no'], ...no({ accept: ['harbour master', 'harbourmaster', 'sold', 'selt'] }) },
    { say: "Aff the whisky since New Year, doctor's orders again. It's Irn-Bru on a Friday nicht noo, God help me.", chat: 'chat-3' },
    { ask: 'Whit am I drinkin on a Friday these days?', kinds: ['drink', 'update'], ...known([['Irn-Bru', 'Irn Bru', 'IrnBru']], ['Talisker']) },
    { ask: 'Dae I still have a dram on a Friday?', kinds: ['drink', 'retraction', 'yes-no'], ...no({ accept: ['Irn-Bru', 'Irn Bru', 'off the whisky', 'aff the whisky', 'given up', 'gave up'] }) },
    { ask: 'Whit fitba team dae I follow?', kinds: ['unknown', 'likes'], ...unknown(['Celtic', 'Rangers', 'Ross County', 'Aberdeen']) },
    { ask: 'How mony brothers an sisters hae I got?', kinds: ['unknown', 'family'], ...unknown() },
  ],
};
