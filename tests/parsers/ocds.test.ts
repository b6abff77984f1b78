import { describe, expect, it } from 'vitest';
import type { Notice } from '../../utils/notice';
import { parseNotice, parseNotices } from '../../utils/parsers/detect';
import { MAX_INPUT_CHARS, NoticeParseError } from '../../utils/parsers/errors';
import { cleanText, locateJsonError, parseOcds, repairLostNewlines, repairMojibake, stripHtml } from '../../utils/parsers/ocds';
import { fixture } from './fixture';

const UK = 'ocds/uk_cf_pcs_sell2wales_2025';
const OCP = 'ocds/ocp_sample_data_2018';

const one = (json: string): Notice => {
  const notices = parseOcds(json);
  expect(notices).toHaveLength(1);
  return notices[0]!;
};
const field = (n: Notice, bt: string, value?: string, lot?: string) =>
  n.fields.filter((f) => f.bt === bt && (value === undefined || f.value === value) && (lot === undefined || f.lot === lot));
const sectionWith = (n: Notice, text: string) => n.sections.filter((s) => s.text.includes(text));
const expectUniqueIds = (n: Notice) => {
  const ids = n.sections.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
};

describe('parseOcds: Public Contracts Scotland ocds-r6ebe6-0000579910 (cleaning, rich clauses)', () => {
  const n = one(fixture(`${UK}/publiccontractsscotland__ocds-r6ebe6-0000579910__tender.json`));

  it('reads the notice-level facts', () => {
    expect(n).toMatchObject({
      format: 'ocds',
      id: 'ocds-r6ebe6-0000579910',
      title: 'EC0849 ACE End of Lease Cleaning Services',
      language: 'en', // "EN"
      buyer: 'University Of Edinburgh',
      contractNature: 'services',
      lots: ['1', '2', '3'],
      gaps: [],
    });
    // tender.classification first, then the items' additional classifications, without duplicates
    expect(n.cpv).toEqual(['90910000', '90911100', '90911000', '90911200']);
    expect(n.otherClassifications).toBeUndefined();
    expectUniqueIds(n);
  });

  it('has the ISO 14001 / EMAS requirement as a selection section (selectionCriteria.criteria[].minimum)', () => {
    const [s] = sectionWith(n, 'BS EN ISO 14001');
    expect(s).toMatchObject({ kind: 'selection', id: 'tender.selectionCriteria.criteria.minimum:0' });
    expect(s!.label).toContain('technical');
    expect(s!.text).toContain('or a valid EMAS (or equivalent) certificate');
  });

  it('keeps the Fair Work / Living Wage passage of the release description as "other"', () => {
    const [s] = sectionWith(n, 'Fair Work Practices, including consideration of the Living Wage');
    expect(s).toMatchObject({ kind: 'other', id: 'description:0', label: 'Additional information (description)' });
    // lost "\r\n" after a sentence end became a line break; "Modern Slavery" was not touched
    expect(s!.text).toContain('(currently 9 GBP/hr)\n The University of Edinburgh is committed');
    expect(s!.text).toContain('the Modern Slavery Act 2015');
  });

  it('reads award criteria per lot: sections with name and weight, BT-539 fields with their lot', () => {
    for (const lot of ['1', '2', '3']) {
      expect(field(n, 'BT-539', 'quality', lot)).toHaveLength(1);
      expect(field(n, 'BT-539', 'price', lot)).toHaveLength(1);
      const award = n.sections.filter((s) => s.kind === 'award' && s.lot === lot);
      expect(award.map((s) => s.text)).toEqual(['QUALITY\n50', '50']);
      expect(award[0]!.label).toBe('Award criterion (quality): QUALITY (tender.lots.awardCriteria.criteria)');
    }
  });

  it('makes lot titles and descriptions sections of their lot, and the performance terms a performance section', () => {
    expect(n.sections.filter((s) => s.kind === 'description' && s.lot !== undefined).map((s) => s.lot)).toEqual(['1', '2', '3']);
    const performance = n.sections.filter((s) => s.kind === 'performance');
    expect(performance.map((s) => [s.text, s.lot])).toEqual([['As detailed within ITT Package', undefined]]);
  });

  it('does not make the buyer, its address or its contact into sections', () => {
    expect(n.sections.some((s) => /Charles Stewart House|Gordon\.Whittaker|^University Of Edinburgh$/.test(s.text))).toBe(false);
  });

  it('skips the document description that repeats the tender description', () => {
    expect(n.sections.filter((s) => s.text.startsWith('The University of Edinburgh Accommodation, Catering and Events')).map((s) => s.id)).toEqual([
      'tender.description:0',
      'lot[1].tender.lots.description:0',
      'lot[2].tender.lots.description:0',
      'lot[3].tender.lots.description:0',
    ]);
  });
});

