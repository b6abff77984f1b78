/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { allText, byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { rangeFromOffsets } from '../text-map';
import { findATender } from './find-a-tender';
import type { Extraction } from './types';

const F03_URL = 'https://www.find-tender.service.gov.uk/Notice/008624-2023';
const UK4_URL = 'https://www.find-tender.service.gov.uk/Notice/031337-2025';
const f03 = () => fixture('find_a_tender/fts_national_framework_adalimumab_2023.html');
const uk4 = () => fixture('find_a_tender/fts_uk4_tender_notice_constructed.html');
/** Words of the header, contents side menu, share/download links, feedback banner, footer and cookie banner. */
const TRAPS = [
  'Accessibility', 'cookies', 'Cookies', 'Share this notice', 'Download', 'PDF version', 'Contents', 'Watch this notice', 'Print this notice',
  'Report concerns', 'Back to top', 'Sign in', 'Help us improve', 'Skip to main content', 'Find a Tender team', 'Open Government Licence',
  'two.2.5', 'Section two', // the spoken duplicates of the headings (span.aria-only)
];

/** Slices of each section (every 5th offset, up to 30 characters) read the same from the page as from the text. */
function expectSlicesRoundTrip(x: Extraction, ids: string[]) {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const s = x.notice.sections.find((q) => q.id === id)!;
    expect(s, id).toBeDefined();
    for (let start = 0; start < s.text.length; start += 5) {
      const end = Math.min(s.text.length, start + 30);
      expect(rangeFromOffsets(x.sources[id]!, start, end)?.toString(), `${id} ${start}-${end}`).toBe(s.text.slice(start, end));
    }
  }
}

describe('find-a-tender adapter on 008624-2023 (F03 award, NHS adalimumab framework, 4 lots)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(findATender, f03(), F03_URL);
  });

  it('reads the notice metadata', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '008624-2023',
      url: F03_URL,
      title: 'National Framework Agreement for Adalimumab Injection 1 April 2023',
      language: 'en',
      cpv: ['33600000'],
      contractNature: 'supplies',
      buyer: 'NHS England',
      lots: ['1', '2', '3', '4'],
      fields: [],
      gaps: [],
    });
  });

  it('makes one section per numbered field, its kind from the number, its lot from the heading', () => {
    const award = byLabel(x, 'II.2.5) Award criteria');
    expect(award.map((s) => [s.kind, s.lot, s.text.trim()])).toEqual([
      ['award', '1', 'Price'],
      ['award', '2', 'Price'],
      ['award', '3', 'Price'],
      ['award', '4', 'Price'],
    ]);
    expect(award.map((s) => s.id)).toEqual(['LOT-1:II.2.5:0', 'LOT-2:II.2.5:0', 'LOT-3:II.2.5:0', 'LOT-4:II.2.5:0']);
    expect(byLabel(x, 'II.2.4) Description of the procurement').map((s) => [s.kind, s.lot])).toEqual([
      ['description', '1'],
      ['description', '2'],
      ['description', '3'],
      ['description', '4'],
    ]);
    expect(byLabel(x, 'II.1.4) Short description')[0]).toMatchObject({ kind: 'description', text: expect.stringContaining('Offer reference number: CM/PHR/22/5660') });
    expect(byLabel(x, 'II.1.1) Title')).toMatchObject([{ kind: 'title', text: 'National Framework Agreement for Adalimumab Injection 1 April 2023' }]);
    expect(byLabel(x, 'II.2.14) Additional information')[0]).toMatchObject({ kind: 'other', text: expect.stringContaining('Price is not the only award criterion') });
    // FTS's h5 sub-labels are their own sections, labelled with their field, never glued to the text before them
    expect(byLabel(x, 'II.1.1) Title: Reference number')).toMatchObject([{ kind: 'other', text: 'CM/PHR/22/5660' }]);
    expect(byLabel(x, 'II.2.11) Information about options: Description of options')).toHaveLength(4);
    // the contracting authority, the contractors and the review body are boilerplate, their unnumbered sub-headings too
    for (const label of ['I.1) Name and addresses', 'Email', 'Contact', 'V.2.3) Name and address of the contractor', 'VI.4.1) Review body']) {
      const found = byLabel(x, label);
      expect(found.length, label).toBeGreaterThan(0);
      for (const s of found) expect(s.kind, label).toBe('boilerplate');
    }
    // CPV lists give codes, not sections; the type of contract gives the contract nature
    expect(x.notice.sections.filter((s) => /CPV/.test(s.label))).toEqual([]);
    expect(byLabel(x, 'II.1.3) Type of contract')).toMatchObject([{ kind: 'boilerplate', text: 'Supplies' }]);
  });

  it('reads nothing from the header, side menu, footer or cookie banner, nor the spoken duplicates of headings', () => {
    expectNoChrome(x, TRAPS);
    expect(x.notice.sections.map((s) => s.label).join('|')).not.toMatch(/aria|two\.|one\./);
  });

  it('records where every section comes from, and slices of it map back to the page', () => {
    expectSourcesMatch(x);
    expectSlicesRoundTrip(x, ['LOT-1:II.2.5:0', 'LOT-2:II.2.4:0', 'II.1.4:0', 'LOT-4:II.2.14:0']);
  });
});

