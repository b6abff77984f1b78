/**
 * End to end: exports and history in the built extension. On the demo TED notice, the popup's Export saves a
 * Markdown file (a real download, no `downloads` permission) and a printable HTML page that runs under its own
 * strict CSP; the options page's History lists the notice and reopens its report read only. Waits only for
 * conditions, never for fixed delays.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { axeViolations, launch, servePages, waitForTabReport } from './browser.mjs';
import { PAGES } from './pages.mjs';

const DEMO = PAGES[0].url;

let session;
/** Where the test keeps the downloaded files (the browser's own copies have no extension). */
let downloads;
before(async () => {
  session = await launch({ headless: true });
  await servePages(session.context);
  downloads = mkdtempSync(join(tmpdir(), 'tender-lens-exports-'));
});
after(async () => {
  await session?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});


/** Clicks the button and returns the download it starts: its file name, and its text saved under that name. */
async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = download.suggestedFilename();
  const path = join(downloads, name);
  await download.saveAs(path);
  return { name, path, text: readFileSync(path, 'utf8') };
}

describe('exports and history', () => {
  /** The notice tab stays open for the suite: a closed tab's report is forgotten. */
  let notice;
  let stored;
  let popup;

  before(async () => {
    notice = await session.context.newPage();
    await notice.goto(DEMO);
    stored = await waitForTabReport(session.worker, DEMO);
    popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${stored.tabId}`);
    await popup.locator('[data-testid="criterion-soc-labour-rights"]').waitFor();
  });
  after(async () => {
    await popup?.close();
    await notice?.close();
  });

  it('exports the report as Markdown: a download with the notice, its address, the versions and the evidence', async () => {
    await popup.getByRole('button', { name: 'Export' }).click();
    const md = await downloadFrom(popup, popup.getByRole('button', { name: 'Markdown' }));
    assert.match(md.name, /^tender-lens-181161-2020-\d{4}-\d{2}-\d{2}\.md$/);
    assert.match(md.text, /^# Tender Lens report: PV Servicing and Maintenance\n/);
    assert.ok(md.text.includes('- **Notice:** 181161-2020'));
    assert.ok(md.text.includes(`- **Address:** <${DEMO}>`));
    assert.ok(md.text.includes(`engine ${stored.report.engineVersion}, catalogue ${stored.report.catalogueVersion}`));
    assert.match(md.text, /- \*\*Audited:\*\* \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    assert.match(md.text, /\| Human and labour rights in the supply chain \| Present \|/);
    assert.match(md.text, /> Bidders must comply with modern slavery act/);
    // the table: one row per criterion, after its header and rule
    assert.equal(md.text.split('\n').filter((l) => l.startsWith('| ')).length, stored.report.results.length + 1);
    await popup.getByText(`Saved ${md.name}.`).waitFor();
  });

  it('exports a printable HTML page whose own style and Print button run under its CSP, and nothing else', async () => {
    const html = await downloadFrom(popup, popup.getByRole('button', { name: 'Printable page (HTML)' }));
    assert.match(html.name, /\.html$/);
    const page = await session.context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(pathToFileURL(html.path).href);
    assert.equal(await page.title(), 'Tender Lens report: PV Servicing and Maintenance');
    // the style sheet applied (allowed by its hash)
    assert.equal(await page.locator('table').evaluate((t) => getComputedStyle(t).borderCollapse), 'collapse');
    // the Print button's script runs (allowed by its hash): it calls window.print
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => document.body.dataset.printed === 'yes');
    assert.deepEqual(problems, []);
    // a script the page did not ship is refused
    const injected = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.injected = "yes"';
      const refused = new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
      document.body.append(s);
      return { refused: await refused, ran: document.body.dataset.injected === 'yes' };
    });
    assert.deepEqual(injected, { refused: 'script-src-elem', ran: false });
    await page.close();
  });

  it('shows the supplier checklist on demand; the popup with it open has no axe-core violations', async () => {
    const toggle = popup.getByRole('button', { name: /^Supplier checklist/ });
    await toggle.click();
    const item = popup.locator('[data-testid="checklist-soc-labour-rights-performance"]');
    await item.waitFor();
    assert.match(await item.innerText(), /modern slavery act/i);
    assert.deepEqual(await axeViolations(popup), []);
  });

  it('lists the notice in the options page’s History, and reopens its report read only', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const history = options.getByRole('region', { name: 'History' });
    const entry = history.locator('[data-testid="history-entry"]', { hasText: 'PV Servicing and Maintenance' });
    await entry.waitFor();
    assert.match(await entry.innerText(), /Scottish Water · 181161-2020/);
    assert.match(await entry.innerText(), new RegExp(`${stored.report.counts.missing} missing`));
    assert.equal(await history.locator('[data-testid="history-entry"]').count(), 1, 'one entry per notice');
    assert.deepEqual(await axeViolations(options), []);

    const [past] = await Promise.all([session.context.waitForEvent('page'), entry.getByRole('link', { name: 'PV Servicing and Maintenance' }).click()]);
    await past.locator('[data-testid="criterion-soc-labour-rights"]').waitFor();
    assert.match(past.url(), /\/popup\.html\?history=/);
    assert.match(await past.getByTestId('history-note').innerText(), /Read only/);
    for (const r of stored.report.results) {
      assert.equal(await past.locator(`[data-testid="criterion-${r.id}"]`).getAttribute('data-outcome'), r.outcome, r.id);
    }
    assert.equal(await past.getByRole('button', { name: /^Show in page/ }).count(), 0);
    await past.close();

    // clear, after the confirmation
    await history.getByRole('button', { name: 'Clear history…' }).click();
    await history.getByRole('button', { name: 'Delete all' }).click();
    await history.getByText('No audit yet.').waitFor();
    await options.close();
  });
});
