/** Curated facts about the user, extracted from the user's own sentences. */

/**
 * The slot a fact fills. Single-valued attributes (`name`, `location`, `job`, `employer`,
 * `diet`) hold one value: a new one replaces the old. Multi-valued ones carry their subject in
 * the key (`likes:sushi`, `allergy:peanuts`, `favourite:color`, `note:<hash>`).
 */
export type FactAttribute =
  | 'name'
  | 'location'
  | 'job'
  | 'employer'
  | 'diet'
  | 'allergy'
  | 'favourite'
  | 'likes'
  | 'dislikes'
  | 'note'
  | 'about';

/** One fact about the user: its slot, its value and the sentence stored for it. */
export interface Fact {
  /** Stable slot id, e.g. `name`, `favourite:color`, `likes:sushi`. */
  key: string;
  attribute: FactAttribute;
  /**
   * For `favourite`: the category (`color`); for likes/dislikes/allergy: the thing; for
   * `location`: `from` when the user said "I'm from X" (the hometown, a slot of its own); for
   * `about`: the topic (`play:cello`, `my:brother`).
   */
  subject?: string;
  /** The value (`Alice`, `blue`, `vegetarian`); for likes/dislikes/allergy the thing again. */
  value: string;
  /** The canonical sentence stored as memory content, e.g. `User's name is Alice.` */
  text: string;
}

/** What one message changes: facts to write and keys to remove. */
export interface FactUpdate {
  /** Facts to write (replacing any fact with the same key). */
  set: Fact[];
  /** Keys of facts that the sentence contradicts or withdraws (e.g. `likes:sushi` after "I don't like sushi anymore"). */
  remove: string[];
  /**
   * Things the user turned away from ("I don't eat sushi anymore" → `sushi`): any liking,
   * favourite or positive statement that names them is withdrawn, whatever its key.
   */
  withdraw?: string[];
  /** "I switched to tea": statements about other members of the category (`drink`) are withdrawn; `keep` stays. */
  switchTo?: Array<{ category: string; keep: string }>;
  /** "I drive a Volvo now": other statements under the same topic prefix (`about:drive:`) are replaced. */
  replacePrefix?: string[];
}

/** Pulls fact updates out of one user message. Deterministic, no network. */
export interface FactExtractor {
  extract(userText: string): FactUpdate;
}

/**
 * Anything that reads facts out of a user message, possibly over the network (a chat model);
 * every `FactExtractor` is one. May throw: the memory provider then falls back to the offline one.
 */
export interface FactSource {
  extract(userText: string, options?: { signal?: AbortSignal }): FactUpdate | Promise<FactUpdate>;
}
