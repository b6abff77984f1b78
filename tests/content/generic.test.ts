/** @vitest-environment happy-dom */
// The generic reader ("Check this page", the user's portals) on saved pages and on small notices in four languages.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GENERIC_GAP,
  NO_MAIN_GAP,
  NOTICE_THRESHOLD,
  genericHeadingKind,
  genericReader,
  likenessOf,
} from '../../entrypoints/content/portals/generic';
import type { Extraction } from '../../entrypoints/content/portals/types';
import { rangeFromOffsets, sourceLength } from '../../entrypoints/content/text-map';
import { defaultCatalogue } from '../../utils/default-catalogue';
import { audit } from '../../utils/engine';
import { parseHtml } from '../../utils/parsers/html';

const fixture = (path: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/html', path), 'utf8');

/**
 * Loads a page into the test's own document (happy-dom's Range.toString() is empty for DOMParser documents).
 * Stylesheet links and scripts are dropped first: happy-dom would try to fetch them.
 */
function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(
    html.replace(/<link\b[^>]*>/gi, '').replace(/<script\b[\s\S]*?<\/script>/gi, ''),
    'text/html',
  );
  const el = document.documentElement;
  for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
  for (const a of Array.from(parsed.documentElement.attributes)) el.setAttribute(a.name, a.value);
  el.innerHTML = parsed.documentElement.innerHTML;
  return document;
}

const allText = (x: Extraction) => x.notice.sections.map((s) => `${s.label}\n${s.text}`).join('\n');

/** Each section's text maps back to its nodes: a passage's offsets give a range with the same words. */
function expectSourcesMatch(x: Extraction) {
  for (const s of x.notice.sections) {
    const source = x.sources[s.id]!;
    expect(source, s.id).toBeDefined();
    expect(sourceLength(source), s.id).toBe(s.text.length);
    // every line (a block: paragraph, list item, cell) of the section maps back to the same words
    let at = 0;
    for (const line of s.text.split('\n')) {
      const start = at + (line.length - line.trimStart().length);
      const end = at + line.trimEnd().length;
      at += line.length + 1;
      if (end <= start) continue;
      const words = (t: string) => t.replace(/\s+/g, ' ').trim();
      expect(words(rangeFromOffsets(source, start, end)?.toString() ?? ''), `${s.id}: ${line.slice(0, 40)}`).toBe(words(line));
    }
  }
}

