/**
 * End to end, one saved page per portal adapter at a real notice address of its portal: the content script
 * recognises the notice, the background audits it and sets the badge, the page shows the highlighted evidence.
 * Pages that were built from a portal's documented structure (no saved copy exists) say so at their top.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, servePages, waitForTabReport } from './browser.mjs';
import { PORTAL_PAGES } from './pages.mjs';

let session;
before(async () => {
  session = await launch({ headless: true });
  await servePages(session.context);
});
after(async () => {
  await session?.close();
});

describe('every portal adapter in Chromium', () => {
  for (const { portal, url } of PORTAL_PAGES) {
    it(`${portal}: ${url}`, async () => {
      const page = await session.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e));
      await page.goto(url);
      const { tabId, report, highlighted } = await waitForTabReport(session.worker, url);
      assert.ok(report.notice.title.trim(), 'the notice has a title');
      assert.ok(report.results.length >= 36, 'every criterion is judged');
      for (const r of report.results) if (r.outcome === 'uncertain') assert.ok(r.reason, `${r.id} uncertain has a reason`);
      const badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      assert.equal(badge, String(report.results.filter((r) => r.outcome === 'missing').length));
      const texts = await page.evaluate(() => {
        const h = globalThis.CSS?.highlights?.get('tender-lens-present');
        return h ? [...h].map((r) => r.toString()) : [];
      });
      assert.equal(texts.length, highlighted, 'the page shows as many highlights as the content script reported');
      // every highlighted passage is text evidence of a present criterion, or the value of a field that is
      // (a structured field's whole value is highlighted: "Contract is suitable for SMEs?: Yes")
      const present = report.results.filter((r) => r.outcome === 'present').flatMap((r) => r.evidence);
      const textEvidence = present.filter((e) => e.kind === 'text').map((e) => e.text.replace(/\s+/g, ' ').trim());
      const fieldCount = present.filter((e) => e.kind === 'field').length;
      let fieldHighlights = 0;
      for (const t of texts) {
        const norm = t.replace(/\s+/g, ' ').trim();
        if (!textEvidence.some((e) => e.includes(norm) || norm.includes(e))) fieldHighlights++;
      }
      assert.ok(fieldHighlights <= fieldCount, `${fieldHighlights} highlights are neither text evidence nor field values`);
      // saved pages run their own scripts without their libraries ("$ is not defined"): only our errors count
      const ours = errors.filter((e) => String(e.stack ?? e).includes('chrome-extension://'));
      assert.deepEqual(ours, [], 'the extension throws nothing into the portal page');
      await page.close();
    });
  }
});
