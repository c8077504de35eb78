/**
 * The UI figures of issue 12, in Debian's Chromium (`/usr/bin/chromium`, headless, through
 * playwright-core — never a downloaded browser):
 *
 * - **JavaScript of the first page**: every script the demo page fetched while opening a thread
 *   (entry and any chunks it pulled in), read from `web/dist` and gzipped here (level 9), per file
 *   and in total. Target ≤ 250 KB (1 KB = 1,000 bytes) gzipped.
 * - **A thread of 1,000 messages**: the workshop in this process (preferences demo, serving
 *   `web/dist`), 1,000 messages written straight into the attendee's history LIST with the
 *   project's store (as turns would leave them: user lines, markdown replies, a few tool calls and
 *   memories used) and registered in their thread list. Each load is a fresh browser context
 *   holding only the attendee's identity cookie (no HTTP cache, no storage); the time is read in
 *   the page with `performance.now()` (0 = navigation start) by a MutationObserver installed before
 *   any script runs: when `[data-testid="message-list"][data-loaded="true"]` holds the 1,000th
 *   `[data-testid="message"]`, and again one frame later (rAF + a message task: the frame showing
 *   them was produced). One untimed load first, then the median of `loads`. Target ≤ 300 ms.
 * - **Switching to it**: the page open on a short thread, a click on the long one in the thread
 *   list, until its 1,000th message is in the DOM (each sample a fresh page, so the long thread is
 *   read from the server every time).
 *
 * Builds nothing unless `web/dist` is missing or older than `web/src` (then it runs the same
 * build as `npm start`). Prints nothing: the caller prints.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBuild, webBuildNeeded } from '../scripts/ensure-web-build';
import { userHistoryPrefix } from '../server/src/compose';
import { ThreadRegistry } from '../server/src/devui/thread-registry';
import { RedisChatMessageStore } from '../server/src/history/redis-store';
import type { ChatMessage } from '../server/src/history/types';
import { startWorkshopServer } from '../test/workshop-server';
import { TURN_SCRIPT } from './fixtures';
import { round, summarize, type Summary } from './stats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What `npm run build` makes and the workshop serves. */
const builtUi = join(root, 'web', 'dist');
/** Debian's Chromium (`apt-get install chromium`), as the browser tests use it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Issue 12's targets. */
export const UI_TARGETS = { renderMs: 300, jsGzipBytes: 250_000 } as const;

const BIG_THREAD = 'bench_ui_long';
const SMALL_THREAD = 'bench_ui_short';
const WAIT_MS = 60_000;

/** Why the UI benchmark cannot run here, or undefined when it can. */
export function uiBenchUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM_PATH)) return `${CHROMIUM_PATH} is missing (apt-get install -y chromium)`;
  return undefined;
}

export interface JsFile {
  /** Path under `web/dist`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface UiBenchResult {
  chromium: string;
  /** `up to date`, or why `web/dist` was built first. */
  webBuild: string;
  js: {
    /** The scripts the demo page fetched while opening the long thread. */
    files: JsFile[];
    bytes: number;
    gzipBytes: number;
    /** Every script in `web/dist/assets` (including chunks the first page does not fetch). */
    builtFiles: number;
    builtGzipBytes: number;
    targetGzipBytes: number;
  };
  thread: {
    messages: number;
    /** Navigation start → the 1,000th message in the DOM. */
    rendered: Summary;
    /** … → the frame after that (layout and paint of it done). */
    painted: Summary;
    /** … → the markdown of every message formatted (older messages' is put off until the page is idle). */
    formatted: Summary;
    /** … → the thread's JSON answer fully received (what the page waited for before it could render). */
    dataReceived: Summary;
    /** Navigation start → the entry script evaluated (`DOMContentLoaded` of a module page). */
    scriptsReady: Summary;
    targetMs: number;
  };
  /** Click on the long thread in the list (page open on a short one) → its 1,000th message in the DOM. */
  switchThread: { rendered: Summary; painted: Summary; formatted: Summary };
}

/**
 * `count` messages as turns leave them: user lines, replies (three in four with markdown: bold,
 * lists, links, code), now and then a tool call and its result, memories used. Every text is
 * different (the turn number is in it), so nothing a page caches by text makes them cheaper.
 */
