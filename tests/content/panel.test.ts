/** @vitest-environment happy-dom */
// The in-page panel on its own: what it lists, that the report's text stays text, and the keyboard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panelLanguage } from '../../entrypoints/content/i18n';
import { createPanel, type Panel, type PanelActions, type PanelModel } from '../../entrypoints/content/panel';
import type { CriterionName } from '../../utils/messages';
import type { CriterionResult, Report } from '../../utils/report';

const XSS = '<img src=x onerror=alert(1)>';

function result(id: string, outcome: CriterionResult['outcome'], extra: Partial<CriterionResult> = {}): CriterionResult {
  return { id, outcome, evidence: [], groups: [], ...extra };
}

const report: Report = {
  engineVersion: 'test',
  catalogueVersion: 'test',
  notice: { format: 'html', title: 'Laptops', language: 'en', cpv: [] },
  groups: [],
  results: [
    result('env-sustainable-food', 'not-applicable'),
    result('env-ecolabel', 'present', {
      evidence: [{ text: `Laptops shall carry the EU Ecolabel ${XSS}.`, start: 0, end: 10, section: 's1', kind: 'text', strength: 'strong' }],
    }),
    result('eco-life-cycle-cost', 'present', {
      evidence: [{ text: 'cost', start: 0, end: 4, section: 'field:BT-539', kind: 'field', strength: 'strong' }],
    }),
    result('soc-accessibility', 'missing'),
    result('env-carbon', 'uncertain', { reason: `Only named in the title ${XSS}` }),
  ],
  counts: { present: 2, missing: 1, uncertain: 1, 'not-applicable': 1 },
};

const names: Record<string, CriterionName> = {
  'env-ecolabel': { name: `Ecolabels ${XSS}`, why: 'Labels prove the claim.' },
  'eco-life-cycle-cost': { name: 'Life-cycle costing', why: 'Cheapest is rarely cheapest.' },
  'soc-accessibility': { name: 'Accessibility', why: 'Public services must be usable by everyone.' },
  'env-carbon': { name: 'Carbon', why: 'Makes reductions measurable.' },
  'env-sustainable-food': { name: 'Food', why: 'Not for this notice.' },
};

const model = (over: Partial<PanelModel> = {}): PanelModel => ({
  report,
  names,
  lang: 'en',
  evidenceOnPage: (id) => (id === 'env-ecolabel' ? 0 : -1),
  ...over,
});

let panel: Panel;
let actions: { [K in keyof PanelActions]: ReturnType<typeof vi.fn> };

const q = <T extends Element = HTMLElement>(sel: string) => panel.shadow.querySelector<T & HTMLElement>(sel);
const qa = (sel: string) => [...panel.shadow.querySelectorAll<HTMLElement>(sel)];
const badge = () => q<HTMLButtonElement>('[part~="badge"]')!;
const section = () => q('[part~="panel"]')!;
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  document.body.innerHTML = '<main><p>The portal’s page.</p></main>';
  actions = { showEvidence: vi.fn(() => true), openClauses: vi.fn(async () => false), hideOnSite: vi.fn() };
  panel = createPanel(document, actions as unknown as PanelActions);
  panel.update(model());
});
afterEach(() => panel.remove());

