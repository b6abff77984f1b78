/**
 * End to end: the clause library in the built extension. A clause made on the options page is found by the
 * popup's search; the popup (with a report and its suggested clauses) and the options page pass axe-core.
 * Waits only for conditions, never for fixed delays.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, launch, servePages, waitForTabReport } from './browser.mjs';
import { PAGES } from './pages.mjs';

const NOTICE = PAGES[2].url; // IT services: accessibility is missing, so clauses are suggested

let session;
before(async () => {
  session = await launch({ headless: true });
  await servePages(session.context);
});
after(async () => {
  await session?.close();
});


const TITLE = 'Reusable crates for school meals';
const TEXT = 'Meals are delivered in reusable crates, which the contractor collects at the next delivery and washes.';

describe('the clause library', () => {
  let tabId;
  /** The notice tab: open for the whole suite (a closed tab's report is forgotten). */
  let notice;

  it('makes a user clause on the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    // the library is seeded from the catalogue on first use
    await options.locator('.clause-item').first().waitFor();
    await options.getByRole('button', { name: 'New clause' }).click();
    const form = options.getByRole('form', { name: 'New clause' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Text').fill(TEXT);
    await form.getByLabel('Part of the tender').selectOption('performance');
    await form.getByRole('checkbox', { name: 'Waste prevention and packaging' }).check();
    await form.getByLabel('Tags').fill('catering, logistics');
    await form.getByRole('button', { name: 'Save clause' }).click();
    await options.getByText(`Added “${TITLE}”.`).waitFor();
    // the user's own clauses come first in the list
    await options.locator('.clause-item-title', { hasText: TITLE }).waitFor();
    assert.equal(await options.locator('.clause-item-title').first().innerText(), TITLE);
    await options.close();
  });

  it('finds that clause by search in the popup of a notice tab, diacritics and prefixes folded', async () => {
    notice = await session.context.newPage();
    await notice.goto(NOTICE);
    ({ tabId } = await waitForTabReport(session.worker, NOTICE));
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="criterion-soc-accessibility"]').waitFor();
    await popup.getByRole('searchbox', { name: 'Search clauses' }).fill('réusab CRATES');
    const hit = popup.locator('.clause-search .clause', { hasText: TITLE });
    await hit.waitFor();
    assert.match(await hit.innerText(), /collects at the next delivery/);
    assert.equal(await hit.getByRole('button', { name: 'Insert' }).count(), 1);
    await popup.close();
  });

  it('suggests model clauses for missing criteria, and opens at a criterion', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&criterion=soc-accessibility`);
    const row = popup.locator('[data-testid="criterion-soc-accessibility"]');
    await row.locator('[data-testid^="clause-soc-accessibility."]').first().waitFor();
    await popup.waitForFunction(() => document.activeElement?.closest('[data-testid="criterion-soc-accessibility"]') !== null);
    await popup.close();
  });

  it('the popup with a report and its clauses has no axe-core violations', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid^="clause-soc-accessibility."]').first().waitFor();
    await popup.getByRole('searchbox', { name: 'Search clauses' }).fill('crates');
    await popup.locator('.clause-search .clause').first().waitFor();
    assert.deepEqual(await axeViolations(popup), []);
    await popup.close();
  });

  it('the options page has no axe-core violations, with the editor open too', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('.clause-item').first().waitFor();
    assert.deepEqual(await axeViolations(options), []);
    await options.getByRole('button', { name: 'New clause' }).click();
    await options.getByRole('form', { name: 'New clause' }).waitFor();
    assert.deepEqual(await axeViolations(options), []);
    await options.close();
    await notice.close();
  });
});
