/** Collects one message's fact updates; a later statement in the message wins over an earlier one. */
import type { Fact, FactUpdate } from './types';

/** The facts one message sets, drops and withdraws, the later statement winning. */
export class Collector {
  private readonly set = new Map<string, Fact>();
  private readonly remove = new Set<string>();
  private readonly withdrawn = new Set<string>();
  private readonly switches = new Map<string, string>();
  private readonly prefixes = new Set<string>();

  add(fact: Fact | undefined): void {
    if (!fact) return;
    this.remove.delete(fact.key);
    this.set.delete(fact.key);
    this.set.set(fact.key, fact);
  }

  drop(key: string): void {
    this.set.delete(key);
    this.remove.add(key);
  }

  /** The user turned away from a thing: whatever positive fact names it goes. */
  withdraw(thing: string): void {
    if (thing) this.withdrawn.add(thing.toLowerCase());
  }

  /** The user switched to `keep`: other members of `category` go. */
  switchTo(category: string, keep: string): void {
    this.switches.set(category, keep.toLowerCase());
  }

  /** Other facts under this key prefix go (the new statement replaces them). */
  replacePrefix(prefix: string): void {
    this.prefixes.add(prefix);
  }

  /** A fact this message has set so far. */
  get(key: string): Fact | undefined {
    return this.set.get(key);
  }

  /** The thing most recently liked in this message ("sushi" in "I love sushi, it's my favourite"). */
  latestThing(): string | undefined {
    const liked = [...this.set.values()].filter((f) => f.attribute === 'likes');
    return liked[liked.length - 1]?.value;
  }

  get size(): number {
    return this.set.size + this.remove.size + this.withdrawn.size + this.switches.size;
  }

  merge(other: Collector): void {
    const result = other.result();
    for (const key of result.remove) this.drop(key);
    for (const fact of result.set) this.add(fact);
    for (const thing of result.withdraw ?? []) this.withdraw(thing);
    for (const { category, keep } of result.switchTo ?? []) this.switchTo(category, keep);
    for (const prefix of result.replacePrefix ?? []) this.replacePrefix(prefix);
  }

  result(): FactUpdate {
    const update: FactUpdate = { set: [...this.set.values()], remove: [...this.remove].filter((k) => !this.set.has(k)) };
    if (this.withdrawn.size) update.withdraw = [...this.withdrawn];
    if (this.switches.size) update.switchTo = [...this.switches].map(([category, keep]) => ({ category, keep }));
    if (this.prefixes.size) update.replacePrefix = [...this.prefixes];
    return update;
  }
}
