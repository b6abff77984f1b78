import type { CriterionInput, ModelClause } from '../schema';

// Evidence is monitoring of sustainability DURING the contract: the supplier reports on stated environmental or
// social indicators (emissions, energy, waste, social value, hours of insertion, labour conditions in the supply
// chain), audits check them, and non-compliance with a sustainability clause has a remedy or a penalty. A pattern
// joins the act (report, monitor, audit, penalty, breach) to a sustainability topic in one sentence. Not evidence:
// generic "monthly management reports", contract-management KPIs with no sustainability topic, a "track record" in
// reducing emissions (past experience), "environmental monitoring" bought as a service (air-quality stations),
// the authority name "direction régionale de l'environnement", a German "Umweltbericht" (the environmental
// report of a land-use plan).
const ACT_EN = '(?:report(?:s|ing|ed)?|monitor(?:s|ing|ed)?|measur(?:ing|ed)|measurement of|track(?:s|ing|ed))\\b';
const TOPIC_EN =
  '(?:carbon|CO[2₂]|greenhouse gas|GHG|emissions|energy (?:consumption|use)|fuel (?:consumption|use)|kWh|waste (?:arisings|tonnages?|volumes?|generated|diverted|recycled|data)|recycling rates?|water (?:consumption|use)|social value|apprentic\\w*|local (?:employment|spend|labour)|(?:sustainability|environmental|social) (?:performance|indicators?|KPIs?|targets?|commitments?|clauses?|requirements?|metrics|outcomes)|labou?r (?:standards|conditions|rights)|working conditions|modern slavery|human rights|PUE\\b|food waste)';
const SUSTAIN_EN =
  '(?:environmental|social (?:value|clauses?|commitments?|obligations?|conditions?|requirements?|standards?)|sustainab\\w*|carbon|ethical|labou?r|modern slavery|human rights|apprentic\\w*)';

