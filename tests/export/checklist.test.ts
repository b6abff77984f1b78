// The supplier's checklist: stage, proof and quote of each binding requirement, on real reports; its exports.
import { describe, expect, it } from 'vitest';
import { criteria } from '../../criteria/catalogue/index';
import { stageOf, supplierChecklist } from '../../utils/export/checklist';
import { CHECKLIST_CSV_COLUMNS, checklistCsv } from '../../utils/export/csv';
import { exportDocument } from '../../utils/export/document';
import { checklistMarkdown } from '../../utils/export/markdown';
import { PROOF, namedProofs, proofFor } from '../../utils/export/proof';
import type { Evidence, Report } from '../../utils/report';
import { STAGE_KEYS } from '../../utils/export/labels';
import { UI_LANGUAGES, translator } from '../../utils/ui-i18n';
import { XSS, auditFixture, maximalReport, parseCsv, tedReport } from './helpers';

const checklist = (r: Report, lang = 'en') => supplierChecklist(r, { lang, catalogue: criteria });
const text = (section: string, label: string): Evidence => ({ text: 'x', start: 0, end: 1, section, label, kind: 'text', strength: 'strong' });
const field = (bt: string): Evidence => ({
  text: 'yes',
  start: 0,
  end: 3,
  section: `field:${bt}`,
  kind: 'field',
  strength: 'strong',
  field: { bt, value: 'yes', label: `Some field (${bt})` },
});

describe('stage of a passage', () => {
  it.each([
    ['LOT-0000:BT-750:2', 'Selection criterion slc-abil-staff-tech-work (BT-750-Lot)', 'selection'],
    ['PROC:TECHNICAL_PROFESSIONAL_INFO:0', 'Technical and professional ability (TECHNICAL_PROFESSIONAL_INFO)', 'selection'],
    ['H:3', 'Jugement des candidatures', 'selection'],
    ['H:4', 'Eignungskriterien', 'selection'],
    ['LOT-0000:BT-734:1', 'Award criterion (quality, weight 5): Fair working practices', 'award'],
    ['OBJ1:AC_CRITERION:2', 'Award criterion (AC_CRITERION; quality, weighting 10)', 'award'],
    ['H:7', 'Evaluation criteria', 'award'],
    ['H:8', 'Critères d’attribution', 'award'],
    ['H:9', 'Criterios de adjudicación', 'award'],
    ['LOT-0000:BT-70:0', 'Conditions relating to the performance of the contract', 'performance'],
    ['H:2', 'Conditions d’exécution', 'performance'],
    ['LOT-0001:BT-24:0', 'Description (BT-24-Lot)', 'specification'],
    ['PROC:BT-300:0', 'Additional information (BT-300-Procedure)', 'specification'],
    // a plain paragraph's label is its own first words: not read as a heading
    ['P:128', '6) Evaluation Quotations will be evaluated on the following: Ability to meet al…', 'specification'],
  ])('%s “%s” → %s', (section, label, stage) => {
    expect(stageOf(text(section, label))).toBe(stage);
  });

  it.each([
    ['BT-71', 'selection'],
    ['BT-539', 'award'],
    ['BT-736', 'performance'],
    ['BT-774', 'specification'],
    ['energy-efficiency-item', 'specification'],
  ])('field %s → %s', (bt, stage) => {
    expect(stageOf(field(bt))).toBe(stage);
  });
});

describe('proof to prepare', () => {
  it('knows every criterion of the catalogue, and says something for each it keeps', () => {
    expect(Object.keys(PROOF).sort()).toEqual(criteria.map((c) => c.id).sort());
    for (const [id, hint] of Object.entries(PROOF)) {
      if (!hint) continue;
      expect(hint.kinds.length, id).toBeGreaterThan(0);
      for (const lang of UI_LANGUAGES) expect(translator(lang).t(hint.what).length, `${id} ${lang}`).toBeGreaterThan(10);
    }
    // criteria met by the buyer's own design ask nothing of the supplier
    for (const id of ['eco-sme-access', 'eco-fair-payment', 'eco-innovation']) expect(proofFor(id, '')).toBeNull();
  });

  it('takes the notice’s own words about proof first', () => {
    expect(namedProofs('Tenderers shall hold ISO 14001 certification or equivalent')).toEqual(['certificate']);
    expect(namedProofs('un rapport d’essai d’un laboratoire accrédité')).toEqual(['test-report']);
    expect(namedProofs('Products bearing the EU Ecolabel or a self-declaration')).toEqual(['label', 'declaration']);
    expect(proofFor('env-energy-efficiency', 'devices shall be ENERGY STAR')!.kinds).toEqual(['label', 'test-report']);
    expect(proofFor('env-energy-efficiency', 'a test report of an accredited laboratory')!.kinds).toEqual(['test-report']);
    // a criterion a newer catalogue adds: a declaration
    expect(proofFor('env-new-criterion', '')!.kinds).toEqual(['declaration']);
  });
});