describe('parseOcds: Public Contracts Scotland ocds-r6ebe6-0000580728 (confidential waste)', () => {
  const n = one(fixture(`${UK}/publiccontractsscotland__ocds-r6ebe6-0000580728__tender.json`));

  it('keeps the scored carbon question with its "Weighting 5 percent" (a PQQ question published as a selection criterion)', () => {
    const [s] = sectionWith(n, 'reducing their carbon impact');
    expect(s).toMatchObject({ kind: 'selection', label: 'Selection criterion (technical) (tender.selectionCriteria.criteria.description)' });
    expect(s!.text).toContain('with regards to reducing their carbon impact.\n Weighting 5 percent');
  });

  it('has the recycling duty in the lot description and the ISO 14001 / EMAS requirement as selection', () => {
    expect(sectionWith(n, 'in a confidential and sustainable manner')[0]).toMatchObject({ kind: 'description', lot: '1' });
    expect(sectionWith(n, 'BS EN ISO 14001 (or equivalent) or a valid EMAS')[0]!.kind).toBe('selection');
  });

  it('turns lost line breaks before bullets into line breaks, and leaves "Modern Slavery" whole', () => {
    const [s] = sectionWith(n, 'Modern Slavery Act 2015');
    expect(s!.kind).toBe('other');
    expect(s!.text).toContain('obligations for certain organisations under:\n -the Modern Slavery Act 2015');
    expect(s!.text).toContain('section 54 of the Modern Slavery Act');
    expect(n.sections.every((s) => !/[.:;]\s*rn(?=\s*[A-Z•-])/.test(s.text))).toBe(true);
  });

  it('reads the single lot, the CPV codes and the buyer', () => {
    expect(n.lots).toEqual(['1']);
    expect(n.buyer).toBe('University Of Edinburgh');
    expect(n.cpv).toEqual(['90513000', '90500000']); // tender.classification first
    expect(n.title).toBe('EC0853 The University of Edinburgh Confidential Waste');
    expectUniqueIds(n);
  });
});

describe('parseOcds: Public Contracts Scotland ocds-r6ebe6-0000571982 (fire systems, trap text)', () => {
  const n = one(fixture(`${UK}/publiccontractsscotland__ocds-r6ebe6-0000571982__tender.json`));

  it('keeps the "disable refuge" trap text (fire-safety equipment) as description sections, as published', () => {
    expect(sectionWith(n, 'dry risers, disable refuge, smoke control')[0]).toMatchObject({ kind: 'description', id: 'tender.description:0' });
    expect(sectionWith(n, 'disables refuges').map((s) => s.lot)).toEqual(['1', '2']);
  });

  it('has the ISO 14001 / EMAS requirement in the release description ("other"), and BT-539 cost per lot', () => {
    expect(sectionWith(n, 'BS EN ISO 14001 (or equivalent) or a valid EMAS')[0]!.kind).toBe('other');
    expect(field(n, 'BT-539', 'cost', '1')).toHaveLength(1);
    expect(field(n, 'BT-539', 'cost', '2')).toHaveLength(1);
  });

  it('reads the facts', () => {
    expect(n).toMatchObject({ title: 'Fire Systems Maintenance Contract', buyer: 'Hanover (Scotland) Housing Association', contractNature: 'services', lots: ['1', '2'] });
    expect(n.cpv).toEqual(['50413200', '31625100', '31625200', '35111300', '44480000', '44482100', '31518200']);
  });
});

