/**
 * End to end: the built extension in Debian's Chromium, on saved TED pages served at their real URLs.
 * Run with `npm run test:e2e` (builds first). Waits only for conditions, never for fixed delays.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, ROOT, servePages, waitForTabReport } from './browser.mjs';
import { PAGES } from './pages.mjs';

const DEMO = PAGES[0].url;
const DETAIL = PAGES[1].url;
const IT_SERVICES = PAGES[2].url;
const CHANGED_LAYOUT = PAGES[3].url;
const HOME = PAGES[4].url;

let session;
const requests = [];

before(async () => {
  session = await launch({ headless: true });
  await servePages(session.context);
  // Every request the browser makes: nothing may go anywhere but the served portal pages.
  session.context.on('request', (r) => requests.push(r.url()));
});
after(async () => {
  await session?.close();
});

const badgeOf = (tabId) => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** Texts of the ranges in our highlight, read from the page's main world (the registry is per document). */
const highlightedTexts = (page) =>
  page.evaluate(() => {
    const h = globalThis.CSS?.highlights?.get('tender-lens-present');
    return h ? [...h].map((r) => r.toString()) : [];
  });

describe('a TED notice page', () => {
  let page;
  let stored;
  before(async () => {
    page = await session.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(DEMO);
    stored = await waitForTabReport(session.worker, DEMO);
    assert.deepEqual(errors, [], 'the portal page throws no error');
  });

  it('audits the notice: labour-rights clause present with its passage, versions stamped', () => {
    const { report } = stored;
    assert.equal(report.notice.id, '181161-2020');
    assert.match(report.notice.title, /PV Servicing and Maintenance/);
    assert.ok(report.notice.cpv.includes('09331200'));
    const labour = report.results.find((r) => r.id === 'soc-labour-rights');
    assert.equal(labour.outcome, 'present');
    assert.match(labour.evidence[0].text, /modern slavery act/i);
    // The award criterion is of type "cost" (BT-539) but its text says only that price is not the only
    // criterion: a sign, not a life-cycle-costing requirement.
    const lcc = report.results.find((r) => r.id === 'eco-life-cycle-cost');
    assert.equal(lcc.outcome, 'uncertain');
    assert.match(lcc.reason, /BT-539/);
    assert.match(report.engineVersion, /^\d+\.\d+\.\d+$/);
    assert.ok(report.catalogueVersion);
    for (const r of report.results) if (r.outcome === 'uncertain') assert.ok(r.reason, `${r.id} uncertain has a reason`);
  });

  it('sets the badge to the number of missing criteria', async () => {
    // "0" too: an audited notice with nothing missing is a result; only a page without a notice has no badge.
    assert.equal(await badgeOf(stored.tabId), String(stored.report.counts.missing));
  });

  it('highlights the passages that prove present criteria, without changing the page', async () => {
    const texts = await highlightedTexts(page);
    assert.equal(texts.length, stored.highlighted);
    assert.ok(texts.some((t) => /modern slavery act/i.test(t)), `highlights: ${JSON.stringify(texts)}`);
    // Same elements and same text as the saved page: highlights are painted, not inserted.
    const html = readFileSync(join(ROOT, PAGES[0].file), 'utf8');
    const same = await page.evaluate((source) => {
      const saved = new DOMParser().parseFromString(source, 'text/html');
      return {
        elements: [document.body.querySelectorAll('*').length, saved.body.querySelectorAll('*').length],
        text: document.body.textContent === saved.body.textContent,
      };
    }, html);
    assert.equal(same.elements[0], same.elements[1]);
    assert.ok(same.text);
  });

  it('shows the report in the popup for that tab, evidence as text', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${stored.tabId}`);
    const row = popup.locator('[data-testid="criterion-soc-labour-rights"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-outcome'), 'present');
    assert.match(await popup.locator('[data-testid="evidence-soc-labour-rights-0"]').innerText(), /modern slavery act/i);
    for (const r of stored.report.results) {
      assert.equal(
        await popup.locator(`[data-testid="criterion-${r.id}"]`).getAttribute('data-outcome'),
        r.outcome,
        `${r.id} in the popup`,
      );
    }
    await popup.close();
  });
});

describe('the single-page detail address of the same notice', () => {
  it('is audited the same way', async () => {
    const page = await session.context.newPage();
    await page.goto(DETAIL);
    const { report } = await waitForTabReport(session.worker, DETAIL);
    assert.equal(report.results.find((r) => r.id === 'soc-labour-rights').outcome, 'present');
    await page.close();
  });
});

describe('an IT services notice with no accessibility requirement', () => {
  it('reports the missing criteria on the badge', async () => {
    const page = await session.context.newPage();
    await page.goto(IT_SERVICES);
    const { tabId, report } = await waitForTabReport(session.worker, IT_SERVICES);
    assert.ok(report.groups.includes('software-digital'));
    assert.equal(report.results.find((r) => r.id === 'soc-accessibility').outcome, 'missing');
    assert.ok(report.counts.missing >= 1);
    assert.equal(await badgeOf(tabId), String(report.counts.missing));
    await page.close();
  });
});

describe('a notice page whose layout changed', () => {
  it('ends in uncertain with the reason, never a false missing', async () => {
    const page = await session.context.newPage();
    await page.goto(CHANGED_LAYOUT);
    const { report } = await waitForTabReport(session.worker, CHANGED_LAYOUT);
    assert.deepEqual(
      report.results.filter((r) => r.outcome === 'missing').map((r) => r.id),
      [],
      'nothing is missing when the notice could not be read',
    );
    const uncertain = report.results.filter((r) => r.outcome === 'uncertain');
    assert.ok(uncertain.length > 0);
    for (const r of uncertain) assert.ok(r.reason, `${r.id} has a reason`);
    await page.close();
  });
});

describe('a TED page that is not a notice', () => {
  it('gets no badge, no highlight and no report', async () => {
    const page = await session.context.newPage();
    await page.goto(HOME, { waitUntil: 'load' });
    // The content script is declared for notice addresses only, so nothing of ours runs here. Without the
    // "tabs" permission the test cannot ask which tab shows the page; instead: every tab with a badge has a
    // stored report, and none of the reports is for this page.
    const state = await session.worker.evaluate(async () => {
      const stored = await chrome.storage.session.get(null);
      const tabs = await chrome.tabs.query({});
      const badges = await Promise.all(tabs.map(async (t) => [t.id, await chrome.action.getBadgeText({ tabId: t.id })]));
      return { stored, badges };
    });
    assert.ok(state.badges.length >= 2, 'the test sees every tab');
    for (const [id, text] of state.badges) {
      if (text !== '') assert.ok(state.stored[`tab:${id}`]?.report, `tab ${id} has a badge "${text}" without a report`);
    }
    for (const v of Object.values(state.stored)) assert.notEqual(v?.report?.notice?.url, HOME);
    assert.deepEqual(await highlightedTexts(page), []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[class*="tender-lens"], [data-tender-lens]').length), 0);
    await page.close();
  });
});

describe('privacy', () => {
  it('sends no request anywhere but the portal pages it was shown', () => {
    const allowed = new Set(PAGES.map((p) => p.url));
    const outside = requests.filter((u) => !allowed.has(u) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    assert.deepEqual(outside, []);
  });
});
