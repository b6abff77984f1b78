/**
 * The content script's cost, measured in headless Chromium with the built extension (issue #4's targets):
 * time from its start to the highlights on the largest saved notice page, its longest main-thread task, the
 * same page's axe-core audit as the peer figure, its gzipped size, and its work on a page that is not a notice.
 *
 * Everything is read from the browser: the content script's User Timing marks (`tender-lens:start`,
 * `tender-lens:highlighted`, `tender-lens:no-notice`, lens.ts), the Long Tasks API, and Chromium's trace
 * (chromium-trace.ts). Waits are for those marks, never for a fixed time. Needs the built extension
 * (`npm run build`, or TL_OUT_DIR=<dir> for another build directory) and Chromium (as the e2e tests do).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { portals } from '../entrypoints/content/portals';
import { cpu, markOf, ms, scriptEventsOn, startTrace, tasksOn, tasksOverlapping, type TraceEvent } from './chromium-trace';
import type { Measure } from './measure';


/** A saved page as e2e/pages.mjs lists it. */
interface SavedPage {
  url: string;
  file: string;
  transform?: (html: string) => string;
}

/** What this file uses of e2e/browser.mjs (plain JS, shared with the end-to-end tests). */
interface E2eBrowser {
  ROOT: string;
  EXTENSION_DIR: string;
  launch(opts?: { headless?: boolean }): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; close(): Promise<void> }>;
  servePages(context: BrowserContext): Promise<void>;
}

export interface ChromiumBenchOptions {
  /** Timed page loads of the largest page (at least 9; the first load of the browser is extra and not counted). */
  runs?: number;
  /** Traced page loads, for exact task lengths (tracing slows the page down, so they are not the timed ones). */
  tracedRuns?: number;
  /** Traced loads of the page that is not a notice. */
  nonNoticeRuns?: number;
}

/** How long any one mark may take to appear before the benchmark says what is missing. */
const MARK_DEADLINE_MS = 30_000;

/**
 * Main world, before the page's own scripts: a Long Tasks observer (the longest tasks, from the page's start)
 * and a mark observer to wait on. The isolated world's performance.mark lands in the same timeline.
 * A string, not a function: the TypeScript runner may add helpers to functions that do not exist in the page.
 */
