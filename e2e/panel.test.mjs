/**
 * End to end: the in-page panel in Chromium, on saved TED pages served at their real URLs (one of them with a
 * strict Content-Security-Policy). Run with `npm run test:e2e` (builds first). Waits only for conditions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeViolations, launch, ROOT, servePages, waitForTabReport } from './browser.mjs';
import { PAGES } from './pages.mjs';

const DEMO = PAGES[0].url;
/** The demo notice again, served with a CSP that forbids every inline style and script. */
const STRICT = 'https://ted.europa.eu/en/notice/181164-2020/html';
const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

let session;

before(async () => {
  session = await launch({ headless: true });
  await servePages(session.context);
  // Registered after servePages: Playwright tries the latest route first.
  await session.context.route(STRICT, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP },
      // without the page's own inline <style> (the CSP would block it): any violation left would be ours
      body: readFileSync(join(ROOT, PAGES[0].file), 'utf8').replace(/<style[\s\S]*?<\/style>/gi, ''),
    }),
  );
});
after(async () => {
  await session?.close();
});

const host = (page) => page.locator('tender-lens-panel');
const badge = (page) => page.locator('tender-lens-panel [part~="badge"]');

/** Every element box of the page's body (the panel's host is outside the body). */
const boxes = (page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    }),
  );

describe('the in-page panel', () => {
  let page;
  before(async () => {
    page = await session.context.newPage();
    await page.goto(DEMO);
    await waitForTabReport(session.worker, DEMO);
    await badge(page).waitFor();
  });
  after(async () => {
    await page.close();
  });

  it('is a badge in a corner, styled by the extension, outside the page’s body', async () => {
    const state = await page.evaluate(() => {
      const h = document.querySelector('tender-lens-panel');
      const b = h.shadowRoot.querySelector('[part~="badge"]');
      return {
        parent: h.parentElement.tagName,
        position: getComputedStyle(h).position,
        background: getComputedStyle(b).backgroundColor,
        expanded: b.getAttribute('aria-expanded'),
        rect: b.getBoundingClientRect().toJSON(),
        viewport: [innerWidth, innerHeight],
      };
    });
    assert.equal(state.parent, 'HTML');
    assert.equal(state.position, 'fixed');
    assert.match(state.background, /^rgb\((180, 83, 9|21, 128, 61)\)$/, 'the ::part() rules of the manifest CSS apply');
    assert.equal(state.expanded, 'false');
    assert.ok(state.rect.right <= state.viewport[0] && state.rect.bottom <= state.viewport[1]);
    assert.ok(state.rect.width < 160 && state.rect.height < 48, `a small badge: ${JSON.stringify(state.rect)}`);
  });

  it('moves nothing of the page, open or closed', async () => {
    const closed = await boxes(page);
    await badge(page).click();
    await page.locator('tender-lens-panel [part~="panel"]').waitFor({ state: 'visible' });
    assert.deepEqual(await boxes(page), closed);
    const without = await page.evaluate(() => {
      const h = document.querySelector('tender-lens-panel');
      const next = h.nextSibling;
      const parent = h.parentNode;
      h.remove();
      const b = [...document.body.querySelectorAll('*')].map((e) => {
        const r = e.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
      });
      parent.insertBefore(h, next);
      return b;
    });
    assert.deepEqual(without, closed);
  });

  it('lists the criteria by outcome; "Show evidence" focuses the passage; Escape closes', async () => {
    const labour = page.locator('tender-lens-panel li[data-criterion="soc-labour-rights"]');
    assert.equal(await labour.getAttribute('part'), 'item present');
    await labour.locator('button').click();
    const focus = await page.evaluate(() => [...(CSS.highlights.get('tender-lens-focus') ?? [])].map((r) => r.toString()));
    assert.equal(focus.length, 1);
    assert.match(focus[0], /modern slavery act/i);
    assert.ok((await page.locator('tender-lens-panel li[part~="missing"], tender-lens-panel li[part~="uncertain"]').count()) > 0);

    await page.keyboard.press('Escape');
    const after = await page.evaluate(() => {
      const root = document.querySelector('tender-lens-panel').shadowRoot;
      return { expanded: root.querySelector('[part~="badge"]').getAttribute('aria-expanded'), focused: root.activeElement?.getAttribute('part') };
    });
    assert.deepEqual(after, { expanded: 'false', focused: 'badge missing' });
  });

  it('passes axe-core, closed and open (only our panel is checked: the portal’s page is not ours to judge)', async () => {
    // axe-core runs in the page's main world and reads the panel through its open shadow root
    assert.deepEqual(await axeViolations(page, [['tender-lens-panel']]), []);
    await badge(page).click();
    await page.locator('tender-lens-panel li[data-criterion]').first().waitFor();
    assert.deepEqual(await axeViolations(page, [['tender-lens-panel']]), []);
    await page.keyboard.press('Escape');
  });
});

describe('a notice page with a strict Content-Security-Policy', () => {
  it('still gets its highlights and a styled panel, and the page reports no violation', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      globalThis.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(STRICT);
    const { highlighted } = await waitForTabReport(session.worker, STRICT);
    assert.ok(highlighted > 0);
    await badge(page).waitFor();
    const state = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('tender-lens-panel').shadowRoot.querySelector('[part~="badge"]')).backgroundColor,
      highlights: CSS.highlights.get('tender-lens-present')?.size ?? 0,
      violations: globalThis.__violations,
    }));
    assert.match(state.background, /^rgb\((180, 83, 9|21, 128, 61)\)$/);
    assert.equal(state.highlights, highlighted);
    assert.deepEqual(state.violations, []);
    await page.close();
  });
});

describe('"Hide on this site"', () => {
  it('hides the panel and remembers it for the site; the page is still audited', async () => {
    let page = await session.context.newPage();
    await page.goto(DEMO);
    await waitForTabReport(session.worker, DEMO);
    await badge(page).click();
    await page.locator('tender-lens-panel button', { hasText: 'Hide on this site' }).click();
    await host(page).waitFor({ state: 'detached' });
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('panel:hidden-sites'));
    assert.deepEqual(stored['panel:hidden-sites'], ['ted.europa.eu']);
    await page.close();

    page = await session.context.newPage();
    await page.goto(DEMO);
    await waitForTabReport(session.worker, DEMO);
    // painted: the content script got past the point where it would have shown the panel
    await page.waitForFunction(() => (CSS.highlights.get('tender-lens-present')?.size ?? 0) > 0);
    assert.equal(await host(page).count(), 0);
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.remove('panel:hidden-sites'));
  });
});