describe('parseOcds: Contracts Finder (2025) tender and award', () => {
  it('repairs the mojibake and the lost "\\r\\n" / "\\t" of the apprenticeship tender', () => {
    const n = one(fixture(`${UK}/contractsfinder__ocds-b5fd17-652e75a8-a97e-4ca1-8a88-3ee2073e0c39__tender.json`));
    expect(n).toMatchObject({ id: 'ocds-b5fd17-652e75a8-a97e-4ca1-8a88-3ee2073e0c39', language: 'en', contractNature: 'services', cpv: ['80000000'] });
    const d = n.sections.find((s) => s.id === 'tender.description:0')!;
    expect(d.kind).toBe('description');
    expect(d.text).toContain('the following Apprenticeship Programme:\n\n•\tChildren, Young People and Families Practitioner Level 4');
    expect(d.text).toContain('The total contract value will be for: £120,00');
    for (const s of n.sections) expect(s.text).not.toMatch(/Â|â€/);
    expect(field(n, 'BT-726', 'true')).toHaveLength(1); // suitability.sme
  });

  it('reads the Ports of Jersey award: goods → supplies, the clause in the description, not the supplier', () => {
    const n = one(fixture(`${UK}/contractsfinder__ocds-b5fd17-0680da09-fd30-4187-9f12-1bf4a7636747__award.json`));
    expect(n).toMatchObject({ title: 'Ports of Jersey - Branded Clothing', buyer: 'Ports of Jersey', contractNature: 'supplies', cpv: ['18000000'] });
    expect(sectionWith(n, 'organic sourced cottons, bamboo and recycled materials preferred')[0]!.kind).toBe('description');
    expect(field(n, 'BT-726', 'false')).toHaveLength(1);
    expect(n.sections.filter((s) => s.id.startsWith('awards.documents')).map((s) => [s.kind, s.text])).toEqual([
      ['other', 'Awarded contract notice on Contracts Finder'],
      ['other', 'Advert'],
    ]);
    expect(n.sections.some((s) => s.text.includes('LAB-6'))).toBe(false);
  });
});

describe('parseOcds: Sell2Wales ocds-kuma6s-139523 (furniture framework, 3 lots)', () => {
  const n = one(fixture(`${UK}/sell2wales__ocds-kuma6s-139523__tender.json`));

  it('reads lots, CPV, nature and the per-lot cost criterion', () => {
    expect(n).toMatchObject({ title: 'Provision of Furniture Solutions (III)', language: 'en', contractNature: 'supplies', lots: ['1', '2', '3'] });
    expect(n.cpv).toEqual(['39130000', '39160000']);
    expect(n.sections.filter((s) => s.kind === 'title' && s.lot).map((s) => s.text)).toEqual(['Office Furniture', 'Education Furniture', 'Reserved Lot - Furniture']);
    for (const lot of ['1', '2', '3']) expect(field(n, 'BT-539', 'cost', lot)[0]!.text).toBe('Cost\n30');
  });

  it('keeps the circularity duty and the reserved lot in their lots', () => {
    expect(sectionWith(n, 'collect, refurbish, repurpose and recycle existing furniture').map((s) => s.lot)).toEqual(['1', '2']);
    expect(sectionWith(n, 'This Lot is reserved for Sheltered Workshop organisations')[0]).toMatchObject({ kind: 'description', lot: '3' });
    expect(n.sections.find((s) => s.id === 'tender.lotDetails.awardCriteriaDetails:0')!.kind).toBe('award');
  });
});

