/** @vitest-environment happy-dom */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { allText, byLabel, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { rangeFromOffsets } from '../text-map';
import type { Extraction } from './types';
import { ungm } from './ungm';

/** A saved page without its stylesheet links (happy-dom would try to fetch UNGM's, whose rel= comes last). */
const page = (file: string) => fixture(`ungm/${file}`).replace(/<link\b[^>]*>/gi, '');
const noticeUrl = (n: string) => `https://www.ungm.org/Public/Notice/${n}`;
const awardUrl = (n: string) => `https://www.ungm.org/Public/ContractAward/${n}`;
const notice = (n: string) => extract(ungm, page(`notice_${n}.html`), noticeUrl(n));
const award = (n: string) => extract(ungm, page(`award_${n}.html`), awardUrl(n));
const codes = (x: Extraction) => (x.notice.otherClassifications ?? []).map((c) => `${c.scheme}:${c.code}`);

/** The site menu of every page (newer and 2014 layouts), the header, footer and language prompts: never read. */
const MENU = [
  'Sustainable Procurement Tools', 'Gender Responsive Procurement', "Women's Empowerment Principles", 'Sustainable Development Goals',
  'Sustainable Procurement', 'The threat of climate change', 'Sustainable procurement training course', 'Press release', 'Code of conduct',
  'Knowledge centre', 'Terms and Conditions', 'United Nations Global Marketplace', 'Would you like to display', 'Registration process',
];
/** Contacts, documents and controls inside the notice panel: never read either. */
const PANEL_FURNITURE = [
  'Email:', 'First name', 'Telephone', 'View Documents', 'No files selected', 'Expand all', 'Collapse all', 'Contact Text', 'Changed/edited',
  'revisions',
];

/** Slices of a section (every 6th offset, up to 30 characters) read the same from the page as from the text. */
function expectSlicesRoundTrip(x: Extraction, label: string) {
  const s = byLabel(x, label)[0]!;
  expect(s, label).toBeDefined();
  for (let start = 0; start < s.text.length; start += 6) {
    const end = Math.min(s.text.length, start + 30);
    expect(rangeFromOffsets(x.sources[s.id]!, start, end)?.toString(), `${label} ${start}`).toBe(s.text.slice(start, end));
  }
}

describe('ungm adapter on notice 27501 (UNDP Kuwait, road safety software)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = notice('27501');
  });

  it('reads the title, reference, agency, dates, countries and description, with their kinds', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '27501',
      url: noticeUrl('27501'),
      language: 'en',
      cpv: [],
      buyer: 'UNDP',
      fields: [],
      gaps: [],
    });
    expect(x.notice.title).toMatch(/^RFP\/UNDP\/KW\/2014\/004 - Supply and Installation of "Out of the Box"/);
    expect(x.notice.sections.map((s) => [s.label, s.kind])).toEqual([
      ['Title', 'title'],
      ['Reference', 'boilerplate'],
      ['Beneficiary country(ies)', 'boilerplate'],
      ['Registration level', 'boilerplate'],
      ['Published on', 'boilerplate'],
      ['Deadline on', 'boilerplate'],
      ['Description', 'description'],
    ]);
    expect(byLabel(x, 'Beneficiary country(ies)')[0]!.text.trim()).toBe('Kuwait');
    expect(byLabel(x, 'Description')[0]!.text).toContain('mobility and accessibility');
  });

  it('reads the chosen UNSPSC codes (the leaves of the tree), not the nodes on their path', () => {
    const c = codes(x);
    expect(c.length).toBeGreaterThan(10);
    expect(c.every((k) => /^UNSPSC:\d{8}$/.test(k))).toBe(true);
    expect(c).not.toContain('UNSPSC:43000000'); // a segment on the path
  });

  it('reads nothing from the site menu or the contacts and documents tabs', () => {
    const text = allText(x);
    for (const t of [...MENU, ...PANEL_FURNITURE]) expect(text, t).not.toContain(t);
  });

  it('records where every section comes from, and slices of it map back to the page', () => {
    expectSourcesMatch(x);
    expectSlicesRoundTrip(x, 'Description');
    expectSlicesRoundTrip(x, 'Title');
  });
});

