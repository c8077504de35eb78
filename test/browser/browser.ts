/**
 * Shared pieces of the browser tests: Debian's Chromium through playwright-core (never a
 * downloaded browser), the built UI, and small page actions that wait for what the UI shows
 * instead of sleeping.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ensureWebBuild } from '../../scripts/ensure-web-build';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built UI the servers of these tests serve. */
export const webDist = join(root, 'web', 'dist');
/**
 * Where the tests save screenshots: `test-results/screenshots` (untracked), so a test run never
 * rewrites tracked files. `UPDATE_SCREENSHOTS=1 npm test` writes the README's `docs/screenshots`.
 */
export const screenshotDir = process.env.UPDATE_SCREENSHOTS === '1' ? join(root, 'docs', 'screenshots') : join(root, 'test-results', 'screenshots');
/** Debian's Chromium (`apt-get install chromium`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Default wait for something the UI should show (generous: CI machines are slow and the suite shares two CPUs with the rest). */
export const UI_TIMEOUT_MS = 15_000;

const chromiumMissing = !existsSync(CHROMIUM_PATH);
if (chromiumMissing) {
  const message = `${CHROMIUM_PATH} is missing: the browser tests need Debian's Chromium (apt-get install -y chromium).`;
  // In CI nothing that needs Chromium may be skipped: the file fails to load, loudly.
  const ci = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI.toLowerCase());
  if (ci) throw new Error(`${message} CI=true, so they are not skipped.`);
  console.warn(`\n!!! ${message} SKIPPING the browser tests (they would fail in CI). !!!\n`);
}

/** `describe`, or `describe.skip` (with the warning above) when Chromium is missing outside CI. */
export const describeBrowser: typeof describe = chromiumMissing ? (describe.skip as typeof describe) : describe;

/**
 * Builds `web/dist` once when it is stale. Test files run in parallel workers, so a lock
 * directory (mkdir is atomic) keeps two vite builds from emptying `web/dist` under each other.
 */
export async function ensureWebBuilt(): Promise<void> {
  const lock = join(tmpdir(), `workshop-web-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock left by a killed run: older than any build takes.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 2 minutes for the web build lock ${lock}; remove it if no test run is building`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const result = ensureWebBuild({ stdio: 'pipe' });
    if (!result.ok) throw new Error(`the web UI did not build (vite exit ${result.exit}); run "npm run build" to see why`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist/index.html is missing after the build');
}

/**
 * One Chromium for the file, launched after the UI is built and closed after the file's tests.
 * Returns a getter, since the browser exists only once `beforeAll` has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureWebBuilt();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched (beforeAll failed?)');
    return browser;
  };
}

/** A fresh attendee: a new context has its own cookies and storage. 1280×800 unless told. */
export async function newAttendee(browser: Browser, options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  return context;
}

/** Errors thrown in the page (uncaught exceptions), collected so a test can assert there were none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

type Scope = Page | Frame;

/** An element as the page callbacks below use it (the project's tsconfig has no DOM types). */
export interface PageNode {
  readonly innerText: string;
  readonly children: ArrayLike<PageNode>;
  readonly classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
}
// Callbacks given to `evaluate`/`waitForFunction` run in the page, where this exists.
declare const document: { querySelector(selector: string): PageNode | null; querySelectorAll(selector: string): ArrayLike<PageNode> };

/** Opens a demo page and waits until its socket is live and the demo is loaded. */
export async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await demoReady(page);
}

/** Waits until a demo page (or an embedded one in a frame) is connected and shows its demo and thread. */
export async function demoReady(scope: Scope): Promise<void> {
  await scope.locator('[data-testid="connection-status"][data-status="open"]').waitFor();
  await scope.locator('[data-testid="demo-page"][data-demo-id]').waitFor();
  // Attached, not visible: on a phone the thread list is folded away.
  await scope.locator('[data-testid="thread-item"][data-active="true"]').waitFor({ state: 'attached' });
  await scope.locator('[data-testid="send-button"]').waitFor();
  // The open thread's messages are read from Redis (or it is known to be new): what the chat shows is what is stored.
  await scope.locator('[data-testid="message-list"][data-loaded="true"]').waitFor({ state: 'attached' });
}

/** Every message shown in the chat, in order. */
export async function shownMessages(scope: Scope): Promise<Array<{ id: string; role: string; text: string }>> {
  return scope.locator('[data-testid="message"]').evaluateAll((nodes) =>
    (nodes as unknown as PageNode[]).map((node) => ({
      id: node.getAttribute('data-message-id') ?? '',
      role: node.getAttribute('data-role') ?? '',
      // The body without the author line, whitespace folded (markdown adds line breaks).
      text: (Array.from(node.children)
        .filter((child) => !child.classList.contains('message-meta') && !child.classList.contains('memories-used'))
        .map((child) => child.innerText)
        .join(' '))
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

/**
 * Types a message, sends it with Enter and waits until the turn is over: the user message is
 * shown and no reply is streaming or awaited any more (one render shows both, so no race).
 * Returns the text of the last reply (a turn with tool calls shows several assistant messages).
 */
export async function sendAndWait(scope: Scope, text: string): Promise<string> {
  const userCount = await scope.locator('[data-testid="message"][data-role="user"]').count();
  const input = scope.locator('[data-testid="composer-input"]');
  await input.fill(text);
  await input.press('Enter');
  await scope.waitForFunction(
    (count) =>
      document.querySelectorAll('[data-testid="message"][data-role="user"]').length === count + 1 &&
      !document.querySelector('[data-testid="message-streaming"], [data-testid="message-waiting"]') &&
      document.querySelector('[data-testid="message"]:last-of-type')?.getAttribute('data-role') === 'assistant',
    userCount,
    { timeout: UI_TIMEOUT_MS },
  );
  const messages = await shownMessages(scope);
  const last = messages[messages.length - 1];
  expect(last.role).toBe('assistant');
  expect(messages.filter((m) => m.role === 'user').at(-1)?.text).toBe(text.replace(/\s+/g, ' ').trim());
  return last.text;
}

/** The texts of the memories shown in the Memory panel (the panel must be open). */
export async function memoryTexts(scope: Scope): Promise<string[]> {
  return scope.locator('[data-testid="memory-item"] [data-testid="memory-text"]').allInnerTexts();
}

/** Waits until the Memory panel shows a memory whose text matches `pattern`. */
export async function waitForMemory(scope: Scope, pattern: RegExp): Promise<void> {
  await scope.locator('[data-testid="memory-item"] [data-testid="memory-text"]', { hasText: pattern }).first().waitFor();
}

/** Saves `<screenshotDir>/<name>.png` of the viewport. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // The caret blinks and the spinner turns: keep them out of the picture for stable images.
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}
