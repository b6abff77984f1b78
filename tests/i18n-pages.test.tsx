/** @vitest-environment happy-dom */
// The popup and the options page in the four languages: the browser's by default, the one chosen in the options
// when there is one, at once when it changes; criterion names, clauses and exports follow.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { modelClauses } from '../criteria/clauses';
import { criteria } from '../criteria/catalogue/index';
import { App as OptionsApp } from '../entrypoints/options/App';
import { App } from '../entrypoints/popup/App';
import type { ExportFile } from '../utils/export/formats';
import { syncCatalogue } from '../utils/library/catalogue-sync';
import { LibraryDb, type Opened } from '../utils/library/db';
import { SETTINGS_KEY, saveSettings } from '../utils/library/settings';
import type { Report } from '../utils/report';
import { sampleReport } from './helpers/sample-report';

const PORTALS = [{ name: 'TED', home: 'https://ted.europa.eu/' }];
const nameOf = (id: string, lang: 'en' | 'fr' | 'de' | 'es') => criteria.find((c) => c.id === id)!.name[lang];

/** A French notice that misses accessibility and has carbon. */
const frenchReport = (): Report =>
  sampleReport({
    notice: { ...sampleReport().notice, title: 'Fourniture d’ordinateurs', language: 'fr' },
    results: [
      { id: 'env-carbon', outcome: 'present', evidence: [], groups: [] },
      { id: 'soc-accessibility', outcome: 'missing', evidence: [], groups: [] },
    ],
  });

let n = 0;
async function library(): Promise<() => Promise<Opened>> {
  const db = new LibraryDb(`i18n-pages-${++n}-${Math.random()}`);
  await syncCatalogue(db, modelClauses, 'test');
  return () => Promise.resolve({ ok: true, db });
}

async function renderPopup(language: string, download?: (f: ExportFile) => void) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => Promise.resolve({ report: frenchReport(), highlighted: 0 })) as never);
  render(<App portals={PORTALS} catalogue={criteria} search="?tab=42" language={language} openLibrary={await library()} download={download} />);
  await screen.findByRole('heading', { level: 1 });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('speaks the browser’s language: French words, French criterion names, French model clauses', async () => {
    await renderPopup('fr-FR');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(screen.getByRole('heading', { level: 2, name: /^Couverture/ })).toBeTruthy();
    const row = screen.getByTestId('criterion-soc-accessibility');
    expect(within(row).getByRole('heading', { level: 3 }).textContent).toBe(nameOf('soc-accessibility', 'fr'));
    expect(within(row).getByText('Manquant')).toBeTruthy();
    const suggestions = await within(row).findByTestId('suggestions');
    expect(within(suggestions).getAllByRole('button', { name: 'Insérer' }).length).toBeGreaterThan(0);
    expect(suggestions.querySelector('.clause-text')!.getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('contentinfo').textContent).toContain('Fonctionne en local');
  });

  it.each([
    ['de-DE', 'Abdeckung', 'Fehlt', 'Läuft lokal'],
    ['es-ES', 'Cobertura', 'Ausente', 'Funciona en local'],
  ] as const)('speaks %s', async (language, coverage, missing, footer) => {
    await renderPopup(language);
    const lang = language.slice(0, 2) as 'de' | 'es';
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${coverage}`) })).toBeTruthy();
    const row = screen.getByTestId('criterion-soc-accessibility');
    expect(within(row).getByRole('heading', { level: 3 }).textContent).toBe(nameOf('soc-accessibility', lang));
    expect(within(row).getByText(missing)).toBeTruthy();
    expect(screen.getByRole('contentinfo').textContent).toContain(footer);
  });

  it('follows the language chosen in the options over the browser’s, and changes with it while open', async () => {
    await saveSettings({ uiLanguage: 'de' });
    await renderPopup('fr-FR');
    await screen.findByRole('heading', { level: 2, name: /^Abdeckung/ });
    expect(within(screen.getByTestId('criterion-soc-accessibility')).getByRole('heading', { level: 3 }).textContent).toBe(nameOf('soc-accessibility', 'de'));
    await saveSettings({ uiLanguage: 'es' });
    await screen.findByRole('heading', { level: 2, name: /^Cobertura/ });
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    await saveSettings({ uiLanguage: 'auto' });
    await screen.findByRole('heading', { level: 2, name: /^Couverture/ });
  });

  it('exports in the UI language', async () => {
    const saved: ExportFile[] = [];
    await renderPopup('de-AT', (f) => saved.push(f));
    fireEvent.click(screen.getByRole('button', { name: 'Exportieren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(saved[0]!.text).toMatch(/^# Tender-Lens-Bericht: Fourniture d’ordinateurs/);
    expect(saved[0]!.text).toContain(`| ${nameOf('soc-accessibility', 'de')} | Fehlt |`);
    expect(screen.getByTestId('export-menu').querySelector('[role="status"]')!.textContent).toBe(`${saved[0]!.name} gespeichert.`);
  });
});

describe('options page', () => {
  it('offers the language, names each in itself, and switches the whole page at once', async () => {
    render(<OptionsApp builtIn={[]} openLibrary={await library()} language="en-US" />);
    const settings = within(await screen.findByRole('region', { name: 'Settings' }));
    const group = within(settings.getByRole('group', { name: 'Language of Tender Lens' }));
    expect(group.getAllByRole('radio').map((r) => r.parentElement!.textContent!.trim())).toEqual(['As the browser (English)', 'English', 'Français', 'Deutsch', 'Español']);
    expect((group.getByRole('radio', { name: 'As the browser (English)' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(group.getByRole('radio', { name: 'Deutsch' }));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ uiLanguage: 'de' }));
    await screen.findByRole('heading', { level: 1, name: 'Tender Lens: Einstellungen' });
    expect(screen.getByRole('heading', { level: 2, name: 'Ihre Portale' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Tender Lens: Einstellungen'));
    // the confirmation in the language just chosen
    const region = within(screen.getByRole('region', { name: 'Einstellungen' }));
    expect(region.getByRole('status').textContent).toBe('Einstellungen gespeichert.');
    // the clause library names criteria in German too
    const filter = screen.getByRole('combobox', { name: 'Kriterium' }) as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toContain(nameOf('soc-accessibility', 'de'));
  });
});