describe('parseOcds: OCP sample data (2018), UK record and NSW release package', () => {
  const recordJson = fixture(`${OCP}/uk-contracts-finder/sample/records/ocds-b5fd17-2c330cf9-adc8-11e6-9901-0019b9f3037b.json`);
  const record = JSON.parse(recordJson) as Record<string, unknown>;

  it('reads a record from its compiledRelease ("en-GB" → en, titles trimmed)', () => {
    const n = one(recordJson);
    expect(n).toMatchObject({
      id: 'ocds-b5fd17-2c330cf9-adc8-11e6-9901-0019b9f3037b',
      title: 'Climate Science for Service Partnership (CSSP): Calls for Expressions of Interest',
      language: 'en',
      buyer: 'Met Office',
      cpv: ['73000000'],
    });
    expect(n.sections.find((s) => s.id === 'tender.description:0')!.text).toMatch(/^The Met Office has been selected as a Newton Fund Delivery Partner[^\r]*\n1\. Monitoring Attribution/s);
  });

  it('gives the same notice from the record, a record package of it, the record without compiledRelease and the release', () => {
    const fromRecord = one(recordJson);
    expect(one(JSON.stringify({ uri: 'https://example.org/records.json', records: [record] }))).toEqual(fromRecord);
    const { compiledRelease: _c, versionedRelease: _v, ...withoutCompiled } = record;
    expect(Object.keys(withoutCompiled)).toEqual(['releases']);
    expect(one(JSON.stringify({ records: [{ ocid: fromRecord.id, ...withoutCompiled }] }))).toEqual(fromRecord);
    const release = one(fixture(`${OCP}/uk-contracts-finder/sample/releases/ocds-b5fd17-2c330cf9-adc8-11e6-9901-0019b9f3037b-59429-metofc-9mgh-ghl8ty.json`));
    expect(release).toEqual(fromRecord);
  });

  it('reads the NSW release package: HTML texts made plain, UNSPSC as another classification', () => {
    const n = one(fixture(`${OCP}/australia/new-south-wales/sample/releases/7.json`));
    expect(n).toMatchObject({
      id: 'ocds-43qwtd-RFT-3A97DD20-DEAC-E181-C3F60521D5AA0F5B',
      title: 'RFT17/18-09, Design and Construction of three Gross Pollutant Traps (GPTs)',
      language: 'en',
      buyer: 'Penrith City Council',
      cpv: [],
      otherClassifications: [{ scheme: 'UNSPSC', code: '41103419' }],
    });
    expect(n.sections.find((s) => s.id === 'tender.description:0')!.text).toBe(
      'Penrith City Council (PCC) are seeking Tenders from suitably qualified and experienced contractors, for the design and construction of three Gross Pollutant Traps (GPTs) at three different locations within the Penrith LGA.',
    );
    expect(n.sections.find((s) => s.id === 'tender.conditionsForParticipation:0')!.kind).toBe('selection');
    for (const s of n.sections) expect(s.text).not.toMatch(/<\/?[a-z]|&nbsp;/i);
  });

  it('gives one notice per ocid in a package of several releases, in file order', () => {
    const a = JSON.parse(fixture(`${OCP}/australia/new-south-wales/sample/releases/7.json`)) as { releases: unknown[] };
    const b = JSON.parse(fixture(`${OCP}/australia/new-south-wales/sample/releases/0.json`)) as { releases: unknown[] };
    const notices = parseOcds(JSON.stringify({ ...a, releases: [...a.releases, ...b.releases] }));
    expect(notices.map((x) => x.title)).toEqual([
      'RFT17/18-09, Design and Construction of three Gross Pollutant Traps (GPTs)',
      'Belmont Hospital Theatre Refurbishment',
    ]);
  });
});

