/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rangeFromOffsets, sourceLength } from '../text-map';
import { findPortal, portals } from './index';
import { ted } from './ted';
import type { Extraction } from './types';

// vitest runs from the repository root (vitest.config.ts)
const page = (pubno: string) => readFileSync(resolve(process.cwd(), `tests/fixtures/ted-html/${pubno}.html`), 'utf8');
/**
 * Loads a page into the test's document (not a DOMParser document: happy-dom's Range.toString() only works
 * in the window's own document). Each describe loads its page in beforeAll, so its nodes stay connected.
 */
function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const el = document.documentElement;
  for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
  for (const a of Array.from(parsed.documentElement.attributes)) el.setAttribute(a.name, a.value);
  el.innerHTML = parsed.documentElement.innerHTML;
  return document;
}
const extract = (html: string, url = 'https://ted.europa.eu/en/notice/181161-2020/html'): Extraction => {
  const x = ted.extract(load(html), new URL(url));
  if (!x) throw new Error('no extraction');
  return x;
};
const section = (x: Extraction, bt: string) => x.notice.sections.filter((s) => s.id.endsWith(`:${bt}`));
const allText = (x: Extraction) => x.notice.sections.map((s) => s.text).join('\n');

/** Every section's text is exactly what its recorded text nodes say, and maps back to a DOM range. */
function expectSourcesMatch(x: Extraction) {
  for (const s of x.notice.sections) {
    const source = x.sources[s.id];
    expect(source, s.id).toBeDefined();
    expect(sourceLength(source!), s.id).toBe(s.text.length);
    expect(rangeFromOffsets(source!, 0, s.text.length)?.toString(), s.id).toBe(s.text);
  }
}

describe('ted adapter on 181161-2020 (Scottish Water, PV servicing and maintenance)', () => {
  let x: Extraction;
  let notice: Extraction['notice'];
  beforeAll(() => {
    x = extract(page('181161-2020'));
    notice = x.notice;
  });

  it('reads the notice metadata', () => {
    expect(notice.format).toBe('ted-html');
    expect(notice.id).toBe('181161-2020');
    expect(notice.title).toBe('PV Servicing and Maintenance');
    expect(notice.language).toBe('en');
    expect(notice.cpv).toEqual(['50000000', '09331200', '31712331']);
    expect(notice.contractNature).toBe('services');
    expect(notice.buyer).toBe('Scottish Water');
    expect(notice.lots).toEqual(['LOT-0000']);
    expect(notice.gaps).toEqual([]);
  });

  it('makes one section per labelled text field, with a stable id, its label, lot and kind', () => {
    const [perf] = section(x, 'BT-70');
    expect(perf).toMatchObject({
      label: 'Conditions relating to the performance of the contract (LOT-0000)',
      kind: 'performance',
      lot: 'LOT-0000',
      text: 'Bidders must comply with modern slavery act and operate an ethical supply chain.',
    });
    expect(perf!.id).toMatch(/^f\d+:BT-70$/);
    expect(section(x, 'BT-750').map((s) => s.kind)).toEqual(['selection', 'selection', 'selection']);
    expect(section(x, 'BT-540')).toMatchObject([{ kind: 'award', text: expect.stringContaining('Price is not the only award criterion') }]);
    expect(section(x, 'BT-21').map((s) => [s.kind, s.lot])).toEqual([['title', undefined], ['title', 'LOT-0000']]);
    expect(section(x, 'BT-24').map((s) => s.kind)).toEqual(['description', 'description']);
    expect(section(x, 'BT-500')[0]).toMatchObject({ kind: 'boilerplate', text: 'Scottish Water' });
    // ids are unique, and the same page gives the same ids
    const ids = notice.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(extract(page('181161-2020')).notice.sections.map((s) => s.id)).toEqual(ids);
    x = extract(page('181161-2020')); // keep this describe's nodes the connected ones
    notice = x.notice;
  });

  it('reads codes as structured fields, each shown by a section whose text is the displayed value', () => {
    const byBt = (bt: string) => notice.fields.filter((f) => f.bt === bt);
    expect(byBt('BT-539')).toMatchObject([{ value: 'cost', lot: 'LOT-0000' }]);
    expect(byBt('BT-71')).toMatchObject([{ value: 'none', lot: 'LOT-0000' }]);
    expect(byBt('BT-736')).toMatchObject([{ value: 'yes', lot: 'LOT-0000' }]);
    const shown = (bt: string) => notice.sections.find((s) => s.id === byBt(bt)[0]!.section);
    expect(shown('BT-539')).toMatchObject({ text: 'Cost', kind: 'boilerplate' });
    expect(shown('BT-736')).toMatchObject({ text: 'Yes' });
    expect(shown('BT-71')?.text).toBe('Participation is not reserved.');
    // only codes the engine knows become fields (no procedure type, country, currency, roles…)
    expect(new Set(notice.fields.map((f) => f.bt))).toEqual(new Set(['BT-539', 'BT-71', 'BT-736']));
  });

  it('reads nothing from the site header, footer, menus or summary', () => {
    const text = allText(x);
    for (const trap of ['Accessibility', 'Legal notice', 'Cookies', 'Help', 'Log in', 'English (en)', 'Sustainable', 'OJ S', 'Competition']) {
      expect(text, trap).not.toContain(trap);
    }
    expect(notice.sections.map((s) => s.label).join('|')).not.toMatch(/accessib/i);
  });

  it('records where every section text comes from', () => expectSourcesMatch(x));
});

