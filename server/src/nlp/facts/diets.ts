/** The named diets, shared by the diet rule and by the readers that must not take a diet for a job or a name. */

/** The diets a user can say they follow ("I'm vegan", "I'm halal"). */
export const DIETS = ['vegetarian', 'vegan', 'pescatarian', 'pescetarian', 'flexitarian', 'keto', 'paleo', 'halal', 'kosher'];
/** The diets as one compromise alternative: "(vegetarian|vegan|…)". */
export const DIET = `(${DIETS.join('|')})`;
