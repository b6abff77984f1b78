/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { austender } from './austender';
import type { Extraction } from './types';

const URL_ = 'https://www.tenders.gov.au/Atm/Show/5f3c9a52-3b7e-4e3a-9d61-0a7f2c1e8b44';
const page = () => fixture('austender/atm_rft17-18-09_penrith_gpt.html');
/** Words of the page's header, menus, sidebar, breadcrumb, cookie banner and footer: never read. */
const TRAPS = [
  'Indigenous Procurement Policy', 'Sustainable Procurement', 'Accessibility', 'cookies', 'Modern slavery', 'Clausebank',
  'Traditional Custodians', 'Environmentally Sustainable', 'Laura Stott', 'View and Download', 'ATM View', 'Current ATM List',
  'Commonwealth Procurement Rules', 'Skip to main content',
];

describe('austender adapter on RFT17/18-09 (Penrith City Council, gross pollutant traps)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(austender, page(), URL_);
  });

  it('reads the notice metadata, its UNSPSC category and its buyer', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: 'RFT17/18-09',
      url: URL_,
      title: 'RFT17/18-09, Design and Construction of three Gross Pollutant Traps (GPTs)',
      language: 'en',
      cpv: [],
      otherClassifications: [{ scheme: 'UNSPSC', code: '41103419' }],
      buyer: 'Penrith City Council',
      gaps: [],
    });
    expect(x.notice.lots).toBeUndefined();
  });

  it('makes one section per field, with its label and kind', () => {
    const kinds = Object.fromEntries(x.notice.sections.map((s) => [s.label, s.kind]));
    expect(kinds).toMatchObject({
      Title: 'title',
      'ATM ID': 'boilerplate',
      Agency: 'boilerplate',
      Category: 'boilerplate',
      'Close Date & Time': 'boilerplate',
      Description: 'description',
      'Other Instructions': 'other',
      'Conditions for Participation': 'selection',
      'Address for Lodgement': 'boilerplate',
    });
    expect(byLabel(x, 'Description')[0]!.text).toBe(
      'Penrith City Council (PCC) are seeking Tenders from suitably qualified and experienced contractors, for the design and construction of three Gross Pollutant Traps (GPTs) at three different locations within the Penrith LGA.',
    );
    expect(byLabel(x, 'Category')[0]!.text).toBe('41103419 - Pollution environmental chamber');
    // a rich-text paragraph styled as h5 is text, not a heading
    expect(byLabel(x, 'Other Instructions')[0]!.text).toContain('Persons intending to attend this briefing session');
    expect(byLabel(x, 'Timeframe for Delivery')).toEqual([]); // empty value: no section
    expect(x.notice.sections.map((s) => s.id)).toContain('conditions-for-participation');
  });

  it('reads nothing from the header, menus, sidebar, cookie banner or footer', () => expectNoChrome(x, TRAPS));

  it('records where every section text comes from', () => expectSourcesMatch(x));

  it('gives the same ids for the same page', () => {
    const ids = x.notice.sections.map((s) => s.id);
    expect(extract(austender, page(), URL_).notice.sections.map((s) => s.id)).toEqual(ids);
  });
});

describe('austender adapter when the layout changed', () => {
  it('keeps the notice box text and says what it could not read when the field rows are renamed', () => {
    const x = extract(austender, page().replace(/class="list-desc"/g, 'class="field-row"'), URL_);
    expect(x.notice.gaps).toHaveLength(1);
    expect(x.notice.gaps[0]).toMatch(/not recognised.*list-desc/);
    expect(x.notice.sections.map((s) => s.label)).toEqual(['Title', 'Notice']);
    expect(x.notice.sections[1]).toMatchObject({ kind: 'other', text: expect.stringContaining('three Gross Pollutant Traps') });
    expect(x.notice.otherClassifications).toBeUndefined();
    expectNoChrome(x, TRAPS);
    expectSourcesMatch(x, { wholeRange: false }); // the notice box's visually hidden h1 is skipped inside its span
  });

  it('finds the rows when the notice box is renamed', () => {
    const x = extract(austender, page().replace('box boxW listInner', 'panel').replace('col-sm-8', 'col-md-8'), URL_);
    expect(x.notice.gaps).toEqual([]);
    expect(x.notice.buyer).toBe('Penrith City Council');
    expectNoChrome(x, TRAPS);
  });

  it('says so when the description is missing', () => {
    const html = page().replace(/<div class="list-desc"><span><label for="Description">[\s\S]*?<\/div><\/div>\n/, '');
    const x = extract(austender, html, URL_);
    expect(x.notice.gaps).toEqual(['the approach to market shows no Description field: what is bought could not be read']);
  });

  it('reads no notice from a login page or a page without one', () => {
    const login = '<html><body><header>AusTender</header><main><form><input id="form-ReturnUrl" type="hidden" value="/Atm/Show/x"><label>Username</label></form></main></body></html>';
    expect(austender.extract(load(login), new URL(URL_))).toBeNull();
    expect(austender.extract(load('<html><body><header>AusTender</header><main>Current ATM List</main></body></html>'), new URL(URL_))).toBeNull();
  });
});

describe('austender URLs', () => {
  it('claims its example notices, leaves its other pages, and its match patterns cover the notices', () => {
    for (const href of austender.examples.notices) {
      expect(austender.isNotice(new URL(href)), href).toBe(true);
      expect(austender.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of austender.examples.others) expect(austender.isNotice(new URL(href)), href).toBe(false);
  });
});
