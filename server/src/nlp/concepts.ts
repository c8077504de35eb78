/**
 * A small map of everyday categories: the word a question uses ("what instrument…", "any
 * pets?") and the words a statement uses ("I play the cello", "we have a beagle"). compromise
 * tags parts of speech but knows no hypernyms, and no npm package ships a usable lexical
 * database without a download, so the categories people ask about in a chat are listed here.
 * Everything is lower case and singular (see `terms.ts`).
 */

const CATEGORIES: Record<string, string[]> = {
  dog: ['kelpie', 'heeler', 'staffie', 'lurcher', 'springer', 'cocker', 'jack russell', 'border collie', 'setter', 'pointer', 'weimaraner', 'vizsla', 'akita', 'shiba', 'samoyed', 'malamute', 'dalmatian', 'mastiff', 'newfoundland', 'bernese', 'pomeranian', 'maltese', 'shih tzu', 'beagle', 'labrador', 'retriever', 'poodle', 'terrier', 'spaniel', 'collie', 'husky', 'dachshund', 'pug', 'bulldog', 'corgi', 'shepherd', 'chihuahua', 'greyhound', 'schnauzer', 'puppy', 'pup', 'lab', 'doodle', 'labradoodle', 'boxer', 'rottweiler', 'mutt', 'whippet', 'sheepdog', 'pitbull', 'doggo'],
  cat: ['kitten', 'tabby', 'siamese', 'persian', 'ragdoll', 'kitty', 'moggy'],
  pet: ['dog', 'cat', 'hamster', 'rabbit', 'bunny', 'parrot', 'budgie', 'goldfish', 'turtle', 'tortoise', 'guinea pig', 'ferret', 'snake', 'lizard', 'gecko', 'horse', 'pony', 'canary', 'rat', 'mouse', 'chinchilla'],
  instrument: ['keys', 'tabla', 'sitar', 'bouzouki', 'kalimba', 'cajon', 'djembe', 'oud', 'bagpipes', 'theremin', 'marimba', 'xylophone', 'whistle', 'recorder', 'piccolo', 'bassoon', 'horn', 'cornet', 'lute', 'zither', 'erhu', 'koto', 'shamisen', 'balalaika', 'guitar', 'piano', 'cello', 'violin', 'viola', 'drum', 'drums', 'bass', 'flute', 'clarinet', 'saxophone', 'sax', 'trumpet', 'trombone', 'ukulele', 'uke', 'harp', 'keyboard', 'banjo', 'mandolin', 'oboe', 'harmonica', 'accordion', 'synth', 'organ', 'bagpipe', 'tuba'],
  language: ['english', 'spanish', 'french', 'german', 'italian', 'portuguese', 'japanese', 'chinese', 'mandarin', 'cantonese', 'korean', 'arabic', 'russian', 'hindi', 'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'polish', 'greek', 'turkish', 'hebrew', 'vietnamese', 'thai', 'czech', 'catalan', 'basque', 'irish', 'welsh', 'swahili', 'tagalog', 'ukrainian', 'romanian', 'hungarian', 'indonesian', 'urdu', 'bengali', 'persian', 'farsi', 'esperanto'],
  car: ['corsa', 'vauxhall', 'opel', 'nexon', 'tata', 'maruti', 'swift', 'ute', 'ranger', 'hilux', 'tacoma', 'f-150', 'outback', 'forester', 'rav4', 'camry', 'model', 'tesla', 'volvo', 'toyota', 'honda', 'ford', 'bmw', 'audi', 'mercedes', 'volkswagen', 'vw', 'golf', 'prius', 'civic', 'corolla', 'subaru', 'mazda', 'kia', 'hyundai', 'fiat', 'peugeot', 'renault', 'nissan', 'jeep', 'mini', 'porsche', 'skoda', 'seat', 'citroen', 'chevy', 'chevrolet', 'suv', 'hatchback', 'sedan', 'van', 'pickup', 'truck', 'polo', 'yaris', 'leaf', 'jaguar', 'lexus'],
  vehicle: ['enfield', 'harley', 'ducati', 'yamaha', 'kawasaki', 'triumph', 'suzuki', 'ktm', 'corsa', 'car', 'bike', 'bicycle', 'motorbike', 'motorcycle', 'scooter', 'vespa', 'moped', 'van', 'truck', 'ebike', 'e-bike', 'boat', 'skateboard'],
  drink: ['cup', 'mug', 'glass', 'pint', 'bottle', 'earl grey', 'grey', 'coffee', 'tea', 'beer', 'wine', 'water', 'juice', 'milk', 'soda', 'cola', 'coke', 'latte', 'espresso', 'cappuccino', 'americano', 'matcha', 'kombucha', 'whisky', 'whiskey', 'gin', 'vodka', 'rum', 'cider', 'lemonade', 'smoothie', 'chai', 'cocoa', 'chocolate', 'mocha', 'macchiato', 'flat white', 'oat milk', 'decaf', 'sake', 'tequila', 'prosecco', 'champagne'],
  sport: ['football', 'soccer', 'tennis', 'basketball', 'baseball', 'golf', 'rugby', 'cricket', 'hockey', 'volleyball', 'badminton', 'squash', 'swimming', 'running', 'cycling', 'climbing', 'bouldering', 'surfing', 'skiing', 'snowboarding', 'boxing', 'yoga', 'pilates', 'crossfit', 'karate', 'judo', 'rowing', 'hiking', 'padel', 'handball', 'skating', 'marathon', 'triathlon', 'gym', 'lifting', 'weightlifting', 'jogging', 'sailing', 'fencing', 'dancing', 'surf', 'ski', 'run', 'swim', 'climb', 'cycle', 'hike', 'row', 'skate', 'dance'],
  hobby: ['spare', 'free', 'weekend', 'garden', 'potter', 'jumper', 'painting', 'paint', 'drawing', 'draw', 'reading', 'read', 'gardening', 'garden', 'cooking', 'cook', 'baking', 'bake', 'knitting', 'knit', 'photography', 'photograph', 'gaming', 'game', 'fishing', 'fish', 'chess', 'pottery', 'woodworking', 'sewing', 'sew', 'writing', 'write', 'singing', 'sing', 'camping', 'birdwatching', 'crochet', 'origami', 'puzzle', 'lego', 'podcast', 'travel', 'traveling', 'travelling', 'hiking', 'hike', 'surfing', 'surf', 'climbing', 'climb', 'dancing', 'dance', 'running', 'run', 'yoga', 'cycling', 'cycle', 'swimming', 'swim', 'play', 'collect', 'collecting'],
  weekend: ['saturday', 'sunday'],
  breed: ['kelpie', 'heeler', 'staffie', 'lurcher', 'springer', 'cocker', 'beagle', 'labrador', 'retriever', 'poodle', 'terrier', 'spaniel', 'collie', 'husky', 'dachshund', 'pug', 'bulldog', 'corgi', 'shepherd', 'chihuahua', 'greyhound', 'schnauzer', 'setter', 'pointer', 'boxer', 'rottweiler', 'whippet', 'sheepdog', 'doodle', 'labradoodle', 'tabby', 'siamese', 'persian', 'ragdoll', 'bengal', 'sphynx', 'maine coon', 'mutt', 'mix', 'cross'],
  work: ['job', 'office', 'company', 'employer', 'run', 'business', 'shop', 'truck', 'restaurant', 'freelance', 'self-employed', 'clinic', 'hospital', 'school', 'farm', 'studio', 'firm'],
  fruit: ['kiwi', 'banana', 'apple', 'strawberry', 'mango', 'pineapple', 'peach', 'orange', 'grape', 'cherry', 'lemon', 'lime', 'melon', 'watermelon', 'berry', 'blueberry', 'raspberry', 'pear', 'plum', 'apricot', 'papaya', 'avocado', 'coconut', 'fig'],
  condition: ['diabetic', 'diabetes', 'asthma', 'asthmatic', 'celiac', 'coeliac', 'epilepsy', 'epileptic', 'migraine', 'migraines', 'allergy', 'allergic', 'intolerant', 'arthritis', 'adhd', 'autism', 'autistic', 'anxiety', 'depression', 'hypertension', 'pregnant', 'dyslexia', 'dyslexic'],
  health: ['diabetic', 'diabetes', 'asthma', 'asthmatic', 'celiac', 'coeliac', 'epilepsy', 'migraine', 'allergy', 'allergic', 'intolerant', 'arthritis', 'condition', 'pregnant'],
  weather: ['humidity', 'humid', 'rain', 'rainy', 'sun', 'sunny', 'snow', 'heat', 'hot', 'cold', 'wind', 'windy', 'fog', 'storm', 'winter', 'summer'],
  author: ['writer', 'novelist', 'poet', 'author'],
  writer: ['author', 'novelist', 'poet'],
  like: ['love', 'enjoy', 'prefer'],
  rate: ['charge', 'price', 'cost', 'fee', 'cent', 'cents', 'euro', 'dollar', 'pound', 'hourly', 'salary', 'pay'],
  due: ['deadline', 'deliver', 'delivery'],
  deadline: ['due', 'deliver', 'delivery'],
  shift: ['start', 'early', 'late', 'lates', 'earlies'],
  begin: ['start', 'started', 'kick', 'kicked'],
  start: ['begin', 'began', 'kick', 'kicked'],
  university: ['uni', 'college', 'campus', 'university'],
  uni: ['university', 'college', 'campus'],
  phd: ['thesis', 'dissertation', 'supervisor', 'viva', 'lab', 'research', 'doctorate'],
  research: ['phd', 'thesis', 'dissertation', 'study', 'lab', 'biology', 'chemistry', 'physics', 'history', 'research', 'project'],
  field: ['phd', 'degree', 'major', 'biology', 'chemistry', 'physics', 'history', 'law', 'medicine', 'engineering', 'economics', 'psychology', 'maths', 'math', 'computer science'],
  marry: ['wife', 'husband', 'spouse', 'partner', 'married'],
  married: ['wife', 'husband', 'spouse', 'partner'],
  spend: ['weekend', 'spare', 'free', 'sunday', 'saturday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'off', 'arvo', 'evening', 'evenings'],
  study: ['learn', 'learning', 'course', 'class', 'lesson', 'duolingo'],
  learn: ['study', 'studying', 'course', 'class', 'lesson', 'duolingo'],
  fun: ['spare', 'free', 'weekend', 'hobby', 'painting', 'paint', 'drawing', 'reading', 'gardening', 'garden', 'cooking', 'baking', 'knitting', 'knit', 'photography', 'gaming', 'fishing', 'chess', 'pottery', 'potter', 'sewing', 'writing', 'singing', 'camping', 'hiking', 'hike', 'surfing', 'surf', 'climbing', 'climb', 'dancing', 'dance', 'running', 'run', 'yoga', 'cycling', 'swimming', 'swim', 'travel', 'play', 'crochet', 'lego', 'puzzle', 'board', 'marathon', 'gym'],
  interest: ['spare', 'free', 'hobby', 'painting', 'reading', 'gardening', 'knitting', 'photography', 'gaming', 'chess', 'hiking', 'surfing', 'climbing', 'running', 'yoga', 'cycling', 'music', 'travel'],
  son: ['boy'],
  phone: ['pixel', 'iphone', 'galaxy', 'samsung', 'android', 'oneplus', 'motorola', 'nokia', 'xiaomi', 'huawei', 'smartphone', 'mobile', 'cell'],
  card: ['visa', 'mastercard', 'amex', 'debit', 'credit', 'maestro'],
  connection: ['internet', 'wifi', 'wi-fi', 'network', 'broadband', 'router', 'fibre', 'fiber', 'ethernet'],
  internet: ['wifi', 'wi-fi', 'network', 'broadband', 'connection', 'fibre', 'fiber'],
  computer: ['laptop', 'pc', 'mac', 'macbook', 'desktop', 'thinkpad', 'chromebook'],
  daughter: ['girl'],
  tool: ['stack', 'software', 'app', 'framework', 'library', 'python', 'spark', 'airflow', 'jira', 'figma', 'excel', 'sql', 'java', 'javascript', 'typescript', 'docker', 'kubernetes', 'aws', 'azure', 'git', 'github', 'slack', 'notion', 'tableau', 'terraform', 'react', 'node', 'rust', 'go', 'vscode', 'editor', 'ide', 'laptop'],
  kid: ['son', 'daughter', 'child', 'children', 'baby', 'boy', 'girl', 'toddler', 'teen', 'teenager', 'twin', 'kiddo'],
  child: ['son', 'daughter', 'kid', 'baby', 'boy', 'girl', 'toddler', 'teenager', 'twin'],
  sibling: ['brother', 'sister', 'twin', 'sis', 'bro'],
  partner: ['wife', 'husband', 'girlfriend', 'boyfriend', 'spouse', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'partner'],
  spouse: ['wife', 'husband', 'partner'],
  parent: ['mother', 'father', 'mom', 'mum', 'dad', 'mama', 'papa', 'stepmother', 'stepfather'],
  family: ['son', 'daughter', 'kid', 'child', 'brother', 'sister', 'wife', 'husband', 'partner', 'mother', 'father', 'mom', 'mum', 'dad', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'twin'],
  food: ['pizza', 'sushi', 'pasta', 'ramen', 'curry', 'taco', 'burger', 'salad', 'steak', 'noodle', 'dumpling', 'paella', 'risotto', 'lasagna', 'burrito', 'pho', 'kebab', 'falafel', 'hummus', 'tapas', 'chocolate', 'cheese', 'olive', 'mushroom', 'cilantro', 'coriander', 'avocado', 'bread', 'rice', 'soup', 'sandwich', 'seafood', 'fish', 'chicken', 'beef', 'pork', 'lamb', 'tofu', 'egg', 'fruit', 'vegetable', 'cake', 'ice cream', 'dessert', 'croissant', 'bagel', 'pancake', 'waffle', 'fries', 'chips', 'spicy', 'thai', 'indian', 'italian', 'mexican', 'japanese', 'chinese', 'korean', 'vietnamese', 'greek', 'lebanese'],
  music: ['jazz', 'rock', 'pop', 'classical', 'hip hop', 'hiphop', 'rap', 'metal', 'country', 'blues', 'techno', 'house', 'reggae', 'folk', 'punk', 'indie', 'opera', 'soul', 'funk', 'disco', 'edm', 'kpop', 'k-pop', 'salsa', 'fado'],
  bedtime: ['bed', 'sleep'],
  sleep: ['bed'],
  wake: ['morning', 'alarm'],
  birthday: ['born', 'birth', 'turn'],
  age: ['old', 'year'],
  allergy: ['allergic', 'intolerant', 'intolerance', 'allergy'],
  job: ['work', 'job', 'profession', 'occupation', 'career', 'retire', 'retired', 'nursing', 'teaching', 'accounting', 'engineering', 'role', 'title', 'position'],
  home: ['live', 'house', 'flat', 'apartment'],
  commute: ['bike', 'train', 'bus', 'drive', 'car', 'tram', 'subway', 'metro', 'walk', 'cycle'],
};

/** Words that mean the same in a chat about oneself; each answers a question asked with another. */
const SYNONYMS: string[][] = [
  ['car', 'automobile', 'motor', 'ride', 'wheels'],
  ['dish', 'food', 'meal', 'cuisine'],
  ['film', 'movie', 'flick'],
  ['tv', 'television', 'telly'],
  ['mum', 'mom', 'mother', 'mama', 'ma'],
  ['dad', 'father', 'papa', 'pa'],
  ['kid', 'child', 'children', 'little one', 'toddler'],
  ['flat', 'apartment'],
  ['job', 'designation', 'title', 'position', 'role', 'occupation', 'profession'],
  ['holiday', 'vacation', 'trip'],
  ['sweater', 'jumper'],
  ['football', 'soccer'],
  ['sneaker', 'trainer', 'shoe'],
  ['pb', 'record', 'best', 'personal best'],
  ['doctor', 'gp', 'physician'],
  ['boss', 'manager', 'supervisor', 'lead', 'head', 'superior', 'gaffer'],
  ['school', 'college', 'academy'],
  ['rabbit', 'bunny'],
  ['schedule', 'rota', 'roster', 'shift', 'hours'],
  ['department', 'team', 'unit'],
  ['salary', 'pay', 'wage', 'income'],
  ['address', 'street', 'postcode', 'zip'],
  ['project', 'task', 'assignment', 'workstream'],
  ['wife', 'husband', 'spouse', 'partner'],
  ['sponsor', 'sponsorship', 'deal'],
  ['sleep', 'bed', 'bedtime'],
  ['wake', 'morning', 'alarm'],
  ['grow', 'raise', 'bring', 'born', 'hometown'],
  ['phone', 'mobile', 'cell', 'handset'],
  ['laptop', 'computer', 'pc', 'notebook'],
  ['bike', 'bicycle', 'cycle'],
  ['motorbike', 'motorcycle', 'bike'],
  ['drink', 'beverage'],
  ['plate', 'task', 'todo', 'agenda', 'workload', 'to-do'],
  ['like', 'fond', 'keen', 'love', 'enjoy'],
  ['hate', 'dislike', 'loathe', 'detest'],
  ['favourite', 'favorite', 'fave'],
  ['climb', 'climbing', 'boulder', 'bouldering'],
  ['track', 'tracker', 'ticket', 'issue', 'board', 'backlog'],
  ['report', 'manager', 'boss'],
  ['live', 'share', 'flatmate', 'roommate', 'housemate'],
  ['childhood', 'grow', 'raise', 'hometown'],
  ['commute', 'ride', 'drive', 'cycle', 'bike', 'bus', 'train'],
];

/** Word → the categories that contain it (built once). */
const CATEGORY_OF = new Map<string, Set<string>>();
for (const [category, members] of Object.entries(CATEGORIES)) {
  for (const member of members) {
    let set = CATEGORY_OF.get(member);
    if (!set) CATEGORY_OF.set(member, (set = new Set()));
    set.add(category);
  }
}
for (const group of SYNONYMS) {
  for (const word of group) {
    let set = CATEGORY_OF.get(word);
    if (!set) CATEGORY_OF.set(word, (set = new Set()));
    for (const other of group) if (other !== word) set.add(other);
  }
}
// One step up: a beagle is a dog, and a dog is a pet, so a beagle is a pet.
for (const set of CATEGORY_OF.values()) {
  for (const category of [...set]) for (const above of CATEGORY_OF.get(category) ?? []) set.add(above);
}

/** True for a word that names a category ("food", "pet", "instrument"): a question's soft word. */
export function isCategory(lemma: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATEGORIES, lemma);
}

/** Two different words of one narrow category ("ute" and "Ford" are both cars). */
export function siblings(a: string, b: string): boolean {
  if (a === b) return false;
  // People are never one another: "dad" is not answered by "mum", nor "son" by "daughter".
  const broad = new Set(['food', 'hobby', 'family', 'sport', 'fun', 'interest', 'pet', 'job', 'work', 'parent', 'kid', 'child', 'sibling', 'partner', 'spouse']);
  for (const category of categoriesOf(a)) if (!broad.has(category) && categoriesOf(b).has(category)) return true;
  return false;
}

/** The categories a word belongs to ("beagle" → dog, pet). */
export function categoriesOf(lemma: string): ReadonlySet<string> {
  return CATEGORY_OF.get(lemma) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** True when a question word ("pet") is answered by a statement word ("beagle"), or they are the same. */
export function answers(questionLemma: string, statementLemma: string): boolean {
  return questionLemma === statementLemma || categoriesOf(statementLemma).has(questionLemma);
}


/**
 * A search query with the members of the categories it names ("any pets?" → … dog cat hamster),
 * so a keyword search reaches "we have a beagle". The question's own words come first.
 */
export function expandQuery(text: string, lemmas: string[], maxExtra = 24): string {
  const extra: string[] = [];
  for (const lemma of lemmas) {
    for (const member of CATEGORIES[lemma] ?? []) {
      if (extra.length >= maxExtra) break;
      if (!member.includes(' ') && !extra.includes(member)) extra.push(member);
    }
  }
  return extra.length ? `${text} ${extra.join(' ')}` : text;
}
