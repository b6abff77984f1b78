// The report exports (Markdown, CSV, JSON) on real reports from the shared fixtures, and their escaping.
import { describe, expect, it } from 'vitest';
import { criteria } from '../../criteria/catalogue/index';
import { coverageOf as popupCoverage } from '../../components/pillars';
import { coverageOf, exportDocument, exportFileName, type ExportDocument } from '../../utils/export/document';
import { csvCell, escapeHtml, markdownText } from '../../utils/export/escape';
import { REPORT_FORMATS, reportFile } from '../../utils/export/formats';
import { REPORT_CSV_COLUMNS, reportCsv } from '../../utils/export/csv';
import { REPORT_JSON_FORMAT, reportJson } from '../../utils/export/json';
import { reportMarkdown } from '../../utils/export/markdown';
import type { Report } from '../../utils/report';
import { TED_URL, XSS, auditFixture, frenchReport, maximalReport, parseCsv, tedReport } from './helpers';

const AUDITED = Date.UTC(2026, 2, 4, 10, 20, 5);
const doc = (report: Report, lang = 'en-GB'): ExportDocument => exportDocument(report, { auditedAt: AUDITED, lang, catalogue: criteria });
const nameOf = (id: string, lang: 'en' | 'fr' | 'de' | 'es' = 'en') => criteria.find((c) => c.id === id)!.name[lang];

/** A report whose every string is hostile: title, ids, buyer, address, quotes, labels, reasons. */
function hostileReport(): Report {
  const r = tedReport();
  const labour = r.results.find((x) => x.id === 'soc-labour-rights')!;
  const lcc = r.results.find((x) => x.id === 'eco-life-cycle-cost')!;
  return {
    ...r,
    notice: { ...r.notice, title: `=HYPERLINK("http://evil") ${XSS} | # not a heading`, id: `-1+1 ${XSS}`, buyer: `@SUM(A1) ${XSS}`, url: 'javascript:alert(3)' },
    results: r.results.map((x) =>
      x === labour
        ? { ...x, evidence: [{ ...x.evidence[0]!, text: `# Heading?\n- list? | cell ${XSS} [link](http://x) **bold** \`code\``, label: `> quote ${XSS}` }] }
        : x === lcc
          ? { ...x, reason: `1. ${XSS} & more` }
          : x,
    ),
  };
}

describe('export document', () => {
  it('carries the notice, the audit date, the versions, the counts and the popup’s coverage score', () => {
    const report = tedReport();
    const d = doc(report);
    expect(d.auditedAt).toBe('2026-03-04T10:20:05.000Z');
    expect(d.notice).toMatchObject({ id: '181161-2020', url: TED_URL, buyer: 'Scottish Water' });
    expect(d.engineVersion).toBe(report.engineVersion);
    expect(d.catalogueVersion).toBe(report.catalogueVersion);
    expect(d.criteria).toHaveLength(report.results.length);
    // missing first, then uncertain, present, not applicable, as the popup lists them
    const order = d.criteria.map((c) => c.outcome);
    expect(order).toEqual([...order].sort((a, b) => ['missing', 'uncertain', 'present', 'not-applicable'].indexOf(a) - ['missing', 'uncertain', 'present', 'not-applicable'].indexOf(b)));
    for (const r of [report, maximalReport(), frenchReport()]) {
      const { present, applicable, percent } = popupCoverage(r.results);
      expect(coverageOf(r.results)).toEqual({ present, applicable, percent });
    }
  });

  it('names criteria in the UI language, English otherwise', () => {
    expect(doc(tedReport(), 'fr-FR').criteria.find((c) => c.id === 'soc-labour-rights')!.name).toBe(nameOf('soc-labour-rights', 'fr'));
    expect(doc(tedReport(), 'de-DE').criteria.find((c) => c.id === 'soc-labour-rights')!.name).toBe(nameOf('soc-labour-rights', 'de'));
    expect(doc(tedReport(), 'es').criteria.find((c) => c.id === 'soc-labour-rights')!.name).toBe(nameOf('soc-labour-rights', 'es'));
    expect(doc(tedReport(), 'it-IT').criteria.find((c) => c.id === 'soc-labour-rights')!.name).toBe(nameOf('soc-labour-rights'));
  });

  it('names files after the notice and the audit day', () => {
    expect(exportFileName(doc(tedReport()), 'md')).toBe('tender-lens-181161-2020-2026-03-04.md');
    const untitled = doc({ ...tedReport(), notice: { ...tedReport().notice, id: undefined, title: 'Éclairage public / Lot 2: LED' } });
    expect(exportFileName(untitled, 'csv', 'checklist')).toBe('tender-lens-checklist-eclairage-public-lot-2-led-2026-03-04.csv');
    expect(REPORT_FORMATS.map((f) => reportFile(doc(tedReport()), f).name.split('.').pop())).toEqual(['md', 'csv', 'json', 'html']);
  });
});

