import type { CriterionInput, ModelClause } from '../schema';

// A sustainability topic only counts next to a weight, points or the words "award criterion": "environmental"
// alone is found in specifications, selection criteria and the description of what is bought, and the stock
// sentence "Price is not the only award criterion and all criteria are stated only in the procurement
// documents" names no topic at all. The topics are shared by the patterns of each language below.

// English: "environmental", "sustainability" (not "financial sustainability" of a bidder), "social value" (UK
// PPN 06/20), social criteria, community benefits (Scotland, Wales), fair work; "environment" alone is left out
// ("an environment in which", "operating environment", "Natural Environment Research Council").
const TOPIC_EN =
  '(?:environmental(?! health| services| cleaning| hygiene)\\w*|(?<!financial |economic |commercial |long term )sustainab\\w*|social value|social (?:and environmental )?(?:criteri\\w*|aspects?|considerations?|impacts?|benefits?|responsibility)|community benefits?|fair work\\w*|carbon (?:reduction|management|impact)|net zero|circular economy)';
// French: "environnement" but not the IT or work "environnement technique / de travail"
const TOPIC_FR =
  "(?:environnementa\\w*|environnement\\b(?! (?:technique|informatique|logiciel|applicatif|numerique|de (?:travail|developpement|production|test|recette|l[’']utilisateur)))|developpement durable|ecologi\\w*|transition ecologique|(?:criteres?|aspects?|performances?|politique|clauses?|dimension|volet) (?:sociale?s?|sociaux)|insertion (?:sociale|professionnelle)|responsabilite societale|RSE\\b|(?:bilan|empreinte) carbone|economie circulaire)";
// German: compounds (Umweltaspekte, Nachhaltigkeitskonzept, Klimaschutzmaßnahmen) start with the stem
const TOPIC_DE =
  '(?:umwelt\\w*|nachhaltig\\w*|okologisch\\w*|klimaschutz\\w*|soziale\\w* (?:Kriteri|Aspekte|Belange|Verantwortung)\\w*|sozialkriteri\\w*|CO2 ?(?:Bilanz|Emissionen|Fu(?:ß|ss)abdruck))';
// Spanish: "ambiental" only with a noun before it ("condiciones ambientales" is the ambient temperature)
const TOPIC_ES =
  '(?:medioambiental\\w*|medio ambiente|(?:criterios?|aspectos?|mejoras?|caracteristicas?|consideraciones?|impacto|clausulas?) (?:sociales?|medioambientales?|ambientales?)|sostenib\\w*|responsabilidad social|insercion (?:social|laboral|sociolaboral)|huella de carbono|economia circular)';

const NUMBER = '\\d{1,3}(?:[.,]\\d{1,2})?';

