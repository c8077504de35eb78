import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A 26-year-old dental hygienist who texts in lowercase with typos, "lol" and missing
 * apostrophes. She changes practice, swaps her latte for matcha and sells her scooter.
 */
export const kayla: PreferencesPersona = {
  id: 's-kayla',
  about: '26-year-old dental hygienist in Denver from Tucson; lowercase texting with typos; Bright Smile → Peak Family Dental; oat latte → matcha; sells the Vespa',
  demo: 'preferences',
  steps: [
    { say: 'heyy im kayla btw, just turned 26 last month lol' },
    { say: 'live in denver now but im originaly from tucson, moved up here for the snow haha' },
    { say: 'i work as a dental hygienist at bright smile dental, its fine i guess' },
    { say: 'been vegetarian since like highschool, no meat no fish ever' },
    { say: 'dairy wrecks my stomach so no milk for me, lactose intolerant :(' },
    { say: 'my cat pickles is a total menace, hes a 3 yr old orange tabby' },
    { say: 'i love hiking n bouldering on weekends and i honestly cant stand country music' },
    { say: 'fav food is pad thai, could eat it evry day tbh' },
    { say: 'my sister jess is 22 and shes doing college up in boulder' },
    { say: 'oat milk latte every morning around 7 before work, non negotiable' },
    { say: 'tryin to learn japanese on duolingo, 200 day streak!!' },
    { say: 'i ride a lil teal vespa scooter to work' },
    { ask: 'what do ppl call me', kinds: ['name'], ...known([['Kayla']]) },
    { ask: 'remind me how old i am', kinds: ['age'], ...known([['26', 'twenty-six', 'twenty six']]) },
    { ask: 'which city am i living in these days', kinds: ['home', 'compound'], ...known([['Denver']]) },
    { ask: 'n where did i grow up again', kinds: ['hometown', 'compound'], ...known([['Tucson']]) },
    { ask: 'what do i do for work again lol', kinds: ['job'], ...known([['hygienist', 'dental hygiene']]) },
    { ask: 'do i eat chicken', kinds: ['diet', 'yes-no'], ...no({ accept: ['vegetarian', 'veggie'] }) },
    { ask: 'is regular milk ok for me', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['lactose', 'dairy'] }) },
    { ask: 'whats the name of my kitty', kinds: ['pet'], ...known([['Pickles']]) },
    { ask: 'what kinda music do i hate', kinds: ['dislikes', 'compound'], ...known([['country']]) },
    { ask: 'what do i get up to on the weekend', kinds: ['hobby', 'compound'], ...known([['hik*', 'boulder*', 'climbing']]) },
    { ask: 'whats my go to dish', kinds: ['favourite'], ...known([['pad thai']]) },
    { ask: 'how old is my lil sis', kinds: ['family', 'age'], ...known([['22', 'twenty-two', 'twenty two']]) },
    { ask: 'what am i drinkin first thing every day', kinds: ['drink', 'routine'], ...known([['latte*']]) },
    { ask: 'which language am i studying', kinds: ['language'], ...known([['Japanese']]) },
    // Another day.
    { say: 'ok big news i quit bright smile!! doing hygiene at peak family dental now, way better hours', chat: 'chat-2' },
    { ask: 'which dental office am i at now', kinds: ['employer', 'job-change', 'update'], ...known([['Peak']], ['Bright Smile']) },
    { say: 'also switched to matcha in the mornings, the coffee was making me jittery af', chat: 'chat-2' },
    { ask: 'whats my morning drink these days', kinds: ['drink', 'update'], ...known([['matcha']], ['oat milk latte']) },
    { say: 'sold the vespa lol, im biking everywhere now', chat: 'chat-2' },
    { ask: 'do i still have the scooter', kinds: ['vehicle', 'retraction', 'yes-no'], ...no({ accept: ['sold'] }) },
    { forget: 'Jess' },
    { ask: 'whats my lil sis called', kinds: ['forget', 'family'], ...unknown(['Jess']) },
    { ask: 'whats my fave movie', kinds: ['unknown', 'favourite'], ...unknown() },
    { ask: 'whats my boyfriend called', kinds: ['unknown', 'family'], ...unknown() },
  ],
};
