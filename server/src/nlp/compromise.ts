/**
 * The compromise NLP library, with its match patterns parsed once. compromise parses a string
 * pattern on every `.match()` / `.has()` call; the fact extractor and the offline model run about
 * a hundred fixed patterns per message, and that parsing was a large share of a turn's CPU time.
 * The parsed form is only read by the matcher, so sharing it between calls is safe.
 */
import nlp from 'compromise';

type ParseMatch = (pattern: unknown, options: unknown, world: unknown) => unknown;

const MAX_CACHED_PATTERNS = 2000;
const world = nlp.world() as { methods: { one: { parseMatch: ParseMatch } } };
const parse = world.methods.one.parseMatch;
const parsed = new Map<string, unknown>();

world.methods.one.parseMatch = (pattern, options, w) => {
  if (typeof pattern !== 'string') return parse(pattern, options, w);
  const key = options && typeof options === 'object' && Object.keys(options).length > 0 ? `${JSON.stringify(options)}\u0000${pattern}` : pattern;
  let regs = parsed.get(key);
  if (regs === undefined) {
    regs = parse(pattern, options, w);
    // Patterns built from user text would grow the cache without bound; fixed ones fit easily.
    if (parsed.size < MAX_CACHED_PATTERNS) parsed.set(key, regs);
  }
  return regs;
};

export default nlp;