describe('a UNGM notice page (IAEA, PC-based PWR simulator, notice 28153)', () => {
  let x: Extraction;
  beforeAll(() => {
    load(fixture('ungm/notice_28153.html'));
    x = genericReader.extract(document, new URL('https://www.ungm.org/Public/Notice/28153'))!;
  });

  it('reads like a notice', () => {
    const r = genericReader.looksLikeNotice(document);
    expect(r.score).toBeGreaterThanOrEqual(NOTICE_THRESHOLD);
    expect(r.signals).toEqual(
      expect.arrayContaining(['notice type: “request for proposal”', 'deadline for tenders: “deadline on”', 'UNSPSC classification codes']),
    );
  });

  it('reads the notice, never the site menu or footer', () => {
    const text = allText(x);
    expect(text).toContain('The simulator (software and hardware product) shall be developed');
    expect(text).toContain('Deadline on:');
    for (const chrome of ['Sustainable Procurement Tools', 'Gender Responsive Procurement', 'Sustainable Development Goals', 'Terms and Conditions']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('says it was read as a generic page, and what it could tell', () => {
    const n = x.notice;
    expect(n.format).toBe('html');
    expect(n.url).toBe('https://www.ungm.org/Public/Notice/28153');
    expect(n.title).toContain('PC-based PWR Simulator for Vietnam');
    expect(n.language).toBe('en');
    expect(n.cpv).toEqual([]);
    expect(n.otherClassifications).toContainEqual({ scheme: 'UNSPSC', code: '26142100' });
    expect(n.gaps).toEqual([GENERIC_GAP]); // UNGM's div#main (without its nav#left) is the main content
  });

  it('maps every section back to the page', () => {
    expectSourcesMatch(x);
  });

  it('audits to uncertain, never missing, with the reason', { timeout: 30_000 }, () => {
    const report = audit(x.notice, defaultCatalogue);
    expect(report.counts.missing).toBe(0);
    const uncertain = report.results.filter((r) => r.outcome === 'uncertain');
    expect(uncertain.length).toBeGreaterThan(0);
    expect(uncertain.some((r) => r.reason?.includes(GENERIC_GAP))).toBe(true);
    for (const r of report.results) for (const ev of r.evidence) expect(x.sources[ev.section] ?? ev.section.startsWith('field:')).toBeTruthy();
  });
});

describe('pages that are not one notice', () => {
  it('a BOAMP search-results listing scores low: its result cards are a list, not a notice', { timeout: 30_000 }, () => {
    load(fixture('boamp/boamp_recherche_results_2026-01-04.html'));
    const r = genericReader.looksLikeNotice(document);
    expect(r.score).toBeLessThan(NOTICE_THRESHOLD);
    expect(r.signals.some((s) => s.startsWith('search results:'))).toBe(true);
  });

  it('a UNGM list of tender notices is not one notice', () => {
    load(fixture('ungm/list_tender_notices.html'));
    expect(genericReader.looksLikeNotice(document).score).toBeLessThan(NOTICE_THRESHOLD);
  });

  it('a council news page is not a notice: the procurement words of its menu, cookie banner, sidebar and footer are not read', () => {
    load(fixture('generic/city_news_cycle_lane.html'));
    const r = genericReader.looksLikeNotice(document);
    expect(r).toEqual({ score: 0, signals: [] });
    const x = genericReader.extract(document, new URL('https://www.riverton.example/news/cycle-lane'))!;
    expect(x.notice.title).toBe('New cycle lane opens on River Street');
    expect(x.notice.language).toBe('en');
    expect(x.notice.gaps).toEqual([GENERIC_GAP]);
    expect(x.notice.sections.map((s) => s.label)).toEqual(['New cycle lane opens on River Street', 'What changes for drivers', 'What comes next']);
    const text = allText(x);
    for (const chrome of ['cookies', 'Contract notice', 'Latest tenders', 'Accessibility statement', 'Bins and recycling']) {
      expect(text, chrome).not.toContain(chrome);
    }
    expectSourcesMatch(x);
  });

  it('without a main element, the body is read without its header, navigation, aside and footer, and says so', () => {
    load(fixture('generic/city_news_cycle_lane.html').replace(/<(\/?)main\b[^>]*>/g, '<$1div>').replace(/<(\/?)article>/g, '<$1div>'));
    expect(genericReader.looksLikeNotice(document).score).toBe(0);
    const x = genericReader.extract(document, new URL('https://www.riverton.example/news/cycle-lane'))!;
    expect(x.notice.gaps).toEqual([GENERIC_GAP, NO_MAIN_GAP]);
    expect(allText(x)).not.toContain('Riverton City Council');
    expect(allText(x)).toContain('The new two-way cycle lane');
  });
});

describe('every saved notice page reads like a notice; listings and award pages do not', () => {
  const notices = [
    ...readdirSync(resolve(process.cwd(), 'tests/fixtures/html/ungm')).filter((f) => f.startsWith('notice_')).map((f) => `ungm/${f}`),
    'find_a_tender/fts_national_framework_adalimumab_2023.html',
    'contracts_finder/cf_nhs_framework_adalimumab_2018.html',
  ];
  it.each(notices)('%s', (path) => {
    load(fixture(path));
    const r = genericReader.looksLikeNotice(document);
    expect(r.score, r.signals.join('; ')).toBeGreaterThanOrEqual(NOTICE_THRESHOLD);
  });
});

describe('the same reading as the command line', () => {
  // utils/parsers/html.ts reads a saved page for the CLI; the generic reader is its in-browser counterpart:
  // same outcomes, except that what the CLI calls missing is uncertain here (GENERIC_GAP).
  it.each(['ungm/notice_28153.html', 'find_a_tender/fts_national_framework_adalimumab_2023.html'])('%s', { timeout: 30_000 }, (path) => {
    const html = fixture(path);
    load(html);
    const mine = audit(genericReader.extract(document, new URL('https://example.org/notice'))!.notice, defaultCatalogue);
    const cli = audit(parseHtml(html, { url: 'https://example.org/notice' }), defaultCatalogue);
    const expected = cli.results.map((r) => [r.id, r.outcome === 'missing' ? 'uncertain' : r.outcome]);
    expect(mine.results.map((r) => [r.id, r.outcome])).toEqual(expected);
  });
});

describe('signals in four languages', () => {
  it.each([
    ['en', 'Contract notice. CPV: 45233252-0. Deadline for receipt of tenders: 12/03/2026. Award criteria: price. Tenderers shall…'],
    ['fr', 'Avis de marché. Code CPV principal : 45233252. Date limite de réception des offres : 12/03/2026. Critères d’attribution : prix. Le soumissionnaire…'],
    ['de', 'Auftragsbekanntmachung. CPV-Code: 45233252. Schlusstermin für den Eingang der Angebote: 12.03.2026. Zuschlagskriterien: Preis. Der Bieter…'],
    ['es', 'Anuncio de licitación. CPV: 45233252. Plazo de presentación de ofertas: 12/03/2026. Criterios de adjudicación: precio. El licitador…'],
  ])('%s: a notice', (_lang, text) => {
    const r = likenessOf(text);
    expect(r.score).toBe(9); // notice type, CPV, deadline, award criteria (2 each), tenderer (1)
    expect(r.signals).toHaveLength(5);
  });

  it('several different deadlines are a list of notices', () => {
    const list = [1, 2, 3, 4].map((d) => `contract notice ${d}: deadline for receipt of tenders: 0${d}/05/2026.`).join(' ');
    const r = likenessOf(list);
    expect(r.signals).toContain('4 different deadlines (a list of notices, not one)');
    expect(r.score).toBeLessThan(NOTICE_THRESHOLD);
  });

  it('a text about procurement alone is not enough', () => {
    expect(likenessOf('public procurement reform: what tenderers should know').score).toBeLessThan(NOTICE_THRESHOLD);
  });
});

describe('a German notice page with headings', () => {
  const page = `<!doctype html><html lang="de-DE"><head><title>Vergabeplattform – Bekanntmachung</title></head><body>
    <header><nav><a href="/">Start</a> <a href="/vergabe">Ausschreibungen</a></nav></header>
    <main>
      <h1>Lieferung von Elektrofahrzeugen für den Bauhof</h1>
      <p>Auftragsbekanntmachung – Lieferauftrag. CPV-Code: 34144900-7 (Elektrofahrzeuge).</p>
      <h2>Technische Spezifikationen</h2>
      <p>Die Fahrzeuge müssen rein elektrisch betrieben werden.</p>
      <h2>Eignungskriterien</h2>
      <p>Der Bieter weist ein Umweltmanagementsystem nach.</p>
      <h2>Zuschlagskriterien</h2>
      <h3>Qualität</h3>
      <p>Energieverbrauch in kWh/100 km: 30 Punkte.</p>
      <h2>Bedingungen für die Ausführung des Auftrags</h2>
      <p>Der Auftragnehmer nimmt die Altbatterien zurück.</p>
      <p>Schlusstermin für den Eingang der Angebote: 12.03.2026</p>
    </main>
    <footer>Impressum · Datenschutz</footer>
  </body></html>`;

  it('reads like a notice, and each heading block gets its kind', () => {
    load(page);
    expect(genericReader.looksLikeNotice(document).score).toBeGreaterThanOrEqual(NOTICE_THRESHOLD);
    const x = genericReader.extract(document, new URL('https://vergabe.example.de/notice/123'))!;
    expect(x.notice.title).toBe('Lieferung von Elektrofahrzeugen für den Bauhof');
    expect(x.notice.language).toBe('de');
    expect(x.notice.cpv).toEqual(['34144900']);
    expect(x.notice.sections.map((s) => [s.label, s.kind])).toEqual([
      ['Lieferung von Elektrofahrzeugen für den Bauhof', 'other'],
      ['Technische Spezifikationen', 'specification'],
      ['Eignungskriterien', 'selection'],
      ['Qualität', 'award'], // under "Zuschlagskriterien", whose own block is empty
      ['Bedingungen für die Ausführung des Auftrags', 'performance'],
    ]);
    expect(x.notice.gaps).toEqual([GENERIC_GAP]);
    expectSourcesMatch(x);
  });

  it('tells the language from the words when the page does not say', () => {
    load(page.replace('lang="de-DE"', ''));
    expect(genericReader.extract(document, new URL('https://vergabe.example.de/notice/123'))!.notice.language).toBe('de');
  });
});

describe('heading kinds', () => {
  it.each([
    ['II.2.5) Award criteria', 'award'],
    ['Critères d’attribution', 'award'],
    ['Zuschlagskriterien', 'award'],
    ['Criterios de adjudicación', 'award'],
    ['Selection criteria', 'selection'],
    ['Critères de sélection', 'selection'],
    ['Eignungskriterien', 'selection'],
    ['Criterios de selección', 'selection'],
    ['Technical specifications', 'specification'],
    ['Spécifications techniques', 'specification'],
    ['Leistungsbeschreibung', 'specification'],
    ['Pliego de prescripciones técnicas', 'specification'],
    ['Contract performance conditions', 'performance'],
    ["Conditions d'exécution", 'performance'],
    ['Ausführungsbedingungen', 'performance'],
    ['Condiciones especiales de ejecución', 'performance'],
    ['Description', undefined],
  ])('%s → %s', (heading, kind) => {
    expect(genericHeadingKind(heading)).toBe(kind);
  });
});
