/**
 * Entry of a workshop child started ahead of time (`prepareWorkshopChild` in workshop-server.ts):
 * loads the workshop's modules, waits for a line on stdin, then runs `server/src/main.ts` with
 * the same arguments, exactly as `npm start` does. Ends quietly when stdin closes first (the test
 * process went away).
 */
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const main = fileURLToPath(new URL('../server/src/main.ts', import.meta.url));
let started = false;
const lines = createInterface({ input: process.stdin });
lines.once('line', () => {
  started = true;
  lines.close();
  // main.ts runs itself when it is the process's entry script.
  process.argv[1] = main;
  void import(pathToFileURL(main).href);
});
lines.once('close', () => {
  if (!started) process.exit(0);
});
// What main.ts imports, loaded while waiting: the part of a start that does not need the ports.
// The token counter is loaded too: otherwise the first turn of every restart waits for it.
await Promise.all([
  import('../server/src/compose'),
  import('../server/src/devui/demo-server'),
  import('../demos/index'),
  import('../server/src/redis/embedded'),
  import('../server/src/models/token-estimate').then((m) => m.loadTokenCounter()),
]);
