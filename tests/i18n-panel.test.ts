/** @vitest-environment happy-dom */
// The in-page panel's own table (entrypoints/content/i18n.ts): the same keys in the four languages, nothing
// empty, the same counts as the popup's messages, and the language chosen in the options read once.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STRINGS, badgeLabel, chosenLanguage, chosenPanelLanguage, countOf, loadChosenLanguage, panelLanguage, resetChosenLanguage } from '../entrypoints/content/i18n';
import { createPanel } from '../entrypoints/content/panel';
import type { Report } from '../utils/report';
import { UI_LANGUAGES, translator } from '../utils/ui-i18n';

afterEach(() => {
  resetChosenLanguage();
  fakeBrowser.reset();
});

describe('the panel’s words', () => {
  it('exist in the four languages of the UI, each with every key and none empty', () => {
    expect(Object.keys(STRINGS).sort()).toEqual([...UI_LANGUAGES].sort());
    const keys = Object.keys(STRINGS.en).sort();
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(STRINGS[lang]).sort(), lang).toEqual(keys);
      for (const [k, v] of Object.entries(STRINGS[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('are translated (apart from the brand, nothing is left in English)', () => {
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
      for (const [k, v] of Object.entries(STRINGS[lang])) {
        if (k === 'colon') continue; // punctuation, below
        expect(v, `${lang} ${k}`).not.toBe(STRINGS.en[k as keyof typeof STRINGS.en]);
      }
    }
  });

  it('set a colon as the popup and the exports do (French: a no-break space before it)', () => {
    for (const lang of UI_LANGUAGES) expect(STRINGS[lang].colon, lang).toBe(translator(lang).colon);
    expect(STRINGS.fr.colon).toBe('\u00a0: ');
  });

  it('count as the popup counts: “3 missing” is the same words in the badge and in the popup', () => {
    for (const lang of UI_LANGUAGES) {
      const t = translator(lang);
      for (const n of [0, 1, 2, 5, 21]) {
        expect(countOf(lang, n, 'missing'), `${lang} ${n}`).toBe(t.tn('count_missing', n));
        expect(countOf(lang, n, 'uncertain'), `${lang} ${n}`).toBe(t.tn('count_uncertain', n));
        expect(countOf(lang, n, 'present'), `${lang} ${n}`).toBe(t.tn('count_present', n));
      }
    }
  });

  it('name the badge in each language', () => {
    expect(badgeLabel('de', 3, 1, 2)).toBe('Tender Lens: 3 fehlen, 1 unklar, 2 vorhanden');
    expect(badgeLabel('es', 1, 0, 4)).toBe('Tender Lens: 1 ausente, 0 dudosos, 4 presentes');
  });
});

describe('the language chosen in the options', () => {
  it('is read from storage.local, once; “auto”, nothing or garbage mean the browser’s', async () => {
    expect(await chosenLanguage(fakeBrowser.storage.local)).toBeUndefined();
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'auto' } });
    expect(await chosenLanguage(fakeBrowser.storage.local)).toBeUndefined();
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'xx' } });
    expect(await chosenLanguage(fakeBrowser.storage.local)).toBeUndefined();
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'es' } });
    expect(await chosenLanguage(fakeBrowser.storage.local)).toBe('es');
    expect(await chosenLanguage({ get: () => Promise.reject(new Error('no storage')) })).toBeUndefined();
  });

  it('comes before the browser’s and the notice’s language once loaded', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'de' } });
    expect(panelLanguage('fr-FR', 'fr')).toBe('fr');
    await loadChosenLanguage(fakeBrowser.storage.local);
    expect(chosenPanelLanguage()).toBe('de');
    expect(panelLanguage('fr-FR', 'fr')).toBe('de');
    // read once: a later change waits for the next page
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'es' } });
    await loadChosenLanguage(fakeBrowser.storage.local);
    expect(panelLanguage('fr-FR', 'fr')).toBe('de');
  });
});

describe('the panel in the chosen language', () => {
  const report: Report = {
    engineVersion: 'test',
    catalogueVersion: 'test',
    notice: { format: 'html', title: 'Ordinateurs', language: 'fr', cpv: [] },
    groups: [],
    results: [
      { id: 'soc-accessibility', outcome: 'missing', evidence: [], groups: [] },
      { id: 'env-carbon', outcome: 'uncertain', evidence: [], groups: [], reason: 'x' },
    ],
    counts: { missing: 1, uncertain: 1, present: 0, 'not-applicable': 0 },
  };

  it('speaks it whatever language the lens asked for', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'es' } });
    await loadChosenLanguage(fakeBrowser.storage.local);
    const panel = createPanel(document, { showEvidence: () => true, openClauses: () => Promise.resolve(true), hideOnSite: () => {} });
    panel.update({ report, names: {}, lang: 'fr', evidenceOnPage: () => -1 });
    const q = (sel: string) => panel.shadow.querySelector<HTMLElement>(sel)!;
    expect(q('[part~="frame"]').getAttribute('lang')).toBe('es');
    expect(q('[part~="badge"]').textContent).toBe('1 ausente');
    expect([...panel.shadow.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Ausentes (1)', 'Dudosos (1)']);
    panel.remove();
  });
});