describe('ungm adapter on notices in other languages and the 2019 page', () => {
  it('28044 (UNDP Dominican Republic) is Spanish, in an English page', () => {
    const x = notice('28044');
    expect(x.notice).toMatchObject({ language: 'es', buyer: 'UNDP', id: '28044' });
    expect(x.notice.title).toContain('ADQUISICION');
    expect(byLabel(x, 'Description')[0]!.text).toContain('El Programa de las N');
    // "Operating environment software" is only a UNSPSC label: a classification, never a section
    expect(codes(x)).toEqual(['UNSPSC:43232900', 'UNSPSC:43233000']);
    expect(allText(x)).not.toContain('Operating environment software');
    expectSourcesMatch(x);
  });

  it('29167 (UNOPS Haiti) is French', () => {
    const x = notice('29167');
    expect(x.notice).toMatchObject({ language: 'fr', title: 'Location de petits camions pour services de transport' });
    expect(x.notice.sections.map((s) => s.kind)).toContain('description');
  });

  it('91345 (UNDP Morocco, 2019) is French, one UNSPSC code', () => {
    const x = notice('91345');
    expect(x.notice).toMatchObject({ language: 'fr', buyer: 'UNDP', gaps: [] });
    expect(x.notice.title).toBe('RFQ 38-2019: la réalisation de capsules vidéo pour les réseaux sociaux visant à lutter contre le phénomène de la violence urbaine');
    expect(codes(x)).toEqual(['UNSPSC:43232103']);
    expect(byLabel(x, 'Reference')[0]!.text.trim()).toBe('RFQ 38-2019');
    expect(byLabel(x, 'Description')[0]!.text).toContain('capsules vidéo');
    expectSourcesMatch(x);
    expectSlicesRoundTrip(x, 'Description');
  });

  it('29165 (UN-Women Egypt): gender-based violence is the subject, the menu\'s gender pages are not read', () => {
    const x = notice('29165');
    expect(x.notice.language).toBe('en');
    expect(byLabel(x, 'Description')[0]!.text).toContain('Increase capacity of volunteers in using art techniques to address gender-based violence;');
    expect(codes(x).slice(0, 2)).toEqual(['UNSPSC:43190000', 'UNSPSC:43200000']);
    for (const t of MENU) expect(allText(x), t).not.toContain(t);
  });
});

describe('ungm adapter on contract awards', () => {
  it('101104 (UNESCO, 2014 layout): title row, UN organization as buyer, description, countries, codes', () => {
    const x = award('101104');
    expect(x.notice).toMatchObject({
      id: '101104',
      url: awardUrl('101104'),
      title: 'IT Development services',
      language: 'en',
      buyer: 'United Nations Educational, Scientific and Cultural Organization',
      gaps: [],
    });
    expect(x.notice.sections.map((s) => [s.label, s.kind])).toEqual([
      ['Title', 'title'],
      ['UN organization', 'boilerplate'],
      ['Reference', 'boilerplate'],
      ['Award date', 'boilerplate'],
      ['Vendor', 'boilerplate'],
      ['Contract value ($)', 'boilerplate'],
      ['Description', 'description'],
      ['Countries', 'boilerplate'],
    ]);
    expect(byLabel(x, 'Description')[0]!.text.trim()).toBe('Contract Ref. : 4500239091');
    expect(codes(x)).toEqual(['UNSPSC:43231505', 'UNSPSC:81111600']);
    for (const t of [...MENU, ...PANEL_FURNITURE, 'Alexandra']) expect(allText(x), t).not.toContain(t);
    expectSourcesMatch(x);
  });

  it('101255 (ITU, 2017 layout) is French, with its supplier tab', () => {
    const x = award('101255');
    expect(x.notice).toMatchObject({ language: 'fr', buyer: 'International Telecommunication Union', gaps: [] });
    expect(x.notice.title).toMatch(/^Travaux d’installation électrique cuisine/);
    expect(byLabel(x, 'Supplier')[0]).toMatchObject({ kind: 'boilerplate', text: expect.stringContaining('EGGTELSA') });
    expect(x.notice.otherClassifications).toBeUndefined(); // this award lists no UNSPSC code
  });
});

