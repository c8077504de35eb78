/**
 * The framework examples, run as an attendee runs them (a `tsx` child process) against the test
 * Redis: each exits 0, prints what it shows, and leaves none of its keys behind.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testClient, testRedisUrl } from '../../test/redis';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const client = testClient();

/** Runs `demos/examples/<name>.ts` with node and tsx's CLI, as `npm run example:<name>` does. */
async function runExample(name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'demos', 'examples', `${name}.ts`)], {
    cwd: root,
    env: { ...process.env, REDIS_URL: testRedisUrl(), NO_COLOR: '1' },
    timeout: 60_000,
  });
  return stdout;
}

async function keysMatching(pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

describe('framework examples', () => {
  it('example:basics — the provider alone, with an agent, and a tool result recalled from memory', async () => {
    const out = await runExample('basics');
    expect(out).toContain('=== 1. The provider on its own: store a turn, then search it ===');
    expect(out).toContain("stored: User's boat is called Sea Breeze. (fact");
    expect(out).toContain("- User's boat is called Sea Breeze.");
    expect(out).toContain('Recalled from Redis in a new thread: yes.');
    expect(out).toContain('tool call: get_weather({"city":"Oslo"})');
    expect(out).toMatch(/get_weather result: \{"city":"Oslo","condition":"fog"/);
    expect(out).toContain("Here's what the weather tool said earlier");
    expect(out).toContain('Tool result recalled from memory without calling the tool again: yes');
    expect(await keysMatching('*example_basics*')).toEqual([]);
  }, 60_000);

  it('example:thread-scoping — global, per-operation and fixed thread side by side', async () => {
    const out = await runExample('thread-scoping');
    const table = out.slice(out.indexOf('=== Side by side'));
    expect(table).toMatch(/global \(no thread\)\s+new thread B: ✓ recalled/);
    expect(table).toMatch(/per-operation thread\s+same thread A: ✓ recalled\s+new thread B: ✗ not recalled/);
    expect(table).toMatch(/fixed thread "project_alpha"\s+new thread B: ✓ recalled\s+provider fixed to "project_beta": ✗ not recalled/);
    expect(await keysMatching('*example_scoping*')).toEqual([]);
  }, 60_000);

  it('example:history — persist, serialize, resume here and in a child process, trim, clear', async () => {
    const out = await runExample('history');
    expect(out).toMatch(/New store: thread id (thread_[0-9a-f-]+) \(generated\), Redis LIST example_history:thread_/);
    expect(out).toMatch(/Serialized: \{"threadId":"thread_[0-9a-f-]+","store":\{"threadId":"thread_[0-9a-f-]+","keyPrefix":"example_history"\}\}/);
    expect(out).toMatch(/Resumed thread thread_\S+ in a new store: 4 messages read back from Redis/);
    expect(out).toMatch(/│ Process \d+ resumed thread thread_\S+: 6 messages read from Redis/);
    expect(out).toContain('│   [user] Hello! My name is Alice and I love pizza.');
    expect(out).toContain('The other process (exit code 0) read the same 6 messages this one wrote.');
    expect(out).toMatch(/example_history:limits_demo holds 4 messages \(limit 4\); oldest: “I'd like to go in May\.”/);
    expect(out).toContain("I can't find anything you said about lisbon.");
    expect(out).toMatch(/Cleared example_history:limits_demo: 0 messages, key exists: no/);
    expect(await keysMatching('*example_history*')).toEqual([]);
  }, 60_000);
});