describe('Markdown export', () => {
  it('gives the notice, its address, the date, the versions, and every criterion with outcome, quote and reason', () => {
    const report = tedReport();
    const md = reportMarkdown(doc(report));
    expect(md).toMatch(/^# Tender Lens report: PV Servicing and Maintenance\n/);
    expect(md).toContain('- **Notice:** 181161-2020');
    expect(md).toContain(`- **Address:** <${TED_URL}>`);
    expect(md).toContain('- **Audited:** 2026-03-04 10:20 UTC');
    expect(md).toContain(`- **Versions:** engine ${report.engineVersion}, catalogue ${report.catalogueVersion}`);
    for (const r of report.results) expect(md).toContain(`| ${markdownText(nameOf(r.id))} |`);
    expect(md).toContain(`| ${nameOf('soc-labour-rights')} | Present |`);
    expect(md).toContain('> Bidders must comply with modern slavery act and operate an ethical supply chain.');
    expect(md).toContain('Source: Conditions relating to the performance of the contract');
    const lcc = report.results.find((r) => r.id === 'eco-life-cycle-cost')!;
    expect(lcc.outcome).toBe('uncertain');
    expect(md).toContain(`Reason: ${markdownText(lcc.reason)}`);
  });

  it('speaks French for a French UI', () => {
    const md = reportMarkdown(doc(frenchReport(), 'fr'));
    // French typography: a no-break space before the colon and the percent sign
    expect(md).toMatch(/^# Rapport Tender Lens\u00a0: /);
    expect(md).toContain('- **Analysé le\u00a0:** 2026-03-04 10:20 UTC');
    expect(md).toMatch(/\*\*Couverture\u00a0:\*\* (?:\d+\u00a0%|[^\n]*aucun)/i);
    for (const r of frenchReport().results) expect(md).toContain(markdownText(nameOf(r.id, 'fr')));
  });

  it('speaks German and Spanish too: headings, outcomes, criterion names, and the page language of HTML', () => {
    const de = reportMarkdown(doc(tedReport(), 'de-DE'));
    expect(de).toMatch(/^# Tender-Lens-Bericht: /);
    expect(de).toContain('- **Geprüft am:** ');
    expect(de).toContain('| Kriterium | Ergebnis |');
    expect(de).toContain(`| ${markdownText(nameOf('soc-labour-rights', 'de'))} | Vorhanden |`);
    const es = reportFile(doc(tedReport(), 'es-ES'), 'html').text;
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('<p class="kind">Informe de Tender Lens</p>');
    expect(es).toContain('Elaborado con Tender Lens');
    expect(es).toContain(escapeHtml(nameOf('soc-labour-rights', 'es')));
  });

  it('keeps page text as text: no raw HTML, no table cell broken by |, nothing formats', () => {
    const md = reportMarkdown(doc(hostileReport()));
    // no unescaped < anywhere but the autolink form, which a javascript: address never gets
    expect(md.replace(/<https:[^>\s]+>/g, '')).not.toMatch(/(?<!\\)</);
    expect(md).not.toContain('<javascript:');
    // every table row has exactly its two cells
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.split(/(?<!\\)\|/).length, line).toBe(4);
    }
    expect(md).toContain('\\[link\\](http://x) \\*\\*bold\\*\\* \\`code\\`');
    // a quote opening with # or a list marker stays a quote
    expect(md).toContain('> \\# Heading? - list? \\| cell');
    expect(md).toContain('Reason: 1. \\<img');
  });

  it('escapes what would format, and only at the start of a line what formats there', () => {
    expect(markdownText('a | b < c > d & e * f _ g ` h [i] ~j \\k')).toBe('a \\| b \\< c \\> d \\& e \\* f \\_ g \\` h \\[i\\] \\~j \\\\k');
    expect(markdownText('# title', true)).toBe('\\# title');
    expect(markdownText('- item', true)).toBe('\\- item');
    expect(markdownText('+ item', true)).toBe('\\+ item');
    expect(markdownText('12. item', true)).toBe('12\\. item');
    expect(markdownText('> quote', true)).toBe('\\> quote');
    expect(markdownText('=== rule', true)).toBe('\\=== rule');
    expect(markdownText('version 1.2.3')).toBe('version 1.2.3');
    expect(markdownText('ends with #')).toBe('ends with \\#');
    expect(markdownText('line\nbreak\t tab')).toBe('line break tab');
  });
});

describe('CSV export', () => {
  it('has one row per criterion, each with the notice, the date and the versions', () => {
    const report = maximalReport();
    const csv = reportCsv(doc(report));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(REPORT_CSV_COLUMNS);
    expect(rows).toHaveLength(report.results.length);
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[col('notice_id')]).toBe(report.notice.id);
      expect(row[col('audited_at')]).toBe('2026-03-04T10:20:05.000Z');
      expect(row[col('engine_version')]).toBe(report.engineVersion);
      expect(row[col('catalogue_version')]).toBe(report.catalogueVersion);
    }
    const byId = new Map(rows.map((r) => [r[col('criterion_id')], r]));
    for (const r of report.results) {
      const row = byId.get(r.id)!;
      expect(row[col('outcome')]).toBe(r.outcome);
      expect(row[col('criterion')]).toBe(nameOf(r.id));
      if (r.outcome === 'uncertain') expect(row[col('reason')]).toBe(r.reason!.replace(/\s+/g, ' ').trim());
    }
    // a criterion with text evidence: its quote; with a field: the field named in the source
    const energy = byId.get('env-energy-efficiency')!;
    expect(energy[col('evidence_source')]).toMatch(/Energy Efficiency Directive/);
  });

  it('defuses formulas and keeps commas, quotes and line breaks inside their cell', () => {
    const csv = reportCsv(doc(hostileReport()));
    const [header, ...rows] = parseCsv(csv.slice(1));
    const col = (name: string) => header!.indexOf(name);
    const first = rows[0]!;
    expect(first[col('notice_title')]!.startsWith("'=HYPERLINK(\"http://evil\")")).toBe(true);
    expect(first[col('notice_id')]!.startsWith("'-1+1")).toBe(true);
    expect(first[col('buyer')]!.startsWith("'@SUM(A1)")).toBe(true);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('JSON export', () => {
  it('keeps the engine’s report whole, with the date, names, pillars and score', () => {
    const report = tedReport();
    const file = JSON.parse(reportJson(doc(report)));
    expect(file).toMatchObject({
      format: REPORT_JSON_FORMAT,
      formatVersion: 1,
      auditedAt: '2026-03-04T10:20:05.000Z',
      language: 'en',
      notice: report.notice,
      engineVersion: report.engineVersion,
      catalogueVersion: report.catalogueVersion,
      groups: report.groups,
    });
    expect(file.coverage).toEqual(coverageOf(report.results));
    expect(file.results.map(({ name: _n, pillar: _p, ...r }: Record<string, unknown>) => r)).toEqual(report.results);
    expect(file.results.find((r: { id: string }) => r.id === 'soc-labour-rights')).toMatchObject({ name: nameOf('soc-labour-rights'), pillar: 'social' });
  });

  it('round-trips hostile text unchanged (JSON escapes it)', () => {
    const hostile = hostileReport();
    expect(JSON.parse(reportJson(doc(hostile))).notice.title).toBe(hostile.notice.title);
  });
});

describe('every notice format', () => {
  it.each([
    ['eforms/cn_25.xml', undefined],
    ['ted_xml/ted_r209/18-156915-001-EXP.xml', undefined],
    ['text/ted_notice_text/ted_18-156915.txt', undefined],
    ['html/find_a_tender/fts_uk4_tender_notice_constructed.html', 'https://www.find-tender.service.gov.uk/Notice/000000-2024'],
  ])('exports %s in every format, each naming every criterion', (file, url) => {
    const report = auditFixture(file, url);
    const d = doc(report);
    for (const f of REPORT_FORMATS) {
      const text = reportFile(d, f).text;
      for (const r of report.results) expect(text, `${f}: ${r.id}`).toContain(f === 'markdown' ? markdownText(nameOf(r.id)) : f === 'html' ? nameOf(r.id).replace(/&/g, '&amp;') : nameOf(r.id));
    }
  });
});
