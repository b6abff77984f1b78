import type { CriterionInput, ModelClause } from '../schema';

// This criterion applies to every notice, so its patterns must be precise: never bare "carbon", "CO2", "carbone",
// "Kohlenstoff" or "carbono" ("carbon monoxide alarms", "pCO2" blood-gas cartridges, "CO2 fire extinguishers",
// "carbon credit pricing", "acier au carbone"). A pattern names a footprint, a calculation standard, a reduction plan,
// a net-zero or neutrality commitment, or embodied (whole-life) carbon. Vehicle limits in g CO2/km belong to
// env-clean-vehicles and are left out here.
export const criterion = {
  id: 'env-carbon',
  pillar: 'environment',
  name: {
    en: 'Greenhouse-gas reduction and carbon reporting',
    fr: 'Réduction des gaz à effet de serre et bilan carbone',
    de: 'Treibhausgasminderung und CO2-Bilanzierung',
    es: 'Reducción de gases de efecto invernadero y huella de carbono',
  },
  why: {
    en: 'What a city buys is a large part of its carbon footprint; asking suppliers to measure, report and cut the emissions of the contract makes that share visible and lets it shrink.',
    fr: 'Les achats pèsent lourd dans l’empreinte carbone d’une collectivité ; demander aux titulaires de mesurer, déclarer et réduire les émissions du marché rend cette part visible et permet de la réduire.',
    de: 'Die Beschaffung macht einen großen Teil der Treibhausgasbilanz einer Kommune aus; wer von Auftragnehmern verlangt, die Emissionen des Auftrags zu bilanzieren und zu senken, macht diesen Anteil sichtbar und steuerbar.',
    es: 'Las compras son una parte importante de la huella de carbono de una administración; exigir a los contratistas que midan, comuniquen y reduzcan las emisiones del contrato hace visible esa parte y permite reducirla.',
  },
  appliesTo: { all: true },
  patterns: {
    en: [
      'carbon footprint\\w*',
      // "reducing their carbon impact" (Public Contracts Scotland award question)
      'carbon impacts?\\b',
      'carbon emissions? (?:reduction|calculation|assessment|report\\w*|accounting|monitoring|plans?|targets?|data|disclosure)',
      'carbon (?:reduction|management) plans?',
      // UK Procurement Policy Note 06/21 and the Welsh WPPN 06/21 (Carbon Reduction Plans)
      'W?PPN 0?6/21\\b',
      // "net zero carbon", "net-zero emissions by 2040"; not the "North West Net Zero Hub" or "Net Zero North West"
      'net zero (?:carbon|emissions?|greenhouse|GHG|commitments?|targets?|plans?|strateg\\w*|pathways?|transition|by \\d{4})',
      '(?:carbon|climate) neutral\\w*',
      // CO2e, CO2-eq, CO2 equivalent; not "g CO2e/km" (a vehicle limit)
      'CO[2₂] ?(?:e|eq|equivalents?)\\b(?! ?(?:/|per) ?(?:km|kilomet))',
      '(?:k?t|kg|Mt) ?CO[2₂] ?(?:e|eq)\\b',
      'carbon dioxide equivalents?',
      'greenhouse gas(?:es)? (?:\\(GHG\\) )?(?:emissions?|inventor\\w*|report\\w*|accounting|footprint|protocol|reductions?|balance|calculation)',
      'GHG (?:emissions?|inventor\\w*|report\\w*|accounting|footprint|protocol|reductions?|balance|calculation)',
      'ISO 14064',
      'ISO 14067',
      'PAS 20(?:50|60|80)\\b',
      'science based targets?',
      'SBTi\\b',
      'scope (?:1|2|3)\\b[^.;]{0,30}\\bemission',
      'embodied carbon',
      '(?:whole|upfront) (?:life )?(?:cycle )?carbon',
      'carbon (?:assessment|calculat\\w*|accounting|budget\\w*|disclosure)',
      'life cycle assessments?',
      'EN 15978',
      'EN 15804',
      '(?:reduc|cut|lower|minimi[sz])\\w* (?:of |in )?(?:the |its |their |our )?(?:carbon|CO[2₂]|greenhouse gas|GHG) (?:emissions|impact|footprint)',
      '(?:calculat|report|measur|monitor|disclos)\\w* (?:on )?(?:the |its |their |of )?(?:carbon|CO[2₂]|greenhouse gas|GHG) emissions',
    ],
    fr: [
      'bilans? carbone',
      // "bilan des émissions de gaz à effet de serre (BEGES)", "bilan GES"
      'bilans? (?:des )?(?:emissions de )?(?:gaz a effet de serre|GES)\\b',
      'BEGES\\b',
      'empreinte (?:carbone|climat)',
      'emissions? de (?:gaz a effet de serre|GES)\\b',
      'CO[2₂] ?(?:e|eq|equivalents?)\\b(?! ?(?:/|par) ?(?:km|kilomet))',
      '(?:k?g|k?t|tonnes?) ?(?:d[’\'] ?)?(?:eq|equivalents?)\\.? ?CO[2₂]',
      'equivalents? CO[2₂]',
      'neutralite (?:carbone|climatique)',
      'neutres? en carbone',
      'zero emissions? nettes?',
      'carbone (?:incorpore|gris)',
      // RE 2020 carbon indicators
      'Ic ?(?:construction|energie)\\b',
      'label bas carbone',
      'BBCA\\b',
      'E\\+ ?C-',
      'plans? (?:de )?(?:reduction des emissions|decarbonation|transition (?:bas )?carbone)',
      'trajectoire (?:bas carbone|de decarbonation)',
      'analyses? (?:du |de )?cycle de vie',
      '(?:reduction|reduire|calcul\\w*|mesur\\w*|suivi|declar\\w*) (?:de |des |les |ses |leurs )?(?:l[’\'])?emissions de CO[2₂]',
      'ISO 14064',
      'ISO 14067',
      'GHG Protocol',
      'EN 15978',
      'EN 15804',
    ],
    de: [
      // CO2-Bilanz, CO2-Bilanzierung, CO2-Fußabdruck, CO2-Äquivalente, CO2-neutral, CO2-Minderung, CO2-Schattenpreis
      'CO[2₂] ?Bilanz\\w*',
      'CO[2₂] ?(?:fuß|fuss)abdr\\w*',
      'CO[2₂] ?(?:aquivalent\\w*|aq\\b)',
      'CO[2₂] ?(?:neutral|minderung|reduktion|einspar|vermeidung|schattenpreis)\\w*',
      // Treibhausgasbilanz, Treibhausgasemissionen, treibhausgasneutral; THG-Bilanz, THG-Emissionen
      'treibhausgas\\w*',
      'THG ?(?:Bilanz|Emission|Inventar|Minderung|Reduktion|neutral|Bericht)\\w*',
      'klimaneutral\\w*',
      'klimabilanz\\w*',
      'Netto ?Null ?(?:Emission|Ziel)\\w*',
      'grauen? (?:Emissionen|Treibhausgas\\w*)',
      'okobilanz\\w*',
      'Lebenszyklus ?analyse\\w*',
      'AVV Klima\\b',
      'Scope ?(?:1|2|3)\\b[^.;]{0,30}\\bEmission',
      'CO[2₂] ?(?:e|eq)\\b(?! ?(?:/|pro|je) ?(?:km|kilomet))',
      'ISO 14064',
      'ISO 14067',
      'GHG Protocol',
      'EN 15978',
      'EN 15804',
    ],
    es: [
      'huellas? (?:de )?carbono',
      'huella climatica',
      'emisiones de (?:gases de efecto invernadero|GEI)\\b',
      'inventario de (?:emisiones|GEI\\b|gases de efecto invernadero)',
      'CO[2₂] ?(?:e|eq|equivalentes?)\\b(?! ?(?:/|por) ?(?:km|kilomet))',
      'equivalentes? (?:de |en )?CO[2₂]',
      'neutralidad (?:climatica|de carbono|en carbono)',
      'neutr(?:o|a|os|as) en carbono',
      'cero emisiones netas',
      'emisiones netas (?:cero|nulas)',
      'plan(?:es)? de (?:reduccion de (?:emisiones|la huella)|descarbonizacion)',
      'carbono (?:incorporado|embebido)',
      'analisis (?:de(?:l)? )?ciclo de vida',
      '(?:reduccion|reducir|calculo|calcular|medicion|medir)\\w* (?:de )?(?:las |sus )?emisiones de (?:CO[2₂]|carbono)',
      'ISO 14064',
      'ISO 14067',
      'GHG Protocol',
      'EN 15978',
      'EN 15804',
    ],
  },
  fields: [
    // Climate change mitigation (and adaptation, as criteria.md lists it) point towards carbon without saying the
    // notice requires a footprint, a plan or a reduction: weak.
    { bt: 'BT-774', values: ['clim-mitig'], effect: 'weak', label: 'Climate change mitigation declared (BT-774)' },
    { bt: 'BT-774', values: ['clim-adapt'], effect: 'weak', label: 'Climate change adaptation declared (BT-774)' },
    // OCDS: the goal code that names exactly this criterion, and the broader one.
    { bt: 'OCDS-goal', values: ['environmental.carbonEmissionsReduction'], effect: 'present', label: 'Carbon emissions reduction declared as a sustainability goal (OCDS)' },
    { bt: 'OCDS-goal', values: ['environmental.climateChangeMitigation'], effect: 'weak', label: 'Climate change mitigation declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'ISO 14064-1 (greenhouse gas inventories of organisations)',
    'GHG Protocol Corporate Accounting and Reporting Standard',
    'ISO 14067 (carbon footprint of products)',
    'EN 15978 (assessment of the environmental performance of buildings, whole life)',
    'Level(s) indicator 1.2 (life cycle global warming potential)',
    'EU GPP criteria for office building design, construction and management (2016)',
    'EU GPP criteria for road design, construction and maintenance (2016)',
    'EU GPP criteria for data centres, server rooms and cloud services (2020), GHG reporting',
    'Directive 2014/24/EU art. 68 (external costs of greenhouse gas emissions in life-cycle costing)',
    'UK Procurement Policy Note 06/21 (Carbon Reduction Plans)',
    'Code de l’environnement art. L229-25 (bilan des émissions de gaz à effet de serre)',
    'AVV Klima (Allgemeine Verwaltungsvorschrift zur Beschaffung klimafreundlicher Leistungen, 2022)',
    'Real Decreto 163/2014 (Registro de huella de carbono)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-carbon.selection.en',
    criterion: 'env-carbon',
    stage: 'selection',
    lang: 'en',
    title: 'Carbon reduction plan of the tenderer',
    text:
      'Tenderers shall submit a carbon reduction plan, published on their website and approved by their board, that: (a) commits the organisation to net zero greenhouse gas emissions by [year] at the latest; ' +
      '(b) reports its current Scope 1 and Scope 2 emissions and the Scope 3 categories [business travel, employee commuting, waste, upstream and downstream transport], in tonnes of CO2e, calculated according to the GHG Protocol Corporate Standard, ISO 14064-1 or an equivalent method; ' +
      'and (c) lists the measures it will take to reduce them. A plan that does not meet (a) to (c) leads to the exclusion of the tenderer.',
    source: 'UK Procurement Policy Note 06/21 (Carbon Reduction Plans); Directive 2014/24/EU art. 58(4) (technical and professional ability)',
  },
  {
    id: 'env-carbon.specification.en',
    criterion: 'env-carbon',
    stage: 'specification',
    lang: 'en',
    title: 'Whole-life carbon of the design calculated and capped',
    text:
      'The design team shall calculate the whole-life carbon of the [building / structure] (modules A1–A5, B1–B7 and C1–C4 of EN 15978, in kg CO2e per m² of gross internal area over a reference study period of [50] years) at concept design, technical design and completion, using environmental product declarations to EN 15804 where available. ' +
      'Upfront carbon (modules A1–A5) shall not exceed [number] kg CO2e/m². Each calculation shall be submitted to the buyer with its assumptions and data sources.',
    source: 'EU GPP criteria for office building design, construction and management (2016); EN 15978; Level(s) indicator 1.2',
  },
  {
    id: 'env-carbon.award.en',
    criterion: 'env-carbon',
    stage: 'award',
    lang: 'en',
    title: 'Points for the carbon of delivering the contract',
    text:
      'Up to [number] points out of [total] are awarded for the greenhouse gas emissions of delivering the contract. Tenderers shall estimate the emissions of the [transport / energy use / materials] of the service over the contract term, in tonnes of CO2e, following ISO 14064-1 or the GHG Protocol, and describe the measures that keep them low. ' +
      'The lowest credible estimate receives full points; other tenders score in proportion. The estimate becomes a contractual target (see the performance clause).',
    source: 'Directive 2014/24/EU art. 67 (award criteria) and art. 68 (external costs of greenhouse gas emissions); ISO 14064-1',
  },
  {
    id: 'env-carbon.performance.en',
    criterion: 'env-carbon',
    stage: 'performance',
    lang: 'en',
    title: 'Annual carbon report and corrective plan',
    text:
      'Every year of the contract, the contractor shall report to the buyer the greenhouse gas emissions caused by the performance of the contract, in tonnes of CO2e, calculated with the same method as in its tender, with the data behind them. ' +
      'Where the emissions exceed the target stated in the tender by more than [number] %, the contractor shall propose within [number] days a corrective plan and carry it out at its own cost; a repeated failure is a ground for [a penalty of (amount) / termination].',
    source: 'Directive 2014/24/EU art. 70 (conditions for performance of contracts); ISO 14064-1',
  },
  {
    id: 'env-carbon.performance.fr',
    criterion: 'env-carbon',
    stage: 'performance',
    lang: 'fr',
    title: 'Bilan annuel des émissions du marché',
    text:
      'Chaque année, le titulaire remet à l’acheteur le bilan des émissions de gaz à effet de serre liées à l’exécution du marché, exprimé en tonnes équivalent CO2 et calculé selon la méthode annoncée dans son offre (méthode Bilan Carbone, ISO 14064-1 ou équivalent), avec les données utilisées. ' +
      'Si les émissions dépassent de plus de [nombre] % l’objectif de l’offre, le titulaire propose sous [nombre] jours un plan d’actions correctives qu’il met en œuvre à ses frais.',
    source: 'Directive 2014/24/UE art. 70 (conditions d’exécution) ; Code de la commande publique art. L2112-2 ; ISO 14064-1',
  },
  {
    id: 'env-carbon.award.de',
    criterion: 'env-carbon',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Treibhausgasemissionen der Leistung',
    text:
      'Zuschlagskriterium „Treibhausgasemissionen“ ([Zahl] % der Wertung): Die Bieter geben die voraussichtlichen Treibhausgasemissionen der Leistung über die Vertragslaufzeit in Tonnen CO2-Äquivalent an, berechnet nach GHG Protocol, ISO 14064-1 oder einer gleichwertigen Methode, und beschreiben die Maßnahmen zu ihrer Minderung. ' +
      'Die niedrigste plausible Angabe erhält die volle Punktzahl, die übrigen Angebote anteilig. Der angegebene Wert wird vertraglicher Zielwert.',
    source: 'Richtlinie 2014/24/EU Art. 67; § 13 Klimaschutzgesetz (KSG); AVV Klima (2022)',
  },
  {
    id: 'env-carbon.specification.es',
    criterion: 'env-carbon',
    stage: 'specification',
    lang: 'es',
    title: 'Cálculo de la huella de carbono del servicio',
    text:
      'El contratista calculará la huella de carbono de la prestación (alcances 1 y 2 y, en lo que se refiera al contrato, alcance 3), expresada en toneladas de CO2 equivalente, conforme a la norma ISO 14064-1, al GHG Protocol o a un método equivalente, y la entregará al órgano de contratación antes de [fecha]. ' +
      'Podrá acreditarse mediante la inscripción en el Registro de huella de carbono, compensación y proyectos de absorción o por cualquier otro medio de prueba adecuado.',
    source: 'Real Decreto 163/2014 (Registro de huella de carbono); Directiva 2014/24/UE art. 42; ISO 14064-1',
  },
];