export const criterion = {
  id: 'prac-monitoring',
  pillar: 'practice',
  name: {
    en: 'Monitoring and reporting of sustainability during the contract',
    fr: 'Suivi et compte rendu des engagements durables pendant l’exécution',
    de: 'Überwachung und Berichterstattung zur Nachhaltigkeit während der Vertragslaufzeit',
    es: 'Seguimiento e informes de sostenibilidad durante la ejecución del contrato',
  },
  why: {
    en: 'A sustainability requirement that nobody measures during the contract is a promise: stated indicators, regular reports, audits and remedies are what turn it into results.',
    fr: 'Une exigence durable que personne ne mesure pendant l’exécution reste une promesse : des indicateurs, des comptes rendus réguliers, des audits et des pénalités la transforment en résultats.',
    de: 'Eine Nachhaltigkeitsanforderung, die während der Vertragslaufzeit niemand misst, bleibt ein Versprechen: Kennzahlen, regelmäßige Berichte, Audits und Sanktionen machen daraus Ergebnisse.',
    es: 'Un requisito de sostenibilidad que nadie mide durante la ejecución es solo una promesa: indicadores, informes periódicos, auditorías y penalidades lo convierten en resultados.',
  },
  appliesTo: { all: true },
  patterns: {
    en: [
      `${ACT_EN}[^.;]{0,60}\\b${TOPIC_EN}`,
      '(?:carbon|CO[2₂]|emissions|energy (?:consumption|use)|fuel (?:consumption|use)|waste|recycling|water (?:consumption|use)|social value|sustainability|apprenticeship|ESG|CSR) (?:data|reports?|reporting|returns|dashboards?)\\b',
      // not "environmental monitoring" (a service that measures the environment)
      '(?:environmental|social|sustainability|ESG|green|carbon) (?:performance )?(?:reports?|reporting|audits?|KPIs?|key performance indicators?|indicators|metrics)\\b',
      '(?:key performance indicators?|KPIs?)[^.;]{0,60}\\b(?:carbon|emissions|energy|waste|recycl\\w*|social value|apprentic\\w*|sustainab\\w*|environmental|local (?:employment|spend|suppliers))',
      'social value (?:KPIs?|measurement|metrics|tracking|portal|calculator)',
      'National TOMs\\b',
      '(?:audit\\w*|inspect(?:s|ed|ions?)|verif(?:y|ies|ied|ication))[^.;]{0,60}\\b(?:supply chains?|factor(?:y|ies)|production sites|labou?r (?:standards|conditions|rights)|working conditions|ILO\\b|codes? of conduct|modern slavery|(?:sustainability|environmental|social) (?:clauses?|requirements?|commitments?|conditions))',
      '(?:social|ethical|supply chain) audits?',
      'SMETA\\b',
      // remedies and penalties tied to sustainability clauses
      `(?:penalt\\w*|liquidated damages|service credits?|deductions?|terminat\\w*|remed\\w*|sanctions?|corrective action plans?)[^.;]{0,80}\\b${SUSTAIN_EN}`,
      `(?:non ?complian\\w*|breach\\w*|failure\\w* to (?:comply|meet|deliver))[^.;]{0,30}\\b${SUSTAIN_EN}[^.;]{0,30}\\b(?:clauses?|conditions?|requirements?|obligations?|commitments?|standards?|targets?|KPIs?)`,
    ],
    fr: [
      // "environnemental(e)(s)", not "environnement" (the authority "direction régionale de l'environnement")
      '(?:rapports?|reporting|bilans? (?:annuels?|semestriels?|trimestriels?|mensuels?)|tableaux? de bord|suivi|comptes? rendus?)[^.;]{0,60}\\b(?:environnementa\\w*|carbone|CO[2₂]|emissions|gaz a effet de serre|GES\\b|dechets|consommations? (?:d[’\']energie|energetiques?|d[’\']eau|de carburant)|heures d[’\']insertion|insertion professionnelle|clauses? (?:sociales?|environnementales?|d[’\']insertion)|developpement durable|RSE\\b)',
      'suivi (?:de la |des )?(?:clauses? (?:sociales?|d[’\']insertion|environnementales?)|engagements? (?:sociaux|environnementaux))',
      'facilitateurs? (?:de la clause sociale|d[’\']insertion|des clauses sociales)',
      'penalit\\w*[^.;]{0,80}\\b(?:insertion|clauses? (?:sociales?|environnementales?)|environnementa\\w*|developpement durable|engagements? (?:sociaux|environnementaux)|dechets)',
      'non[ -]?respect (?:des |de la |de l[’\']|du )?(?:clauses?|obligations?|engagements?|conditions?)? ?(?:sociales?|environnementales?|sociaux|environnementaux|d[’\']insertion|en matiere (?:sociale|environnementale|d[’\']insertion))',
      'audits? (?:socia(?:l|ux|les?)|environnementa\\w*|RSE|ethiques?)',
      'audits? (?:de|des|sur) (?:la |les )?(?:chaine d[’\']approvisionnement|conditions de travail|sites de production|usines)',
      'indicateurs? (?:environnementaux|sociaux|de developpement durable|RSE|carbone|d[’\']insertion|de performance (?:environnementale|sociale))',
    ],
    de: [
      '(?:Bericht\\w*|Berichterstattung|Reporting|Monitoring|Dokumentation|Erfassung)[^.;]{0,60}(?:CO[2₂]|Treibhausgas\\w*|THG\\b|Emission\\w*|Energieverbr\\w*|Kraftstoffverbr\\w*|Wasserverbr\\w*|Abfallmenge\\w*|Recyclingquote\\w*|Verwertungsquote\\w*|Nachhaltigkeits\\w*|Umwelt(?:leistung|kennzahl|ziel|auflage|anforderung)\\w*|Sozialstandards?|ILO\\b|Kernarbeitsnorm\\w*|Arbeitsbedingungen|Lieferkette\\w*|Menschenrecht\\w*)',
      'Nachhaltigkeitsbericht\\w*',
      '(?:Umwelt|Nachhaltigkeits|Sozial)kennzahl\\w*',
      'Vertragsstrafe\\w*[^.;]{0,80}(?:umwelt\\w*|sozial\\w*|ILO\\b|Kernarbeitsnorm\\w*|nachhaltig\\w*|Tariftreue|Mindestlohn|Lieferkette\\w*|Menschenrecht\\w*)',
      'Verstoß\\w* gegen (?:die |den )?(?:ILO\\b|Kernarbeitsnorm\\w*|umwelt\\w*|soziale\\w*|Sozialstandards?|Nachhaltigkeits\\w*|Tariftreue\\w*|Mindestlohn\\w*|Verhaltenskodex)',
      'Kündigung\\w*[^.;]{0,60}(?:ILO\\b|Kernarbeitsnorm|Sozialstandard|Umweltauflage|Tariftreue|Mindestlohn)\\w*',
      '(?:Sozial|Lieferketten|Nachhaltigkeits)audit\\w*',
      'Audit\\w*[^.;]{0,60}(?:Lieferkette\\w*|Arbeitsbedingungen|Sozialstandards?|ILO\\b|Kernarbeitsnorm\\w*|Produktionsstätte\\w*)',
    ],
    es: [
      '(?:informes?|reportes?|seguimiento|monitori[zs]acion|monitoreo|indicadores?|cuadros? de mando)[^.;]{0,60}\\b(?:emisiones|huella de carbono|CO[2₂]|gases de efecto invernadero|GEI\\b|consumos? (?:energeticos?|de energia|de agua|de combustible)|residuos|reciclaje|medioambiental\\w*|ambiental(?:es)?\\b|sostenibilidad|insercion|clausulas? sociales|condiciones especiales de ejecucion|obligaciones (?:sociales|laborales|ambientales|medioambientales))',
      'penalidad\\w*[^.;]{0,80}\\b(?:condiciones especiales de ejecucion|clausulas? (?:sociales|ambientales|medioambientales)|medioambiental\\w*|ambientales?|(?<!seguridad )sociales?\\b|laborales?|insercion)',
      'incumplimiento (?:de (?:las |los |la )?)?(?:condiciones especiales de ejecucion|obligaciones (?:sociales|laborales|ambientales|medioambientales)|clausulas? (?:sociales|ambientales|medioambientales)|compromisos? (?:sociales|ambientales|medioambientales))',
      'auditorias? (?:sociales?|ambientales?|medioambientales?|eticas?|de (?:la )?cadena de suministro)',
    ],
  },
  fields: [],
  sources: [
    'Directive 2014/24/EU art. 70 (conditions for performance) and art. 71 (subcontracting: compliance with art. 18(2) obligations)',
    'EU GPP criteria sets (2016–2021), contract performance clauses: reporting of energy, emissions, waste and their verification',
    'ISO 20400:2017 Sustainable procurement, 8.5 (managing the contract: monitoring sustainability performance)',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
    'UK Procurement Policy Note 06/20 and the Social Value Model (reporting on social value KPIs)',
    'Ley 9/2017 de Contratos del Sector Público arts. 192 and 202.3 (penalties for breach of special conditions, Spain)',
  ],
} satisfies CriterionInput;