describe('ted adapter on 563384-2019 (Publications Office, IT services)', () => {
  it('reads the notice', () => {
    const x = extract(page('563384-2019'), 'https://ted.europa.eu/fr/notice/-/detail/563384-2019');
    const { notice } = x;
    expect(notice).toMatchObject({
      id: '563384-2019',
      title: 'Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)',
      cpv: ['72230000'],
      contractNature: 'services',
      buyer: 'Publications Office of the European Union',
      lots: ['LOT-0000'],
      gaps: [],
    });
    // the notice exists only in English (BT-702): its text is English whatever the page language
    expect(notice.language).toBe('en');
    expect(notice.fields.map((f) => `${f.bt}=${f.value}`)).toEqual(['BT-71=none', 'BT-736=no']);
    expect(section(x, 'BT-24')[0]!.text).toContain('with the possibility to extend the provision to other information systems.');
    expect(section(x, 'BT-539')).toEqual([]);
    expectSourcesMatch(x);
  });
});

describe('ted adapter when the layout changed', () => {
  it('keeps the notice text and says what it could not read', () => {
    const renamed = page('181161-2020').replace(/data-labels-key=/g, 'data-label-id=');
    const { notice, sources } = extract(renamed);
    expect(notice.gaps).toHaveLength(1);
    expect(notice.gaps[0]).toMatch(/not recognised/);
    expect(notice.fields).toEqual([]);
    expect(notice.sections).toHaveLength(1);
    expect(notice.sections[0]!.text).toContain('modern slavery act');
    expect(notice.sections[0]!.text).not.toContain('Accessibility statement');
    expect(sources.notice).toBeDefined();
    expect(notice.title).toBe('PV Servicing and Maintenance'); // from #summary
    expect(notice.id).toBe('181161-2020');
  });

  it('finds the fields by their keys when div#notice is renamed', () => {
    const renamed = page('181161-2020').replace('<div id="notice">', '<div id="notice-body">');
    const { notice } = extract(renamed);
    expect(notice.gaps).toEqual([]);
    expect(notice.fields.map((f) => f.bt)).toContain('BT-539');
    expect(allText({ notice, sources: {} })).not.toContain('Accessibility statement');
  });

  it('returns null when there is no notice on the page', () => {
    expect(ted.extract(load('<html><body><header>TED</header><main>Search results</main></body></html>'), new URL('https://ted.europa.eu/en/notice/1-2024/html'))).toBeNull();
  });
});

