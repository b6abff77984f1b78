import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../criteria/schema';
import { productGroups } from '../../criteria/product-groups';
import { audit, compileCatalogue } from '../../utils/engine';
import type { Notice, NoticeSection } from '../../utils/notice';

// A small catalogue made for these tests, so that they pin the engine's logic, not the catalogue's data.
const ecolabel: Criterion = {
  id: 'env-ecolabel',
  pillar: 'environment',
  name: { en: 'Ecolabels', fr: 'Écolabels', de: 'Umweltzeichen', es: 'Etiquetas ecológicas' },
  why: { en: 'Labels prove environmental performance.', fr: 'Les labels prouvent la performance.', de: 'Zeichen belegen die Umweltleistung.', es: 'Las etiquetas prueban el desempeño.' },
  appliesTo: { groups: ['ict-devices', 'cleaning'] },
  patterns: { en: ['eu ecolabel', 'blue angel', 'tco certified'], fr: ['ecolabel europeen'], de: ['blauer engel'], es: ['etiqueta ecologica'] },
  fields: [{ bt: 'BT-805', values: ['eu', 'national', 'other'], effect: 'present', label: 'Green procurement criteria (BT-805)' }],
  sources: ['Directive 2014/24/EU art. 43'],
};
const accessibility: Criterion = {
  id: 'soc-accessibility',
  pillar: 'social',
  name: { en: 'Accessibility', fr: 'Accessibilité', de: 'Barrierefreiheit', es: 'Accesibilidad' },
  why: { en: 'Everyone must be able to use what is bought.', fr: 'Chacun doit pouvoir utiliser ce qui est acheté.', de: 'Alle sollen es nutzen können.', es: 'Todos deben poder usarlo.' },
  appliesTo: { groups: ['software-digital', 'ict-devices'] },
  patterns: { en: ['en ?301 ?549', 'wcag'], fr: ['rgaa'], de: ['bitv'], es: ['une en 301549'] },
  fields: [
    { bt: 'BT-754', values: ['inc'], effect: 'present', label: 'Accessibility criteria included (BT-754)' },
    { bt: 'BT-754', values: ['n-inc', 'n-inc-just'], effect: 'absent', label: 'Accessibility criteria not used (BT-754)' },
  ],
  sources: ['EN 301 549'],
};
const carbon: Criterion = {
  id: 'env-carbon',
  pillar: 'environment',
  name: { en: 'Carbon', fr: 'Carbone', de: 'Kohlenstoff', es: 'Carbono' },
  why: { en: 'Emissions must come down.', fr: 'Les émissions doivent baisser.', de: 'Emissionen müssen sinken.', es: 'Las emisiones deben bajar.' },
  appliesTo: { all: true },
  patterns: { en: ['carbon reduction plan'], fr: ['bilan carbone'], de: ['co2 bilanz'], es: ['huella de carbono'] },
  fields: [{ bt: 'BT-774', values: ['clim-mitig'], effect: 'weak', label: 'Climate change mitigation (BT-774)' }],
  sources: ['UK PPN 06/21'],
};
const cat = compileCatalogue([ecolabel, accessibility, carbon], productGroups, 'test-1');

function notice(sections: Partial<NoticeSection>[], extra: Partial<Notice> = {}): Notice {
  return {
    format: 'text',
    title: 'T',
    language: 'en',
    cpv: ['30213100'],
    sections: sections.map((s, i) => ({ id: `s${i}`, label: 'S', kind: 'other', text: '', ...s })),
    fields: [],
    gaps: [],
    ...extra,
  };
}
const outcome = (n: Notice, id: string) => audit(n, cat).results.find((r) => r.id === id)!;