export function syntheticThread(count: number, start = Date.UTC(2025, 0, 6, 9)): ChatMessage[] {
  const messages: ChatMessage[] = [];
  let turn = 0;
  const push = (m: Omit<ChatMessage, 'id' | 'createdAt'>) => {
    if (messages.length < count) messages.push({ ...m, id: `m_${String(messages.length).padStart(4, '0')}`, createdAt: start + messages.length * 4_000 });
  };
  while (messages.length < count) {
    const line = TURN_SCRIPT[turn % TURN_SCRIPT.length];
    push({ role: 'user', text: `${line} (turn ${turn + 1})`, authorName: 'Ada' });
    if (turn % 12 === 3) {
      const id = `call_${turn}`;
      push({ role: 'assistant', text: '', toolCalls: [{ id, name: 'get_weather', arguments: { city: 'Paris' } }] });
      push({ role: 'tool', text: JSON.stringify({ city: 'Paris', forecast: 'light rain', celsius: 14 }), toolCallId: id, toolName: 'get_weather' });
    }
    push({ role: 'assistant', text: reply(turn), ...(turn % 3 === 0 ? { memoriesUsed: usedMemories(turn) } : {}) });
    turn += 1;
  }
  return messages;
}

function reply(turn: number): string {
  switch (turn % 4) {
    case 0:
      return `Noted — you live in **Seattle** and you are vegetarian. I will keep that in mind for turn ${turn + 1}.`;
    case 1:
      return [
        `Here is what I remember about you (turn ${turn + 1}):`,
        '',
        '- your name is **Alice**',
        '- you live in Seattle',
        '- you are vegetarian and love sushi',
        '',
        'Ask me again in another thread: the memories are kept in Redis, not in this conversation.',
      ].join('\n');
    case 2:
      return `Tonight I would try **Wild Ginger** (vegetarian sushi rolls) or *Cafe Flora*. Both take bookings online; say \`book\` and I will note it. See [the menu](https://example.com/menu/${turn}).`;
    default:
      return `It is light rain in Paris, 14 °C. Take an umbrella if you are going out this evening (turn ${turn + 1}), and a light jacket.`;
  }
}

function usedMemories(turn: number): NonNullable<ChatMessage['memoriesUsed']> {
  return [
    { id: `mem_${turn}_a`, text: 'The user lives in Seattle.', score: 0, kind: 'fact' },
    { id: `mem_${turn}_b`, text: 'The user is vegetarian and loves sushi.', score: 0.82, kind: 'message' },
  ];
}

