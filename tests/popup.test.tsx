/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EmptyState } from '../components/EmptyState';
import { ReportView } from '../components/ReportView';
import { evidenceSource, groupResults, splitMatch, uiLanguage } from '../components/report-format';
import { App } from '../entrypoints/popup/App';
import { supportedPortals } from '../entrypoints/popup/supported-portals';
import { tabIdFromSearch } from '../entrypoints/popup/tab-id';
import { portals } from '../entrypoints/content/portals/index';
import { criteria } from '../criteria/catalogue/index';
import type { GetReportResponse } from '../utils/messages';
import type { Report } from '../utils/report';
import { tabKey } from '../utils/tab-reports';
import { XSS, sampleCatalogue, sampleReport } from './helpers/sample-report';

const PORTALS = [{ name: 'TED – Tenders Electronic Daily', home: 'https://ted.europa.eu/' }];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderReport(report: Report = sampleReport(), extra: { lang?: 'en' | 'fr'; onShow?: () => void } = {}) {
  return render(
    <ReportView
      report={report}
      highlighted={2}
      catalogue={sampleCatalogue}
      lang={extra.lang ?? 'en'}
      onShowEvidence={extra.onShow}
    />,
  );
}

describe('ReportView', () => {
  it('shows the notice title, id and language', () => {
    renderReport();
    expect(screen.getByRole('heading', { level: 1, name: 'Supply of laptops and monitors' })).toBeTruthy();
    expect(screen.getByText('123456-2025')).toBeTruthy();
    expect(screen.getByText('English')).toBeTruthy();
  });

  it('summarises counts per outcome', () => {
    renderReport();
    const summary = screen.getByTestId('summary');
    expect(summary.textContent).toContain('1 missing');
    expect(summary.textContent).toContain('1 uncertain');
    expect(summary.textContent).toContain('2 present');
    expect(summary.textContent).toContain('1 not applicable');
    expect(summary.textContent).toContain('2 passages highlighted in the page');
  });

  it('groups criteria by pillar, most missing first; missing first in each, not applicable folded', () => {
    const { container } = renderReport();
    const order = [...container.querySelectorAll('[data-testid^="criterion-"]')].map((el) => [
      el.getAttribute('data-testid'),
      el.getAttribute('data-outcome'),
    ]);
    expect(order).toEqual([
      ['criterion-soc-accessibility', 'missing'],
      ['criterion-env-carbon', 'uncertain'],
      ['criterion-env-energy-efficiency', 'present'],
      ['criterion-env-sustainable-food', 'not-applicable'],
      ['criterion-econ-life-cycle-cost', 'present'],
    ]);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Coverage: 50%', 'Social 0/1 · 1 missing', 'Environment 1/2', 'Economic 1/1']);

    // Not applicable is folded inside its pillar, and opens from its button.
    const toggle = screen.getByRole('button', { name: 'Not applicable (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const naRow = screen.getByTestId('criterion-env-sustainable-food');
    expect(naRow.closest('ul')!.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(naRow.closest('ul')!.hidden).toBe(false);
    // a pillar folds from its heading
    const social = screen.getByRole('button', { name: 'Social 0/1 · 1 missing' });
    expect(social.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(social);
    expect(screen.getByTestId('criterion-soc-accessibility').closest('[hidden]')).toBeTruthy();
  });

  it('shows the coverage score and a chart with a text alternative', () => {
    renderReport();
    const coverage = screen.getByTestId('coverage');
    expect(coverage.textContent).toContain('2 of 4 applicable criteria present');
    const chart = within(coverage).getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const alt = document.getElementById(chart.getAttribute('aria-labelledby')!)!.textContent!;
    expect(alt).toContain('Social: 0 present, 0 uncertain, 1 missing');
    expect(alt).toContain('Environment: 1 present, 1 uncertain, 0 missing');
    expect(alt).toContain('Economic: 1 present, 0 uncertain, 0 missing');
  });

  it('says why for missing, the reason for uncertain, and outcome as text and icon', () => {
    renderReport();
    const missing = screen.getByTestId('criterion-soc-accessibility');
    expect(within(missing).getByText('Missing')).toBeTruthy();
    expect(missing.querySelector('svg[aria-hidden="true"]')).toBeTruthy();
    expect(missing.textContent).toContain('Public services must be usable by everyone.');
    const uncertain = screen.getByTestId('criterion-env-carbon');
    expect(uncertain.textContent).toContain('Specifications are only in an attachment that was not read.');
    expect(uncertain.textContent).not.toContain('Carbon reporting makes reductions measurable.');
  });

  it('quotes evidence with its section, and field evidence with the field label', () => {
    renderReport();
    const text = screen.getByTestId('evidence-env-energy-efficiency-0');
    expect(text.querySelector('blockquote')!.textContent).toBe(`Devices shall be ENERGY STAR 8.0 certified ${XSS}.`);
    expect(text.querySelector('mark')!.textContent).toBe('ENERGY STAR');
    expect(text.textContent).toContain('Section II.2.5');
    const field = screen.getByTestId('evidence-econ-life-cycle-cost-0');
    expect(field.textContent).toContain('BT-539 Award criterion type: cost (lot LOT-0001)');
    expect(field.querySelector('blockquote')).toBeNull(); // the code alone would only repeat the source line
  });

  it('renders page text literally, never as HTML', () => {
    const { container } = renderReport();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('evidence-env-energy-efficiency-0').textContent).toContain(XSS);

    // Markup in the title, the reason and a criterion id unknown to the catalogue stays text too.
    const hostile = sampleReport({
      notice: { ...sampleReport().notice, title: `<b>bold</b>${XSS}` },
      results: [{ id: `x-${XSS}`, outcome: 'uncertain', evidence: [], groups: [], reason: `<script>alert(1)</script>` }],
    });
    cleanup();
    const again = renderReport(hostile);
    expect(again.container.querySelector('img, script, b')).toBeNull();
    expect(again.container.textContent).toContain(`<b>bold</b>${XSS}`);
    expect(again.container.textContent).toContain('<script>alert(1)</script>');
  });

  it('sends show-evidence for the passage clicked', () => {
    const onShow = vi.fn();
    renderReport(sampleReport(), { onShow });
    fireEvent.click(
      screen.getByRole('button', { name: 'Show in page: Energy-efficient products and operations, passage 1' }),
    );
    expect(onShow).toHaveBeenCalledWith('env-energy-efficiency', 0);
  });

  it('names criteria in French for a French browser, and by id when the catalogue lacks them', () => {
    const report = sampleReport();
    report.results.push({ id: 'env-newer-criterion', outcome: 'missing', evidence: [], groups: [] });
    renderReport(report, { lang: 'fr' });
    const row = screen.getByTestId('criterion-soc-accessibility');
    expect(within(row).getByRole('heading', { level: 3 }).textContent).toBe('Accessibilité pour les personnes handicapées');
    expect(within(row).getByRole('heading', { level: 3 }).getAttribute('lang')).toBe('fr');
    expect(screen.getByTestId('criterion-env-newer-criterion').textContent).toContain('env-newer-criterion');
  });
});

describe('ReportView with the real catalogue', () => {
  it('names every criterion of the catalogue, in English, French, German and Spanish', () => {
    const results = criteria.map((c) => ({ id: c.id, outcome: 'missing' as const, evidence: [], groups: [] }));
    for (const lang of ['en', 'fr', 'de', 'es'] as const) {
      render(<ReportView report={sampleReport({ results })} highlighted={0} catalogue={criteria} lang={lang} />);
      for (const c of criteria) {
        const row = screen.getByTestId(`criterion-${c.id}`);
        expect(within(row).getByRole('heading', { level: 3 }).textContent).toBe(c.name[lang]);
        expect(row.textContent).toContain(c.why[lang]);
      }
      cleanup();
    }
  });
});

describe('EmptyState', () => {
  it('says no notice was recognised and lists the supported portals', () => {
    render(<EmptyState portals={PORTALS} />);
    const empty = screen.getByTestId('empty-state');
    expect(within(empty).getByRole('heading', { name: 'No tender notice recognised on this page' })).toBeTruthy();
    expect(within(empty).getByRole('link', { name: /TED/ }).getAttribute('href')).toBe('https://ted.europa.eu/');
    expect(empty.textContent).toContain('(ted.europa.eu)');
  });
});

describe('helpers', () => {
  it('parses ?tab=<id>', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?foo=1&tab=0')).toBe(0);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tab=')).toBeNull();
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
    expect(tabIdFromSearch('?tab=4.5')).toBeNull();
    expect(tabIdFromSearch('?tab=12abc')).toBeNull();
    expect(tabIdFromSearch('?tab=1e3')).toBeNull();
  });

  it('lists the portals of the adapter registry', () => {
    expect(supportedPortals(portals)).toContainEqual({ name: 'TED – Tenders Electronic Daily', home: 'https://ted.europa.eu/' });
    expect(supportedPortals(portals)).toHaveLength(portals.length);
  });

  it('picks the UI language', () => {
    expect(uiLanguage('fr-BE')).toBe('fr');
    expect(uiLanguage('FR')).toBe('fr');
    expect(uiLanguage('en-GB')).toBe('en');
    expect(uiLanguage('de')).toBe('de');
    expect(uiLanguage('es-419')).toBe('es');
    expect(uiLanguage('it-IT')).toBe('en');
    expect(uiLanguage(undefined)).toBe('en');
  });

  it('orders groups and leaves empty ones out', () => {
    expect(groupResults(sampleReport().results).map((g) => g.outcome)).toEqual([
      'missing',
      'uncertain',
      'present',
      'not-applicable',
    ]);
    const onlyPresent = sampleReport().results.filter((r) => r.outcome === 'present');
    expect(groupResults(onlyPresent).map((g) => g.outcome)).toEqual(['present']);
  });

  it('words evidence sources and ignores a match outside the passage', () => {
    const base = { text: 'abc', start: 10, end: 13, section: 'II.2.5', kind: 'text', strength: 'strong' } as const;
    expect(evidenceSource(base)).toBe('Section II.2.5');
    expect(splitMatch({ ...base, match: { start: 11, end: 12 } })).toEqual({ before: 'a', match: 'b', after: 'c' });
    expect(splitMatch({ ...base, match: { start: 2, end: 5 } })).toBeNull();
    expect(splitMatch({ ...base, match: { start: 12, end: 20 } })).toBeNull();
  });
});

