/**
 * End to end: a hostile notice page (e2e/pages/hostile-notice.html) at a TED address, in Chromium with the
 * extension. Its own script breaks every built-in of its world (DOM queries and traversal, Array, JSON, Promise,
 * timers, observers, fetch, events, CSS highlights, console); part of its notice sits in a closed shadow root and in
 * a frame from another site; and its text holds markup and script (`<img src=… onerror=alert(…)>`, `<script>`).
 *
 * The content script runs in its own world, so it still audits the notice and highlights the evidence. What it
 * cannot read is said (uncertain, with the reason), never a silent "missing". The markup stays text wherever the
 * report goes: the in-page panel, the popup, the options page's history and the exports. Nothing runs (no dialog),
 * nothing becomes an element (no <img>, hence no request to attacker.invalid, which the request record would
 * show), and the content script logs no error and throws nothing.
 * Waits only for conditions.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { launch, recordRequests, ROOT, waitForTabReport } from './browser.mjs';

const NOTICE = 'https://ted.europa.eu/en/notice/700007-2024/html';
const FRAME = 'https://documents.tenders.invalid/lot-2.html';
const FRAME_HTML = '<!DOCTYPE html><html lang="en"><body><p>Lot 2: the contractor shall take back and recycle all used microfibre cloths.</p></body></html>';
/** Raw markup in Markdown: a "<" not escaped with a backslash. */
const RAW_MARKDOWN_MARKUP = /(?<!\\)<(img|script|b)\b/;

let session;
let requests;
let downloads;
const dialogs = [];

before(async () => {
  session = await launch({ headless: true });
  // the served page and frame, and the exported page the test opens from disk
  requests = recordRequests(session.context, (u) => u === NOTICE || u === FRAME || (!!downloads && u.startsWith(pathToFileURL(downloads).href)));
  await session.context.route(NOTICE, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(ROOT, 'e2e/pages/hostile-notice.html')) }));
  await session.context.route(FRAME, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FRAME_HTML }));
  // any alert() that ran, in any page of the browser
  const watch = (p) =>
    p.on('dialog', (d) => {
      dialogs.push(`${p.url()}: ${d.message()}`);
      void d.dismiss();
    });
  session.context.pages().forEach(watch);
  session.context.on('page', watch);
  downloads = mkdtempSync(join(tmpdir(), 'tender-lens-hostile-'));
});
after(async () => {
  await session?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/**
 * The content script's world of a page, over the DevTools protocol: to read what it sees (the page's own world is
 * broken on purpose), and to collect what it logs and throws.
 */
async function contentWorld(page) {
  const cdp = await session.context.newCDPSession(page);
  const worlds = new Map();
  const problems = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds.set(context.id, context);
  });
  // contexts of the pages before (about:blank, a reload) go away: only the live one is asked
  const live = new Set();
  cdp.on('Runtime.executionContextCreated', ({ context }) => live.add(context.id));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => live.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => live.clear());
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (worlds.has(e.executionContextId) && (e.type === 'error' || e.type === 'assert')) problems.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    if (worlds.has(d.executionContextId) || /chrome-extension:\/\//.test(d.url ?? '')) problems.push(`uncaught: ${d.exception?.description ?? d.text}`);
  });
  await cdp.send('Runtime.enable');
  return {
    problems,
    async evaluate(expression) {
      const id = [...worlds.keys()].filter((k) => live.has(k)).pop();
      assert.ok(id !== undefined, 'the content script runs in the page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: id, expression, returnByValue: true, awaitPromise: true });
      assert.equal(exceptionDetails, undefined, exceptionDetails?.exception?.description);
      return result.value;
    },
  };
}

/** Clicks the button and returns the download it starts: its file name and text. */
async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

