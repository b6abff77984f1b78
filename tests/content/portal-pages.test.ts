/** @vitest-environment happy-dom */
// Find a Tender, Contracts Finder and UNGM: the extension's adapters and the CLI's parser (`npm run audit -- --url
// <notice URL> <saved page>`) read the same sections from the same page, and the audit's evidence points to them.
import { readdirSync } from 'node:fs';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractsFinder } from '../../entrypoints/content/portals/contracts-finder';
import { findATender } from '../../entrypoints/content/portals/find-a-tender';
import { ted } from '../../entrypoints/content/portals/ted';
import type { PortalAdapter } from '../../entrypoints/content/portals/types';
import { ungm } from '../../entrypoints/content/portals/ungm';
import { defaultCatalogue } from '../../utils/default-catalogue';
import { audit } from '../../utils/engine';
import type { Notice } from '../../utils/notice';
import { parseNotices } from '../../utils/parsers/detect';
import { extract, fixture } from '../helpers/portal-page';

interface Case {
  adapter: PortalAdapter;
  file: string;
  url: string;
  edit?: (html: string) => string;
}

const cases: Case[] = [
  { adapter: findATender, file: 'find_a_tender/fts_national_framework_adalimumab_2023.html', url: 'https://www.find-tender.service.gov.uk/Notice/008624-2023' },
  { adapter: findATender, file: 'find_a_tender/fts_uk4_tender_notice_constructed.html', url: 'https://www.find-tender.service.gov.uk/Notice/031337-2025' },
  {
    adapter: findATender,
    file: 'find_a_tender/fts_national_framework_adalimumab_2023.html',
    url: 'https://www.find-tender.service.gov.uk/Notice/008624-2023',
    edit: (h) => h.replace('class="notice-view govuk-main-wrapper app-main-class"', 'class="govuk-main-wrapper"').replace('id="main-content"', 'id="x"'),
  },
  {
    adapter: contractsFinder,
    file: 'contracts_finder/cf_nhs_framework_adalimumab_2018.html',
    url: 'https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac',
  },
  {
    adapter: contractsFinder,
    file: 'contracts_finder/cf_nhs_framework_adalimumab_2018.html',
    url: 'https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac',
    edit: (h) => h.replace(/class="content-block[^"]*"/g, 'class="part"'),
  },
  ...readdirSync(resolve(process.cwd(), 'tests/fixtures/html/ungm'))
    .map((f) => /^(notice|award)_(\d+)\.html$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ adapter: ungm, file: `ungm/${m[0]}`, url: `https://www.ungm.org/Public/${m[1] === 'notice' ? 'Notice' : 'ContractAward'}/${m[2]}` })),
  {
    adapter: ungm,
    file: 'ungm/notice_29165.html',
    url: 'https://www.ungm.org/Public/Notice/29165',
    edit: (h) => h.replace('class="noticeDetail"', 'class="x"'),
  },
];

const name = (c: Case) => `${c.file}${c.edit ? ' (layout changed)' : ''}`;
/** A page without its stylesheet links: happy-dom would try to fetch them. */
const html = (c: Case) => (c.edit ?? ((h: string) => h))(fixture(c.file)).replace(/<link\b[^>]*>/gi, '');
const squash = (s: string) => s.replace(/\s+/g, '');
const facts = (n: Notice) => ({ ...n, sections: undefined });
const shape = (n: Notice) => n.sections.map((s) => ({ id: s.id, label: s.label, kind: s.kind, lot: s.lot, text: squash(s.text) }));