// Stages: monitoring happens during the contract, so the performance stage carries most of it. The selection stage
// fits as capacity (a supplier that already runs supply-chain audits and reports emissions); the award stage fits
// as the quality of the monitoring plan offered. The specification stage does not fit: a technical specification
// describes the product or service, not how compliance is checked after signature.
export const clauses: ModelClause[] = [
  {
    id: 'prac-monitoring.performance.en',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'en',
    title: 'Sustainability reporting during the contract',
    text:
      'Every [quarter], and within [number] days of the end of each contract year, the contractor shall report to the buyer on the sustainability indicators of the contract: [energy used in kWh, greenhouse-gas emissions in t CO2e, waste arising and the share recycled, hours of employment for people far from work, results of supply-chain audits]. ' +
      'The report shall give the method and the data sources, compare each figure with the target in [annex X], and explain any gap with the corrective action taken. ' +
      'The buyer may publish the aggregated figures.',
    source: 'Directive 2014/24/EU art. 70; EU GPP contract performance clauses (data centres 2020, road transport 2019, food and catering 2019); ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.performance.en.2',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'en',
    title: 'Audits, corrective action and penalties for breach of sustainability clauses',
    text:
      'The buyer, or an independent auditor it appoints, may audit the contractor’s compliance with the environmental and social clauses of the contract, including at the production sites of its suppliers, on [number] days’ notice. ' +
      'Where a breach is found, the contractor shall submit a corrective action plan within [number] days and carry it out within the time agreed. ' +
      'A breach not remedied within that time gives rise to a deduction of [amount or percentage] per [period] and, if it persists after [number] months, is a ground for termination.',
    source: 'Directive 2014/24/EU art. 70 and art. 71(1) (subcontractors and the obligations of art. 18(2)); ILO core conventions; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.selection.en',
    criterion: 'prac-monitoring',
    stage: 'selection',
    lang: 'en',
    title: 'Capacity to monitor and report sustainability performance',
    text:
      'Tenderers shall describe the system they use to measure and report the environmental and social performance of contracts comparable to this one, with an example of a report they produced for a customer in the last [number] years covering [emissions, waste, labour conditions in the supply chain]. ' +
      'A tenderer that cannot show such a system is not considered technically capable.',
    source: 'Directive 2014/24/EU art. 58(4) and Annex XII Part II (d) and (g)',
  },
  {
    id: 'prac-monitoring.award.en',
    criterion: 'prac-monitoring',
    stage: 'award',
    lang: 'en',
    title: 'Quality of the sustainability monitoring plan',
    text:
      'Up to [number] points out of [total] are awarded for the sustainability monitoring plan: the indicators proposed for each sustainability commitment of the tender, how they will be measured and verified (including independent verification), how often they will be reported, and the escalation steps if a target is missed. ' +
      'The plan of the winning tender becomes part of the contract.',
    source: 'Directive 2014/24/EU art. 67(2); ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.performance.fr',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'fr',
    title: 'Suivi des engagements environnementaux et sociaux et pénalités',
    text:
      'Le titulaire remet chaque [trimestre] un tableau de bord des indicateurs environnementaux et sociaux du marché : [consommations d’énergie, émissions de gaz à effet de serre, quantités de déchets et part valorisée, heures d’insertion réalisées]. ' +
      'L’acheteur peut faire vérifier ces données par [un organisme indépendant]. ' +
      'En cas de non-respect des clauses sociales ou environnementales, le titulaire présente un plan d’actions correctives sous [nombre] jours ; à défaut, une pénalité de [montant] par [unité] est appliquée.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70 ; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.performance.de',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'de',
    title: 'Berichterstattung, Audits und Vertragsstrafen zu Nachhaltigkeitspflichten',
    text:
      'Der Auftragnehmer berichtet [vierteljährlich] über die Nachhaltigkeitskennzahlen des Auftrags: [Energieverbrauch, Treibhausgasemissionen, Abfallmengen und Recyclingquote, Einhaltung der ILO-Kernarbeitsnormen in der Lieferkette]. ' +
      'Der Auftraggeber kann die Angaben durch eine unabhängige Stelle prüfen lassen, auch bei Zulieferern. ' +
      'Bei einem Verstoß gegen die umweltbezogenen oder sozialen Ausführungsbedingungen wird eine Vertragsstrafe von [Betrag] je Verstoß fällig; wiederholte Verstöße berechtigen zur Kündigung aus wichtigem Grund.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.performance.es',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'es',
    title: 'Seguimiento de las condiciones especiales de ejecución y penalidades',
    text:
      'El contratista presentará cada [trimestre] un informe de seguimiento de las condiciones especiales de ejecución, con los indicadores [consumo de energía, emisiones de gases de efecto invernadero, residuos generados y reciclados, personas contratadas en situación de exclusión]. ' +
      'El responsable del contrato podrá verificar los datos directamente o mediante una entidad independiente. ' +
      'El incumplimiento de las condiciones especiales de ejecución dará lugar a penalidades de [porcentaje] % del precio del contrato por cada incumplimiento, conforme al artículo 192 de la LCSP.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 192 y 202; Directiva 2014/24/UE art. 70',
  },
  {
    id: 'prac-monitoring.selection.fr',
    criterion: 'prac-monitoring',
    stage: 'selection',
    lang: 'fr',
    title: 'Capacité à suivre et rendre compte de la performance durable',
    text:
      'Le candidat décrit le dispositif qu’il utilise pour mesurer et rendre compte de la performance environnementale et sociale de marchés comparables au présent marché, et joint un exemple de rapport établi pour un client au cours des [nombre] dernières années portant sur [les émissions, les déchets, les conditions de travail dans la chaîne d’approvisionnement]. ' +
      'Le candidat qui ne justifie pas d’un tel dispositif est regardé comme ne disposant pas des capacités techniques requises.',
    source: 'Directive 2014/24/UE art. 58 § 4 et annexe XII partie II d) et g) ; arrêté du 22 mars 2019 (capacités techniques et professionnelles)',
  },
  {
    id: 'prac-monitoring.award.fr',
    criterion: 'prac-monitoring',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : qualité du plan de suivi des engagements durables',
    text:
      'Jusqu’à [nombre] points sur [total] sont attribués au plan de suivi des engagements de développement durable, apprécié selon : les indicateurs proposés pour chaque engagement environnemental ou social de l’offre, leurs modalités de mesure et de vérification (y compris par un tiers indépendant), la fréquence des comptes rendus et les mesures graduées prévues lorsqu’un objectif n’est pas atteint. ' +
      'Le plan de l’attributaire devient une pièce contractuelle du marché.',
    source: 'Directive 2014/24/UE art. 67 § 2 ; Code de la commande publique art. R2152-7 ; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.selection.de',
    criterion: 'prac-monitoring',
    stage: 'selection',
    lang: 'de',
    title: 'Fähigkeit zur Messung und Berichterstattung über Nachhaltigkeitsleistungen',
    text:
      'Der Bieter beschreibt das System, mit dem er die umweltbezogene und soziale Leistung vergleichbarer Aufträge misst und darüber berichtet, und legt als Beispiel einen Bericht vor, den er in den letzten [Zahl] Jahren für einen Kunden erstellt hat und der [Emissionen, Abfälle, Arbeitsbedingungen in der Lieferkette] abdeckt. ' +
      'Ein Bieter, der kein solches System nachweist, gilt als technisch nicht leistungsfähig.',
    source: 'Richtlinie 2014/24/EU Art. 58 Abs. 4 und Anhang XII Teil II Buchst. d und g; § 122 GWB; § 46 VgV',
  },
  {
    id: 'prac-monitoring.award.de',
    criterion: 'prac-monitoring',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Qualität des Nachhaltigkeits-Monitorings',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden für das Monitoringkonzept zu den Nachhaltigkeitszusagen vergeben. Bewertet werden: die für jede umweltbezogene oder soziale Zusage des Angebots vorgeschlagenen Kennzahlen, wie sie gemessen und überprüft werden (einschließlich unabhängiger Prüfung), wie oft berichtet wird und welche Eskalationsstufen bei Zielverfehlung greifen. ' +
      'Das Konzept des Bieters, der den Zuschlag erhält, wird Vertragsbestandteil.',
    source: 'Richtlinie 2014/24/EU Art. 67 Abs. 2; § 127 GWB; § 58 Abs. 2 VgV; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.selection.es',
    criterion: 'prac-monitoring',
    stage: 'selection',
    lang: 'es',
    title: 'Capacidad de seguimiento e información del desempeño sostenible',
    text:
      'Los licitadores describirán el sistema que emplean para medir e informar del comportamiento ambiental y social de contratos similares a este, y aportarán un ejemplo de informe elaborado para un cliente en los últimos [número] años que abarque [emisiones, residuos, condiciones laborales en la cadena de suministro]. ' +
      'No se considerará que tiene solvencia técnica suficiente el licitador que no acredite dicho sistema.',
    source: 'Directiva 2014/24/UE art. 58.4 y anexo XII parte II, letras d) y g); Ley 9/2017 (LCSP) arts. 89 y 90',
  },
  {
    id: 'prac-monitoring.award.es',
    criterion: 'prac-monitoring',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: calidad del plan de seguimiento de la sostenibilidad',
    text:
      'Como criterio sujeto a juicio de valor, se otorgarán hasta [número] puntos, sobre un total de [total], al plan de seguimiento de los compromisos de sostenibilidad, valorando: los indicadores propuestos para cada compromiso ambiental o social de la oferta, cómo se medirán y verificarán (incluida la verificación independiente), la periodicidad de los informes y las medidas escalonadas previstas si no se alcanza un objetivo. ' +
      'El plan del adjudicatario formará parte del contrato.',
    source: 'Directiva 2014/24/UE art. 67.2; Ley 9/2017 (LCSP) arts. 145 y 146; ISO 20400:2017, 8.5',
  },
  // The French, German and Spanish performance clauses above combine reporting with a short penalty; these
  // carry the English second clause in full: audits down the supply chain, a corrective plan, then sanctions.
  {
    id: 'prac-monitoring.performance.fr.2',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'fr',
    title: 'Audits, plan d’actions correctives et sanctions',
    text:
      'L’acheteur, ou un auditeur indépendant qu’il désigne, peut contrôler le respect des clauses environnementales et sociales du marché, y compris sur les sites de production des fournisseurs et sous-traitants du titulaire, moyennant un préavis de [nombre] jours. ' +
      'Lorsqu’un manquement est constaté, le titulaire remet un plan d’actions correctives dans un délai de [nombre] jours et le met en œuvre dans le délai convenu. ' +
      'Un manquement non corrigé dans ce délai donne lieu à une pénalité de [montant ou pourcentage] par [période] ; s’il persiste au-delà de [nombre] mois, l’acheteur peut résilier le marché pour faute du titulaire dans les conditions prévues au CCAP.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70 et art. 71 ; conventions fondamentales de l’OIT ; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.performance.de.2',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'de',
    title: 'Prüfrechte, Abhilfeplan und Sanktionen',
    text:
      'Der öffentliche Auftraggeber oder eine von ihm beauftragte unabhängige Stelle ist berechtigt, die Einhaltung der umweltbezogenen und sozialen Ausführungsbedingungen nach einer Ankündigungsfrist von [Anzahl] Tagen zu prüfen, auch an den Produktionsstätten der Zulieferer und Nachunternehmer des Auftragnehmers. ' +
      'Wird ein Verstoß festgestellt, legt der Auftragnehmer innerhalb von [Anzahl] Tagen einen Abhilfeplan vor und setzt ihn in der vereinbarten Frist um. ' +
      'Wird der Verstoß nicht fristgerecht abgestellt, wird eine Vertragsstrafe von [Betrag oder Prozentsatz] je [Zeitraum] fällig; dauert er länger als [Anzahl] Monate an, ist der Auftraggeber zur Kündigung aus wichtigem Grund berechtigt.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70 und Art. 71; ILO-Kernarbeitsnormen; ISO 20400:2017, 8.5',
  },
  {
    id: 'prac-monitoring.performance.es.2',
    criterion: 'prac-monitoring',
    stage: 'performance',
    lang: 'es',
    title: 'Auditorías, plan de medidas correctoras y resolución',
    text:
      'El órgano de contratación, o una entidad auditora independiente que designe, podrá comprobar el cumplimiento de las condiciones especiales de ejecución de carácter medioambiental y social, también en los centros de producción de los proveedores y subcontratistas del contratista, con un preaviso de [número] días. ' +
      'Si se detecta un incumplimiento, el contratista presentará un plan de medidas correctoras en el plazo de [número] días y lo ejecutará en el plazo acordado. ' +
      'El incumplimiento no corregido en ese plazo dará lugar a una penalidad de [importe o porcentaje] por [periodo] conforme al artículo 192 de la LCSP; si persiste más de [número] meses, se considerará incumplimiento de una obligación contractual esencial y causa de resolución (arts. 202.3 y 211.1.f LCSP).',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 192, 202 y 211; Directiva 2014/24/UE arts. 70 y 71; ISO 20400:2017, 8.5',
  },
];