describe('parseOcds: merging releases of one ocid (hand-made releases)', () => {
  // Hand-made: two releases of one contracting process published out of order, plus another process.
  const pkg = {
    releases: [
      {
        ocid: 'ocds-x-1',
        id: '2',
        date: '2024-03-01T00:00:00Z',
        tag: ['tenderAmendment'],
        tender: {
          title: 'Cleaning services (amended)',
          description: null,
          lots: [{ id: 'L2', title: 'Lot two, renamed' }, { id: 'L3', title: 'Lot three' }],
          items: [{ id: 'i1', classification: { scheme: 'CPV', id: '90910000-9' } }],
        },
      },
      { ocid: 'ocds-x-2', id: '1', date: '2024-01-01T00:00:00Z', tender: { title: 'Other process' } },
      {
        ocid: 'ocds-x-1',
        id: '1',
        date: '2024-01-01T00:00:00Z',
        tag: ['tender'],
        language: 'en',
        buyer: { name: 'City of Example' },
        tender: {
          title: 'Cleaning services',
          description: 'Cleaning of the town hall.',
          mainProcurementCategory: 'services',
          lots: [{ id: 'L1', title: 'Lot one' }, { id: 'L2', title: 'Lot two' }],
          items: [{ id: 'i1', classification: { scheme: 'CPV', id: '90911000' } }],
        },
      },
    ],
  };
  const notices = parseOcds(JSON.stringify(pkg));

  it('gives one notice per ocid, the later release overriding the earlier, arrays of objects merged by id', () => {
    expect(notices.map((n) => n.id)).toEqual(['ocds-x-1', 'ocds-x-2']);
    const [n] = notices;
    expect(n).toMatchObject({ title: 'Cleaning services (amended)', buyer: 'City of Example', language: 'en', contractNature: 'services', lots: ['L1', 'L2', 'L3'] });
    expect(n!.sections.filter((s) => s.kind === 'title' && s.lot).map((s) => s.text)).toEqual(['Lot one', 'Lot two, renamed', 'Lot three']);
    expect(n!.cpv).toEqual(['90910000']);
    // null in the later release removes the field
    expect(n!.sections.some((s) => s.id === 'tender.description:0')).toBe(false);
  });

  it('refuses a package holding several notices through parseNotice, and returns them all through parseNotices', () => {
    const json = JSON.stringify(pkg);
    expect(parseNotices(json, { fileName: 'pkg.json' })).toHaveLength(2);
    expect(() => parseNotice(json, {})).toThrow(NoticeParseError);
    expect(() => parseNotice(json, {})).toThrow(/^the file holds 2 notices/);
  });
});