describe('the in-page panel', () => {
  it('sits outside the page’s body, in a shadow root, collapsed to a badge', () => {
    expect(panel.host.parentNode).toBe(document.documentElement);
    expect(document.body.contains(panel.host)).toBe(false);
    expect(panel.host.getAttribute('data-tender-lens')).toBe('panel');
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    expect(section().hasAttribute('hidden')).toBe(true);
    expect(badge().textContent).toBe('1 missing');
    expect(badge().getAttribute('aria-label')).toBe('Tender Lens: 1 missing, 1 uncertain, 2 present');
    expect(badge().getAttribute('part')).toBe('badge missing');
    // no style element or attribute: every style comes from the manifest CSS through ::part()
    expect(qa('style, [style]')).toEqual([]);
  });

  it('lists the missing criteria with why, the uncertain with their reason, the present with "Show evidence"', () => {
    const items = (outcome: string) => qa(`li[part~="${outcome}"]`);
    expect(items('missing').map((li) => li.getAttribute('data-criterion'))).toEqual(['soc-accessibility']);
    expect(items('missing')[0]!.querySelector('[part="why"]')!.textContent).toBe('Public services must be usable by everyone.');
    expect(items('uncertain')[0]!.querySelector('[part="reason"]')!.textContent).toBe(`Only named in the title ${XSS}`);
    expect(items('present').map((li) => li.getAttribute('data-criterion'))).toEqual(['env-ecolabel', 'eco-life-cycle-cost']);
    expect(items('not-applicable')).toEqual([]);
    expect(qa('[part~="heading"]').map((h) => h.textContent)).toEqual(['Missing (1)', 'Uncertain (1)', 'Present (2)']);

    const [ecolabel, lcc] = items('present');
    const show = ecolabel!.querySelector('button')!;
    expect(show.textContent).toBe('Show evidence');
    expect(show.getAttribute('aria-label')).toBe(`Show evidence: Ecolabels ${XSS}`);
    // evidence that is not a passage of the page: said, no button
    expect(lcc!.querySelector('button')).toBeNull();
    expect(lcc!.querySelector('[part="note"]')!.textContent).toMatch(/not shown as a passage/);
  });

  it('renders the report’s text as text: no element comes out of it', () => {
    expect(qa('img')).toEqual([]);
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(q('[part="quote"]')!.textContent).toBe(`Laptops shall carry the EU Ecolabel ${XSS}.`);
    expect(q('li[data-criterion="env-ecolabel"] [part="name"]')!.textContent).toBe(`Ecolabels ${XSS}`);
  });

  it('"Show evidence" jumps to the passage, and says so when it is gone', () => {
    panel.expand();
    const show = q<HTMLButtonElement>('[data-key="show:env-ecolabel"]')!;
    show.click();
    expect(actions.showEvidence).toHaveBeenCalledWith('env-ecolabel', 0);
    expect(q('[part="status"]')!.textContent).toBe('');
    actions.showEvidence.mockReturnValueOnce(false);
    show.click();
    expect(q('[part="status"]')!.textContent).toBe('This passage is no longer on the page.');
  });

  it('"Model clauses" asks the background, and says where to find them when nothing opened', async () => {
    q<HTMLButtonElement>('[data-key="clauses:soc-accessibility"]')!.click();
    expect(actions.openClauses).toHaveBeenCalledWith('soc-accessibility');
    await flush();
    expect(q('[part="status"]')!.textContent).toMatch(/toolbar/);
    expect(q('[part="status"]')!.getAttribute('role')).toBe('status');
  });

  it('"Hide on this site" asks the lens to hide it', () => {
    qa('button').find((b) => b.textContent === 'Hide on this site')!.click();
    expect(actions.hideOnSite).toHaveBeenCalledOnce();
  });

  it('is usable by keyboard: buttons in order with names, Escape collapses and gives the focus back to the badge', () => {
    const buttons = qa('button');
    // all native buttons, none taken out of the Tab order, each with an accessible name
    expect(buttons.every((b) => b.getAttribute('tabindex') !== '-1' && b.getAttribute('type') === 'button')).toBe(true);
    for (const b of buttons) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), b.outerHTML).not.toBe('');
    // Tab order = document order: the badge, then the panel that opens from it
    expect(buttons.map((b) => b.getAttribute('data-key') ?? b.getAttribute('part'))).toEqual([
      'badge missing',
      'button close',
      'clauses:soc-accessibility',
      'clauses:env-carbon',
      'show:env-ecolabel',
      'hide',
    ]);
    expect(q('[part="body"]')!.getAttribute('tabindex')).toBe('0'); // the scrolling list is reachable too

    badge().click();
    expect(panel.expanded).toBe(true);
    expect(badge().getAttribute('aria-expanded')).toBe('true');
    expect(section().hasAttribute('hidden')).toBe(false);
    expect(section().getAttribute('part')).toBe('panel open');

    const show = q<HTMLButtonElement>('[data-key="show:env-ecolabel"]')!;
    show.focus();
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    show.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageHeard);

    expect(panel.expanded).toBe(false);
    expect(section().hasAttribute('hidden')).toBe(true);
    expect(panel.shadow.activeElement).toBe(badge());
    expect(pageHeard).not.toHaveBeenCalled(); // the portal's own shortcuts do not fire from our panel
  });

  it('the close button collapses too; a new report keeps the focus on the same button', () => {
    panel.expand();
    const show = q<HTMLButtonElement>('[data-key="show:env-ecolabel"]')!;
    show.focus();
    panel.update(model());
    const again = q<HTMLButtonElement>('[data-key="show:env-ecolabel"]')!;
    expect(again).not.toBe(show);
    expect(panel.shadow.activeElement).toBe(again);
    expect(panel.expanded).toBe(true);
    q<HTMLButtonElement>('[part~="close"]')!.click();
    expect(panel.expanded).toBe(false);
  });

  it('speaks the language it is given, names included', () => {
    panel.update(model({ lang: 'fr', names: { ...names, 'soc-accessibility': { name: 'Accessibilité', why: 'Pour tous.' } } }));
    expect(badge().textContent).toBe('1 manquant');
    expect(badge().getAttribute('aria-label')).toBe('Tender Lens : 1 manquant, 1 incertain, 2 présents');
    expect(qa('[part~="heading"]').map((h) => h.textContent)).toEqual(['Manquants (1)', 'Incertains (1)', 'Présents (2)']);
    expect(q('li[part~="missing"] [part="name"]')!.textContent).toBe('Accessibilité');
    expect(q('[part="frame"]')!.getAttribute('lang')).toBe('fr');
  });

  it('shows a green badge when nothing is missing', () => {
    panel.update(model({ report: { ...report, results: report.results.filter((r) => r.outcome !== 'missing') } }));
    expect(badge().getAttribute('part')).toBe('badge complete');
    expect(badge().textContent).toBe('0 missing');
    expect(qa('li[part~="missing"]')).toEqual([]);
  });
});

describe('panelLanguage', () => {
  it('the browser’s language first, then the notice’s, then English', () => {
    expect(panelLanguage('de-DE', 'fr')).toBe('de');
    expect(panelLanguage('it-IT', 'fr')).toBe('fr');
    expect(panelLanguage('it-IT', 'pl')).toBe('en');
    expect(panelLanguage(undefined, undefined)).toBe('en');
  });
});