describe('find-a-tender adapter on a UK4 tender notice (Procurement Act 2023 layout; constructed page)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(findATender, uk4(), UK4_URL);
  });

  it('reads the notice metadata, CPV classifications of the scope and the lots, and SME suitability', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '031337-2025',
      title: 'Grounds Maintenance and Tree Works Services 2025-2029',
      language: 'en',
      cpv: ['77310000', '77211400', '77314000'],
      contractNature: 'services',
      buyer: 'Example Vale District Council',
      lots: ['1', '2'],
      gaps: [],
    });
    const suitability = byLabel(x, 'Particular suitability')[0]!;
    expect(x.notice.fields).toEqual([{ bt: 'BT-726', value: 'true', section: suitability.id }]);
    expect(suitability.kind).toBe('boilerplate');
  });

  it('reads the kinds from the part names', () => {
    const kinds = (label: string) => byLabel(x, label).map((s) => [s.kind, s.lot]);
    expect(kinds('Title')).toEqual([['title', undefined]]); // the UK forms have no title field: the h1
    expect(kinds('Description')).toEqual([
      ['description', undefined],
      ['description', '1'],
      ['description', '2'],
    ]);
    expect(kinds('Legal and financial capacity conditions of participation')).toEqual([['selection', undefined]]);
    expect(kinds('Technical ability conditions of participation')).toEqual([['selection', undefined]]);
    expect(kinds('Award criteria')).toEqual([['award', undefined]]);
    expect(kinds('Description of risks to contract performance')).toEqual([['other', undefined]]);
    expect(kinds('Tender submission deadline')).toEqual([['other', undefined]]);
    for (const label of ['Reference', 'Public Procurement Organisation Number', 'Contact name', 'Email', 'Organisation type']) {
      expect(kinds(label), label).toEqual([['boilerplate', undefined]]);
    }
    const award = byLabel(x, 'Award criteria')[0]!;
    expect(award.text).toContain('Social value');
    expect(award.text).toContain('carbon reduction plan');
    expect(award.text).not.toContain('Award criteria'); // the table's visually hidden caption
    expect(x.notice.sections.filter((s) => /CPV/.test(s.label))).toEqual([]);
  });

  it('reads nothing from the page furniture or the notice lines under the title', () => {
    expectNoChrome(x, [...TRAPS, 'UK4: Tender notice', 'Notice identifier', 'BETA', 'Lot 1. Grounds maintenance']);
  });

  it('records where every section comes from', () => {
    expectSourcesMatch(x);
    const ids = ['Award criteria', 'Technical ability conditions of participation', 'Description'].map((l) => byLabel(x, l)[0]!.id);
    expectSlicesRoundTrip(x, ids);
  });
});