/** The scripts in `web/dist` behind the URLs the page fetched, raw and gzipped. */
function jsFiles(webDist: string, urls: Iterable<string>): JsFile[] {
  const files: JsFile[] = [];
  for (const url of new Set(urls)) {
    const path = normalize(decodeURIComponent(new URL(url).pathname)).replace(/^\/+/, '');
    const full = join(webDist, path);
    if (!full.startsWith(webDist) || !existsSync(full)) throw new Error(`the page fetched ${url}, which is not in web/dist`);
    const body = readFileSync(full);
    files.push({ file: path, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  return files.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

function builtScripts(webDist: string): JsFile[] {
  const dir = join(webDist, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const body = readFileSync(join(dir, f));
      return { file: `assets/${f}`, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    });
}

/**
 * Runs before the page's own scripts: records (ms since navigation start) when the message list,
 * read from Redis, holds `want` messages, and one frame later. `__uiBenchArm()` starts over (a
 * thread switch). Plain JS in a string: the project's tsconfig has no DOM types.
 */
function probeScript(want: number): string {
  return `(() => {
    const state = { domMs: null, paintedMs: null, formattedMs: null };
    let observer = null;
    const check = () => {
      if (state.domMs === null) {
        const list = document.querySelector('[data-testid="message-list"][data-loaded="true"]');
        if (!list || list.querySelectorAll('[data-testid="message"]').length < ${want}) return;
        state.domMs = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { state.paintedMs = performance.now(); };
          channel.port2.postMessage(0);
        });
      }
      // Older messages whose markdown is put off until the page is idle: done when none is left.
      if (state.formattedMs === null && !document.querySelector('[data-markdown="pending"]')) {
        state.formattedMs = performance.now();
        observer.disconnect();
      }
    };
    const arm = () => {
      if (observer) observer.disconnect();
      state.domMs = null;
      state.paintedMs = null;
      state.formattedMs = null;
      observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-loaded', 'data-markdown'] });
    };
    window.__uiBench = state;
    window.__uiBenchArm = arm;
    arm();
  })();`;
}

interface Probe {
  domMs: number;
  paintedMs: number;
  formattedMs: number;
}

// What the callbacks below use in the page (the project's tsconfig has no DOM types).
declare const window: { __uiBench?: { domMs: number | null; paintedMs: number | null; formattedMs: number | null }; __uiBenchArm?: () => void };
declare const document: {
  querySelector(selector: string): { click(): void; getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): { length: number };
};

async function waitForProbe(page: Page): Promise<Probe> {
  try {
    const handle = await page.waitForFunction(() => (window.__uiBench?.paintedMs != null && window.__uiBench.formattedMs != null ? window.__uiBench : null), undefined, { timeout: WAIT_MS, polling: 50 });
    return (await handle.jsonValue()) as Probe;
  } catch (err) {
    // Say what the page showed instead: which thread, how many messages.
    const shown = await page
      .evaluate(() => ({ probe: window.__uiBench, messages: document.querySelectorAll('[data-testid="message"]').length, loaded: document.querySelector('[data-testid="message-list"]')?.getAttribute('data-loaded') }))
      .catch(() => undefined);
    throw new Error(`the page at ${page.url()} did not show the thread within ${WAIT_MS / 1000} s: ${JSON.stringify(shown)} (${(err as Error).message.split('\n')[0]})`);
  }
}

/** The page's own figures of the load: when the thread's answer was in and when the entry script had run. */
async function loadTimings(page: Page, threadId: string): Promise<{ dataReceived: number; scriptsReady: number }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate((id) => {
    const perf = performance as unknown as { getEntriesByType(type: string): unknown[] };
    const api = (perf.getEntriesByType('resource') as Array<{ name: string; responseEnd: number }>).filter((e) => e.name.includes(`/api/threads/${id}`));
    const nav = perf.getEntriesByType('navigation')[0] as { domContentLoadedEventEnd: number } | undefined;
    return { dataReceived: api.length ? api[api.length - 1].responseEnd : Number.NaN, scriptsReady: nav ? nav.domContentLoadedEventEnd : Number.NaN };
  }, threadId);
}

async function freshContext(browser: Browser, base: string, cookie: { name: string; value: string }, want: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addCookies([{ ...cookie, url: base }]);
  await context.addInitScript(probeScript(want));
  return context;
}

export async function benchUi(options: { redisUrl: string; messages?: number; loads?: number; webDist?: string }): Promise<UiBenchResult> {
  const count = options.messages ?? 1000;
  const loads = options.loads ?? 5;
  const webDist = options.webDist ?? builtUi;
  // Another build (to compare) is measured as it is.
  const reason = options.webDist ? undefined : webBuildNeeded();
  if (reason) {
    const built = ensureWebBuild({ stdio: 'pipe', quiet: true });
    if (!built.ok) throw new Error(`the web UI did not build (vite exit ${built.exit}); run "npm run build" to see why`);
  }
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist/index.html is missing');

  const server = await startWorkshopServer({ redisUrl: options.redisUrl, demos: ['preferences'], namespace: 'bench_ui', webDist });
  let browser: Browser | undefined;
  try {
    const workshop = server.workshop!;
    const base = server.url('preferences');
    const agent = workshop.demos.find((d) => d.id === 'preferences')!.agents[0];
    const client = workshop.redis.client;

    // The attendee: the identity cookie the page would get.
    const me = await fetch(`${base}/api/me`);
    const { userId } = (await me.json()) as { userId: string };
    const pair = me.headers.get('set-cookie')?.split(';')[0];
    if (!pair) throw new Error('GET /api/me issued no identity cookie');
    const cookie = { name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) };

    // Their threads, written where the server reads them (a left-over run's are replaced).
    const prefix = userHistoryPrefix(agent, userId);
    const store = (threadId: string) => new RedisChatMessageStore({ client, threadId, keyPrefix: prefix });
    const registry = new ThreadRegistry(client, (p, threadId) => new RedisChatMessageStore({ client, threadId, keyPrefix: p }), server.namespace);
    await store(SMALL_THREAD).addMessages(syntheticThread(2, Date.UTC(2025, 0, 5)).map((m) => ({ ...m, id: `s_${m.id}` })));
    await registry.register(prefix, SMALL_THREAD, 'A short thread');
    const big = store(BIG_THREAD);
    await big.clear();
    await big.addMessages(syntheticThread(count));
    if ((await big.count()) !== count) throw new Error(`wrote ${count} messages but the history holds ${await big.count()}`);
    await registry.register(prefix, BIG_THREAD, `A thread of ${count} messages`);

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const url = (threadId: string) => `${base}/?thread=${encodeURIComponent(threadId)}`;

    // Opening the long thread: one untimed load (which also lists the scripts fetched), then `loads` timed ones.
    const rendered: number[] = [];
    const painted: number[] = [];
    const formatted: number[] = [];
    const dataReceived: number[] = [];
    const scriptsReady: number[] = [];
    let scriptUrls: string[] = [];
    for (let i = -1; i < loads; i++) {
      const context = await freshContext(browser, base, cookie, count);
      try {
        const page = await context.newPage();
        const fetched: string[] = [];
        page.on('response', (res) => {
          if (res.request().resourceType() === 'script') fetched.push(res.url());
        });
        await page.goto(url(BIG_THREAD), { waitUntil: 'commit' });
        const probe = await waitForProbe(page);
        if (i < 0) {
          scriptUrls = fetched;
          continue;
        }
        const timings = await loadTimings(page, BIG_THREAD);
        rendered.push(probe.domMs);
        painted.push(probe.paintedMs);
        formatted.push(probe.formattedMs);
        dataReceived.push(timings.dataReceived);
        scriptsReady.push(timings.scriptsReady);
      } finally {
        await context.close();
      }
    }

    // Switching to it from the short thread.
    const switchRendered: number[] = [];
    const switchPainted: number[] = [];
    const switchFormatted: number[] = [];
    for (let i = -1; i < loads; i++) {
      const context = await freshContext(browser, base, cookie, count);
      try {
        const page = await context.newPage();
        await page.goto(url(SMALL_THREAD));
        await page.locator('[data-testid="connection-status"][data-status="open"]').waitFor();
        await page.locator(`[data-testid="thread-item"][data-thread-id="${SMALL_THREAD}"][data-active="true"]`).waitFor({ state: 'attached' });
        await page.locator('[data-testid="message-list"][data-loaded="true"]').waitFor({ state: 'attached' });
        const t0 = await page.evaluate((id) => {
          window.__uiBenchArm?.();
          const started = performance.now();
          document.querySelector(`[data-testid="thread-item"][data-thread-id="${id}"] .thread-select`)?.click();
          return started;
        }, BIG_THREAD);
        const probe = await waitForProbe(page);
        if (i < 0) continue;
        switchRendered.push(probe.domMs - t0);
        switchPainted.push(probe.paintedMs - t0);
        switchFormatted.push(probe.formattedMs - t0);
      } finally {
        await context.close();
      }
    }

    const files = jsFiles(webDist, scriptUrls);
    const built = builtScripts(webDist);
    return {
      chromium: browser.version(),
      webBuild: reason ? `built first: ${reason}` : 'up to date',
      js: {
        files,
        bytes: files.reduce((s, f) => s + f.bytes, 0),
        gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
        builtFiles: built.length,
        builtGzipBytes: built.reduce((s, f) => s + f.gzipBytes, 0),
        targetGzipBytes: UI_TARGETS.jsGzipBytes,
      },
      thread: {
        messages: count,
        rendered: summarize(rendered),
        painted: summarize(painted),
        formatted: summarize(formatted),
        dataReceived: summarize(dataReceived),
        scriptsReady: summarize(scriptsReady),
        targetMs: UI_TARGETS.renderMs,
      },
      switchThread: { rendered: summarize(switchRendered), painted: summarize(switchPainted), formatted: summarize(switchFormatted) },
    };
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/** `bytes` in KB (1,000 bytes), one decimal. */
export function kb(bytes: number): number {
  return round(bytes / 1000, 1);
}
