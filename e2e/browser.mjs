/** Launches Debian's Chromium with the built extension, and serves saved portal pages at their real URLs. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PAGES, PORTAL_PAGES } from './pages.mjs';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
export const EXTENSION_DIR = join(resolve(ROOT, process.env.TL_OUT_DIR || '.output'), 'chrome-mv3');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

/**
 * @param {{ headless?: boolean, locale?: string }} [opts]
 */
export async function launch(opts = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const headless = opts.headless ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'tender-lens-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    // headless: false + --headless=new runs Chromium's full headless mode, which loads extensions.
    headless: false,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ],
    viewport: headless ? { width: 1280, height: 900 } : null,
    ...(opts.locale ? { locale: opts.locale } : {}),
    // Chromium on Linux takes its UI language (chrome.i18n.getUILanguage, the extension's _locales) from LANGUAGE,
    // not from --lang; it needs the language's pack too (Debian: chromium-l10n)
    ...(opts.locale ? { env: { ...process.env, LANGUAGE: opts.locale } } : {}),
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}

/**
 * Serves every page of PAGES at its real URL. With `passThrough`, other requests go to the network as usual
 * (for `npm start` in a person's browser); without it they get a 404, so that tests never leave the machine.
 */
export async function servePages(context, { passThrough = false } = {}) {
  const all = [...PAGES, ...PORTAL_PAGES];
  const byUrl = new Map(all.map((p) => [p.url, p]));
  const hosts = [...new Set(all.map((p) => new URL(p.url).origin))];
  for (const origin of hosts) {
    await context.route(`${origin}/**`, (route) => {
      const page = byUrl.get(route.request().url());
      if (page) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: page.transform ? page.transform(readFileSync(join(ROOT, page.file), 'utf8')) : readFileSync(join(ROOT, page.file)),
        });
      }
      return passThrough ? route.continue() : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
  }
}

/** The stored {report, highlighted} of the tab showing `url`, once the background has it. */
export async function waitForTabReport(worker, url, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        // complete once the content script has said how many passages it highlighted
        if (key.startsWith('tab:') && value?.report?.notice?.url === u && typeof value.highlighted === 'number') {
          return { tabId: Number(key.slice(4)), ...value };
        }
      }
      return null;
    }, url);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no report for ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Records every request of the browser context: its pages, frames and the extension's service worker. `outside()`
 * lists those that went anywhere but the served pages (`allowed`: their URLs, or a test of a URL) and the
 * extension's own files: a test asserts it is empty, so that no request leaves the extension. (A page's own
 * requests count too: a served test page must ask for nothing it is not served.)
 * @param {import('playwright-core').BrowserContext} context
 * @param {string[] | ((url: string) => boolean)} allowed
 */
export function recordRequests(context, allowed) {
  const all = [];
  context.on('request', (r) => all.push(r.url()));
  const isAllowed = typeof allowed === 'function' ? allowed : (u) => allowed.includes(u);
  const ours = (u) => u.startsWith('chrome-extension://') || u.startsWith('data:') || u.startsWith('blob:');
  return { all, outside: () => all.filter((u) => !ours(u) && !isAllowed(u)) };
}

/**
 * Violations axe-core finds in the page (or, with `include`, in the elements it names, open shadow roots
 * included), printed when there are any. axe-core is evaluated through the DevTools protocol: an extension page's
 * CSP refuses inline script tags.
 */
export async function axeViolations(page, include = null) {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (inc) => {
    const r = await globalThis.axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, include);
  if (violations.length) console.error(JSON.stringify(violations, null, 2));
  return violations;
}