describe('a hostile notice page', () => {
  let page;
  let world;
  let stored;
  before(async () => {
    page = await session.context.newPage();
    world = await contentWorld(page);
    await page.goto(NOTICE);
    stored = await waitForTabReport(session.worker, NOTICE);
  });
  after(async () => {
    await page?.close();
  });

  it('breaks its own world for real', async () => {
    assert.equal(await page.getAttribute('html', 'data-broken'), 'yes');
  });

  it('is audited: the evidence is found, with its markup as text', () => {
    const { report } = stored;
    assert.equal(report.notice.id, '700007-2024');
    assert.equal(report.notice.title, "Office cleaning <img src=https://attacker.invalid/title.png onerror=alert('title')>");
    const ecolabel = report.results.find((r) => r.id === 'env-ecolabel');
    assert.equal(ecolabel.outcome, 'present');
    assert.match(ecolabel.evidence[0].text, /EU Ecolabel <img src=https:\/\/attacker\.invalid\/evidence\.png onerror=alert\('evidence'\)>/);
  });

  it('says what it could not read (a closed shadow root, a frame from another site): uncertain, never missing', () => {
    const { report } = stored;
    assert.deepEqual(report.results.filter((r) => r.outcome === 'missing').map((r) => r.id), []);
    const labour = report.results.find((r) => r.id === 'soc-fair-work');
    assert.equal(labour.outcome, 'uncertain');
    assert.match(labour.reason, /inside shadow roots, which are not read: <notice-terms> \(closed, \d+ characters\)/);
    assert.match(labour.reason, /in frames, which are not read: a frame from https:\/\/documents\.tenders\.invalid/);
  });

  it('highlights the evidence in the page, from its own world', async () => {
    const texts = await world.evaluate(`[...(CSS.highlights.get('tender-lens-present') ?? [])].map((r) => r.toString())`);
    assert.equal(texts.length, stored.highlighted);
    assert.ok(texts.some((t) => t.includes('EU Ecolabel')), JSON.stringify(texts));
  });

  it('shows the panel with the markup as text: no element from the notice in its shadow root', async () => {
    const panel = await world.evaluate(`(() => {
      const host = document.querySelector('tender-lens-panel');
      const root = host?.shadowRoot;
      if (!root) return null;
      root.querySelector('[part~="badge"]')?.click();
      const all = [...root.querySelectorAll('*')];
      return {
        foreign: all.filter((e) => /^(img|script|iframe|object|embed|b|svg|image|video|audio|link|style)$/i.test(e.tagName) && e.tagName !== 'STYLE').map((e) => e.outerHTML),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        text: root.textContent,
      };
    })()`);
    assert.ok(panel, 'the panel is on the page');
    assert.deepEqual(panel.foreign, []);
    assert.deepEqual(panel.handlers, []);
    // the page's own <tender-lens-panel> definition did not take our panel over
    assert.doesNotMatch(panel.text, /A panel of the page/);
    assert.ok(panel.text.length > 0);
    // the page itself gained no element from its text either
    assert.equal(await world.evaluate(`document.querySelectorAll('img, script:not([src])').length`), 1, 'the page’s own script only');
  });

  it('shows the report in the popup, markup as text', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${stored.tabId}`);
    const quote = popup.locator('[data-testid="evidence-env-ecolabel-0"]');
    await quote.waitFor();
    assert.match(await quote.innerText(), /<img src=https:\/\/attacker\.invalid\/evidence\.png onerror=alert\('evidence'\)>/);
    assert.match(await popup.locator('body').innerText(), /Office cleaning <img src=https:\/\/attacker\.invalid\/title\.png/);
    assert.equal(await popup.locator('img[src*="attacker"], img[onerror], script:not([src]), [onmouseover]').count(), 0);

    // the exports: every format, markup escaped in Markdown and HTML, the HTML page inert
    await popup.locator('[data-testid="export-menu"] > button').click();
    const formats = popup.locator('[data-testid="export-menu"] [role="group"] button');
    const files = [];
    for (let i = 0; i < (await formats.count()); i++) files.push(await downloadFrom(popup, formats.nth(i)));
    const byExt = Object.fromEntries(files.map((f) => [f.name.split('.').pop(), f]));
    assert.deepEqual(Object.keys(byExt).sort(), ['csv', 'html', 'json', 'md']);
    assert.ok(byExt.md.text.includes('\\<img src=https://attacker.invalid/evidence.png'), 'Markdown escapes the markup');
    assert.doesNotMatch(byExt.md.text, RAW_MARKDOWN_MARKUP);
    assert.ok(byExt.html.text.includes('&lt;img src=https://attacker.invalid/evidence.png'), 'HTML escapes the markup');
    // no tag from the notice (its own script aside: the Print button's), and no handler in any tag
    const tags = byExt.html.text.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').match(/<[a-z][^>]*>/gi) ?? [];
    assert.deepEqual(tags.filter((t) => /^<(img|b|iframe|object|embed)\b/i.test(t) || /\son\w+=/i.test(t)), []);
    assert.equal(JSON.parse(byExt.json.text).notice.title, stored.report.notice.title, 'JSON keeps the text as it is');
    const view = await session.context.newPage();
    await view.goto(pathToFileURL(byExt.html.path).href);
    assert.equal(await view.locator('img, iframe, object, embed, [onerror], [onmouseover]').count(), 0);
    assert.match(await view.locator('body').innerText(), /EU Ecolabel <img src=https:\/\/attacker\.invalid\/evidence\.png/);
    await view.close();
    await popup.close();
  });

  it('lists the notice in the options page’s history, markup as text', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const entry = options.locator('[data-testid="history-entry"]', { hasText: 'Office cleaning' });
    await entry.waitFor();
    assert.match(await entry.innerText(), /Office cleaning <img src=https:\/\/attacker\.invalid\/title\.png/);
    assert.equal(await options.locator('img[src*="attacker"], [onerror], [onmouseover], script:not([src])').count(), 0);
    await options.close();
  });

  it('ran none of the markup, logged no error and threw nothing from the content script', () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(world.problems, []);
  });

  it('sent no request anywhere but the page and its frame (an <img> made from the text would have)', () => {
    assert.deepEqual(requests.outside(), []);
  });
});