const TIMELINE_OBSERVER = `(() => {
  const longTasks = [];
  const seen = new Set();
  const waiting = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { seen.add(e.name); for (const f of waiting.get(e.name) ?? []) f(); waiting.delete(e.name); }
  }).observe({ type: 'mark', buffered: true });
  window.__tenderLensBench = {
    longTasks,
    mark: (name) => seen.has(name) ? Promise.resolve() : new Promise((r) => waiting.set(name, [...(waiting.get(name) ?? []), r])),
  };
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const f1 = (x: number) => x.toFixed(1);

/** The text a reader gets from a saved page (scripts, styles and tags dropped, white space collapsed). */
function textLength(html: string): number {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ').length;
}

function htmlOf(root: string, page: SavedPage): string {
  const html = readFileSync(join(root, page.file), 'utf8');
  return page.transform ? page.transform(html) : html;
}

/** The saved page with the most text: what the content script reads, maps to the DOM and highlights. */
function largestPage(root: string, pages: SavedPage[]): { page: SavedPage; text: number; html: number } {
  const sized = pages.map((page) => {
    const html = htmlOf(root, page);
    return { page, text: textLength(html), html: html.length };
  });
  return sized.reduce((a, b) => (b.text > a.text ? b : a));
}

async function waitForMark(page: Page, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no "${name}" mark on ${page.url()} within ${MARK_DEADLINE_MS} ms: is the extension built from this tree?`)),
      MARK_DEADLINE_MS,
    );
  });
  try {
    await Promise.race([page.evaluate(`window.__tenderLensBench.mark(${JSON.stringify(name)})`), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** startTime of the first mark of that name, in the page's clock (ms). */
const markTime = (page: Page, name: string) =>
  page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}, 'mark')[0]?.startTime ?? NaN`) as Promise<number>;

interface TimedLoad {
  /** From `tender-lens:start` to `tender-lens:highlighted` (ms). */
  ours: number;
  /** Long tasks (≥ 50 ms) that overlap the content script's run, from its injection to the highlights. */
  longTasks: number[];
  /** axe.run(document) on the same page, right after (ms). */
  axe: number;
}

async function timedLoad(context: BrowserContext, url: string, axeSource: string | null): Promise<TimedLoad> {
  const page = await context.newPage();
  try {
    await page.addInitScript(TIMELINE_OBSERVER);
    await page.goto(url);
    await waitForMark(page, 'tender-lens:highlighted');
    const start = await markTime(page, 'tender-lens:start');
    const highlighted = await markTime(page, 'tender-lens:highlighted');
    const all = (await page.evaluate('window.__tenderLensBench.longTasks')) as { start: number; duration: number }[];
    // the task that injects the script starts before main(): a task counts when it ends after our start
    const longTasks = all.filter((t) => t.start + t.duration >= start && t.start <= highlighted).map((t) => t.duration);
    let axe = NaN;
    if (axeSource) {
      // evaluated rather than added as a <script>: a portal's Content-Security-Policy cannot block it
      await page.evaluate(axeSource);
      axe = (await page.evaluate(
        '(async () => { const t0 = performance.now(); await axe.run(document); return performance.now() - t0; })()',
      )) as number;
    }
    return { ours: highlighted - start, longTasks, axe };
  } finally {
    await page.close();
  }
}

interface TracedLoad {
  /** The longest main-thread task from the script's injection to the highlights: its CPU time and wall-clock time (ms). */
  longestCpu: number;
  longestWall: number;
  /** Compile and top-level evaluation of the script before main() (ms, wall-clock). */
  injection: number;
  /** The longest of the page's own tasks before the script was injected (ms, CPU), for comparison. */
  longestPageTask: number;
}

async function withTrace<T>(
  context: BrowserContext,
  run: (page: Page, cdp: CDPSession) => Promise<void>,
  read: (events: TraceEvent[]) => T,
): Promise<T> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.addInitScript(TIMELINE_OBSERVER);
    const trace = await startTrace(cdp);
    await run(page, cdp);
    return read(await trace.stop());
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

function tracedNotice(context: BrowserContext, url: string, scriptUrl: string): Promise<TracedLoad> {
  return withTrace(
    context,
    async (page) => {
      await page.goto(url);
      await waitForMark(page, 'tender-lens:highlighted');
    },
    (events) => {
      const start = markOf(events, 'tender-lens:start');
      const highlighted = markOf(events, 'tender-lens:highlighted');
      if (!start || !highlighted) throw new Error('the trace holds no tender-lens marks (blink.user_timing)');
      const injected = scriptEventsOn(events, start, scriptUrl).find((e) => e.ts <= start.ts);
      if (!injected) throw new Error(`the trace shows no evaluation of ${scriptUrl}`);
      const tasks = tasksOn(events, start);
      const ours = tasksOverlapping(tasks, injected.ts, highlighted.ts);
      const before = tasks.filter((t) => t.ts + (t.dur ?? 0) < injected.ts);
      return {
        longestCpu: ms(Math.max(0, ...ours.map(cpu))),
        longestWall: ms(Math.max(0, ...ours.map((t) => t.dur ?? 0))),
        injection: ms(start.ts - injected.ts),
        longestPageTask: ms(Math.max(0, ...before.map(cpu))),
      };
    },
  );
}

interface NonNoticeLoad {
  /** CPU time of the content script's code on the page's main thread, all of it (ms). */
  total: number;
  /** Of which compiling it (ms). */
  compile: number;
  /** Of which after it said "not a notice", while the page changed its DOM (ms), and in how many calls. */
  after: number;
  afterCalls: number;
  /** Performance.getMetrics ScriptDuration of the whole page (ms): a cross-check against the page unmatched. */
  scriptDuration: number;
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/**
 * What a page does after load, to wake anything left watching it (DOM changes, as a portal's own scripts make),
 * then two frames: a mutation observer's callback, a debounce shorter than a frame, would have run by then.
 */
const PAGE_ACTIVITY = `(async () => {
  for (let i = 0; i < 200; i++) { const d = document.createElement('div'); d.textContent = 'tender ' + i; document.body.append(d); }
  for (const d of document.querySelectorAll('body > div:nth-last-child(-n+100)')) d.remove();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
})()`;

/**
 * A page that is not a notice. `decides`: the script is injected there (a matched address) and says so with
 * its `tender-lens:no-notice` mark; otherwise the page is waited for (load, then PAGE_ACTIVITY), since a script
 * that is never injected leaves no mark to wait for.
 */
function tracedNonNotice(context: BrowserContext, url: string, scriptUrl: string, decides: boolean): Promise<NonNoticeLoad> {
  let duration = NaN;
  return withTrace(
    context,
    async (page, cdp) => {
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      if (decides) await waitForMark(page, 'tender-lens:no-notice');
      await page.evaluate(PAGE_ACTIVITY);
      duration = await scriptDuration(cdp);
    },
    (events) => {
      const decided = markOf(events, 'tender-lens:no-notice');
      if (decides && !decided) throw new Error('the trace holds no tender-lens:no-notice mark');
      // the page's main thread: where the script's mark is, or where the page was parsed if the script never ran
      const thread = decided ?? events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === url);
      if (!thread) throw new Error(`the trace shows neither the script's mark nor ${url} being parsed`);
      const ours = scriptEventsOn(events, thread, scriptUrl);
      const later = decided ? ours.filter((e) => e.ts > decided.ts) : ours;
      const compile = events.filter((e) => e.name === 'v8.compile' && e.args?.data?.url === scriptUrl && e.pid === thread.pid && e.tid === thread.tid);
      const sum = (es: TraceEvent[]) => ms(es.reduce((t, e) => t + cpu(e), 0));
      return { total: sum(ours), compile: sum(compile), after: sum(later), afterCalls: later.length, scriptDuration: duration };
    },
  );
}