describe('find-a-tender adapter on the parts of UK6/UK7 award and contract notices', () => {
  // Hand-made snippet in the shape of a Procurement Act contract award / contract details notice (same chrome as the
  // UK4 page: main.notice-view, #main-content, h2 parts, h3 fields), not a saved page.
  const html = `<html lang="en"><body><header>Find a Tender <a href="/Home/AccessibilityStatement">Accessibility statement</a></header>
    <main class="notice-view govuk-main-wrapper" role="main"><span class="govuk-caption-l">Contract</span>
    <h1 class="govuk-heading-l">Fleet electrification services</h1>
    <div class="govuk-grid-row"><div><ul class="govuk-list"><li>Example County Council</li></ul>
      <p class="govuk-body-s">UK7: Contract details notice - Procurement Act 2023</p><p class="govuk-body-s">Notice identifier: 2025/S 000-041000</p></div></div>
    <div class="govuk-grid-row"><div id="main-content">
      <div class="content-block"><h2 class="govuk-heading-l">Scope</h2>
        <h3 class="govuk-heading-m">Description</h3><p class="govuk-body">Supply and maintenance of electric vans.</p>
        <h3 class="govuk-heading-m">Main procurement category</h3><p class="govuk-body">Goods</p></div>
      <div class="content-block"><h2 class="govuk-heading-l">Contract 1. Electric vans</h2>
        <h3 class="govuk-heading-m">Supplier</h3><p class="govuk-body">Volt Fleet Ltd</p>
        <h3 class="govuk-heading-m">Contract value</h3><p class="govuk-body">£900,000 excluding VAT</p>
        <h3 class="govuk-heading-m">Key performance indicators</h3>
        <table class="govuk-table"><tr><th>Name</th><th>Description</th><th>Reporting frequency</th></tr>
          <tr><td>Vehicle availability</td><td>At least 98% of vans available for service, zero tailpipe emissions.</td><td>3 months</td></tr></table></div>
      <div class="content-block"><h2 class="govuk-heading-l">Contracting authority</h2><h3 class="govuk-heading-m">Example County Council</h3>
        <h4 class="govuk-heading-s">Email</h4><p class="govuk-body">fleet@example.gov.uk</p></div>
    </div></div></main><footer>Cookies · Accessibility statement</footer></body></html>`;

  it('reads contracts, their suppliers as boilerplate and their key performance indicators as performance', () => {
    const x = extract(findATender, html, 'https://www.find-tender.service.gov.uk/Notice/041000-2025');
    expect(x.notice).toMatchObject({ id: '041000-2025', title: 'Fleet electrification services', contractNature: 'supplies', buyer: 'Example County Council', gaps: [] });
    expect(x.notice.sections.map((s) => [s.label, s.kind])).toEqual([
      ['Description', 'description'],
      ['Main procurement category', 'boilerplate'],
      ['Supplier', 'boilerplate'],
      ['Contract value', 'other'],
      ['Key performance indicators', 'performance'],
      ['Email', 'boilerplate'],
      ['Title', 'title'],
    ]);
    expectNoChrome(x, ['Accessibility', 'Cookies', 'UK7: Contract details notice']);
    expectSourcesMatch(x);
  });
});

describe('find-a-tender adapter when the layout changed', () => {
  it('falls back to <main> and says so, still without the side menu or footer', () => {
    const html = f03().replace('class="notice-view govuk-main-wrapper app-main-class"', 'class="govuk-main-wrapper"').replace('id="main-content"', 'id="notice-body"');
    const { notice } = extract(findATender, html, F03_URL);
    expect(notice.gaps).toHaveLength(1);
    expect(notice.gaps[0]).toMatch(/layout changed \(main\.notice-view #main-content not found\): read main instead/);
    expect(byLabel({ notice, sources: {} }, 'II.2.5) Award criteria').map((s) => s.kind)).toEqual(['award', 'award', 'award', 'award']);
    expectNoChrome({ notice, sources: {} }, TRAPS);
  });

  it('without any heading it knows, reads the notice body as plain text with a gap', () => {
    const html = f03().replace(/<(\/?)h[2-5]\b/g, '<$1div');
    const x = extract(findATender, html, F03_URL);
    expect(x.notice.gaps).toEqual([expect.stringMatching(/layout was not recognised \(no known field headings inside main\.notice-view #main-content\)/)]);
    expect(x.notice.sections.map((s) => [s.label, s.kind])).toEqual([
      ['(no heading)', 'other'],
      ['Title', 'title'],
    ]);
    expect(allText(x)).toContain('Price is not the only award criterion');
    expectNoChrome(x, TRAPS);
    expectSourcesMatch(x, { wholeRange: false });
  });

  it('finds no notice on a page without one', () => {
    expect(findATender.extract(load('<html><body><header>Find a Tender</header><div>Search results</div></body></html>'), new URL(F03_URL))).toBeNull();
  });
});

describe('find-a-tender URLs', () => {
  it('claims its notices, covered by its match patterns, and nothing else of the site', () => {
    for (const href of findATender.examples.notices) {
      expect(findATender.isNotice(new URL(href)), href).toBe(true);
      expect(findATender.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of findATender.examples.others) expect(findATender.isNotice(new URL(href)), href).toBe(false);
    expect(findATender.isNotice(new URL('https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac'))).toBe(false);
  });
});
