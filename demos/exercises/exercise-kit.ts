/**
 * What the exercise files share: run their console program only when the file itself is run
 * (`npm run exercise:1`), never when the server or the check imports the declaration.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConsoleDemo, type ConsoleRuntime } from '../console/console-runtime';

/** True when `moduleUrl` (pass `import.meta.url`) is the file node or tsx was asked to run. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(entry) === real(fileURLToPath(moduleUrl));
}

/**
 * Runs an exercise's console program (config, Redis — the embedded one when nothing else is set
 * up —, the model) when its file is the one being run; does nothing when it is imported.
 */
export function runWhenMain(moduleUrl: string, program: (rt: ConsoleRuntime) => Promise<void>): void {
  if (isMainModule(moduleUrl)) void runConsoleDemo(program);
}
