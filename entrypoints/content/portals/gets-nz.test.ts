/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { getsNz } from './gets-nz';
import type { Extraction } from './types';

const URL_ = 'https://www.gets.govt.nz/WGCD/ExternalTenderDetails.htm?id=34261873';
const page = () => fixture('gets_nz/gets_34261873_wgcd_it_products.html');
/** Words of the page's header, menus, cookie banner, action links and footer: never read. */
const TRAPS = [
  'cookies', 'Accessibility', 'Broader outcomes', 'reducing emissions', 'Government Procurement Rules', 'Supplier Code of Conduct',
  'Sustainable procurement', 'Carbon Neutral', 'Search Tenders', 'Log in to respond', 'Email this tender', 'Te Kāwanatanga',
];

describe('gets-nz adapter on the WGCD IT Products and Services tender', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(getsNz, page(), URL_);
  });

  it('reads the notice metadata, its UNSPSC categories and its buyer', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '34261873',
      title: 'WGCD IT Products and Services Agreement (iii)',
      language: 'en',
      cpv: [],
      buyer: 'Llywodraeth Cymru / Welsh Government - Commercial Delivery',
      gaps: [],
    });
    expect(x.notice.otherClassifications).toEqual(
      ['43210000', '43230000', '45111600', '44101500', '81110000'].map((code) => ({ scheme: 'UNSPSC', code })),
    );
  });

  it('reads the table rows and cuts the Overview at its own headings', () => {
    const kinds = x.notice.sections.map((s) => [s.label, s.kind]);
    expect(kinds).toEqual([
      ['Organisation', 'boilerplate'],
      ['RFx ID', 'boilerplate'],
      ['Tender Name', 'title'],
      ['Reference #', 'boilerplate'],
      ['Open Date', 'boilerplate'],
      ['Close Date', 'boilerplate'],
      ['Department/Business Unit', 'boilerplate'],
      ['Tender Type', 'boilerplate'],
      ['Tender Coverage', 'boilerplate'],
      ['Categories', 'boilerplate'],
      ['Regions', 'boilerplate'],
      ['Exemption Reason', 'boilerplate'],
      ['Required Pre-qualifications', 'selection'],
      ['Contact', 'boilerplate'],
      ['Overview', 'description'],
      ['Overview: Lot 1 - Hardware', 'description'],
      ['Overview: Lot 2 - Software', 'description'],
      ['Overview: Lot 3 - Audio Visual Services', 'description'],
      ['Overview: Lot 4 - Multi-Functional Print Devices and Print Solutions', 'description'],
      ['Overview: Lot 5 - Integrated Solutions', 'description'],
      ['Overview: Evaluation criteria', 'award'],
      ['Tender Documents', 'boilerplate'],
    ]);
    expect(byLabel(x, 'Overview')[0]!.text).toMatch(/^The Welsh Government Commercial Delivery Team, on behalf of the Welsh Public Sector/);
    expect(byLabel(x, 'Overview: Lot 4 - Multi-Functional Print Devices and Print Solutions')[0]!.text).toContain(
      'whilst considering the socio and environmental impact on future generations',
    );
    expect(byLabel(x, 'Tender Coverage')[0]!.text).toContain('All of Government');
    // the tooltip's "[?]" is a link inside the cell: still text of the cell (it is what the page shows)
    expect(x.notice.sections.find((s) => s.label.startsWith('Overview'))!.id).toBe('overview');
  });

  it('reads nothing from the header, menus, cookie banner, action links or footer', () => expectNoChrome(x, TRAPS));

  it('records where every section text comes from', () => expectSourcesMatch(x));
});

describe('gets-nz adapter when the layout changed', () => {
  it('keeps the tender text and says what it could not read when the table and dividers are renamed', () => {
    const html = page().replace(/class="label-cell"/g, 'class="lbl"').replace(/class="detail-divider"/g, 'class="divider"');
    const x = extract(getsNz, html, URL_);
    expect(x.notice.gaps).toHaveLength(1);
    expect(x.notice.gaps[0]).toMatch(/not recognised/);
    expect(x.notice.sections.find((s) => s.label === 'Notice')!.text).toContain('Integrated Solutions');
    expect(x.notice.otherClassifications).toBeUndefined();
    expectNoChrome(x, TRAPS);
  });

  it('finds the table when the details block is renamed', () => {
    const html = page().replace('<div id="tender-details" class="tender-details">', '<div id="rfx">');
    const x = extract(getsNz, html, URL_);
    expect(x.notice.gaps).toEqual([]);
    expect(x.notice.id).toBe('34261873');
    expect(byLabel(x, 'Overview')).toHaveLength(1);
    expectNoChrome(x, TRAPS);
  });

  it('says so when the Overview is missing', () => {
    const html = page().replace('<span class="legend">Overview</span>', '<span class="legend">Notes</span>');
    const x = extract(getsNz, html, URL_);
    expect(x.notice.gaps).toEqual([expect.stringMatching(/no Overview/)]);
  });

  it('reads no notice from a page without one', () => {
    expect(getsNz.extract(load('<html><body><div id="header">GETS</div><table class="contentTable"><tr><td>34016603</td></tr></table></body></html>'), new URL(URL_))).toBeNull();
  });
});

describe('gets-nz URLs', () => {
  it('claims its example notices, leaves its other pages, and its match patterns cover the notices', () => {
    for (const href of getsNz.examples.notices) {
      expect(getsNz.isNotice(new URL(href)), href).toBe(true);
      expect(getsNz.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of getsNz.examples.others) expect(getsNz.isNotice(new URL(href)), href).toBe(false);
  });
});
