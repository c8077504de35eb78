/**
 * Run by `npm start` before the server: builds the web UI when `web/dist` is missing or older
 * than its sources, so a fresh clone needs nothing but `npm install` and `npm start`.
 * A failed build is reported and the server still starts (the API works without the UI).
 * The browser tests import `ensureWebBuild` to build the same way before they open a page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** Why `web/dist` must be (re)built, or undefined when it is up to date (or there is no `web/`). */
export function webBuildNeeded(): string | undefined {
  if (!existsSync(join(root, 'web', 'index.html'))) return undefined;
  if (!existsSync(builtIndex)) return 'web/dist is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.some((source) => newest(source) > builtAt) ? 'web/src changed since the last build' : undefined;
}

/** What `ensureWebBuild` did. */
export interface WebBuildResult {
  /** Why it built; undefined when `web/dist` was already up to date. */
  reason?: string;
  /** False when the build was needed and failed. */
  ok: boolean;
  /** The vite exit status (or signal) of a failed build. */
  exit?: number | string | null;
}

/**
 * Builds `web/dist` with vite when it is missing or stale. `stdio` defaults to `inherit`
 * (vite's warnings and errors go to this process's output); `quiet` leaves out the
 * "Building the web UI" line (a caller that reports `reason` itself, e.g. the benchmark).
 */
export function ensureWebBuild(options: { stdio?: 'inherit' | 'pipe'; quiet?: boolean } = {}): WebBuildResult {
  const reason = webBuildNeeded();
  if (!reason) return { ok: true };
  if (!options.quiet) process.stdout.write(`Building the web UI (${reason})…\n`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: options.stdio ?? 'inherit',
    // Always the production bundle: vite keeps a NODE_ENV it inherits, and vitest sets `test`, so a
    // build started by the browser tests was React's development build (jsxDEV, StrictMode checks:
    // ~10× slower to render, 250 KB of JS gzipped instead of 177) — which `npm start` then served.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status === 0) return { reason, ok: true };
  if (options.stdio === 'pipe') process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return { reason, ok: false, exit: result.status ?? result.signal };
}

// Run as a script (`tsx scripts/ensure-web-build.ts`), not when imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensureWebBuild();
  if (!result.ok) {
    process.stderr.write(
      `\nThe web UI did not build (exit ${result.exit}); the server starts anyway and serves the API only.\n` +
        'Fix the error above and run "npm run build", or run "npm install" if vite is missing.\n\n',
    );
  }
}
