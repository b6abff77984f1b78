/** @vitest-environment happy-dom */
// The popup's clauses: suggestions for missing criteria, Insert and its outcome, search, a library that fails.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { modelClauses } from '../criteria/clauses';
import { criteria } from '../criteria/catalogue/index';
import { App } from '../entrypoints/popup/App';
import { insertIntoTab } from '../entrypoints/popup/insert-clause';
import { syncCatalogue } from '../utils/library/catalogue-sync';
import { createClause } from '../utils/library/clauses';
import { LibraryDb, type Opened } from '../utils/library/db';
import { saveSettings } from '../utils/library/settings';
import type { GetReportResponse } from '../utils/messages';
import { CLAUSES_REQUEST_KEY } from '../utils/open-clauses';
import type { Report } from '../utils/report';
import { sampleReport } from './helpers/sample-report';

vi.mock('../entrypoints/popup/insert-clause', () => ({ insertIntoTab: vi.fn() }));
const insertMock = vi.mocked(insertIntoTab);

const PORTALS = [{ name: 'TED', home: 'https://ted.europa.eu/' }];

/** A French notice that misses accessibility and an ecolabel, has carbon, and where food does not apply. */
const frenchReport = (): Report =>
  sampleReport({
    notice: { ...sampleReport().notice, title: 'Fourniture d’ordinateurs', language: 'fr' },
    results: [
      { id: 'env-carbon', outcome: 'present', evidence: [], groups: [] },
      { id: 'soc-accessibility', outcome: 'missing', evidence: [], groups: [] },
      { id: 'env-ecolabel', outcome: 'missing', evidence: [], groups: [] },
      { id: 'env-sustainable-food', outcome: 'not-applicable', evidence: [], groups: [] },
    ],
  });

let db: LibraryDb;
let n = 0;
async function seededLibrary(): Promise<Opened> {
  db = new LibraryDb(`popup-clauses-${++n}-${Math.random()}`);
  await syncCatalogue(db, modelClauses, 'test');
  return { ok: true, db };
}

function answer(response: GetReportResponse) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => Promise.resolve(response)) as never);
}

async function renderPopup(opts: { search?: string; language?: string; open?: () => Promise<Opened>; report?: Report } = {}) {
  answer({ report: opts.report ?? frenchReport(), highlighted: 0 });
  const open = opts.open ?? (await seededLibrary().then((o) => () => Promise.resolve(o)));
  render(<App portals={PORTALS} catalogue={criteria} search={opts.search ?? '?tab=42'} language={opts.language ?? 'en-GB'} openLibrary={open} />);
  await screen.findByRole('heading', { level: 1 });
}

beforeEach(() => {
  fakeBrowser.reset();
  insertMock.mockReset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db?.close();
});

const row = (id: string) => screen.getByTestId(`criterion-${id}`);

