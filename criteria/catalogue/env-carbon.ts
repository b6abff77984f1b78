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
    groups: ['buildings', 'roads'],
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
  {
    id: 'env-carbon.selection.fr',
    criterion: 'env-carbon',
    stage: 'selection',
    lang: 'fr',
    title: 'Plan de réduction des émissions du candidat',
    text:
      'Le candidat produit un plan de réduction de ses émissions de gaz à effet de serre, publié sur son site internet et approuvé par son organe de direction, qui : a) engage l’entreprise à atteindre la neutralité carbone (zéro émission nette) au plus tard en [année] ; b) présente ses émissions actuelles des scopes 1 et 2 et des catégories du scope 3 [déplacements professionnels, trajets domicile-travail, déchets, transport amont et aval], en tonnes équivalent CO2, calculées selon le GHG Protocol, la norme ISO 14064-1, la méthode réglementaire du bilan d’émissions de gaz à effet de serre (BEGES) ou une méthode équivalente ; c) énumère les actions de réduction prévues. ' +
      'Une candidature dont le plan ne satisfait pas aux points a) à c) est éliminée.',
    source: 'UK Procurement Policy Note 06/21 (Carbon Reduction Plans) ; directive 2014/24/UE art. 58(4) ; Code de l’environnement art. L229-25 (BEGES) ; Code de la commande publique art. L2142-1',
  },
  {
    id: 'env-carbon.selection.de',
    criterion: 'env-carbon',
    stage: 'selection',
    lang: 'de',
    title: 'Klimaschutzplan des Bieters',
    text:
      'Die Bieter legen einen auf ihrer Website veröffentlichten und von der Geschäftsleitung beschlossenen Plan zur Minderung ihrer Treibhausgasemissionen vor, der a) das Unternehmen verpflichtet, spätestens [Jahr] Netto-Treibhausgasneutralität zu erreichen; b) die aktuellen Scope-1- und Scope-2-Emissionen sowie die Scope-3-Kategorien [Geschäftsreisen, Arbeitswege der Beschäftigten, Abfall, vor- und nachgelagerter Transport] in Tonnen CO2-Äquivalent ausweist, berechnet nach dem GHG Protocol Corporate Standard, ISO 14064-1 oder einer gleichwertigen Methode; und c) die geplanten Minderungsmaßnahmen aufführt. ' +
      'Erfüllt der Plan die Buchstaben a bis c nicht, ist der Bieter nicht geeignet und wird ausgeschlossen.',
    source: 'UK Procurement Policy Note 06/21; Richtlinie 2014/24/EU Art. 58 Abs. 4; GWB § 122; VgV § 46',
  },
  {
    id: 'env-carbon.selection.es',
    criterion: 'env-carbon',
    stage: 'selection',
    lang: 'es',
    title: 'Plan de reducción de emisiones del licitador',
    text:
      'Los licitadores presentarán un plan de reducción de emisiones de gases de efecto invernadero, publicado en su sitio web y aprobado por su órgano de administración, que: a) comprometa a la organización a alcanzar las cero emisiones netas a más tardar en [año]; b) indique sus emisiones actuales de alcance 1 y 2 y las categorías de alcance 3 [viajes de trabajo, desplazamientos del personal al centro de trabajo, residuos, transporte aguas arriba y aguas abajo], en toneladas de CO2 equivalente, calculadas conforme al GHG Protocol, a la norma ISO 14064-1 o a un método equivalente; y c) enumere las medidas que adoptará para reducirlas. ' +
      'La huella de carbono podrá acreditarse, entre otros medios, con la inscripción en el Registro de huella de carbono, compensación y proyectos de absorción. El plan que no cumpla los apartados a) a c) determinará la exclusión del licitador.',
    source: 'UK Procurement Policy Note 06/21; Directiva 2014/24/UE art. 58.4; Ley 9/2017 de Contratos del Sector Público art. 90; Real Decreto 163/2014 (Registro de huella de carbono)',
  },
  {
    id: 'env-carbon.specification.fr',
    criterion: 'env-carbon',
    stage: 'specification',
    lang: 'fr',
    groups: ['buildings', 'roads'],
    title: 'Carbone du cycle de vie du projet calculé et plafonné',
    text:
      'L’équipe de maîtrise d’œuvre calcule les émissions de gaz à effet de serre sur le cycle de vie [du bâtiment / de l’ouvrage] (modules A1 à A5, B1 à B7 et C1 à C4 de la norme NF EN 15978, en kg CO2e par m² de surface de plancher, sur une période d’étude de référence de [50] ans) aux stades de l’avant-projet sommaire, du projet et de la réception, en s’appuyant sur des déclarations environnementales de produits conformes à la norme NF EN 15804 (FDES et PEP de la base INIES) lorsqu’elles existent. ' +
      'Le carbone initial (modules A1 à A5) ne dépasse pas [nombre] kg CO2e/m². Chaque calcul est remis au maître d’ouvrage avec ses hypothèses et ses sources de données, sans préjudice des exigences de la RE2020.',
    source: 'Critères GPP de l’UE pour la conception, la construction et la gestion des immeubles de bureaux (2016) ; NF EN 15978 ; Level(s) indicateur 1.2 ; réglementation environnementale RE2020',
  },
  {
    id: 'env-carbon.specification.de',
    criterion: 'env-carbon',
    stage: 'specification',
    lang: 'de',
    groups: ['buildings', 'roads'],
    title: 'Lebenszyklus-Treibhausgasbilanz des Entwurfs mit Obergrenze',
    text:
      'Das Planungsteam berechnet die Treibhausgasemissionen [des Gebäudes / des Bauwerks] über den gesamten Lebenszyklus (Module A1–A5, B1–B7 und C1–C4 nach DIN EN 15978, in kg CO2-Äquivalent je m² Nettoraumfläche, Betrachtungszeitraum [50] Jahre) zum Abschluss der Vorplanung, der Ausführungsplanung und bei Fertigstellung, soweit vorhanden auf Grundlage von Umweltproduktdeklarationen nach DIN EN 15804, sonst mit Datensätzen der ÖKOBAUDAT. ' +
      'Die Emissionen der Herstellungs- und Errichtungsphase (Module A1–A5) betragen höchstens [Zahl] kg CO2-Äq./m². Jede Berechnung wird dem Auftraggeber mit ihren Annahmen und Datenquellen übergeben.',
    source: 'EU-GPP-Kriterien für Planung, Bau und Bewirtschaftung von Bürogebäuden (2016); DIN EN 15978; Level(s) Indikator 1.2; ÖKOBAUDAT',
  },
  {
    id: 'env-carbon.specification.es.2',
    criterion: 'env-carbon',
    stage: 'specification',
    lang: 'es',
    groups: ['buildings', 'roads'],
    title: 'Carbono del ciclo de vida del proyecto, calculado y limitado',
    text:
      'El equipo redactor calculará el carbono del ciclo de vida completo [del edificio / de la estructura] (módulos A1–A5, B1–B7 y C1–C4 de la norma UNE-EN 15978, en kg de CO2 equivalente por m² de superficie construida, para un periodo de estudio de referencia de [50] años) en las fases de anteproyecto, proyecto de ejecución y final de obra, utilizando declaraciones ambientales de producto conformes a la norma UNE-EN 15804 cuando existan. ' +
      'El carbono inicial (módulos A1–A5) no superará [número] kg CO2e/m². Cada cálculo se entregará al órgano de contratación con sus hipótesis y fuentes de datos.',
    source: 'Criterios CPE de la UE para el diseño, la construcción y la gestión de edificios de oficinas (2016); UNE-EN 15978; Level(s) indicador 1.2; Ley 9/2017 de Contratos del Sector Público art. 126',
  },
  {
    id: 'env-carbon.award.fr',
    criterion: 'env-carbon',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : émissions liées à l’exécution',
    text:
      'Critère d’attribution « émissions de gaz à effet de serre » : [nombre] points sur [total]. ' +
      'Le soumissionnaire estime les émissions liées [au transport / à la consommation d’énergie / aux matériaux] de la prestation sur la durée du marché, en tonnes équivalent CO2, selon la norme ISO 14064-1 ou le GHG Protocol, et décrit les mesures prises pour les limiter. ' +
      'L’estimation crédible la plus basse obtient la note maximale, les autres offres sont notées au prorata. L’estimation devient un objectif contractuel (voir la clause d’exécution).',
    source: 'Directive 2014/24/UE art. 67 et 68 (coûts imputés aux émissions de gaz à effet de serre) ; Code de la commande publique art. R2152-7 ; ISO 14064-1',
  },
  {
    id: 'env-carbon.award.es',
    criterion: 'env-carbon',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: emisiones de la ejecución del contrato',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] en función de las emisiones de gases de efecto invernadero de la ejecución del contrato. ' +
      'Los licitadores estimarán las emisiones [del transporte / del consumo energético / de los materiales] de la prestación durante la vigencia del contrato, en toneladas de CO2 equivalente, conforme a la norma ISO 14064-1 o al GHG Protocol, y describirán las medidas para reducirlas. ' +
      'La estimación creíble más baja obtendrá la puntuación máxima y las demás, la proporcional. La estimación se convertirá en un objetivo contractual (véase la condición especial de ejecución).',
    source: 'Directiva 2014/24/UE arts. 67 y 68; Ley 9/2017 de Contratos del Sector Público art. 145.2; ISO 14064-1',
  },
  {
    id: 'env-carbon.performance.de',
    criterion: 'env-carbon',
    stage: 'performance',
    lang: 'de',
    title: 'Jährlicher Treibhausgasbericht und Korrekturplan',
    text:
      'In jedem Vertragsjahr berichtet der Auftragnehmer dem Auftraggeber die durch die Ausführung des Auftrags verursachten Treibhausgasemissionen in Tonnen CO2-Äquivalent, berechnet nach derselben Methode wie im Angebot, mit den zugrunde liegenden Daten. ' +
      'Überschreiten die Emissionen den im Angebot genannten Zielwert um mehr als [Zahl] %, legt der Auftragnehmer innerhalb von [Zahl] Tagen einen Korrekturplan vor und setzt ihn auf eigene Kosten um; eine wiederholte Überschreitung berechtigt zu [einer Vertragsstrafe von (Betrag) / einer Kündigung aus wichtigem Grund].',
    source: 'Richtlinie 2014/24/EU Art. 70; GWB § 128 Abs. 2; ISO 14064-1',
  },
  {
    id: 'env-carbon.performance.es',
    criterion: 'env-carbon',
    stage: 'performance',
    lang: 'es',
    title: 'Informe anual de emisiones y plan de medidas correctoras',
    text:
      'Cada año de vigencia del contrato, el contratista informará al órgano de contratación de las emisiones de gases de efecto invernadero causadas por la ejecución del contrato, en toneladas de CO2 equivalente, calculadas con el mismo método que en su oferta y con los datos que las sustentan. ' +
      'Si las emisiones superan en más de un [número] % el objetivo indicado en la oferta, el contratista propondrá en un plazo de [número] días un plan de medidas correctoras y lo ejecutará a su cargo; el incumplimiento reiterado dará lugar a [una penalidad de (importe) / la resolución del contrato].',
    source: 'Directiva 2014/24/UE art. 70; Ley 9/2017 de Contratos del Sector Público arts. 192 y 202; ISO 14064-1',
  },
];