describe('parseOcds: the sustainability extension (hand-made release)', () => {
  // Hand-made from the sustainability extension's schema (open-contracting-extensions/ocds_sustainability_extension:
  // Tender/Lot.hasSustainability, Tender/Lot.sustainability[] {description, goal, strategies}) and the OCDS-for-eForms
  // lot fields (coveredBy, hasAccessibilityCriteria, noAccessibilityCriteriaRationale, contractTerms.reservedExecution,
  // otherRequirements.reservedParticipation, suitability.sme, awardCriteria.criteria[]). No publisher data.
  const release = {
    ocid: 'ocds-test-sust-1',
    id: '1',
    date: '2025-01-01T00:00:00Z',
    tag: ['tender'],
    tender: {
      id: 't1',
      title: 'Supply of electric buses and charging infrastructure',
      description: 'The authority buys twelve electric buses and their chargers.',
      mainProcurementCategory: 'goods',
      hasSustainability: true,
      sustainability: [
        { goal: 'environmental.climateChangeMitigation', strategies: ['technicalSpecifications', 'euGPPCriteria'], description: 'Zero-emission buses only.' },
      ],
      lots: [
        {
          id: 'LOT-0001',
          title: 'Buses',
          hasSustainability: true,
          sustainability: [
            { goal: 'environmental.circularEconomy', strategies: ['contractPerformanceConditions', 'nationalGPPCriteria'] },
            { goal: 'environmental.waterResources', strategies: ['otherGPPCriteria'] },
            { goal: 'social.humanRightsInSupplyChain' },
            { goal: 'social.laborRightsPromotion', strategies: ['awardCriteria'] },
            { goal: 'economic.innovativePurchase' },
            { goal: 'environmental.wasteReduction' },
          ],
          coveredBy: ['EU-CVD'],
          hasAccessibilityCriteria: true,
          contractTerms: { reservedExecution: true, performanceTerms: 'Batteries are taken back and recycled at end of life.' },
          otherRequirements: { reservedParticipation: ['shelteredWorkshop'] },
          suitability: { sme: true },
          awardCriteria: {
            criteria: [
              { type: 'cost', name: 'Life-cycle cost', description: 'Total cost of ownership over 12 years.', numbers: [{ number: 40, weight: 'percentageExact' }] },
              { type: 'quality', name: 'Energy consumption', numbers: [{ number: 60, weight: 'percentageExact' }] },
            ],
          },
        },
        {
          id: 'LOT-0002',
          title: 'Chargers',
          hasSustainability: false,
          hasAccessibilityCriteria: false,
          noAccessibilityCriteriaRationale: 'The chargers are operated by the depot staff only, who are trained for them.',
          otherRequirements: { reservedParticipation: ['publicServiceMissionOrganization'] },
          sustainability: [{ goal: 'social.accessibility' }, { goal: 'social.genderEquality' }, { goal: 'social.ethnicEquality' }, { goal: 'social.disadvantagedEmploymentOpportunities' }],
        },
        { id: 'LOT-0003', title: 'Depot works', hasAccessibilityCriteria: false },
      ],
    },
  };
  const n = one(JSON.stringify(release));

  it('keeps the goals and strategies as published (OCDS-goal, OCDS-strategy, OCDS-hasSustainability)', () => {
    expect(field(n, 'OCDS-goal', 'environmental.climateChangeMitigation')).toEqual([
      { bt: 'OCDS-goal', value: 'environmental.climateChangeMitigation', text: 'Zero-emission buses only.' },
    ]);
    expect(field(n, 'OCDS-goal', undefined, 'LOT-0001').map((f) => f.value)).toEqual([
      'environmental.circularEconomy',
      'environmental.waterResources',
      'social.humanRightsInSupplyChain',
      'social.laborRightsPromotion',
      'economic.innovativePurchase',
      'environmental.wasteReduction',
    ]);
    expect(field(n, 'OCDS-strategy', undefined, 'LOT-0001').map((f) => f.value)).toEqual([
      'contractPerformanceConditions',
      'nationalGPPCriteria',
      'otherGPPCriteria',
      'awardCriteria',
    ]);
    expect(field(n, 'OCDS-hasSustainability').map((f) => [f.lot, f.value])).toEqual([
      [undefined, 'true'],
      ['LOT-0001', 'true'],
      ['LOT-0002', 'false'],
    ]);
  });

  it('adds the eForms equivalents the OCDS-for-eForms mapping defines (BT-774, BT-775, BT-06, BT-805)', () => {
    expect(field(n, 'BT-774', 'clim-mitig')).toEqual([{ bt: 'BT-774', value: 'clim-mitig' }]);
    expect(field(n, 'BT-805', 'eu')).toEqual([{ bt: 'BT-805', value: 'eu' }]);
    expect(field(n, 'BT-774', undefined, 'LOT-0001').map((f) => f.value)).toEqual(['circ-econ', 'water-mar']);
    expect(field(n, 'BT-805', undefined, 'LOT-0001').map((f) => f.value)).toEqual(['national', 'other']);
    expect(field(n, 'BT-775', undefined, 'LOT-0001').map((f) => f.value)).toEqual(['hum-right', 'work-cond']);
    expect(field(n, 'BT-775', undefined, 'LOT-0002').map((f) => f.value)).toEqual(['acc-all', 'gen-eq', 'et-eq', 'opp']);
    expect(field(n, 'BT-06', undefined, 'LOT-0001').map((f) => f.value)).toEqual(['env-imp', 'soc-obj', 'inn-pur']);
    // a goal without an eForms code (wasteReduction) has no BT-774
    expect(field(n, 'BT-774').map((f) => f.value)).toEqual(['clim-mitig', 'circ-econ', 'water-mar']);
  });

  it('reads the lot fields: BT-717, BT-754 (with BT-755 text), BT-736, BT-71, BT-726, BT-539', () => {
    expect(field(n, 'BT-717')).toEqual([{ bt: 'BT-717', value: 'true', lot: 'LOT-0001' }]);
    expect(field(n, 'BT-754')).toEqual([
      { bt: 'BT-754', value: 'inc', lot: 'LOT-0001' },
      { bt: 'BT-754', value: 'n-inc-just', lot: 'LOT-0002', text: 'The chargers are operated by the depot staff only, who are trained for them.' },
      { bt: 'BT-754', value: 'n-inc', lot: 'LOT-0003' },
    ]);
    expect(field(n, 'BT-736')).toEqual([{ bt: 'BT-736', value: 'yes', lot: 'LOT-0001' }]);
    expect(field(n, 'BT-71').map((f) => [f.lot, f.value])).toEqual([
      ['LOT-0001', 'res-ws'],
      ['LOT-0002', 'res-pub-ser'],
    ]);
    expect(field(n, 'BT-726')).toEqual([{ bt: 'BT-726', value: 'true', lot: 'LOT-0001' }]);
    expect(field(n, 'BT-539').map((f) => [f.value, f.text])).toEqual([
      ['cost', 'Life-cycle cost\nTotal cost of ownership over 12 years.'],
      ['quality', 'Energy consumption'],
    ]);
  });

  it('makes the free texts sections of the right kind and lot', () => {
    const byId = (id: string) => n.sections.find((s) => s.id === id);
    expect(byId('tender.sustainability.description:0')).toMatchObject({ kind: 'strategic', text: 'Zero-emission buses only.' });
    expect(byId('lot[LOT-0001].tender.lots.contractTerms.performanceTerms:0')).toMatchObject({ kind: 'performance', lot: 'LOT-0001' });
    expect(byId('lot[LOT-0002].tender.lots.noAccessibilityCriteriaRationale:0')).toMatchObject({ kind: 'strategic', lot: 'LOT-0002' });
    const award = n.sections.filter((s) => s.kind === 'award');
    expect(award.map((s) => s.label)).toEqual([
      'Award criterion (cost, weight 40 (percentageExact)): Life-cycle cost (tender.lots.awardCriteria.criteria)',
      'Award criterion (quality, weight 60 (percentageExact)): Energy consumption (tender.lots.awardCriteria.criteria)',
    ]);
    expect(award[0]!.text).toBe('Life-cycle cost\nTotal cost of ownership over 12 years.\nWeight 40 (percentageExact)');
    expect(n.contractNature).toBe('supplies');
    // no release.language: guessed from the text
    expect(n.language).toBe('en');
  });
});

