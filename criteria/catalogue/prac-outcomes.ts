import type { CriterionInput, ModelClause } from '../schema';

// What counts (decided against criteria.md "the problem to solve and the people it serves, measurable outcomes,
// KPIs, service levels"): outcomes and indicators that the NOTICE STATES. So:
// - measurable outcomes or objectives, outcome-based specifications and payment by results;
// - KPIs that are stated: numbered ("KPI 11"), listed ("KPIs:"), set out in a schedule or annex, given a target
//   or a percentage, or the yardstick performance is measured against; city indicator standards (U4SSC KPIs,
//   ITU-T Y.4903, ISO 37120/37122/37123);
// - service levels with a stated target ("service level of 95 % of calls answered", "availability of 99.5 %");
// - a problem statement (the problem to solve, as innovation procurement states it).
// Not evidence: the bare words "KPI", "SLA" or "service level agreement", which almost every services notice uses
// ("monitoring the work through KPIs", "please provide an example SLA you commit to with other customers": the
// bidder's own practice, not the buyer's outcomes), and "performance management" in general.
const NUMBER = '\\d+(?:[.,]\\d+)? ?%';

export const criterion = {
  id: 'prac-outcomes',
  pillar: 'practice',
  name: {
    en: 'Outcomes and measurable indicators',
    fr: 'Résultats attendus et indicateurs mesurables',
    de: 'Wirkungsziele und messbare Kennzahlen',
    es: 'Resultados esperados e indicadores medibles',
  },
  why: {
    en: 'Stating the problem and the measurable outcomes, rather than only the solution, lets suppliers propose better answers and lets the city check that the contract delivered what residents need (U4SSC).',
    fr: 'Décrire le besoin et les résultats mesurables attendus, plutôt que la seule solution, permet aux entreprises de proposer mieux et à la ville de vérifier que le marché a produit ce dont les habitants ont besoin (U4SSC).',
    de: 'Wer das Problem und messbare Ziele beschreibt statt nur die Lösung, ermöglicht bessere Angebote und kann prüfen, ob der Auftrag den Bürgerinnen und Bürgern den erwarteten Nutzen gebracht hat (U4SSC).',
    es: 'Describir el problema y los resultados medibles, y no solo la solución, permite a las empresas proponer mejores respuestas y a la ciudad comprobar que el contrato ha dado lo que la ciudadanía necesita (U4SSC).',
  },
  appliesTo: { all: true },
  patterns: {
    en: [
      'measurable (?:outcomes?|objectives?|targets?|results?|benefits?|improvements?|social value)',
      'outcomes? (?:based|focused|led) (?:specifications?|contracts?|contracting|procurement|commissioning|payments?|approach|model|services?)',
      'payments? by results',
      'payments? (?:linked|tied|related) to (?:the )?(?:achievement of )?(?:the )?(?:outcomes|results|KPIs?|performance (?:targets|indicators))',
      'results based (?:payments?|financing|contracts?)',
      'outcomes? (?:framework|measures?|indicators?|targets?|metrics?)',
      // stated KPIs: "KPI 11", "KPI1", "KPIs: ..."
      'KPIs? ?(?:[a-z]?\\d|:)',
      `(?:key performance indicators?|KPIs?)[^.;]{0,80}(?:${NUMBER}|per ?cent\\b|\\btargets?\\b|\\bbaselines?\\b|within \\d+ (?:hours|working days|days|minutes))`,
      '(?:key performance indicators?|KPIs?) (?:are |will be |have been )?(?:set out|listed|defined|specified|detailed|stated|included|described|shown|contained) (?:in|at|below|above|under|within)',
      'measured against (?:the |agreed |contractual |these |following )?(?:key performance indicators?|KPIs?|outcomes?|service levels?|targets?)',
      'U4SSC',
      'Y\\.? ?4903\\b',
      'ISO 3712[023]\\b',
      'smart sustainable cit(?:y|ies) (?:KPIs?|key performance indicators?|indicators?)',
      `service levels?[^.;]{0,40}${NUMBER}`,
      `availability (?:of |target of |level of )?(?:at least |not less than )?${NUMBER}`,
      'problem statements?',
      'challenge statements?',
      'benefits realisation (?:plans?|targets?|framework)',
      'theory of change',
      'SMART (?:objectives|targets|KPIs)',
    ],
    fr: [
      'objectifs? (?:mesurables?|chiffre(?:e|s|es)?\\b|quantifie(?:e|s|es)?\\b|quantifiables?|de resultats?)',
      'resultats? (?:mesurables?|quantifie(?:e|s|es)?\\b|quantifiables?)',
      'obligations? de resultats?',
      'engagements? (?:de|sur les) (?:resultats?|performance)',
      'marches? globa(?:l|ux) de performance',
      'contrats? de performance energetique',
      `indicateurs? (?:cles )?de (?:performance|resultats?|qualite)[^.;]{0,80}(?:${NUMBER}|cibles?|objectifs? chiffres|seuils?|valeurs? cibles?)`,
      'indicateurs?[^.;]{0,40}(?:definis|fixes|precises|listes|figurant|detailles) (?:au|a l[’\']|dans|en)',
      `niveaux? de service[^.;]{0,40}${NUMBER}`,
      `taux de disponibilite[^.;]{0,20}${NUMBER}`,
      'remuneration (?:liee|indexee) (?:aux|a la|a l[’\']) ?(?:resultats?|performance|atteinte)',
      'paiements? (?:aux|au|lies aux) resultats',
    ],
    de: [
      'messbare\\w* (?:Ziele?|Ergebnisse?|Wirkung\\w*|Zielwerte?|Leistungsziele?)',
      `Leistungskennzahl\\w*[^.;]{0,80}(?:${NUMBER}|Zielwert\\w*|Schwellenwert\\w*)`,
      'Leistungskennzahl\\w*[^.;]{0,40}(?:festgelegt|definiert|aufgeführt|beschrieben|in Anlage|im Anhang)',
      '(?:festgelegt|definiert|vereinbart|aufgeführt|beschrieben)\\w* (?:Leistungskennzahl|Kennzahl|KPI)\\w*',
      `Zielwert\\w*[^.;]{0,40}${NUMBER}`,
      `Service ?Level\\w*[^.;]{0,40}${NUMBER}`,
      `Verfügbarkeit (?:von )?(?:mindestens )?${NUMBER}`,
      'ergebnisorientiert\\w* (?:Vergütung|Leistungsbeschreibung|Vertrag\\w*|Beschaffung|Ausschreibung|Bezahlung)',
      'erfolgsabhängig\\w* Vergütung',
      'Wirkungs(?:ziel|indikator|messung|orientierung)\\w*',
      'Einspargarantie\\w*',
      'garantierte\\w* Einsparung\\w*',
    ],
    es: [
      'objetivos? (?:medibles?|cuantificables?|cuantificados?|de resultados?)',
      'resultados? (?:medibles?|cuantificables?)',
      `indicadores? (?:clave )?de (?:rendimiento|desempeno|resultados?|gestion|calidad)[^.;]{0,80}(?:${NUMBER}|valor(?:es)? objetivo|umbral\\w*|metas?)`,
      'indicadores?[^.;]{0,40}(?:definidos|establecidos|fijados|recogidos|detallados|previstos) en (?:el|la|los|las) (?:pliego|anexo|PPT|PCAP)',
      `niveles? de servicio[^.;]{0,40}${NUMBER}`,
      `disponibilidad (?:del |de un |minima del |minima de un )?${NUMBER}`,
      'pago (?:por|vinculado a|ligado a|en funcion de) (?:los )?(?:resultados|objetivos|rendimiento)',
      'compra publica (?:basada en|orientada a) resultados',
      'ahorros? garantizados?',
    ],
  },
  fields: [],
  sources: [
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023): needs, outcomes and KPIs',
    'Recommendation ITU-T Y.4903/L.1603 (key performance indicators for smart sustainable cities)',
    'ISO 37120:2018, ISO 37122:2019 and ISO 37123:2019 (indicators for sustainable, smart and resilient cities)',
    'Directive 2014/24/EU art. 42(3)(a) (performance or functional requirements)',
    'European Commission, Guidance on innovation procurement, C(2021) 4320',
    'ISO 20400:2017 Sustainable procurement, clause 8 (integrating sustainability in the procurement process: needs and specifications)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'prac-outcomes.specification.en',
    criterion: 'prac-outcomes',
    stage: 'specification',
    lang: 'en',
    title: 'The need and the outcomes, before the solution',
    text:
      'Problem to solve: [describe the problem, for whom, where, and what happens today, with figures]. ' +
      'Outcomes sought by the end of [year]: [outcome 1 with indicator, baseline and target, e.g. average bus journey time on route X reduced from 32 to 25 minutes]; [outcome 2]. ' +
      'Tenderers may propose any solution that meets these outcomes and the mandatory requirements in [annex X]; the indicators are measured as set out in [annex Y], using [U4SSC KPI / ISO 37122 indicator] definitions where one exists.',
    source: 'Directive 2014/24/EU art. 42(3)(a); U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023); Recommendation ITU-T Y.4903',
  },
  {
    id: 'prac-outcomes.award.en',
    criterion: 'prac-outcomes',
    stage: 'award',
    lang: 'en',
    title: 'Points for committed outcome levels',
    text:
      'Up to [number] points out of [total] are awarded for the level of each outcome indicator in [annex X] that the tenderer commits to reach, in proportion to the improvement on the baseline, and for the credibility of the plan to reach it (evidence from comparable contracts, measurement method). ' +
      'The committed levels become the key performance indicators of the contract.',
    source: 'Directive 2014/24/EU art. 67(2); U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'prac-outcomes.performance.en',
    criterion: 'prac-outcomes',
    stage: 'performance',
    lang: 'en',
    title: 'Key performance indicators with targets and payment linked to them',
    text:
      'The contractor’s performance is measured against the key performance indicators in [schedule X], each with its definition, data source, baseline, target and measurement frequency. ' +
      'The contractor shall report them every [period]; the buyer may verify the data. ' +
      '[Percentage] % of the [monthly / annual] price is paid in proportion to the targets met; [a persistent failure to meet KPI N for number consecutive periods] entitles the buyer to [remedy].',
    source: 'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023); Directive 2014/24/EU art. 70',
  },
  // Selection: outcomes describe what the contract must achieve, not whether a candidate is able; a candidate's
  // record of delivering outcomes is covered by ordinary references (art. 58(4)), so no clause is given here.
  {
    id: 'prac-outcomes.specification.fr',
    criterion: 'prac-outcomes',
    stage: 'specification',
    lang: 'fr',
    title: 'Besoin et résultats attendus, avant la solution',
    text:
      'Besoin à satisfaire : [décrire le problème, les usagers concernés, la situation actuelle chiffrée]. ' +
      'Résultats attendus d’ici [année] : [résultat 1 avec son indicateur, sa valeur de départ et sa valeur cible] ; [résultat 2]. ' +
      'Les candidats peuvent proposer toute solution qui atteint ces résultats et respecte les exigences minimales de [l’annexe X] ; les indicateurs sont mesurés selon [l’annexe Y], avec les définitions des indicateurs U4SSC ou de la norme ISO 37122 lorsqu’elles existent.',
    source: 'Code de la commande publique art. R2111-4 (exigences de performance ou fonctionnelles) ; lignes directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'prac-outcomes.performance.fr',
    criterion: 'prac-outcomes',
    stage: 'performance',
    lang: 'fr',
    title: 'Indicateurs de performance et rémunération liée aux résultats',
    text:
      'L’exécution est évaluée au moyen des indicateurs de performance définis à [l’annexe X], chacun avec sa définition, sa source, sa valeur de départ, sa valeur cible et sa fréquence de mesure. ' +
      'Le titulaire les communique tous les [période]. ' +
      '[Pourcentage] % de la rémunération [mensuelle / annuelle] est versé en proportion des objectifs atteints.',
    source: 'Code de la commande publique art. L2171-3 (marchés globaux de performance) ; lignes directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'prac-outcomes.performance.de',
    criterion: 'prac-outcomes',
    stage: 'performance',
    lang: 'de',
    title: 'Leistungskennzahlen mit Zielwerten und erfolgsabhängiger Vergütung',
    text:
      'Die Leistung des Auftragnehmers wird anhand der in Anlage [X] festgelegten Leistungskennzahlen gemessen; für jede Kennzahl sind Definition, Datenquelle, Ausgangswert, Zielwert und Messintervall angegeben. ' +
      'Der Auftragnehmer meldet die Werte [monatlich]. [Prozentsatz] % der Vergütung werden im Verhältnis der erreichten Zielwerte gezahlt.',
    source: 'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023); § 121 Abs. 1 GWB (Leistungs- oder Funktionsanforderungen)',
  },
  {
    id: 'prac-outcomes.performance.es',
    criterion: 'prac-outcomes',
    stage: 'performance',
    lang: 'es',
    title: 'Indicadores de rendimiento con valores objetivo y pago vinculado a resultados',
    text:
      'El rendimiento del contratista se medirá con los indicadores establecidos en el anexo [X], cada uno con su definición, fuente de datos, valor de partida, valor objetivo y periodicidad. ' +
      'El contratista los comunicará cada [periodo]. El [porcentaje] % del precio [mensual / anual] se abonará en proporción a los objetivos alcanzados.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 102.6 (precio vinculado a objetivos de rendimiento); directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'prac-outcomes.specification.de',
    criterion: 'prac-outcomes',
    stage: 'specification',
    lang: 'de',
    title: 'Funktionale Leistungsbeschreibung: Bedarf und Wirkungsziele',
    text:
      'Zu lösende Aufgabe: [Problem, betroffene Nutzergruppen, Ort und heutige Situation mit Zahlen beschreiben]. ' +
      'Bis Ende [Jahr] zu erreichende Wirkungsziele: [Ziel 1 mit Kennzahl, Ausgangswert und Zielwert, z. B. durchschnittliche Fahrzeit auf Linie X von 32 auf 25 Minuten senken]; [Ziel 2]. ' +
      'Die Leistung ist funktional beschrieben: Bieter können jede Lösung anbieten, die diese Ziele erreicht und die Mindestanforderungen der Anlage [X] erfüllt. Die Kennzahlen werden nach Anlage [Y] gemessen, soweit vorhanden mit den Definitionen der U4SSC-Kennzahlen bzw. der ISO 37122.',
    source: '§ 121 Abs. 1 GWB; § 31 Abs. 2 Nr. 1 VgV (Leistungs- oder Funktionsanforderungen); Richtlinie 2014/24/EU Art. 42 Abs. 3 Buchst. a; U4SSC-Leitlinien (ITU, 2023); ITU-T Y.4903',
  },
  {
    id: 'prac-outcomes.specification.es',
    criterion: 'prac-outcomes',
    stage: 'specification',
    lang: 'es',
    title: 'Necesidad y resultados esperados, antes que la solución',
    text:
      'Necesidad que se pretende satisfacer: [describir el problema, a quién afecta, dónde y la situación actual con datos]. ' +
      'Resultados que deben alcanzarse antes de que finalice [año]: [resultado 1 con su indicador, valor de partida y valor objetivo, p. ej. reducir el tiempo medio de viaje en la línea X de 32 a 25 minutos]; [resultado 2]. ' +
      'De acuerdo con el artículo 99.1 de la LCSP, el objeto se define por las funcionalidades requeridas y no se cierra a una solución única: los licitadores podrán ofertar cualquier solución que alcance estos resultados y cumpla los requisitos mínimos del anexo [X] del PPT. Los indicadores se medirán según el anexo [Y], con las definiciones de los indicadores U4SSC o de la norma ISO 37122 cuando existan.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 99.1 y 126; Directiva 2014/24/UE art. 42.3.a); directrices U4SSC (UIT, 2023); Recomendación UIT-T Y.4903',
  },
  {
    id: 'prac-outcomes.award.fr',
    criterion: 'prac-outcomes',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : niveaux de résultats garantis',
    text:
      'Critère d’attribution « engagements de résultats » : jusqu’à [nombre] points sur [total], attribués pour chaque indicateur de [l’annexe X] selon le niveau que le soumissionnaire s’engage à atteindre, proportionnellement au gain par rapport à la valeur de départ, et selon la crédibilité du plan proposé pour y parvenir (résultats obtenus sur des marchés comparables, méthode de mesure). ' +
      'Les niveaux garantis par l’attributaire deviennent les indicateurs de performance contractuels du marché.',
    source: 'Code de la commande publique art. R2152-7 ; directive 2014/24/UE art. 67(2) ; lignes directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'prac-outcomes.award.de',
    criterion: 'prac-outcomes',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: zugesagte Zielwerte',
    text:
      'Im Zuschlagskriterium „Wirkungsziele“ werden bis zu [Anzahl] von [Gesamtzahl] Punkten vergeben: für den Wert, den der Bieter für jede Kennzahl der Anlage [X] verbindlich zusagt, im Verhältnis zur Verbesserung gegenüber dem Ausgangswert, sowie für die Plausibilität des Umsetzungskonzepts (Nachweise aus vergleichbaren Aufträgen, Messmethode). ' +
      'Die zugesagten Werte werden als Leistungskennzahlen Vertragsbestandteil.',
    source: '§ 127 Abs. 1 GWB; § 58 Abs. 2 VgV; Richtlinie 2014/24/EU Art. 67 Abs. 2; U4SSC-Leitlinien (ITU, 2023)',
  },
  {
    id: 'prac-outcomes.award.es',
    criterion: 'prac-outcomes',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: niveles de resultado comprometidos',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] al nivel que el licitador se comprometa a alcanzar en cada indicador del anexo [X], en proporción a la mejora sobre el valor de partida, y a la solidez del plan para lograrlo (resultados acreditados en contratos similares, método de medición). ' +
      'Los niveles ofertados por el adjudicatario se incorporarán al contrato como indicadores de rendimiento.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 145; Directiva 2014/24/UE art. 67.2; directrices U4SSC (UIT, 2023)',
  },
];