describe('ted adapter on strategic-procurement fields', () => {
  // As TED renders 5.1.7 and 5.1.8 (view template 16/17): BT-06 then its BT-777, BT-774 with two codes,
  // BT-717 shown by its label alone, BT-754 shown by its code alone, then BT-755.
  const html = `<html lang="en"><body><div id="notice"><div class="subsection" id="section5.1_1">
    <div class="subsection-title"><span class="label" data-labels-key="field|name|BT-137-Lot">Lot</span><span>:&nbsp;</span><span class="data">LOT-0001</span></div>
    <div class="subsection-content">
      <div><span class="label" data-labels-key="field|name|BT-06-Lot">Aim of strategic procurement</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|strategic-procurement.env-imp">Reduction of environmental impacts</span></div>
      <div><span class="label" data-labels-key="field|name|BT-777-Lot">Description</span><span>:&nbsp;</span><span class="data">Low-emission vehicles only.</span></div>
      <div><span class="label" data-labels-key="field|name|BT-774-Lot">Approach to reducing environmental impacts</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|environmental-impact.clim-mitig">Climate change mitigation</span><span>, </span><span class="data" data-labels-key="code|name|environmental-impact.circ-econ">Transition to a circular economy</span></div>
      <div><span class="label" data-labels-key="field|name|BT-717-Lot">The procurement falls within the scope of the Clean Vehicles Directive</span></div>
      <div class="subsection" id="section5.1.8_1"><div class="subsection-title"><span>5.1.8.</span> <span data-labels-key="auxiliary|text|accessibility">Accessibility criteria</span></div>
      <div class="subsection-content">
        <div><span class="data" data-labels-key="code|name|accessibility.n-inc-just">Accessibility criteria are not included with the following justification</span></div>
        <div><span class="label" data-labels-key="field|name|BT-755-Lot">Justification</span><span>:&nbsp;</span><span class="data">Not used by natural persons.</span></div>
      </div></div>
    </div></div>
    <div class="section" id="section8_1"><div><span class="label" data-labels-key="field|name|BT-500-Organization-Company">Official name</span><span>:&nbsp;</span><span class="data">City of Example</span></div></div>
  </div></body></html>`;
  it('reads each code with its lot, its explanation and the section that shows it', () => {
    const x = extract(html, 'https://ted.europa.eu/en/notice/-/detail/1-2025');
    const f = x.notice.fields.map(({ bt, value, lot, text }) => ({ bt, value, lot, text }));
    expect(f).toEqual([
      { bt: 'BT-06', value: 'env-imp', lot: 'LOT-0001', text: 'Low-emission vehicles only.' },
      { bt: 'BT-774', value: 'clim-mitig', lot: 'LOT-0001', text: undefined },
      { bt: 'BT-774', value: 'circ-econ', lot: 'LOT-0001', text: undefined },
      { bt: 'BT-717', value: 'true', lot: 'LOT-0001', text: undefined },
      { bt: 'BT-754', value: 'n-inc-just', lot: 'LOT-0001', text: 'Not used by natural persons.' },
    ]);
    const shown = x.notice.fields.map((fl) => x.notice.sections.find((s) => s.id === fl.section)?.text);
    expect(shown).toEqual([
      'Reduction of environmental impacts',
      'Climate change mitigation',
      'Transition to a circular economy',
      'The procurement falls within the scope of the Clean Vehicles Directive',
      'Accessibility criteria are not included with the following justification',
    ]);
    expect(section(x, 'BT-777')).toMatchObject([{ kind: 'strategic', lot: 'LOT-0001' }]);
    expect(section(x, 'BT-500')[0]!.lot).toBeUndefined(); // after the lot's section: no lot
    expectSourcesMatch(x);
  });
});

describe('portal URLs', () => {
  const claimants = (href: string) => portals.filter((p) => p.isNotice(new URL(href)));

  for (const adapter of portals) {
    it(`${adapter.id}: each example notice is claimed by exactly this adapter, and covered by its match patterns`, () => {
      expect(adapter.examples.notices.length).toBeGreaterThan(0);
      for (const href of adapter.examples.notices) {
        expect(claimants(href), href).toEqual([adapter]);
        expect(findPortal(new URL(href)), href).toBe(adapter);
      }
    });
    it(`${adapter.id}: no adapter claims its other pages`, () => {
      expect(adapter.examples.others.length).toBeGreaterThan(0);
      for (const href of adapter.examples.others) expect(claimants(href), href).toEqual([]);
    });
  }

  it('has no adapter for other sites', () => {
    expect(findPortal(new URL('https://example.org/en/notice/181161-2020/html'))).toBeUndefined();
  });
});
