/**
 * End to end: the extension's life around open portal pages, in Chromium.
 * - The extension is reloaded (as an update does) while a notice page is open: the old content script loses its
 *   extension ("Extension context invalidated"). The page keeps working, the content script takes its marks and
 *   panel out as soon as it notices, throws nothing and logs no error; reloading the page brings Tender Lens back.
 * - The service worker is stopped (as Chromium does after 30 s idle): the tab's report survives it (session
 *   storage), and the popup shows it from the restarted worker.
 * Waits only for conditions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, recordRequests, servePages, waitForTabReport } from './browser.mjs';
import { PAGES } from './pages.mjs';

const DEMO = PAGES[0].url;
const IT_SERVICES = PAGES[2].url;

let session;
let requests;
before(async () => {
  session = await launch({ headless: true });
  await servePages(session.context);
  requests = recordRequests(session.context, PAGES.map((p) => p.url));
});
after(async () => {
  await session?.close();
});

/** What the content script of a page logs as an error or throws, over the DevTools protocol (it runs in its own world). */
async function watchContentScript(page) {
  const cdp = await session.context.newCDPSession(page);
  const ours = new Set();
  const problems = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) ours.add(context.id);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (ours.has(e.executionContextId) && e.type === 'error') problems.push(`console.error: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    if (ours.has(d.executionContextId) || /chrome-extension:\/\//.test(d.url ?? '')) problems.push(`uncaught: ${d.exception?.description ?? d.text}`);
  });
  await cdp.send('Runtime.enable');
  return { cdp, problems };
}

const panelCount = (page) => page.evaluate(() => document.querySelectorAll('tender-lens-panel').length);
const highlightCount = (page) => page.evaluate(() => globalThis.CSS?.highlights?.get('tender-lens-present')?.size ?? 0);

describe('the extension reloaded while a notice page is open', () => {
  it('leaves the page working, takes its marks and panel out, and throws nothing', async () => {
    const page = await session.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const { problems } = await watchContentScript(page);
    await page.goto(DEMO);
    await waitForTabReport(session.worker, DEMO);
    await page.locator('tender-lens-panel').waitFor();
    assert.ok((await highlightCount(page)) > 0);

    // Developer mode on, as for anyone who loads an unpacked extension (Chromium disables an unpacked extension
    // loaded from the command line when it reloads without it), then chrome.runtime.reload(), as an update does:
    // the worker goes, a new one comes.
    const settings = await session.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(() => new Promise((resolve) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)));
    await settings.close();
    const restarted = session.context.waitForEvent('serviceworker');
    await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => {}); // the worker may go before it answers
    session.worker = await restarted;

    // The page changes its notice, as a single-page portal does: the old content script looks again, finds its
    // extension gone, and stops, taking out what it had put in the page.
    await page.evaluate(() => {
      document.querySelector('#notice').append(Object.assign(document.createElement('p'), { textContent: 'A corrigendum was published.' }));
    });
    await page.waitForFunction(() => document.querySelectorAll('tender-lens-panel').length === 0 && (globalThis.CSS?.highlights?.get('tender-lens-present')?.size ?? 0) === 0);
    // the page still works: its own DOM, events and scripts
    assert.equal(await page.evaluate(() => document.querySelector('#notice p:last-child').textContent), 'A corrigendum was published.');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(problems, []);

    // a reload of the page gets the new content script, which audits it again
    await page.reload();
    const again = await waitForTabReport(session.worker, DEMO);
    assert.equal(again.report.results.find((r) => r.id === 'soc-labour-rights').outcome, 'present');
    await page.locator('tender-lens-panel').waitFor();
    assert.equal(await panelCount(page), 1);
    assert.ok((await highlightCount(page)) > 0);
    await page.close();
  });
});

describe('the service worker stopped and started again', () => {
  it('keeps each tab’s report: the popup shows it, the badge still counts it', async () => {
    const page = await session.context.newPage();
    await page.goto(IT_SERVICES);
    const stored = await waitForTabReport(session.worker, IT_SERVICES);
    const badgeBefore = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), stored.tabId);

    // stop it through the DevTools protocol, as Chromium stops an idle worker
    const cdp = await session.context.newCDPSession(page);
    const running = new Promise((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const v = versions.find((x) => x.scriptURL === session.worker.url() && x.runningStatus === 'running');
        if (v) resolve(v.versionId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopWorker', { versionId: await running });
    await cdp.detach();
    // gone when the browser lists no target for it any more
    const browser = await session.context.browser().newBrowserCDPSession();
    const workerTargets = async () =>
      (await browser.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url === session.worker.url());
    while ((await workerTargets()).length > 0) await new Promise((r) => setTimeout(r, 50));

    // the popup for that tab wakes a new worker, which reads the report back from session storage
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${stored.tabId}`);
    await popup.locator('[data-testid="criterion-soc-accessibility"]').waitFor();
    for (const r of stored.report.results) {
      assert.equal(await popup.locator(`[data-testid="criterion-${r.id}"]`).getAttribute('data-outcome'), r.outcome, r.id);
    }
    // (asked from the popup, an extension page: the test tool keeps its handle on the stopped worker)
    assert.equal(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), stored.tabId), badgeBefore);
    assert.equal((await workerTargets()).length, 1, 'a new worker runs');
    await browser.detach();
    await popup.close();
    await page.close();
  });
});

describe('privacy', () => {
  it('sent no request anywhere but the portal pages it was shown', () => {
    assert.deepEqual(requests.outside(), []);
  });
});
