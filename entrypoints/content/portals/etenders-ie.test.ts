/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { etendersIe } from './etenders-ie';
import type { Extraction } from './types';

const URL_ = 'https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do?resourceId=3917450';
const page = () => fixture('etenders_ie/etenders_3917450_offaly_consultants.html');
/** Words of the page's header, menus, left CfT menu, cookie banner, buttons and footer: never read. */
const TRAPS = [
  'cookies', 'accessibility statement', 'Accessibility', 'Green Public Procurement', 'Social considerations', 'Climate Action Plan',
  'CfT Documents', 'Clarifications', 'Request to participate', 'Download notice', 'Gaeilge', 'Office of Government Procurement',
  'Call for Tenders: View',
];

describe('etenders-ie adapter on RFT 170207 (Offaly County Council, consultant services framework, 4 lots)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(etendersIe, page(), URL_);
  });

  it('reads the notice metadata, its CPV codes, lots and buyer', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '3917450',
      title: 'Framework for Consultant Services, Technical for Offaly County Council',
      language: 'en',
      buyer: 'Offaly County Council',
      contractNature: 'services',
      lots: ['Lot 1', 'Lot 2', 'Lot 3', 'Lot 4'],
      gaps: [],
    });
    expect(x.notice.cpv).toEqual([
      '71530000', '71000000', '71200000', '71300000', '71310000', '71311000', '71312000', '71315000', '71315200', '71315210', '71324000', '71500000',
    ]);
    expect(x.notice.otherClassifications).toBeUndefined();
  });

  it('reads the pairs with their kinds, and each lot panel\'s pairs with its lot', () => {
    const one = (label: string) => byLabel(x, label)[0]!;
    expect(one('Title').kind).toBe('title');
    expect(one('Short description')).toMatchObject({ kind: 'description', id: 'short-description' });
    expect(one('Short description').text).toContain('Initial project for the provision of 20 No, Social housing units');
    expect(one('Conditions for participation')).toMatchObject({
      kind: 'selection',
      text: 'As stated in procurement documents available to download from www.etenders.gov.ie using RFT ID 170207.',
    });
    expect(one('Contract performance conditions').kind).toBe('performance');
    expect(one('Additional information').kind).toBe('other');
    expect(one('Contracting Authority').kind).toBe('boilerplate');
    expect(one('Lot title (Lot 2)')).toMatchObject({ kind: 'title', lot: 'Lot 2', text: 'Quantity Surveying Consultancy Services', id: 'lot-2:lot-title' });
    expect(one('Description (Lot 3)')).toMatchObject({ kind: 'description', lot: 'Lot 3' });
    expect(one('Award criteria (Lot 4)')).toMatchObject({ kind: 'award', lot: 'Lot 4' });
    expect(one('Options (Lot 1)').text).toContain('satisfactory performance.');
    // pairs of the lots panel that are not in a lot's own panel belong to the procedure
    expect(one('Combination of lots').lot).toBeUndefined();
  });

  it('reads nothing from the header, menus, cookie banner, buttons or footer', () => expectNoChrome(x, TRAPS));

  it('records where every section text comes from', () => expectSourcesMatch(x));
});

describe('etenders-ie adapter when the layout changed', () => {
  it('keeps the overview text and says what it could not read when the pairs are gone', () => {
    const html = page().replace(/<(\/?)dt\b/g, '<$1span').replace(/<(\/?)dd\b/g, '<$1div');
    const x = extract(etendersIe, html, URL_);
    expect(x.notice.gaps).toEqual([expect.stringMatching(/not recognised \(no dt\/dd or table label\/value pairs inside #cftOverview\)/)]);
    expect(x.notice.sections.map((s) => s.label)).toEqual(['Notice']);
    expect(x.notice.sections[0]!.text).toContain('Quantity Surveying Consultancy Services');
    expect(x.notice.cpv).toEqual([]);
    expect(x.notice.id).toBe('3917450'); // from the URL
    expectNoChrome(x, TRAPS);
  });

  it('reads label/value table rows (older EPPS pages) and finds them when the pane is renamed', () => {
    const html = page()
      .replace('id="cftOverview"', 'id="overview"')
      .replace('class="tab-pane active"', 'class="pane"')
      .replace(/<dl class="row">/g, '<table>')
      .replace(/<\/dl>/g, '</table>')
      .replace(/<dt class="col-sm-4">([^<]*)<\/dt>\s*<dd class="col-sm-8">([\s\S]*?)<\/dd>/g, '<tr><th>$1</th><td>$2</td></tr>');
    const x = extract(etendersIe, html, URL_);
    expect(x.notice.gaps).toEqual([]);
    expect(x.notice.lots).toEqual(['Lot 1', 'Lot 2', 'Lot 3', 'Lot 4']);
    expect(byLabel(x, 'Conditions for participation')[0]!.kind).toBe('selection');
    expect(x.notice.cpv).toHaveLength(12);
    expectNoChrome(x, TRAPS);
  });

  it('says so when the description is missing', () => {
    const html = page().replace(/Short description/g, 'Summary').replace(/<dt class="col-sm-4">Description<\/dt>/g, '<dt class="col-sm-4">Scope</dt>');
    const x = extract(etendersIe, html, URL_);
    expect(x.notice.gaps).toEqual(['the call for tenders shows no description: what is bought could not be read']);
  });

  it('reads no notice from a page without one', () => {
    expect(etendersIe.extract(load('<html><body><div id="headerWrapper">eTenders</div><form><input name="j_username"></form></body></html>'), new URL(URL_))).toBeNull();
  });
});

describe('etenders-ie URLs', () => {
  it('claims its example notices, leaves its other pages, and its match patterns cover the notices', () => {
    for (const href of etendersIe.examples.notices) {
      expect(etendersIe.isNotice(new URL(href)), href).toBe(true);
      expect(etendersIe.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of etendersIe.examples.others) expect(etendersIe.isNotice(new URL(href)), href).toBe(false);
  });
});
