/**
 * Run by `npm start` before the server: builds the web UI when `web/dist` is missing or older
 * than its sources, so a fresh clone needs nothing but `npm install` and `npm start`.
 * A failed build is reported and the server still starts (the API works without the UI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'web', 'dist', 'index.html');
/** Everything the bundle is made from. */
const sources = [join(root, 'web', 'src'), join(root, 'web', 'index.html'), join(root, 'web', 'vite.config.ts'), join(root, 'server', 'src', 'devui', 'protocol.ts')];

/** Newest modification time under `path` (a file or a directory tree). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function needsBuild(): string | undefined {
  if (!existsSync(join(root, 'web', 'index.html'))) return undefined;
  if (!existsSync(builtIndex)) return 'web/dist is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.some((source) => newest(source) > builtAt) ? 'web/src changed since the last build' : undefined;
}

const reason = needsBuild();
if (reason) {
  process.stdout.write(`Building the web UI (${reason})…\n`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write(
      `\nThe web UI did not build (exit ${result.status ?? result.signal}); the server starts anyway and serves the API only.\n` +
        'Fix the error above and run "npm run build", or run "npm install" if vite is missing.\n\n',
    );
  }
}
