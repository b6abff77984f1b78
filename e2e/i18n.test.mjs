/**
 * End to end: Chromium started in French (--lang=fr, LANGUAGE=fr; on Debian the French pack, chromium-l10n).
 * On a French TED notice the in-page panel, the popup and its model clauses are in French, and so is the
 * options page; choosing German there turns the open popup German at once, and the panel on the next load.
 * Waits only for conditions, never for fixed delays.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromiumPath, launch, ROOT, servePages, waitForTabReport } from './browser.mjs';
import { PAGES } from './pages.mjs';

const FRENCH_NOTICE = PAGES.find((p) => p.file.endsWith('362098-2020.html')).url;

/** A criterion's name in a language, from its catalogue file (the e2e tests read no TypeScript). */
function nameOf(id, lang) {
  const source = readFileSync(join(ROOT, 'criteria/catalogue', `${id}.ts`), 'utf8');
  const block = /name: \{([^}]*)\}/.exec(source)[1];
  return new RegExp(`${lang}: '((?:[^'\\\\]|\\\\.)*)'`).exec(block)[1].replace(/\\'/g, "'");
}

/** Whether this Chromium has its French UI pack: Debian ships only en-US with `chromium` (the rest: chromium-l10n). */
function hasFrenchPack() {
  const exe = realpathSync(chromiumPath());
  const dirs = [join(dirname(exe), 'locales'), '/usr/lib/chromium/locales', '/usr/lib/chromium-browser/locales', '/usr/lib64/chromium-browser/locales'];
  return dirs.some((d) => existsSync(join(d, 'fr.pak')));
}

let session;
let uiLanguage;
/** Set when Chromium cannot start in French here: the tests say why and skip, rather than test English. */
let skip = '';
before(async () => {
  session = await launch({ headless: true, locale: 'fr' });
  await servePages(session.context);
  uiLanguage = await session.worker.evaluate(() => chrome.i18n.getUILanguage());
  if (uiLanguage !== 'fr' && !hasFrenchPack()) {
    const why = 'this Chromium has no French language pack (Debian: sudo apt-get install chromium-l10n)';
    // CI installs the pack (.ci/run): there, its absence is a failure, never a quiet skip
    if (process.env.CI) throw new Error(why);
    skip = why;
  }
});
after(async () => {
  await session?.close();
});

describe('Chromium in French', () => {
  let notice;
  let popup;
  let stored;

  before(async () => {
    if (skip) return;
    notice = await session.context.newPage();
    await notice.goto(FRENCH_NOTICE);
    stored = await waitForTabReport(session.worker, FRENCH_NOTICE);
    popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${stored.tabId}`);
    await popup.locator('[data-testid="criterion-soc-accessibility"]').waitFor();
  });
  after(async () => {
    await popup?.close();
    await notice?.close();
  });

  it('is a French browser: chrome.i18n says so in the service worker, and the manifest’s words are French', async (t) => {
    if (skip) return t.skip(skip);
    assert.equal(uiLanguage, 'fr', 'Chromium needs its French pack (Debian: apt-get install chromium-l10n)');
    const description = await session.worker.evaluate(() => chrome.i18n.getMessage('extDescription'));
    assert.match(description, /^Vérifie les avis de marchés publics/);
  });

  it('reads the notice as French, and the panel on the page speaks French', async (t) => {
    if (skip) return t.skip(skip);
    assert.equal(stored.report.notice.language, 'fr');
    const badge = notice.locator('tender-lens-panel [part~="badge"]');
    await badge.waitFor();
    assert.match(await badge.textContent(), /^\d+ manquants?$/);
    assert.equal(await notice.locator('tender-lens-panel [part~="frame"]').getAttribute('lang'), 'fr');
    await badge.click();
    const row = notice.locator('tender-lens-panel li[data-criterion="soc-accessibility"]');
    assert.equal(await row.locator('[part~="name"]').textContent(), nameOf('soc-accessibility', 'fr'));
    assert.equal(await row.locator('button').textContent(), 'Clauses types');
    await notice.keyboard.press('Escape');
  });

  it('opens the popup in French, with the criteria named in French', async (t) => {
    if (skip) return t.skip(skip);
    assert.equal(await popup.locator('html').getAttribute('lang'), 'fr');
    await popup.getByRole('heading', { level: 2, name: /^Couverture/ }).waitFor();
    const row = popup.locator('[data-testid="criterion-soc-accessibility"]');
    assert.equal(await row.locator('h3').textContent(), nameOf('soc-accessibility', 'fr'));
    assert.equal(await row.locator('.outcome-badge').textContent(), 'Manquant');
    assert.match(await popup.locator('footer').textContent(), /Fonctionne en local/);
  });

  it('offers French model clauses for what the notice misses, ready to insert', async (t) => {
    if (skip) return t.skip(skip);
    const suggestions = popup.locator('[data-testid="criterion-soc-accessibility"] [data-testid="suggestions"]');
    await suggestions.locator('.clause').first().waitFor();
    assert.match(await suggestions.locator('.suggestions-toggle').textContent(), /^Clauses types \(\d+\)$/);
    const clause = suggestions.locator('.clause').first();
    assert.equal(await clause.locator('.clause-title').getAttribute('lang'), 'fr');
    assert.equal(await clause.locator('.clause-text').getAttribute('lang'), 'fr');
    assert.match(await clause.locator('.clause-text').textContent(), /\b(?:le|la|les|des|du)\b/);
    assert.equal(await clause.getByRole('button', { name: 'Insérer' }).count(), 1);
  });

  it('switches to German from the options page: the page itself, the open popup at once, the panel on reload', async (t) => {
    if (skip) return t.skip(skip);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: 'Options de Tender Lens' }).waitFor();
    const choice = options.getByRole('group', { name: 'Langue de Tender Lens' });
    assert.equal(await choice.getByRole('radio', { name: 'Comme le navigateur (Français)' }).isChecked(), true);

    await choice.getByRole('radio', { name: 'Deutsch' }).click();
    await options.getByRole('heading', { level: 1, name: 'Tender Lens: Einstellungen' }).waitFor();
    assert.equal(await options.locator('html').getAttribute('lang'), 'de');

    await popup.getByRole('heading', { level: 2, name: /^Abdeckung/ }).waitFor();
    assert.equal(await popup.locator('html').getAttribute('lang'), 'de');
    const row = popup.locator('[data-testid="criterion-soc-accessibility"]');
    assert.equal(await row.locator('h3').textContent(), nameOf('soc-accessibility', 'de'));
    assert.equal(await row.locator('.outcome-badge').textContent(), 'Fehlt');
    assert.match(await row.locator('.suggestions-toggle').textContent(), /^Musterklauseln \(\d+\)$/);
    // the notice is French: its clauses stay French, under German words
    assert.equal(await row.locator('.clause-text').first().getAttribute('lang'), 'fr');
    assert.equal(await row.getByRole('button', { name: 'Einfügen' }).count() > 0, true);

    await notice.reload();
    await waitForTabReport(session.worker, FRENCH_NOTICE);
    const badge = notice.locator('tender-lens-panel [part~="badge"]');
    await notice.waitForFunction(() => /fehl(t|en)$/.test(document.querySelector('tender-lens-panel')?.shadowRoot?.querySelector('[part~="badge"]')?.textContent ?? ''));
    assert.match(await badge.textContent(), /^\d+ fehl(?:t|en)$/);
    await badge.click();
    const item = notice.locator('tender-lens-panel li[data-criterion="soc-accessibility"]');
    assert.equal(await item.locator('[part~="name"]').textContent(), nameOf('soc-accessibility', 'de'));
    await options.close();
  });
});