export const criterion = {
  id: 'eco-quality-award',
  pillar: 'economic',
  name: {
    en: 'Award on quality with sustainability weighted',
    fr: 'Attribution sur la qualité, avec un critère durable pondéré',
    de: 'Zuschlag nach Qualität mit gewichtetem Nachhaltigkeitskriterium',
    es: 'Adjudicación por calidad con un criterio sostenible ponderado',
  },
  why: {
    en: 'An award on price alone cannot reward a greener or more social offer; an environmental or social award criterion with a stated weight tells bidders what it is worth to them (Directive 2014/24/EU art. 67).',
    fr: 'Une attribution au seul prix ne peut pas récompenser une offre plus verte ou plus sociale ; un critère environnemental ou social pondéré dit aux candidats ce qu’il leur rapporte (directive 2014/24/UE, art. 67).',
    de: 'Ein Zuschlag allein nach dem Preis kann ein umweltfreundlicheres oder sozialeres Angebot nicht belohnen; ein gewichtetes Umwelt- oder Sozialkriterium zeigt den Bietern, was es ihnen einbringt (Richtlinie 2014/24/EU Art. 67).',
    es: 'Adjudicar solo por precio no premia una oferta más ecológica o más social; un criterio medioambiental o social con su ponderación indica a los licitadores cuánto vale (Directiva 2014/24/UE, art. 67).',
  },
  appliesTo: { all: true },
  patterns: {
    en: [
      // An award criterion as the eForms and TED XML parsers give it: its name (in any of the four languages),
      // its description, then the weight on a line of its own ("Fair working practices … Weight 5",
      // "Mesures … hygiène, sécurité et environnement … Weighting: 10").
      `(?:${TOPIC_EN}|${TOPIC_FR}|${TOPIC_DE}|${TOPIC_ES})[\\s\\S]{0,300}?\\n(?:weight|weighting):? ${NUMBER}\\b`,
      // "Environmental management measures to reduce their carbon impact, Weighting 5 percent"; "… (10 points)"
      // "weighting", "weighted", not "weight" (a vehicle's weight)
      `${TOPIC_EN}[^.;]{0,60}\\b(?:weight(?:ing|ed)\\b|${NUMBER} ?(?:points?|marks|pts)\\b|scor(?:e|ed|ing)\\b)`,
      // the weight on the line after the question: "…reducing their carbon impact. [line break] Weighting 5 percent" (PCS ESPD 4C)
      `${TOPIC_EN}[^.;]{0,100}\\.?\\W{0,6}weighting\\b(?!\\W{0,3}(?:price|cost)\\b)`,
      // "Sustainability – 15 %", "Social value (10% of the total score)": a heading with its percentage, not
      // "environmental requirements: at least 30 % recycled"
      `(?:environmental(?! health| services| cleaning| hygiene)|(?<!financial |economic |commercial )sustainab|social value|social (?:and environmental )?(?:criteri|aspects?|considerations?|impacts?|benefits?|responsibility)|community benefits?|fair work)\\w*(?: \\w+){0,5}\\W{1,4}${NUMBER} ?(?:%|per ?cent\\b|percent\\b)`,
      // "10 % of the score for environmental performance"
      `${NUMBER} ?(?:%|per ?cent\\b|percent\\b|points?\\b|marks\\b)[^.;]{0,40}\\b(?:for|on|to) (?:the )?(?:environmental|sustainab\\w*|social value|social (?:and environmental )?(?:criteri|aspects|considerations|impact|benefits))`,
      '(?:award|evaluation|quality|scoring|tender evaluation) criteri(?:on|a)[^.;]{0,60}\\b(?:environmental|(?<!financial |economic )sustainab|social value|social (?:and environmental )?(?:aspects|considerations|impact|benefits|responsibility)|carbon|climate|net zero)',
      '(?:environmental|sustainability|social value|green) (?:award|evaluation|quality) criteri(?:on|a)',
      'PPN 0?6/20\\b',
      'procurement policy note 0?6/20\\b',
      'social value model',
    ],
    fr: [
      // "Politique de développement durable liée à l'objet du contrat : 9 points" (ted_21-149886)
      `${TOPIC_FR}[^.;]{0,60}\\b(?:ponder\\w*|${NUMBER} ?(?:points?|pts)\\b|not[ée]e?s? sur)`,
      `${TOPIC_FR}[^.;]{0,100}\\.?\\W{0,6}pond[ée]ration\\b(?!\\W{0,3}(?:prix|cout)\\b)`,
      // "exigences fonctionnelles, techniques et environnementales : 40 %" (ted_21-363118)
      `${TOPIC_FR}(?: \\w+){0,5}\\W{1,4}${NUMBER} ?(?:%|pour ?cent\\b)`,
      // "(dont 10 % pour la démarche environnementale)"
      `${NUMBER} ?(?:%|pour ?cent\\b|points?\\b|pts\\b)[^.;]{0,40}\\b(?:pour|au titre de|consacr[ée]e?s? [aà]|relatifs? [aà]) (?:la |le |les |l[’'])?(?:d[ée]marche |performances? |politique |crit[eè]res? |volet |dimension |qualit[ée] )?(?:environnementa|developpement durable|ecologi|sociale?s?\\b|RSE\\b)`,
      "crit[eè]res? d[’']attribution[^.;]{0,60}\\b(?:environnement|developpement durable|ecologi|social|sociaux|RSE\\b|insertion)",
      "crit[eè]res? (?:environnementa\\w*|ecologiques?|sociaux|social|de developpement durable) (?:d[’']attribution|de jugement|de notation)",
      'valeur environnementale',
      // the award criterion as worded in the Code de la commande publique (art. R2152-7)
      "performances? en mati[eè]re de protection de l[’']environnement",
    ],
    de: [
      // "Gewichtung", "gewichtet", not "Gewicht" (a vehicle's weight)
      `${TOPIC_DE}[^.;]{0,60}\\b(?:gewicht(?:ung|et)\\w*|${NUMBER} ?(?:punkte?n?|wertungspunkte)\\b)`,
      `${TOPIC_DE}[^.;]{0,100}\\.?\\W{0,6}Gewichtung\\b(?!\\W{0,3}(?:Preis|Kosten)\\b)`,
      // "Umwelteigenschaften: 10 %", "Nachhaltigkeitskonzept (15 Prozent)"
      `${TOPIC_DE}(?: \\w+){0,5}\\W{1,4}${NUMBER} ?(?:%|prozent\\b)`,
      `${NUMBER} ?(?:%|prozent\\b|punkte?n?\\b)[^.;]{0,40}\\b(?:fur|auf) (?:die |den |das )?(?:umwelt|nachhaltig|okologisch|sozial|klima)`,
      'zuschlagskriteri\\w*[^.;]{0,60}\\b(?:umwelt|nachhaltig|okologisch|sozial|klima)',
      '(?:umweltbezogene|soziale|okologische|nachhaltigkeitsbezogene)\\w* (?:und (?:umweltbezogene|soziale)\\w* )?zuschlagskriteri',
    ],
    es: [
      `${TOPIC_ES}[^.;]{0,60}\\b(?:ponderaci[oó]n|ponderad\\w*|${NUMBER} ?(?:puntos?|ptos)\\b)`,
      `${TOPIC_ES}[^.;]{0,100}\\.?\\W{0,6}ponderaci[oó]n\\b(?!\\W{0,3}(?:precio|coste)\\b)`,
      `${TOPIC_ES}(?: \\w+){0,5}\\W{1,4}${NUMBER} ?(?:%|por ?ciento\\b)`,
      `${NUMBER} ?(?:%|por ?ciento\\b|puntos?\\b)[^.;]{0,40}\\b(?:para|a) (?:la |el |los |las )?(?:criterios? |aspectos? |mejoras? |caracteristicas? )?(?:medioambiental|ambientales|sostenib|sociales\\b)`,
      'criterios? de (?:adjudicaci[oó]n|valoraci[oó]n)[^.;]{0,60}\\b(?:medioambiental|ambiental|sostenib|social|inserci[oó]n)',
    ],
  },
  fields: [
    // BT-539 "quality" is left out on purpose: it says there is a quality criterion, not that it is about the
    // environment or society. Its name and description (BT-734/BT-540) are award passages the patterns read.
    // Caveat: the weight (BT-541, TED AC_WEIGHTING) is in the passage's label, not its text, so a criterion
    // named only "Environment" is not found unless its text gives the weight or says "award criterion".
    // Norway's national extension of the award-criterion-type list marks an environmental award criterion
    // (30 % environmental weighting rule, FOA § 7-9).
    { bt: 'BT-539', values: ['quality-nor-env-criteria'], effect: 'present', label: 'Environmental award criterion (BT-539, Norway)' },
    // OCDS "awardCriteria" strategy: the eForms mapping gives it to every BT-06 other than none, together with
    // the three other strategies, so it only points this way.
    { bt: 'OCDS-strategy', values: ['awardCriteria'], effect: 'weak', label: 'Sustainability pursued through award criteria (OCDS strategy)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 67(2) (best price-quality ratio, environmental and social aspects)',
    'Directive 2014/24/EU recital 97 and art. 67(5) (weighting of the criteria)',
    'European Commission, Buying green! handbook (2016), award criteria',
    'UK Procurement Policy Note 06/20 (Social Value Model, minimum 10 % weighting)',
    'Code de la commande publique art. R2152-7 (France)',
    'GWB § 127 and VgV § 58 (Germany)',
    'Ley 9/2017 de Contratos del Sector Público art. 145 (Spain)',
  ],
} satisfies CriterionInput;

// No selection clause: a selection criterion is pass or fail and carries no weight; the bidder's capacity to
// manage environmental or social aspects belongs to env-management-system and soc-* criteria.
// No specification clause: a specification is a minimum every offer meets, the opposite of a weighted award.
export const clauses: ModelClause[] = [
  {
    id: 'eco-quality-award.award.en',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'en',
    title: 'Weighted environmental award criterion',
    text:
      'The contract is awarded to the most economically advantageous tender on the basis of the best price-quality ratio: price [number] %, technical quality [number] %, environmental performance [number] % (at least 10 %). ' +
      'Environmental performance is scored from the tenderer’s proposal for [reducing the greenhouse-gas emissions of the deliveries / the share of products meeting the EU GPP comprehensive criteria for (product group) / the waste sent to landfill], against the scoring grid in annex [X]. ' +
      'Commitments that are not measurable or not verifiable score zero.',
    source: 'Directive 2014/24/EU art. 67(2); EU GPP criteria sets, award criteria (AC)',
  },
  {
    id: 'eco-quality-award.award.en.2',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'en',
    title: 'Weighted social value award criterion',
    text:
      'Social value is worth [number] % of the total score (at least 10 %). Tenderers shall answer the social value question in annex [X] with specific, measurable commitments related to the subject matter of the contract, such as [apprenticeships or jobs for people far from the labour market / hours of digital skills training for residents / spend with small businesses and social enterprises], with the method by which each will be delivered and reported. ' +
      'Answers are scored 0 to 100 against the published grid and the score is multiplied by the weighting.',
    source: 'UK Procurement Policy Note 06/20 (Social Value Model); Directive 2014/24/EU art. 67(2)',
  },
  {
    id: 'eco-quality-award.performance.en',
    criterion: 'eco-quality-award',
    stage: 'performance',
    lang: 'en',
    title: 'Scored commitments become contract terms',
    text:
      'The environmental and social commitments for which the contractor received points at award are contractual obligations. ' +
      'The contractor shall report progress against each commitment every [number] months with supporting evidence. If a commitment is not met and no remedy agreed with the buyer is delivered within [number] days, the buyer may apply a deduction of [amount or percentage] per commitment, in addition to its other rights.',
    source: 'Directive 2014/24/EU art. 70 (conditions for performance of contracts); UK PPN 06/20',
  },
  {
    id: 'eco-quality-award.award.fr',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : performances environnementales pondérées',
    text:
      'Le marché est attribué à l’offre économiquement la plus avantageuse, appréciée selon les critères suivants : prix [nombre] %, valeur technique [nombre] %, performances en matière de protection de l’environnement [nombre] % (au moins 10 %). ' +
      'Ce dernier critère est noté au vu des engagements du candidat sur [la réduction des émissions de gaz à effet de serre des livraisons / la part des produits conformes aux critères GPP de l’UE / les déchets évités], selon la grille de notation jointe en annexe [X]. ' +
      'Un engagement non mesurable ou invérifiable obtient la note zéro.',
    source: 'Directive 2014/24/UE art. 67(2) ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'eco-quality-award.award.de',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'de',
    title: 'Gewichtetes Zuschlagskriterium Umwelt',
    text:
      'Der Zuschlag wird auf das wirtschaftlichste Angebot nach dem besten Preis-Leistungs-Verhältnis erteilt: Preis [Zahl] %, Qualität [Zahl] %, Umweltaspekte [Zahl] % (mindestens 10 %). ' +
      'Die Umweltaspekte werden anhand des Konzepts des Bieters zur [Verringerung der Treibhausgasemissionen der Lieferungen / Einhaltung der EU-GPP-Kriterien für (Produktgruppe) / Vermeidung von Abfällen] nach der Bewertungsmatrix in Anlage [X] bewertet. ' +
      'Nicht messbare oder nicht überprüfbare Zusagen erhalten null Punkte.',
    source: 'Richtlinie 2014/24/EU Art. 67 Abs. 2; GWB § 127; VgV § 58',
  },
  {
    id: 'eco-quality-award.award.es',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación medioambiental ponderado',
    text:
      'El contrato se adjudica a la oferta con la mejor relación calidad-precio según los siguientes criterios: precio [número] %, calidad técnica [número] %, criterios medioambientales [número] % (al menos un 10 %). ' +
      'Los criterios medioambientales se valoran según los compromisos del licitador sobre [la reducción de las emisiones de gases de efecto invernadero del transporte / la proporción de productos que cumplen los criterios de contratación pública ecológica de la UE / los residuos evitados], conforme a la tabla de puntuación del anexo [X]. ' +
      'Los compromisos no medibles o no verificables obtienen cero puntos.',
    source: 'Directiva 2014/24/UE art. 67.2; Ley 9/2017 de Contratos del Sector Público art. 145',
  },
  {
    id: 'eco-quality-award.award.fr.2',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : performances sociales pondérées',
    text:
      'Le critère « performances en matière sociale » représente [nombre] % de la note globale (au moins 10 %). ' +
      'Le soumissionnaire répond au questionnaire figurant en annexe [X] du règlement de la consultation par des engagements précis et mesurables, liés à l’objet du marché, tels que [des heures d’insertion ou des contrats d’apprentissage pour des personnes éloignées de l’emploi / des heures de formation au numérique pour les habitants / des achats auprès de PME et d’entreprises de l’économie sociale et solidaire], en précisant pour chacun les modalités de mise en œuvre et de suivi. ' +
      'Les réponses sont notées de 0 à 100 selon la grille publiée, puis la note est multipliée par la pondération.',
    source: 'Code de la commande publique art. R2152-7 ; directive 2014/24/UE art. 67(2) ; UK Procurement Policy Note 06/20 (Social Value Model)',
  },
  {
    id: 'eco-quality-award.award.de.2',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'de',
    title: 'Gewichtetes soziales Zuschlagskriterium',
    text:
      'Soziale Aspekte werden mit [Zahl] % der Gesamtwertung gewichtet (mindestens 10 %). ' +
      'Die Bieter beantworten die Fragen zum sozialen Mehrwert in Anlage [X] mit konkreten, messbaren Zusagen, die mit dem Auftragsgegenstand in Verbindung stehen, etwa [Ausbildungs- oder Arbeitsplätze für arbeitsmarktferne Personen / Stunden digitaler Qualifizierung für die Einwohnerschaft / Aufträge an kleine Unternehmen und Sozialunternehmen], und geben jeweils an, wie sie umgesetzt und nachgewiesen werden. ' +
      'Die Antworten werden nach der veröffentlichten Bewertungsmatrix mit 0 bis 100 Punkten bewertet und mit der Gewichtung multipliziert.',
    source: 'Richtlinie 2014/24/EU Art. 67 Abs. 2; GWB § 127 Abs. 1 und 3; VgV § 58 Abs. 2; UK Procurement Policy Note 06/20',
  },
  {
    id: 'eco-quality-award.award.es.2',
    criterion: 'eco-quality-award',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación social ponderado',
    text:
      'Los criterios sociales representan el [número] % de la puntuación total (al menos un 10 %). ' +
      'Los licitadores responderán al cuestionario de valor social del anexo [X] con compromisos concretos y medibles vinculados al objeto del contrato, como [contrataciones o plazas de formación para personas con dificultades de acceso al mercado laboral / horas de formación en competencias digitales para la ciudadanía / compras a pequeñas empresas y entidades de la economía social], indicando cómo se cumplirá y acreditará cada uno. ' +
      'Las respuestas se puntuarán de 0 a 100 según la tabla publicada y la puntuación se multiplicará por la ponderación.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 145.2; Directiva 2014/24/UE art. 67.2; UK Procurement Policy Note 06/20',
  },
  {
    id: 'eco-quality-award.performance.fr',
    criterion: 'eco-quality-award',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : les engagements notés deviennent contractuels',
    text:
      'Les engagements environnementaux et sociaux pour lesquels le titulaire a obtenu des points lors de l’attribution constituent des obligations contractuelles. ' +
      'Le titulaire rend compte tous les [nombre] mois de l’avancement de chaque engagement, justificatifs à l’appui. ' +
      'Si un engagement n’est pas tenu et qu’aucune mesure corrective convenue avec l’acheteur n’est mise en œuvre dans un délai de [nombre] jours, l’acheteur peut appliquer une pénalité de [montant ou pourcentage] par engagement, sans préjudice de ses autres droits.',
    source: 'Directive 2014/24/UE art. 70 ; Code de la commande publique art. L2112-2 ; UK PPN 06/20',
  },
  {
    id: 'eco-quality-award.performance.de',
    criterion: 'eco-quality-award',
    stage: 'performance',
    lang: 'de',
    title: 'Bewertete Zusagen werden Vertragspflichten',
    text:
      'Die umweltbezogenen und sozialen Zusagen, für die der Auftragnehmer bei der Wertung Punkte erhalten hat, sind vertragliche Pflichten. Der Auftragnehmer berichtet alle [Zahl] Monate mit Nachweisen über den Stand jeder Zusage. ' +
      'Wird eine Zusage nicht eingehalten und setzt der Auftragnehmer nicht innerhalb von [Zahl] Tagen eine mit dem Auftraggeber vereinbarte Abhilfe um, kann der Auftraggeber je Zusage eine Vertragsstrafe von [Betrag oder Prozentsatz] verlangen; weitere Rechte bleiben unberührt.',
    source: 'Richtlinie 2014/24/EU Art. 70; GWB § 128 Abs. 2; UK PPN 06/20',
  },
  {
    id: 'eco-quality-award.performance.es',
    criterion: 'eco-quality-award',
    stage: 'performance',
    lang: 'es',
    title: 'Los compromisos puntuados pasan a ser obligaciones contractuales',
    text:
      'Los compromisos medioambientales y sociales por los que el contratista obtuvo puntuación en la adjudicación tienen el carácter de obligaciones contractuales. ' +
      'El contratista informará cada [número] meses del grado de cumplimiento de cada compromiso, con la documentación acreditativa. ' +
      'Si un compromiso no se cumple y no se aplica en un plazo de [número] días una medida correctora acordada con el órgano de contratación, este podrá imponer una penalidad de [importe o porcentaje] por compromiso, sin perjuicio de sus demás derechos.',
    source: 'Directiva 2014/24/UE art. 70; Ley 9/2017 de Contratos del Sector Público arts. 192 y 202; UK PPN 06/20',
  },
];
