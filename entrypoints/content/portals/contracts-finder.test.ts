/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { rangeFromOffsets } from '../text-map';
import { contractsFinder } from './contracts-finder';
import type { Extraction } from './types';

const URL_ = 'https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac';
const page = () => fixture('contracts_finder/cf_nhs_framework_adalimumab_2018.html');
/** Words of the header, breadcrumb, stage banner, right column, share block, portal guidance, footer and cookie banner. */
const TRAPS = [
  'Accessibility statement', 'Accessibility', 'Cookies', 'cookies', 'Share this notice', 'Watch this notice', 'Print this notice',
  'Is there anything wrong', 'Sign in', 'Register', 'Awarded contract - This means', 'Any interested supplier may submit',
  'What is an open procedure', 'Show supplier information', 'Companies House number', 'Open Government Licence', 'Crown copyright',
  'Closing: 22 October 2018', 'Published date: 7 May 2019',
];

describe('contracts-finder adapter on the NHS adalimumab framework award (2018)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(contractsFinder, page(), URL_);
  });

  it('reads the notice metadata: title, buyer, CPV from "Industry", contract type', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '05c544dc-9e6f-452d-87c1-bf00f3ce73ac',
      url: URL_,
      title: 'NHS National Framework Agreement for the Supply of Adalimumab',
      language: 'en',
      cpv: ['33600000'],
      contractNature: 'supplies',
      buyer: 'NHS England',
      gaps: [],
    });
    expect(x.notice.lots).toBeUndefined();
  });

  it('reads "Contract is suitable for SMEs?" as BT-726, shown by its section', () => {
    const sme = byLabel(x, 'Contract is suitable for SMEs?')[0]!;
    expect(sme).toMatchObject({ kind: 'boilerplate', text: expect.stringMatching(/^\s*Yes\s*$/) });
    expect(x.notice.fields).toEqual([{ bt: 'BT-726', value: 'true', section: sme.id }]);
  });

  it('makes one section per field, with the kind of its label or of its part', () => {
    const kinds = Object.fromEntries(x.notice.sections.map((s) => [s.label, s.kind]));
    expect(kinds).toEqual({
      Title: 'title',
      Description: 'description',
      'Location of contract': 'other',
      'Value of contract': 'other',
      'Procurement reference': 'boilerplate',
      'Published date': 'boilerplate',
      'Closing date': 'boilerplate',
      'Contract start date': 'boilerplate',
      'Contract end date': 'boilerplate',
      'Contract type': 'boilerplate',
      'Procedure type': 'boilerplate',
      'Contract is suitable for SMEs?': 'boilerplate',
      'Contract is suitable for VCSEs?': 'boilerplate',
      'More information': 'other',
      'Awarded date': 'boilerplate',
      'Total value of contract': 'other',
      'Contact name': 'boilerplate', // "About the buyer"
      Address: 'boilerplate',
      Email: 'boilerplate',
    });
    expect(byLabel(x, 'Description')[0]!.text).toContain('NHS National Framework Agreement for Adalimumab Injection,');
    expect(byLabel(x, 'Procedure type')[0]!.text.trim()).toBe('Open procedure (above threshold)');
    expect(x.notice.sections.filter((s) => s.label === 'Industry')).toEqual([]); // codes, not a section
    const ids = x.notice.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads nothing from the page furniture, the portal guidance or the supplier cards', () => expectNoChrome(x, TRAPS));

  it('records where every section comes from, and slices of it map back to the page', () => {
    expectSourcesMatch(x);
    for (const label of ['Description', 'Total value of contract', 'Procedure type']) {
      const s = byLabel(x, label)[0]!;
      for (let start = 0; start < s.text.length; start += 4) {
        const end = Math.min(s.text.length, start + 25);
        expect(rangeFromOffsets(x.sources[s.id]!, start, end)?.toString(), `${label} ${start}`).toBe(s.text.slice(start, end));
      }
    }
  });
});

describe('contracts-finder adapter on a notice not suitable for SMEs', () => {
  it('reads "No" as BT-726 false', () => {
    const html = page().replace(/(Contract is suitable for SMEs\?<\/strong>\s*<\/h4>\s*<p[^>]*>\s*)Yes/, '$1No');
    expect(html).not.toBe(page());
    expect(extract(contractsFinder, html, URL_).notice.fields).toMatchObject([{ bt: 'BT-726', value: 'false' }]);
  });
});

describe('contracts-finder adapter when the layout changed', () => {
  it('without the notice column, reads the page column and says so', () => {
    const html = page().replace('id="content-holder-left" class="content-holder content-holder-view-notice break-word"', 'class="content-holder"');
    const { notice } = extract(contractsFinder, html, URL_);
    expect(notice.gaps).toEqual([expect.stringMatching(/layout changed \(#content-holder-left not found\): read #standard-left-col instead/)]);
    expect(notice.sections.find((s) => s.label === 'Description')?.kind).toBe('description');
    expect(notice.fields).toMatchObject([{ bt: 'BT-726', value: 'true' }]);
    expectNoChrome({ notice, sources: {} }, ['Accessibility', 'Cookies', 'Watch this notice', 'Any interested supplier may submit']);
  });

  it('without the part blocks and their headings, reads the column as plain text with a gap', () => {
    const html = page().replace(/class="content-block[^"]*"/g, 'class="part"').replace(/<(\/?)h[34]\b/g, '<$1div');
    const x = extract(contractsFinder, html, URL_);
    expect(x.notice.gaps).toEqual([expect.stringMatching(/layout was not recognised/)]);
    expect(x.notice.fields).toEqual([]);
    expect(x.notice.sections.find((s) => s.label === '(no heading)')?.text).toContain('Framework Period: 1 December 2018');
    expectNoChrome(x, ['Accessibility', 'Cookies', 'Any interested supplier may submit']);
    expectSourcesMatch(x, { wholeRange: false });
  });

  it('finds no notice on a page without one', () => {
    expect(contractsFinder.extract(load('<html><body><header>Contracts Finder</header><p>Search</p></body></html>'), new URL(URL_))).toBeNull();
  });
});

describe('contracts-finder URLs', () => {
  it('claims its notices (either case of /Notice/), covered by its match patterns, and nothing else of the site', () => {
    for (const href of contractsFinder.examples.notices) {
      expect(contractsFinder.isNotice(new URL(href)), href).toBe(true);
      expect(contractsFinder.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of contractsFinder.examples.others) expect(contractsFinder.isNotice(new URL(href)), href).toBe(false);
    expect(contractsFinder.isNotice(new URL('https://www.find-tender.service.gov.uk/Notice/008624-2023'))).toBe(false);
  });
});