/** The same page at an address the manifest does not match: no content script at all. */
async function unmatchedScriptDuration(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.evaluate(PAGE_ACTIVITY);
    return await scriptDuration(cdp);
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

export async function chromiumMeasures(options: ChromiumBenchOptions = {}): Promise<Record<string, Measure>> {
  const runs = Math.max(9, options.runs ?? 11);
  const tracedRuns = Math.max(1, options.tracedRuns ?? 5);
  const nonNoticeRuns = Math.max(1, options.nonNoticeRuns ?? 5);

  const e2e = (await import(new URL('../e2e/browser.mjs', import.meta.url).href)) as E2eBrowser;
  const { PAGES, PORTAL_PAGES } = (await import(new URL('../e2e/pages.mjs', import.meta.url).href)) as {
    PAGES: SavedPage[];
    PORTAL_PAGES: SavedPage[];
  };
  const manifestFile = join(e2e.EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No built extension in ${e2e.EXTENSION_DIR}: run \`npm run build\` (or set TL_OUT_DIR to the build directory) first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: { matches: string[]; js: string[] }[] };
  const script = manifest.content_scripts?.[0];
  if (!script?.js[0]) throw new Error(`${manifestFile} declares no content script`);
  const matched = (url: string) => script.matches.some((p) => new MatchPattern(p).includes(url));

  const measures: Record<string, Measure> = {};

  // Size: what every matched page downloads and compiles.
  const scriptFile = join(e2e.EXTENSION_DIR, script.js[0]);
  const bytes = readFileSync(scriptFile);
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  measures['chromium.content_script_gzip_kb'] = {
    value: round(gzipped / 1000, 1),
    unit: 'kB',
    target: 40,
    lowerIsBetter: true,
    note: `${script.js[0]}: ${(bytes.length / 1000).toFixed(1)} kB, gzip -9 ${gzipped} bytes (kB = 1000 bytes)`,
  };

  // The largest of the pages the end-to-end tests serve (the same page served at several addresses counts once).
  const unique = [...new Map([...PAGES, ...PORTAL_PAGES].map((p) => [`${p.file}|${String(p.transform)}`, p])).values()];
  const largest = largestPage(e2e.ROOT, unique);
  const url = largest.page.url;
  const name = basename(largest.page.file).replace(/\.html?$/, '');
  const origin = new URL(url).origin;
  if (!matched(url)) throw new Error(`${url} is not matched by the built manifest`);
  // The same page where the script is injected but its adapter says "not a notice" (one of the portal's own
  // example addresses), and where it is not injected at all.
  const adapter = portals.find((p) => p.isNotice(new URL(url)));
  const nonNoticeUrl = adapter?.examples.others.find((u) => new URL(u).origin === origin && matched(u) && !adapter.isNotice(new URL(u)));
  const unmatchedUrl = `${origin}/tender-lens-bench/not-matched`;
  if (!nonNoticeUrl || matched(unmatchedUrl)) {
    throw new Error(`no address on ${origin} that the manifest matches and ${adapter?.id ?? 'no adapter'} does not take as a notice`);
  }

  const axeSource = readFileSync(join(e2e.ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

  // The end-to-end tests' page that is not a notice (TED's home page): the manifest does not match it.
  const home = PAGES.find((p) => !portals.some((a) => a.isNotice(new URL(p.url))));
  if (!home) throw new Error('e2e/pages.mjs lists no page that is not a notice');

  const session = await e2e.launch({ headless: true });
  try {
    await e2e.servePages(session.context);
    const extra = new Map([nonNoticeUrl, unmatchedUrl].map((u) => [u, htmlOf(e2e.ROOT, largest.page)]));
    // registered after servePages, so asked first (Playwright tries routes newest first); other URLs fall back to it
    await session.context.route(`${origin}/**`, (route) => {
      const body = extra.get(route.request().url());
      return body === undefined ? route.fallback() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    const scriptUrl = `chrome-extension://${session.extensionId}/${script.js[0]}`;

    // The browser's first load: service worker and catalogue cold. Reported, not counted.
    const cold = await timedLoad(session.context, url, null);
    const timed: TimedLoad[] = [];
    for (let i = 0; i < runs; i++) timed.push(await timedLoad(session.context, url, axeSource));
    const traced: TracedLoad[] = [];
    for (let i = 0; i < tracedRuns; i++) traced.push(await tracedNotice(session.context, url, scriptUrl));
    const onHome: NonNoticeLoad[] = [];
    for (let i = 0; i < nonNoticeRuns; i++) onHome.push(await tracedNonNotice(session.context, home.url, scriptUrl, matched(home.url)));
    const nonNotice: NonNoticeLoad[] = [];
    for (let i = 0; i < nonNoticeRuns; i++) nonNotice.push(await tracedNonNotice(session.context, nonNoticeUrl, scriptUrl, true));
    const unmatched: number[] = [];
    for (let i = 0; i < nonNoticeRuns; i++) unmatched.push(await unmatchedScriptDuration(session.context, unmatchedUrl));

    const ours = timed.map((t) => t.ours);
    const where = `${name} (largest by text of the e2e pages: ${largest.text} characters, ${(largest.html / 1000).toFixed(0)} kB HTML)`;
    measures[`chromium.time_to_highlights.${name}`] = {
      value: round(median(ours), 1),
      unit: 'ms',
      target: 100,
      lowerIsBetter: true,
      note:
        `median of ${runs} fresh loads of ${where}, from the content script's main() to the highlights set (its User Timing ` +
        `marks; includes the background's audit); range ${f1(Math.min(...ours))}–${f1(Math.max(...ours))} ms; the browser's ` +
        `first load ${f1(cold.ours)} ms (not counted); compile + evaluation before main() ${f1(median(traced.map((t) => t.injection)))} ms (trace, wall-clock)`,
    };

    const cpuMax = Math.max(...traced.map((t) => t.longestCpu));
    const wallMax = Math.max(...traced.map((t) => t.longestWall));
    const longTasks = [...timed, cold].flatMap((t) => t.longTasks);
    const withLongTask = [...timed, cold].filter((t) => t.longTasks.length).length;
    measures[`chromium.longest_main_thread_task.${name}`] = {
      value: round(cpuMax, 1),
      unit: 'ms',
      target: 50,
      lowerIsBetter: true,
      note:
        `max over ${tracedRuns} traced loads of the longest main-thread task from the script's injection to the highlights, ` +
        `CPU time (per load ${traced.map((t) => f1(t.longestCpu)).join(', ')}); wall-clock max ${f1(wallMax)} ms, which also counts ` +
        `the time other processes had the core; Long Tasks API (wall-clock): ${withLongTask}/${runs + 1} timed loads had one ` +
        `over 50 ms${longTasks.length ? ` (longest ${f1(Math.max(...longTasks))} ms)` : ''}; the page's own longest task ` +
        `before the script ${f1(Math.max(...traced.map((t) => t.longestPageTask)))} ms CPU`,
    };

    const ratios = timed.map((t) => t.ours / t.axe);
    measures[`chromium.vs_axe.${name}`] = {
      value: round(median(ratios)),
      unit: 'x',
      target: 0.2,
      lowerIsBetter: true,
      note:
        `median per load of ours / axe-core ${readAxeVersion(e2e.ROOT)}'s axe.run(document) on the same page right after: ` +
        `ours ${f1(median(ours))} ms, axe ${f1(median(timed.map((t) => t.axe)))} ms (medians)`,
    };

    const homeTotal = Math.max(...onHome.map((n) => n.total));
    measures['chromium.non_notice_page_script_ms'] = {
      value: round(homeTotal, 2),
      unit: 'ms',
      target: 0,
      lowerIsBetter: true,
      note:
        `max over ${nonNoticeRuns} loads of ${home.url} (the e2e tests' page that is not a notice): CPU time of the content ` +
        `script's code on the main thread (trace), ${matched(home.url) ? 'matched by the manifest' : 'not matched by the manifest, so never injected'}; ` +
        `ScriptDuration ${f1(median(onHome.map((n) => n.scriptDuration)))} ms (the page's own scripts)`,
    };

    const compile = median(nonNotice.map((n) => n.compile));
    measures['chromium.matched_non_notice_page_script_ms'] = {
      value: round(median(nonNotice.map((n) => n.total)), 1),
      unit: 'ms',
      target: 16,
      lowerIsBetter: true,
      note:
        `median of ${nonNoticeRuns} loads of ${name} at ${new URL(nonNoticeUrl).pathname} (matched, but not a notice: the ` +
        `script is injected and returns): CPU time of its code on the main thread (trace), of which compiling it ` +
        `${f1(compile)} ms; target one 60 Hz frame; ScriptDuration ${f1(median(nonNotice.map((n) => n.scriptDuration)))} ms ` +
        `there vs ${f1(median(unmatched))} ms at an address the manifest does not match`,
    };

    const after = [...onHome, ...nonNotice];
    measures['chromium.non_notice_page_work_after_ms'] = {
      value: round(Math.max(...after.map((n) => n.after)), 2),
      unit: 'ms',
      target: 0,
      lowerIsBetter: true,
      note:
        `max over the ${after.length} loads above: CPU time of the content script's code after it said "not a notice" ` +
        `(${Math.max(...after.map((n) => n.afterCalls))} calls) while the page adds and removes 200 elements: nothing left watching`,
    };
  } finally {
    await session.close();
  }
  return measures;
}

function readAxeVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules/axe-core/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}