describe('supplier checklist', () => {
  it('lists what TED 181161-2020 binds the supplier to, with its quote', () => {
    const items = checklist(tedReport());
    const labour = items.find((i) => i.criterion === 'soc-labour-rights')!;
    expect(labour).toMatchObject({
      name: criteria.find((c) => c.id === 'soc-labour-rights')!.name.en,
      stage: 'performance',
      quote: 'Bidders must comply with modern slavery act and operate an ethical supply chain.',
      source: 'Conditions relating to the performance of the contract',
    });
    expect(labour.proof.length).toBeGreaterThan(0);
    // only present criteria with binding evidence
    const present = new Set(tedReport().results.filter((r) => r.outcome === 'present').map((r) => r.id));
    for (const i of items) expect(present.has(i.criterion), i.criterion).toBe(true);
    expect(items.some((i) => i.criterion === 'eco-life-cycle-cost')).toBe(false); // uncertain
  });

  it('orders items by stage, one per criterion and stage; fields give their stage', () => {
    const items = checklist(maximalReport());
    const stages = items.map((i) => i.stage);
    const rank = ['selection', 'specification', 'award', 'performance'];
    expect(stages).toEqual([...stages].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)));
    expect(items.find((i) => i.criterion === 'soc-reserved' && i.stage === 'selection')).toMatchObject({ proof: ['certificate'] });
    expect(items.find((i) => i.criterion === 'prac-performance-clauses')!.stage).toBe('performance');
    expect(items.find((i) => i.criterion === 'env-energy-efficiency')!.stage).toBe('specification');
    expect(new Set(items.map((i) => `${i.criterion}/${i.stage}`)).size).toBe(items.length);
    // innovation and lots are the buyer's design: not on the supplier's list
    expect(items.some((i) => i.criterion === 'eco-innovation' || i.criterion === 'eco-sme-access')).toBe(false);
  });

  it('finds selection and award requirements in an eForms notice', () => {
    const items = checklist(auditFixture('eforms/cn-social_25.xml'));
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(['selection', 'specification', 'award', 'performance']).toContain(i.stage);
  });

  it('speaks French for a French UI', () => {
    const items = checklist(tedReport(), 'fr');
    const labour = items.find((i) => i.criterion === 'soc-labour-rights')!;
    expect(labour.name).toBe(criteria.find((c) => c.id === 'soc-labour-rights')!.name.fr);
    expect(labour.what).toBe(translator('fr').t(PROOF['soc-labour-rights']!.what));
  });

  it('speaks German and Spanish too: names, proof and stage words', () => {
    for (const lang of ['de', 'es'] as const) {
      const items = checklist(tedReport(), lang);
      const labour = items.find((i) => i.criterion === 'soc-labour-rights')!;
      expect(labour.name).toBe(criteria.find((c) => c.id === 'soc-labour-rights')!.name[lang]);
      expect(labour.what).toBe(translator(lang).t(PROOF['soc-labour-rights']!.what));
      const md = checklistMarkdown(exportDocument(tedReport(), { auditedAt: 0, lang, catalogue: criteria }), items);
      expect(md).toContain(translator(lang).t('doc_checklist'));
      expect(md).toContain(translator(lang).t(STAGE_KEYS[labour.stage]));
    }
  });

  it('exports as a Markdown task list and as CSV, page text escaped', () => {
    const report = tedReport();
    const hostile: Report = {
      ...report,
      results: report.results.map((r) =>
        r.id === 'soc-labour-rights' ? { ...r, evidence: [{ ...r.evidence[0]!, text: `- [x] done ${XSS}`, label: `=cmd|' /C calc'!A0` }] } : r,
      ),
    };
    const doc = exportDocument(hostile, { auditedAt: Date.UTC(2026, 0, 2), catalogue: criteria });
    const items = checklist(hostile);
    const md = checklistMarkdown(doc, items);
    expect(md).toMatch(/^# What the tender asks of the supplier: PV Servicing and Maintenance\n/);
    expect(md).toContain('## Contract performance');
    expect(md).toContain(`- [ ] **${criteria.find((c) => c.id === 'soc-labour-rights')!.name.en}**. Proof to prepare: `);
    expect(md).toContain('  > \\- \\[x\\] done \\<img');
    expect(md).not.toMatch(/(?<!\\)<(?!https:)/);

    const [header, ...rows] = parseCsv(checklistCsv(doc, items).slice(1));
    expect(header).toEqual(CHECKLIST_CSV_COLUMNS);
    expect(rows).toHaveLength(items.length);
    const row = rows.find((r) => r[header!.indexOf('criterion_id')] === 'soc-labour-rights')!;
    expect(row[header!.indexOf('stage')]).toBe('performance');
    expect(row[header!.indexOf('quote')]).toBe(`- [x] done ${XSS}`.replace(/^-/, "'-"));
    expect(row[header!.indexOf('source')]).toBe(`'=cmd|' /C calc'!A0`);
  });

  it('says so when the notice binds the supplier to nothing', () => {
    const none = auditFixture('ted-html/563384-2019.html', 'https://ted.europa.eu/en/notice/563384-2019/html');
    const items = checklist(none);
    expect(items).toEqual([]);
    expect(checklistMarkdown(exportDocument(none, { auditedAt: 0, catalogue: criteria }), items)).toContain('The notice binds the supplier to none of the criteria.');
  });
});