describe('ungm adapter on every saved page: the site menu is never read', { timeout: 60_000 }, () => {
  const dir = resolve(process.cwd(), 'tests/fixtures/html/ungm');
  const pages = readdirSync(dir).filter((f) => /^(?:notice|award)_\d+\.html$/.test(f));

  it('has the saved notices and awards', () => expect(pages.length).toBeGreaterThanOrEqual(20));

  for (const file of pages) {
    it(file, () => {
      const [, type, n] = /^(notice|award)_(\d+)/.exec(file)!;
      const x = extract(ungm, page(file), type === 'notice' ? noticeUrl(n!) : awardUrl(n!));
      // the trap is on the page…
      const body = document.body.textContent ?? '';
      expect(body.includes('Sustainable Procurement Tools') || body.includes('The threat of climate change')).toBe(true);
      // …and in no section, label or title
      const text = `${allText(x)}\n${x.notice.title}`;
      for (const t of MENU) expect(text, `${file}: ${t}`).not.toContain(t);
      expect(x.notice.gaps, file).toEqual([]);
      expect(x.notice.sections.some((s) => s.kind === 'title'), file).toBe(true);
      expect(x.notice.sections.some((s) => s.kind === 'description'), file).toBe(true);
    });
  }
});

describe('ungm adapter on what is not a notice, and when the layout changed', () => {
  it('finds no notice in the search results list', () => {
    expect(ungm.isNotice(new URL('https://www.ungm.org/Public/Notice'))).toBe(false);
    expect(ungm.extract(load(page('list_tender_notices.html')), new URL('https://www.ungm.org/Public/Notice'))).toBeNull();
  });

  it('without the notice panel, reads the content column as plain text with a gap, never the menu', () => {
    const html = page('notice_29165.html').replace('class="noticeDetail"', 'class="notice-detail-v2"');
    const x = extract(ungm, html, noticeUrl('29165'));
    expect(x.notice.gaps).toEqual([expect.stringMatching(/UNGM's notice layout changed \(\.noticeDetail or \.awardDetail not found\): read #centre instead/)]);
    expect(x.notice.sections.map((s) => [s.id, s.kind])).toEqual([['notice:0', 'other']]);
    expect(x.notice.sections[0]!.text).toContain('gender-based violence');
    for (const t of MENU) expect(allText(x), t).not.toContain(t);
    expectSourcesMatch(x, { wholeRange: false });
  });

  it('with the panel but none of its parts, says so', () => {
    const html = page('notice_27501.html').replace(/class="(?:title|row|ungm-list-item[^"]*)"/g, 'class="x"');
    const x = extract(ungm, html, noticeUrl('27501'));
    expect(x.notice.gaps).toEqual([expect.stringMatching(/UNGM notice layout was not recognised/)]);
    expect(x.notice.sections).toHaveLength(1);
    for (const t of MENU) expect(allText(x), t).not.toContain(t);
  });
});

describe('ungm URLs', () => {
  it('claims notices and awards, covered by its match patterns, and not the lists or other pages', () => {
    for (const href of ungm.examples.notices) {
      expect(ungm.isNotice(new URL(href)), href).toBe(true);
      expect(ungm.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of ungm.examples.others) expect(ungm.isNotice(new URL(href)), href).toBe(false);
  });
});
