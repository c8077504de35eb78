/**
 * A separate Node process for the launcher tests: resolves the embedded Redis, writes a key,
 * prints `{pid, port}` and waits for a signal (or a kill -9) like a real workshop server would.
 * Usage: node --import tsx embedded-child.ts <dataDir> <defaultUrl>
 */
import { resolveRedis, stopOnExit } from '../embedded';

const [dataDir, defaultUrl] = process.argv.slice(2);
const handle = await resolveRedis({ dataDir, defaultUrl });
stopOnExit(handle);
await handle.client.set('child-key', String(process.pid));
process.stdout.write(`${JSON.stringify({ pid: handle.embedded?.pid, port: handle.embedded?.port })}\n`);
// Keep the event loop alive until a signal arrives.
setInterval(() => undefined, 60_000);