describe('the CLI reads these portals as the extension does', { timeout: 60_000 }, () => {
  it('has pages of the three portals', () => expect(cases.length).toBeGreaterThan(25));

  for (const c of cases) {
    it(name(c), () => {
      const page = html(c);
      const fromPage = extract(c.adapter, page, c.url).notice;
      const [fromCli, ...more] = parseNotices(page, { fileName: c.file, url: c.url });
      expect(more).toEqual([]);
      // the same sections (ids, labels, kinds, lots), whose texts differ only in whitespace
      expect(shape(fromCli!)).toEqual(shape(fromPage));
      // and the same facts: id, title, language, codes, nature, buyer, lots, fields, gaps
      expect(facts(fromCli!)).toEqual(facts(fromPage));
      expect(fromPage.sections.length).toBeGreaterThan(0);
    });
  }

  it('without a URL of these portals, the CLI reads the page as any page (as before)', () => {
    const page = fixture('find_a_tender/fts_national_framework_adalimumab_2023.html');
    const [generic] = parseNotices(page, { fileName: 'x.html' });
    const [portal] = parseNotices(page, { fileName: 'x.html', url: 'https://www.find-tender.service.gov.uk/Notice/008624-2023' });
    expect(generic!.sections.some((s) => s.kind === 'description')).toBe(false); // the generic reader has no F-form numbers
    expect(portal!.sections.some((s) => s.kind === 'description')).toBe(true);
  });
});

describe('audits of these pages', { timeout: 60_000 }, () => {
  const run = (c: Case) => {
    const x = extract(c.adapter, html(c), c.url);
    return { x, report: audit(x.notice, defaultCatalogue) };
  };
  const present = (r: ReturnType<typeof audit>) => r.results.filter((q) => q.outcome === 'present').map((q) => q.id);

  it('every piece of evidence points to a section the page renderer can find', () => {
    for (const c of cases.filter((k) => !k.edit)) {
      const { x, report } = run(c);
      for (const r of report.results) {
        for (const ev of r.evidence) expect(x.sources[ev.section] ?? ev.section.startsWith('field:'), `${name(c)} ${r.id} ${ev.section}`).toBeTruthy();
      }
    }
  });

  it('Find a Tender 008624-2023: the footer\'s "Accessibility statement" is no evidence', () => {
    const { report } = run(cases[0]!);
    expect(present(report)).not.toContain('soc-accessibility');
    expect(report.results.flatMap((r) => r.evidence.map((e) => e.text)).join('\n')).not.toMatch(/accessibility statement/i);
  });

  it('the UK4 tender notice: ISO 14001 in a condition of participation, social value in the award criteria', () => {
    const { x, report } = run(cases[1]!);
    const sectionOf = (id: string) => x.notice.sections.find((s) => s.id === id);
    const ems = report.results.find((r) => r.id === 'env-management-system')!;
    expect(ems.outcome).toBe('present');
    expect(ems.evidence.map((e) => sectionOf(e.section)?.kind)).toContain('selection');
    expect(present(report)).toContain('eco-sme-access'); // "Particular suitability: SME" → BT-726
  });

  it('Contracts Finder: "Contract is suitable for SMEs? Yes" is the SME-access evidence, and shows where it is', () => {
    const { x, report } = run(cases[3]!);
    const sme = report.results.find((r) => r.id === 'eco-sme-access')!;
    expect(sme.outcome).toBe('present');
    expect(sme.evidence.map((e) => x.notice.sections.find((s) => s.id === e.section)?.label)).toContain('Contract is suitable for SMEs?');
  });

  it('UNGM: no criterion is present on a notice whose only sustainability words are in the site menu', () => {
    for (const c of cases.filter((k) => k.adapter === ungm && !k.edit)) {
      const { report } = run(c);
      const text = report.results.flatMap((r) => r.evidence.map((e) => e.text)).join('\n');
      expect(text, name(c)).not.toMatch(/Sustainable Procurement Tools|Gender Responsive Procurement|Empowerment Principles|Sustainable Development Goals/);
    }
  });
});

describe('the three adapters next to TED (before they are registered in portals/index.ts)', () => {
  const adapters: PortalAdapter[] = [ted, findATender, contractsFinder, ungm];
  const claimants = (href: string) => adapters.filter((a) => a.isNotice(new URL(href))).map((a) => a.id);
  const covering = (href: string) => adapters.filter((a) => a.matches.some((m) => new MatchPattern(m).includes(href))).map((a) => a.id);

  for (const adapter of [findATender, contractsFinder, ungm]) {
    it(`${adapter.id}: its notices are claimed and covered by it alone, its other pages by none`, () => {
      for (const href of adapter.examples.notices) {
        expect(claimants(href), href).toEqual([adapter.id]);
        expect(covering(href), href).toEqual([adapter.id]);
      }
      for (const href of adapter.examples.others) expect(claimants(href), href).toEqual([]);
    });
  }
});