describe('engine', () => {
  it('finds a binding passage and reports it with exact offsets', () => {
    const text = 'Delivery within 10 days. Laptops must carry the EU Ecolabel or TCO Certified (or equivalent). Price is fixed.';
    const r = outcome(notice([{ text }]), 'env-ecolabel');
    expect(r.outcome).toBe('present');
    expect(r.evidence[0]!.text).toBe('Laptops must carry the EU Ecolabel or TCO Certified (or equivalent).');
    expect(text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe(r.evidence[0]!.text);
    expect(text.slice(r.evidence[0]!.match!.start, r.evidence[0]!.match!.end)).toBe('EU Ecolabel');
  });
  it('counts a passage in an award or selection section as binding by its place', () => {
    expect(outcome(notice([{ kind: 'award', text: 'Blue Angel: 10 points' }]), 'env-ecolabel').outcome).toBe('present');
  });
  it('treats a mention that binds nobody as uncertain, with the reason', () => {
    const r = outcome(notice([{ kind: 'description', text: 'The EU Ecolabel scheme was created in 1992.' }]), 'env-ecolabel');
    expect(r.outcome).toBe('uncertain');
    expect(r.reason).toMatch(/not as a requirement/);
  });
  it('never takes a title as a requirement', () => {
    expect(outcome(notice([{ kind: 'title', text: 'Supply of EU Ecolabel paper, must be cheap' }]), 'env-ecolabel').outcome).toBe('uncertain');
  });
  it('reads a negation as missing, with the sentence', () => {
    const r = outcome(notice([{ text: 'Tenderers must hold ISO 9001; no EU Ecolabel is required.' }]), 'env-ecolabel');
    expect(r.outcome).toBe('missing');
    expect(r.reason).toMatch(/does not require/);
    const fr = outcome(notice([{ text: "L'écolabel européen n'est pas exigé." }], { language: 'fr' }), 'env-ecolabel');
    expect(fr.outcome).toBe('missing');
  });
  it('ignores boilerplate (buyer names, menus)', () => {
    expect(outcome(notice([{ kind: 'boilerplate', text: 'Blue Angel Council must be contacted' }]), 'env-ecolabel').outcome).toBe('missing');
  });
  it('lets structured fields prove, disprove or weakly suggest', () => {
    expect(outcome(notice([], { fields: [{ bt: 'BT-805', value: 'eu' }] }), 'env-ecolabel').outcome).toBe('present');
    const absent = outcome(notice([], { cpv: ['72000000'], fields: [{ bt: 'BT-754', value: 'n-inc-just', text: 'Not for natural persons.' }] }), 'soc-accessibility');
    expect(absent.outcome).toBe('missing');
    expect(absent.reason).toContain('Not for natural persons.');
    const weak = outcome(notice([], { fields: [{ bt: 'BT-774', value: 'clim-mitig' }] }), 'env-carbon');
    expect(weak.outcome).toBe('uncertain');
    expect(weak.evidence[0]!.strength).toBe('weak');
  });
  it('decides applicability from CPV codes, longest prefix first', () => {
    const r = audit(notice([], { cpv: ['90919200'] }), cat); // office cleaning
    expect(r.groups).toEqual(['cleaning']);
    expect(r.results.find((x) => x.id === 'env-ecolabel')!.outcome).toBe('missing');
    expect(r.results.find((x) => x.id === 'soc-accessibility')!.outcome).toBe('not-applicable');
    expect(r.results.find((x) => x.id === 'env-carbon')!.outcome).toBe('missing');
    expect(audit(notice([], { cpv: ['72310000'] }), cat).groups).toEqual(['data-centres-cloud']);
  });
  it('is uncertain, never missing, without CPV codes or when part of the notice was not read', () => {
    const noCpv = outcome(notice([], { cpv: [] }), 'env-ecolabel');
    expect(noCpv.outcome).toBe('uncertain');
    expect(noCpv.reason).toMatch(/no CPV code/);
    const broad = outcome(notice([], { cpv: ['50000000'] }), 'env-ecolabel');
    expect(broad.outcome).toBe('uncertain');
    expect(broad.reason).toMatch(/whole CPV division/);
    const gap = outcome(notice([], { gaps: ['award criteria not found on the page'] }), 'env-ecolabel');
    expect(gap.outcome).toBe('uncertain');
    expect(gap.reason).toMatch(/award criteria not found/);
  });
  it('stamps versions and counts', () => {
    const r = audit(notice([{ text: 'Devices shall conform to EN 301 549.' }]), cat);
    expect(r.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.catalogueVersion).toBe('test-1');
    expect(r.counts).toEqual({ present: 1, missing: 2, uncertain: 0, 'not-applicable': 0 });
  });
  it('sees two criteria whose patterns start at the same word', () => {
    const both = compileCatalogue(
      [
        { ...ecolabel, patterns: { en: ['tco'], fr: ['tco'], de: ['tco'], es: ['tco'] } },
        { ...accessibility, patterns: { en: ['tco certified'], fr: ['tco certified'], de: ['tco certified'], es: ['tco certified'] } },
      ],
      productGroups,
      't',
    );
    const r = audit(notice([{ kind: 'specification', text: 'TCO Certified displays.' }]), both);
    expect(r.results.map((x) => x.outcome)).toEqual(['present', 'present']);
  });

  it('applies a criterion whose subject the notice names, and only then', () => {
    const ai: Criterion = {
      ...carbon,
      id: 'dig-ai-accountability',
      pillar: 'digital',
      appliesTo: { subject: { en: ['machine learning'], fr: ['apprentissage automatique'], de: ['maschinelles lernen'], es: ['aprendizaje automatico'] } },
      patterns: { en: ['ai act'], fr: ['ai act'], de: ['ki verordnung'], es: ['reglamento de ia'] },
      fields: [],
    };
    const c = compileCatalogue([ai], productGroups, 't');
    const plain = audit(notice([{ kind: 'description', text: 'Payroll services.' }]), c).results[0]!;
    expect(plain.outcome).toBe('not-applicable');
    const ml = audit(notice([{ kind: 'description', text: 'A machine-learning triage tool.' }]), c).results[0]!;
    expect(ml.outcome).toBe('missing');
    const ok = audit(notice([{ kind: 'description', text: 'A machine learning tool. The supplier shall comply with the AI Act.' }]), c).results[0]!;
    expect(ok.outcome).toBe('present');
  });
  it('applies a criterion once a criterion of the named pillars is present', () => {
    const proof: Criterion = {
      ...carbon,
      id: 'prac-verification',
      pillar: 'practice',
      appliesTo: { whenPillarsPresent: ['environment', 'social'] },
      patterns: { en: ['test report'], fr: ['rapport d.essai'], de: ['prufbericht'], es: ['informe de ensayo'] },
      fields: [],
    };
    const c = compileCatalogue([proof, ecolabel], productGroups, 't');
    const none = audit(notice([{ text: 'Laptops.' }]), c).results[0]!;
    expect(none.outcome).toBe('not-applicable');
    const some = audit(notice([{ text: 'Laptops must carry the EU Ecolabel.' }]), c).results[0]!;
    expect(some.outcome).toBe('missing');
  });
  it('without CPV codes, takes the product groups the title or description names', () => {
    const groups = productGroups.map((g) =>
      g.id === 'ict-devices' ? { ...g, keywords: { en: ['laptops?\\b', 'monitors?\\b'], fr: ['ordinateurs? portables?'], de: ['notebooks?\\b'], es: ['portatiles'] } } : g,
    );
    const c = compileCatalogue([ecolabel, accessibility], groups, 't');
    const named = audit(notice([{ kind: 'title', text: 'Supply of 42 inch LCD monitors' }], { cpv: [] }), c);
    expect(named.groups).toEqual(['ict-devices']);
    expect(named.groupsFrom).toBe('text');
    expect(named.results.map((r) => r.outcome)).toEqual(['missing', 'missing']);
    // a group named only deep inside the clauses does not decide what is bought
    const deep = audit(notice([{ kind: 'description', text: 'Cleaning of offices.' }, { kind: 'other', text: 'Staff may use laptops on site.' }], { cpv: [] }), c);
    expect(deep.groups).toEqual([]);
    expect(deep.results[0]!.outcome).toBe('uncertain');
  });
  it('takes a statement of the buyer as evidence for criteria met by the design of the procurement', () => {
    const lots: Criterion = {
      ...carbon,
      id: 'eco-sme-access',
      pillar: 'economic',
      statedByBuyer: true,
      patterns: { en: ['divided into \\w+ lots'], fr: ['allotissement'], de: ['in lose aufgeteilt'], es: ['division en lotes'] },
      fields: [],
    };
    const c = compileCatalogue([lots], productGroups, 't');
    expect(audit(notice([{ kind: 'description', text: 'The requirements are divided into four lots.' }]), c).results[0]!.outcome).toBe('present');
    expect(audit(notice([{ kind: 'title', text: 'Works divided into four lots' }]), c).results[0]!.outcome).toBe('uncertain');
    expect(audit(notice([{ kind: 'other', text: 'The contract is not divided into four lots as no division is required.' }]), c).results[0]!.outcome).toBe('missing');
  });
  it('borrows evidence of other pillars that stands where a criterion asks for it', () => {
    const perf: Criterion = {
      ...carbon,
      id: 'prac-performance-clauses',
      pillar: 'practice',
      presentWithEvidenceOf: { pillars: ['environment', 'social'], kinds: ['performance'] },
      patterns: { en: ['performance conditions? environmental'], fr: ['clause environnementale'], de: ['umweltbezogene ausfuhrungsbedingung'], es: ['condicion especial de ejecucion medioambiental'] },
      fields: [],
    };
    const c = compileCatalogue([perf, ecolabel], productGroups, 't');
    const inPerformance = audit(notice([{ kind: 'performance', text: 'Laptops delivered under the contract carry the EU Ecolabel.' }]), c).results[0]!;
    expect(inPerformance.outcome).toBe('present');
    expect(inPerformance.evidence[0]!.text).toContain('EU Ecolabel');
    const inSpecification = audit(notice([{ kind: 'specification', text: 'Laptops carry the EU Ecolabel.' }]), c).results[0]!;
    expect(inSpecification.outcome).toBe('missing');
  });
  it('shows a declared BT-06 with no requirement in the text as weak evidence, with its BT-777 description', () => {
    const c = compileCatalogue([ecolabel], productGroups, 't', [
      { pillar: 'environment', rule: { bt: 'BT-06', values: ['env-imp'], effect: 'weak', label: 'Strategic procurement declared (BT-06)' } },
    ]);
    const declared = notice([], { fields: [{ bt: 'BT-06', value: 'env-imp', text: 'Low-energy devices are preferred.' }] });
    const r = audit(declared, c).results[0]!;
    expect(r.outcome).toBe('uncertain');
    expect(r.evidence[0]!.text).toBe('Low-energy devices are preferred.');
    expect(r.evidence[0]!.strength).toBe('weak');
    expect(r.reason).toMatch(/BT-06/);
    // a requirement in the text still decides
    const required = audit({ ...declared, sections: [{ id: 's', label: 'S', kind: 'specification', text: 'EU Ecolabel.' }] }, c).results[0]!;
    expect(required.outcome).toBe('present');
  });
});
