/**
 * The layering of docs/architecture.md, checked: a layer that imports upward, web code that
 * reaches into the server beyond the shared contracts, or a source file over 400 lines fails
 * the suite. Test files may compose anything; the rules are for what ships.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 400;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = ['server/src', 'web/src', 'demos', 'bench', 'scripts', 'test'].flatMap((dir) => walk(join(root, dir)));
const isTest = (file: string) => /\.test\.tsx?$|test-kit|test-fixtures|\/testing\/|^test\//.test(relative(root, file));

/** Every module a file imports (static, dynamic and re-exports), resolved to a repository path when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.map((spec) => (spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : spec));
}

/** The server layer a repository path belongs to (`memory`, `devui`, … or `root` for server/src/*.ts). */
function layerOf(path: string): string | undefined {
  const m = /^server\/src\/([^/]+)(\/|$)/.exec(path);
  if (!m) return undefined;
  return m[2] === '/' ? m[1] : 'root';
}

/** What each server layer must never import (DESIGN §2; docs/architecture.md). */
const FORBIDDEN: Record<string, string[]> = {
  contracts: ['config', 'redis', 'history', 'memory', 'nlp', 'models', 'agents', 'devui', 'root'],
  config: ['history', 'memory', 'nlp', 'models', 'agents', 'devui'],
  redis: ['history', 'memory', 'nlp', 'models', 'agents', 'devui'],
  history: ['memory', 'nlp', 'models', 'agents', 'devui'],
  nlp: ['history', 'memory', 'models', 'agents', 'devui'],
  memory: ['agents', 'devui'],
  models: ['agents', 'devui'],
  agents: ['devui'],
};

describe('architecture', () => {
  it('finds the sources it checks', () => {
    expect(sources.length).toBeGreaterThan(200);
    expect(sources.some((f) => f.endsWith('server/src/compose.ts'))).toBe(true);
  });

  it('no layer imports upward', () => {
    const violations: string[] = [];
    for (const file of sources) {
      const from = layerOf(relative(root, file));
      if (!from || isTest(file) || !FORBIDDEN[from]) continue;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to && FORBIDDEN[from].includes(to)) violations.push(`${relative(root, file)} (${from}) imports ${target} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the web app reaches the server only through the shared contracts', () => {
    const violations: string[] = [];
    for (const file of sources.filter((f) => relative(root, f).startsWith('web/src/'))) {
      for (const target of importsOf(file)) {
        if (target.startsWith('server/') && !target.startsWith('server/src/contracts')) violations.push(`${relative(root, file)} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it(`no source file passes ${MAX_LINES} lines`, () => {
    const long = sources
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(layerOf('server/src/memory/provider.ts')).toBe('memory');
    expect(layerOf('server/src/compose.ts')).toBe('root');
    expect(FORBIDDEN.memory).toContain(layerOf('server/src/agents/agent'));
    expect(importsOf(join(root, 'server/src/devui/errors.ts'))).toContain('server/src/contracts/error-codes');
  });
});