describe('App', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /** The background's answer to get-report (the fake's sendMessage would send no sender id). */
  function answerGetReport(response: GetReportResponse) {
    const answer = { current: response };
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => Promise.resolve(answer.current)) as never);
    return { spy, answer };
  }
  const tabsSendMessage = () => vi.spyOn(fakeBrowser.tabs, 'sendMessage');

  it('shows the report of ?tab=<id> and sends show-evidence to that tab', async () => {
    const { spy: sendMessage } = answerGetReport({ report: sampleReport(), highlighted: 1 });
    const tabMessage = tabsSendMessage().mockImplementation((() => Promise.resolve(undefined)) as never);
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=42" language="en-GB" />);

    await screen.findByRole('heading', { level: 1, name: 'Supply of laptops and monitors' });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'get-report', tabId: 42 });
    expect(screen.getByRole('contentinfo').textContent).toContain('Runs locally: nothing leaves your browser');
    expect(screen.getByRole('contentinfo').textContent).toContain('Engine 0.1.0 · Catalogue 2025.1');

    fireEvent.click(screen.getByRole('button', { name: /^Show in page: Life-cycle costing/ }));
    await waitFor(() =>
      expect(tabMessage).toHaveBeenCalledWith(42, { type: 'show-evidence', criterion: 'econ-life-cycle-cost', index: 0 }, { frameId: 0 }),
    );
  });

  it('uses the active tab, and shows the empty state when it has no report', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const active = await fakeBrowser.tabs.create({ windowId: window!.id, url: 'https://example.org/', active: true });
    const { spy: sendMessage } = answerGetReport({ report: null, highlighted: 0 });
    render(<App portals={PORTALS} catalogue={sampleCatalogue} catalogueVersion="2025.1" search="" />);

    await screen.findByTestId('empty-state');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'get-report', tabId: active.id });
    expect(screen.getByRole('contentinfo').textContent).toContain('Catalogue 2025.1');
  });

  it('follows the stored report while open', async () => {
    const { answer } = answerGetReport({ report: null, highlighted: 0 });
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=5" />);
    await screen.findByTestId('empty-state');

    answer.current = { report: sampleReport(), highlighted: 0 };
    await fakeBrowser.storage.session.set({ [tabKey(5)]: { report: sampleReport(), highlighted: 0 } });
    await screen.findByTestId('summary');
  });

  it('tells the user when the page does not answer', async () => {
    answerGetReport({ report: sampleReport(), highlighted: 1 });
    tabsSendMessage().mockImplementation((() => Promise.reject(new Error('Receiving end does not exist.'))) as never);
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=42" />);
    fireEvent.click(await screen.findByRole('button', { name: /^Show in page: Energy-efficient/ }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent).join('\n')).toMatch(/did not answer/));
  });
});