describe('parseOcds: errors', () => {
  const good = fixture(`${UK}/publiccontractsscotland__ocds-r6ebe6-0000579910__tender.json`);

  it('reports malformed JSON with its line and column', () => {
    const lines = good.split('\n');
    expect(lines[1]).toBe('  "ocid": "ocds-r6ebe6-0000579910",');
    lines[1] = lines[1]!.replace(/,$/, ''); // drop the comma after the ocid
    const broken = lines.join('\n');
    for (const parse of [() => parseOcds(broken), () => parseNotice(broken, { fileName: 'notice.json' }), () => parseNotices(broken, {})]) {
      try {
        parse();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(NoticeParseError);
        expect(e).toMatchObject({ line: 3, column: 3 });
        expect((e as Error).message).toBe(`malformed JSON at line 3, column 3: expected ',' or '}' after a property value, found '"'`);
      }
    }
  });

  it('reports a truncated file and a raw line break inside a string', () => {
    expect(() => parseOcds(good.slice(0, 2000))).toThrow(/^malformed JSON at line \d+, column \d+: (?:a string is not closed|unexpected end of the file)/);
    expect(() => parseOcds('{"ocid": "x",\n "tender": {"title": "a\nb"}}')).toThrow('malformed JSON at line 2, column 24: a line break inside a string');
    expect(() => parseOcds('{"ocid": "x",}')).toThrow(/line 1, column 14: expected a double-quoted property name, found '}'/);
    expect(locateJsonError(good)).toBeUndefined();
  });

  it('refuses valid JSON that is not OCDS', () => {
    for (const json of ['{"name": "tender", "items": []}', '[1, 2]', '"ocds"', '[]', '{"releases": [{"id": "no ocid"}]}']) {
      expect(() => parseOcds(json)).toThrow(new NoticeParseError('not an OCDS release, record or package: no ocid'));
    }
    expect(() => parseNotice('{"name": "tender"}', { fileName: 'x.json' })).toThrow('not an OCDS release, record or package: no ocid');
    expect(() => parseOcds('{"releases": []}')).toThrow(new NoticeParseError('the OCDS release package holds no releases'));
  });

  it('refuses input over 50 MB before parsing', () => {
    expect(() => parseOcds(`{"ocid": "${'x'.repeat(MAX_INPUT_CHARS)}"}`)).toThrow(/too large/);
  });

  it('marks a record that only links to its releases as read in part (gap)', () => {
    const n = one(JSON.stringify({ ocid: 'ocds-x-9', releases: [{ url: 'https://example.org/r1.json', date: '2024-01-01T00:00:00Z', tag: ['tender'] }] }));
    expect(n.id).toBe('ocds-x-9');
    expect(n.gaps).toHaveLength(1);
    expect(n.gaps[0]).toMatch(/links to its releases/);
  });
});

