/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIGHLIGHT_FOCUS,
  HIGHLIGHT_PRESENT,
  clearHighlights,
  evidenceOnPage,
  pageIsMarked,
  renderHighlights,
  scrollToEvidence,
} from '../../entrypoints/content/highlight';
import { ted } from '../../entrypoints/content/portals/ted';
import type { Extraction } from '../../entrypoints/content/portals/types';
import type { CriterionResult, Evidence, Report } from '../../utils/report';

function loadPage(): Extraction {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/ted-html/181161-2020.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  return ted.extract(document, new URL('https://ted.europa.eu/en/notice/181161-2020/html'))!;
}

/** A report as the engine would write it for this page (the engine itself is tested on its own). */
function reportFor(x: Extraction): Report {
  const perf = x.notice.sections.find((s) => s.id.endsWith(':BT-70'))!;
  const at = perf.text.indexOf('modern slavery act');
  const sentence: Evidence = { text: perf.text, start: 0, end: perf.text.length, section: perf.id, kind: 'text', strength: 'strong', match: { start: at, end: at + 18 } };
  const cost = x.notice.fields.find((f) => f.bt === 'BT-539')!;
  const costEvidence: Evidence = { text: 'Award criterion: cost', start: 0, end: 21, section: cost.section!, kind: 'field', strength: 'strong', field: { bt: 'BT-539', value: 'cost', label: 'Award criterion: cost' } };
  const notShown: Evidence = { text: 'Strategic procurement: env-imp', start: 0, end: 30, section: 'field:BT-06@LOT-0000', kind: 'field', strength: 'weak' };
  const result = (id: string, outcome: CriterionResult['outcome'], evidence: Evidence[]): CriterionResult => ({ id, outcome, evidence, groups: [] });
  return {
    engineVersion: 'test',
    catalogueVersion: 'test',
    notice: { format: 'ted-html', title: x.notice.title, language: 'en', cpv: x.notice.cpv },
    groups: [],
    results: [
      result('social-modern-slavery', 'present', [sentence]),
      result('social-supply-chain', 'present', [sentence]), // same passage: one range
      result('econ-life-cycle-cost', 'present', [costEvidence, notShown]),
      result('env-green-mention', 'uncertain', [{ ...sentence, strength: 'weak' }]),
      result('env-ecolabel', 'missing', []),
    ],
    counts: { present: 3, missing: 1, uncertain: 1, 'not-applicable': 0 },
  };
}

class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

describe('renderHighlights', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => {
    clearHighlights();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("highlights each present criterion's evidence once, without touching the page", () => {
    const x = loadPage();
    const before = document.documentElement.outerHTML;
    expect(renderHighlights(reportFor(x), x)).toBe(2);
    const painted = [...registry.get(HIGHLIGHT_PRESENT)!].map((r) => (r as Range).toString());
    expect(painted).toEqual(['Bidders must comply with modern slavery act and operate an ethical supply chain.', 'Cost']);
    expect(document.documentElement.outerHTML).toBe(before);

    clearHighlights();
    expect(registry.size).toBe(0);
  });

  it('scrolls to a piece of evidence and marks it', () => {
    const x = loadPage();
    renderHighlights(reportFor(x), x);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const intoView = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    expect(scrollToEvidence('econ-life-cycle-cost', 0)).toBe(true);
    expect(scrollTo.mock.calls.length + intoView.mock.calls.length).toBe(1);
    expect([...registry.get(HIGHLIGHT_FOCUS)!].map((r) => (r as Range).toString())).toEqual(['Cost']);
    // evidence that is not on the page, an unknown criterion or index: nothing happens
    expect(scrollToEvidence('econ-life-cycle-cost', 1)).toBe(false);
    expect(scrollToEvidence('nope', 0)).toBe(false);
    expect(scrollToEvidence('social-modern-slavery', 3)).toBe(false);
  });
});

describe('renderHighlights without the CSS Custom Highlight API: <mark data-tender-lens>', () => {
  beforeEach(() => {
    vi.stubGlobal('CSS', {}); // happy-dom has no CSS.highlights either: make it explicit
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    clearHighlights();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const marks = () => [...document.querySelectorAll<HTMLElement>('mark[data-tender-lens]')];

  it('wraps the passages in marks, leaving the text as it was', () => {
    const x = loadPage();
    const text = document.body.textContent;
    expect(renderHighlights(reportFor(x), x)).toBe(2);
    expect(marks().length).toBeGreaterThan(0);
    expect(marks().map((m) => m.textContent).join('')).toBe('CostBidders must comply with modern slavery act and operate an ethical supply chain.');
    expect(document.body.textContent).toBe(text);
    expect(pageIsMarked()).toBe(true);
  });

  it('clearHighlights removes every mark and puts back the same text nodes with the same text', () => {
    const x = loadPage();
    const before = document.documentElement.outerHTML;
    const elements = document.querySelectorAll('*').length;
    const perf = x.notice.sections.find((s) => s.id.endsWith(':BT-70'))!;
    const nodes = x.sources[perf.id]!.nodes;
    const data = nodes.map((n) => n.data);

    renderHighlights(reportFor(x), x);
    expect(document.querySelectorAll('*').length).toBeGreaterThan(elements);
    clearHighlights();

    expect(marks()).toEqual([]);
    expect(document.querySelectorAll('*').length).toBe(elements);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(nodes.every((n) => n.isConnected)).toBe(true);
    expect(nodes.map((n) => n.data)).toEqual(data);
    expect(pageIsMarked()).toBe(false);
  });

  it('scrolls to a passage and gives its marks the focus style; evidence that is not marked still scrolls', () => {
    const x = loadPage();
    renderHighlights(reportFor(x), x);
    expect(scrollToEvidence('econ-life-cycle-cost', 0)).toBe(true);
    expect(marks().filter((m) => m.getAttribute('data-tender-lens') === 'focus').map((m) => m.textContent)).toEqual(['Cost']);
    expect(scrollToEvidence('social-modern-slavery', 0)).toBe(true);
    const focused = marks().filter((m) => m.getAttribute('data-tender-lens') === 'focus');
    expect(focused.map((m) => m.textContent).join('')).toMatch(/^Bidders must comply/);
    expect(marks().filter((m) => m.textContent === 'Cost')[0]!.getAttribute('data-tender-lens')).toBe('');
    // the uncertain criterion's passage is not marked, but the split text nodes still map back to it
    expect(scrollToEvidence('env-green-mention', 0)).toBe(true);
    expect(evidenceOnPage('social-modern-slavery')).toBe(0);
    expect(evidenceOnPage('econ-life-cycle-cost')).toBe(0);
    expect(evidenceOnPage('env-ecolabel')).toBe(-1);
    expect(scrollToEvidence('econ-life-cycle-cost', 1)).toBe(false);
  });
});