describe('popup: model clauses', () => {
  it('suggests, for each missing criterion, a clause in the notice’s language, with an Insert button', async () => {
    await renderPopup();
    const access = row('soc-accessibility');
    const card = await within(access).findByTestId(/^clause-soc-accessibility\..*\.fr/);
    expect(card.querySelector('.clause-text')!.getAttribute('lang')).toBe('fr');
    const insert = within(card).getByRole('button', { name: 'Insert' });
    // the button's description says which clause
    expect(document.getElementById(insert.getAttribute('aria-describedby')!)!.textContent).toBe(card.querySelector('.clause-title')!.textContent);
    await within(row('env-ecolabel')).findByTestId(/^clause-env-ecolabel\..*\.fr/);
    // none for present or not-applicable criteria
    expect(within(row('env-carbon')).queryByTestId('suggestions')).toBeNull();
    expect(within(row('env-sustainable-food')).queryByTestId('suggestions')).toBeNull();
  });

  it('inserts into the tab, says where in a live region, and remembers the clause as used', async () => {
    insertMock.mockResolvedValue({ kind: 'inserted', field: 'Description of the procurement' });
    await renderPopup();
    const card = await within(row('soc-accessibility')).findByTestId(/^clause-/);
    const id = card.getAttribute('data-testid')!.slice('clause-'.length);
    fireEvent.click(within(card).getByRole('button', { name: 'Insert' }));
    const status = screen.getByTestId('insert-status');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(status.textContent).toBe('Inserted into Description of the procurement.'));
    expect(insertMock).toHaveBeenCalledWith(42, (await db.clauses.get(id))!.text, expect.objectContaining({ lang: 'en' }));
    await waitFor(async () => expect((await db.clauses.get(id))!.useCount).toBe(1));
  });

  it('says the clause was copied when no field was selected, and why it failed otherwise', async () => {
    insertMock.mockResolvedValueOnce({ kind: 'copied' }).mockResolvedValueOnce({ kind: 'failed', reason: 'the page was reloaded' });
    await renderPopup();
    const button = within(await within(row('env-ecolabel')).findByTestId(/^clause-/)).getByRole('button', { name: 'Insert' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByTestId('insert-status').textContent).toBe('No field was selected on the page: the clause is copied to the clipboard.'),
    );
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toBe('Could not insert the clause: the page was reloaded.'));
  });

  it('names the button in the UI language', async () => {
    await renderPopup({ language: 'fr-FR' });
    const card = await within(row('soc-accessibility')).findByTestId(/^clause-/);
    expect(within(card).getByRole('button', { name: 'Insérer' })).toBeTruthy();
  });

  it('puts favourites and recently used clauses first, and follows the stage chosen', async () => {
    const opened = await seededLibrary();
    await db.clauses.update('soc-accessibility.award.fr', { favourite: true });
    await saveSettings({ ambition: 'comprehensive' });
    await renderPopup({ open: () => Promise.resolve(opened) });
    await waitFor(() => {
      const ids = [...row('soc-accessibility').querySelectorAll('[data-testid^="clause-"]')].map((e) => e.getAttribute('data-testid'));
      expect(ids[0]).toBe('clause-soc-accessibility.award.fr');
      expect(ids.length).toBeGreaterThan(1);
    });
    fireEvent.change(screen.getByLabelText('Part of the tender'), { target: { value: 'performance' } });
    await waitFor(() => {
      const ids = [...row('soc-accessibility').querySelectorAll('[data-testid^="clause-"]')].map((e) => e.getAttribute('data-testid'));
      expect(ids).toEqual(['clause-soc-accessibility.performance.fr']);
    });
  });

  it('offers the clauses written for what the notice buys, with the catalogue’s real clauses', async () => {
    // an English street-lighting notice missing energy efficiency: the report names its product group
    const report = sampleReport({
      notice: { ...sampleReport().notice, title: 'LED street lighting renewal', language: 'en' },
      groups: ['lighting-signals'],
      results: [{ id: 'env-energy-efficiency', outcome: 'missing', evidence: [], groups: ['lighting-signals'] }],
    });
    await saveSettings({ ambition: 'comprehensive' });
    await renderPopup({ report });
    await waitFor(() => {
      const ids = [...row('env-energy-efficiency').querySelectorAll('[data-testid^="clause-"]')].map((e) => e.getAttribute('data-testid'));
      expect(ids[0]).toBe('clause-env-energy-efficiency.specification.en.2'); // road lighting
      // neither ENERGY STAR for ICT nor the data centre's PUE
      expect(ids).not.toContain('clause-env-energy-efficiency.specification.en');
      expect(ids).not.toContain('clause-env-energy-efficiency.specification.en.3');
      expect(ids).toContain('clause-env-energy-efficiency.award.en');
    });
  });

  it('folds the clauses for a reviewer', async () => {
    await saveSettings({ role: 'reviewer' });
    await renderPopup();
    const toggle = await within(row('soc-accessibility')).findByRole('button', { name: /^Model clauses \(1\)/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('finds a user clause by search, and inserts it', async () => {
    insertMock.mockResolvedValue({ kind: 'copied' });
    const opened = await seededLibrary();
    const mine = await createClause(db, {
      title: 'Clause de réemploi des palettes',
      text: 'Le titulaire reprend les palettes à chaque livraison.',
      source: '',
      criteria: ['env-take-back'],
      stage: 'performance',
      lang: 'fr',
      tags: ['logistique'],
    });
    await renderPopup({ open: () => Promise.resolve(opened) });
    const box = await screen.findByRole('searchbox', { name: 'Search clauses' });
    fireEvent.input(box, { target: { value: 'reemploi palet' } });
    const card = await screen.findByTestId(`clause-${mine.id}`);
    expect(screen.getAllByRole('status').some((s) => s.textContent === '1 clause found.')).toBe(true);
    fireEvent.click(within(card).getByRole('button', { name: 'Insert' }));
    await waitFor(() => expect(insertMock).toHaveBeenCalledWith(42, mine.text, expect.objectContaining({ lang: 'en' })));
  });

  it('shows why the library is unavailable in the clause area, and the report all the same', async () => {
    const failing = () =>
      Promise.resolve<Opened>({ ok: false, error: { kind: 'unavailable', message: 'The clause library is not available here. The report still works.', detail: 'InvalidStateError' } });
    await renderPopup({ open: failing });
    expect((await screen.findByTestId('library-error')).textContent).toBe('The clause library is not available here. The report still works.');
    expect(row('soc-accessibility').getAttribute('data-outcome')).toBe('missing');
    expect(screen.getByTestId('coverage')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insert' })).toBeNull();
  });

  it('popup.html?tab=&criterion= moves the focus to that criterion', async () => {
    await renderPopup({ search: '?tab=42&criterion=env-ecolabel' });
    await waitFor(() => expect(document.activeElement).toBe(row('env-ecolabel').querySelector('h3')));
  });

  it('takes the criterion the in-page panel asked for when opened from the toolbar', async () => {
    await fakeBrowser.storage.session.set({ [CLAUSES_REQUEST_KEY]: { tabId: 42, criterion: 'soc-accessibility', at: Date.now() } });
    await renderPopup({ search: '?tab=42' });
    await waitFor(() => expect(document.activeElement).toBe(row('soc-accessibility').querySelector('h3')));
  });
});