describe('text repair', () => {
  it('repairs cp1252-read-as-UTF-8 mojibake only where unambiguous', () => {
    expect(repairMojibake('a Â£4.5m programme')).toBe('a £4.5m programme');
    expect(repairMojibake('to:â€¢tChildren; itâ€™s; cafÃ©')).toBe('to:•tChildren; it’s; café');
    expect(repairMojibake('pilot scheme.â€¯ The')).toBe('pilot scheme.\u202F The');
    for (const ok of ['château, âge, pâte', 'Â la carte', 'SÃO PAULO', 'Ärger – Ende']) expect(repairMojibake(ok)).toBe(ok);
  });

  it('turns a lost "\\r\\n" into a line break only between a sentence end and a capital, a bullet or a list marker', () => {
    expect(repairLostNewlines('legislative requirements.rnThe supplier')).toBe('legislative requirements.\nThe supplier');
    expect(repairLostNewlines('accessible to:rn•tChildren')).toBe('accessible to:\n•\tChildren');
    expect(repairLostNewlines('services:rn -The provision')).toBe('services:\n -The provision');
    expect(repairLostNewlines('following:rn (a) access')).toBe('following:\n (a) access');
    expect(repairLostNewlines('per annum.rnrnThe total')).toBe('per annum.\n\nThe total');
    expect(repairLostNewlines('homes. rnrnHarrow')).toBe('homes.\n\nHarrow');
    // never inside or at the end of a word
    for (const ok of [
      'the Modern Slavery Act',
      'the Western General Hospital',
      'ESPD 4B.1.1 Statementrn Bidders',
      'modern, western and eastern',
      'concern. The pattern: Return',
      'Lots 1 and 3rn Lots 2 and 3',
    ]) {
      expect(repairLostNewlines(ok)).toBe(ok);
    }
  });

  it('makes HTML texts plain and leaves text with "<" alone', () => {
    expect(stripHtml('<p><span>Tenders from <b>qualified</b> contractors</span></p><br /><p>&nbsp;</p>')).toBe('Tenders from qualified contractors\n\n');
    expect(stripHtml('values < 100 and > 50')).toBe('values < 100 and > 50');
    expect(cleanText('  <h5>Briefing at 9:30&nbsp;AM</h5>  ')).toBe('Briefing at 9:30 AM');
    expect(cleanText(null)).toBe('');
  });
});
