/** A small Report and catalogue for the background and popup tests (shape of utils/report.ts). */
import type { CriterionResult, Outcome, Report } from '../../utils/report';
import type { CriterionText } from '../../components/report-format';

export const XSS = '<img src=x onerror=alert(1)>';

export const sampleCatalogue: CriterionText[] = [
  {
    id: 'env-energy-efficiency',
    name: { en: 'Energy-efficient products and operations', fr: 'Produits et exploitation économes en énergie', de: 'Energy-efficient products and operations (de)', es: 'Energy-efficient products and operations (es)' },
    why: { en: 'Energy use is most of an ICT product’s footprint.', fr: 'L’énergie pèse le plus dans l’empreinte.', de: 'Energy use is most of an ICT product’s footprint. (de)', es: 'Energy use is most of an ICT product’s footprint. (es)' },
  },
  {
    id: 'soc-accessibility',
    name: { en: 'Accessibility for persons with disabilities', fr: 'Accessibilité pour les personnes handicapées', de: 'Accessibility for persons with disabilities (de)', es: 'Accessibility for persons with disabilities (es)' },
    why: { en: 'Public services must be usable by everyone.', fr: 'Les services publics doivent servir à tous.', de: 'Public services must be usable by everyone. (de)', es: 'Public services must be usable by everyone. (es)' },
  },
  {
    id: 'env-carbon',
    name: { en: 'Greenhouse-gas reduction and carbon reporting', fr: 'Réduction des gaz à effet de serre', de: 'Greenhouse-gas reduction and carbon reporting (de)', es: 'Greenhouse-gas reduction and carbon reporting (es)' },
    why: { en: 'Carbon reporting makes reductions measurable.', fr: 'Le suivi carbone rend la baisse mesurable.', de: 'Carbon reporting makes reductions measurable. (de)', es: 'Carbon reporting makes reductions measurable. (es)' },
  },
  {
    id: 'econ-life-cycle-cost',
    name: { en: 'Life-cycle costing', fr: 'Coût du cycle de vie', de: 'Life-cycle costing (de)', es: 'Life-cycle costing (es)' },
    why: { en: 'The cheapest price is rarely the cheapest contract.', fr: 'Le prix le plus bas coûte souvent plus.', de: 'The cheapest price is rarely the cheapest contract. (de)', es: 'The cheapest price is rarely the cheapest contract. (es)' },
  },
  {
    id: 'env-sustainable-food',
    name: { en: 'Sustainable food and menus', fr: 'Alimentation durable', de: 'Sustainable food and menus (de)', es: 'Sustainable food and menus (es)' },
    why: { en: 'Food is a large share of catering emissions.', fr: 'L’alimentation pèse lourd dans la restauration.', de: 'Food is a large share of catering emissions. (de)', es: 'Food is a large share of catering emissions. (es)' },
  },
];

const ENERGY_TEXT = `Devices shall be ENERGY STAR 8.0 certified ${XSS}.`;
const ENERGY_AT = 120;

function result(id: string, outcome: Outcome, extra: Partial<CriterionResult> = {}): CriterionResult {
  return { id, outcome, evidence: [], groups: [], ...extra };
}

export function sampleReport(overrides: Partial<Report> = {}): Report {
  const results: CriterionResult[] = [
    // Engine order on purpose not grouped: the popup must group.
    result('env-sustainable-food', 'not-applicable'),
    result('econ-life-cycle-cost', 'present', {
      evidence: [
        {
          text: 'cost',
          start: 0,
          end: 4,
          section: 'field:BT-539@LOT-0001',
          kind: 'field',
          strength: 'strong',
          field: { bt: 'BT-539', value: 'cost', label: 'Award criterion type', lot: 'LOT-0001' },
        },
      ],
    }),
    result('soc-accessibility', 'missing'),
    result('env-energy-efficiency', 'present', {
      evidence: [
        {
          text: ENERGY_TEXT,
          start: ENERGY_AT,
          end: ENERGY_AT + ENERGY_TEXT.length,
          section: 'II.2.5',
          kind: 'text',
          strength: 'strong',
          match: { start: ENERGY_AT + ENERGY_TEXT.indexOf('ENERGY STAR'), end: ENERGY_AT + ENERGY_TEXT.indexOf('ENERGY STAR') + 11 },
        },
      ],
    }),
    result('env-carbon', 'uncertain', { reason: 'Specifications are only in an attachment that was not read.' }),
  ];
  return {
    engineVersion: '0.1.0',
    catalogueVersion: '2025.1',
    notice: {
      format: 'ted-html',
      id: '123456-2025',
      url: 'https://ted.europa.eu/en/notice/-/detail/123456-2025',
      title: 'Supply of laptops and monitors',
      language: 'en',
      cpv: ['30213100'],
    },
    groups: ['ict-devices'],
    results,
    counts: { present: 2, missing: 1, uncertain: 1, 'not-applicable': 1 },
    ...overrides,
  };
}
