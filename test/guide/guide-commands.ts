/**
 * The shell commands of a Markdown guide, in order, and what running each one means: most must
 * exit 0, a check of an untouched exercise must fail, `npm start` keeps running until stopped,
 * and a few need what this machine cannot have (a Docker engine, Redis 8 on port 6379).
 */

/** One command of the guide and how to run it. */
export interface GuideCommand {
  line: string;
  /** `exit0`: finishes with 0; `fails`: finishes non-zero on purpose; `serve`: keeps running; `setup`: done by the test's own setup; `outside`: needs what this machine lacks. */
  kind: 'exit0' | 'fails' | 'serve' | 'setup' | 'outside';
  /** Why a command is `setup` or `outside`. */
  reason?: string;
}

/** Every line of every ```sh block, in order. */
export function shellCommands(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) if (line.trim() && !line.trim().startsWith('#')) out.push(line.trim());
  }
  return out;
}

/** How a command is expected to behave. */
export function classify(line: string): GuideCommand {
  if (line === 'npm install' || line === 'npm ci') return { line, kind: 'setup', reason: 'the test links the checkout\'s node_modules into the clone' };
  if (/^docker\b/.test(line)) return { line, kind: 'outside', reason: 'no Docker engine on this machine' };
  if (/redis-cli\s+(-p \S+\s+)?FT\./.test(line) && !/embedded-redis/.test(line)) return { line, kind: 'outside', reason: 'needs Redis 8 with its query engine on port 6379' };
  if (/^npm start\b/.test(line)) return { line, kind: 'serve' };
  // The attendee's untouched copy of an exercise must not pass its check.
  if (/^npm run exercise:check -- \d+$/.test(line)) return { line, kind: 'fails' };
  return { line, kind: 'exit0' };
}
