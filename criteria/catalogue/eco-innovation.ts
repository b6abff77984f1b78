import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'eco-innovation',
  pillar: 'economic',
  name: {
    en: 'Room for innovation',
    fr: 'Place laissée à l’innovation',
    de: 'Raum für Innovation',
    es: 'Margen para la innovación',
  },
  why: {
    en: 'Specifying the result rather than the solution, accepting variants and talking to the market first let suppliers offer newer, cleaner and cheaper ways to meet the need; innovation partnerships and pre-commercial procurement buy what does not exist yet.',
    fr: 'Décrire le résultat attendu plutôt que la solution, accepter des variantes et consulter le marché en amont permettent aux fournisseurs de proposer des réponses plus récentes, plus sobres et moins chères ; le partenariat d’innovation et les achats avant commercialisation achètent ce qui n’existe pas encore.',
    de: 'Wer das Ergebnis statt der Lösung beschreibt, Nebenangebote zulässt und vorher den Markt erkundet, erhält neuere, sauberere und günstigere Lösungen; Innovationspartnerschaft und vorkommerzielle Auftragsvergabe beschaffen, was es noch nicht gibt.',
    es: 'Describir el resultado y no la solución, admitir variantes y consultar antes al mercado permite a los proveedores ofrecer soluciones más nuevas, limpias y baratas; la asociación para la innovación y la compra pública precomercial adquieren lo que aún no existe.',
  },
  appliesTo: {
    groups: ['software-digital', 'iot-smart-infrastructure', 'data-centres-cloud', 'vehicles-transport', 'lighting-signals', 'buildings', 'electricity-energy'],
  },
  // None of these is a bare "innovation": agency names (EgyptInnovate, UN Innovation Network, "Innovation House"
  // in an address) and "innovative" as praise are not room for innovation. "Innovation partnership" counts even
  // as the procedure type: it is the procedure built for this.
  patterns: {
    en: [
      'innovation partnerships?',
      'pre ?commercial procurement',
      'public procurement of innovati\\w*',
      'procurement of innovati\\w*',
      'innovation procurement',
      'small business research initiative',
      'SBRI\\b',
      // Directive 2014/24/EU art. 42(3)(a) wording; not a software "functional requirements" list
      'performance (?:and|or) functional requirements',
      'functional (?:and|or) performance (?:requirements|specifications?)',
      'output (?:based )?specifications?',
      'outcome (?:based|focused) (?:specifications?|requirements|contracts?|procurement)',
      'performance based specifications?',
      // TED "Variants will be accepted: yes" (not ": no"); "variant bids are permitted"
      '(?<!no |not |non )variants? (?:bids |tenders |solutions |offers )?(?:are |is |will be )?(?:accepted|allowed|permitted|authori[sz]ed|welcome)\\b(?!\\W{0,3}no\\b)',
      'alternative (?:bids|tenders|offers|solutions) (?:are |will be )?(?:accepted|allowed|permitted|welcome)\\b(?!\\W{0,3}no\\b)',
      'preliminary market consultations?',
      '(?:early |pre ?)?market (?:engagement|sounding) (?:events?|exercises?|days?|sessions?|questionnaires?)',
      'early market engagement',
      'pre ?market engagement',
      'prior information notice[^.;]{0,40}market (?:engagement|consultation)',
    ],
    fr: [
      "partenariats? d[’']innovation",
      'achats? (?:publics? )?innovants?',
      "achats? (?:publics? )?d[’']innovation",
      'march[ée]s? publics? innovants?',
      'achats? (?:publics? )?avant commercialisation',
      'achats? pr[ée] ?commerciaux',
      '(?:consultations?|concertations?) (?:pr[ée]alables?|pr[ée]liminaires?) (?:du|avec le) march[ée]',
      // "sourcing" alone is an English word (responsible sourcing of timber)
      'sour[cç]age',
      "(?:d[ée]marche|phase|op[ée]ration|action)s? de sourcing",
      "exigences de performances? ou (?:d[’'])?(?:exigences )?fonctionnelles",
      'cahier des charges fonctionnel',
      'approche fonctionnelle',
      // TED "Des variantes seront prises en considération : oui" (not ": non")
      'variantes? seront prises? en consid[ée]ration(?!\\W{0,3}non\\b)',
      'variantes? (?:sont |seront |est |sera )?(?:autoris[ée]es?|accept[ée]es?|admises?|libres)\\b(?!\\W{0,3}non\\b)',
    ],
    de: [
      'Innovationspartnerschaft\\w*',
      'vorkommerzielle\\w* (?:Auftragsvergabe|Beschaffung|Auftr)',
      'innovative\\w* Beschaffung\\w*',
      'Innovationsbeschaffung',
      'funktionale\\w* Leistungsbeschreibung',
      'Leistungsbeschreibung mit Leistungsprogramm',
      'Leistungs ?(?:oder|und) Funktionsanforderungen',
      // TED "Varianten/Alternativangebote werden akzeptiert: ja" (not ": nein")
      '(?:Varianten|Alternativangebote)(?:/\\w+)? werden (?:akzeptiert|zugelassen)(?!\\W{0,3}nein\\b)',
      '(?<!keine |nicht )Nebenangebote (?:sind |werden )?(?:zugelassen|zulassig|erlaubt|erwunscht)\\b(?!\\W{0,3}nein\\b)',
      'Markterkundung\\w*',
      'Marktdialog\\w*',
    ],
    es: [
      'asociaci[oó]n para la innovaci[oó]n',
      'compra p[uú]blica (?:de )?innovaci[oó]n',
      'compra p[uú]blica (?:pre ?comercial|de tecnolog[ií]a innovadora)',
      'compra innovadora',
      'consultas? (?:preliminar(?:es)?|previas?) (?:del|al|con el) mercado',
      // TED "Se aceptarán variantes: sí" (not ": no")
      '(?<!no )se aceptar[aá]n variantes(?!\\W{0,3}no\\b)',
      'variantes? (?:o mejoras )?(?:est[aá]n |ser[aá]n |quedan )?(?:admitid|permitid|autorizad)\\w*(?!\\W{0,3}no\\b)',
      '(?<!no )se admit\\w* variantes',
      'especificaciones? funcionales',
      'requisitos de rendimiento (?:o|y) (?:requisitos )?funcionales',
    ],
  },
  // Met by the buyer's own statement, not by an obligation on the supplier: the procedure, variants and functional specifications are the buyer's design.
  statedByBuyer: true,
  fields: [
    { bt: 'BT-776', values: ['mar-nov', 'proc-innov', 'prod-innov', 'rd-act'], effect: 'present', label: 'Procurement of innovation (BT-776)' },
    // Unlike env-imp and soc-obj, which name a whole pillar, "innovative purchase" names what this criterion checks.
    { bt: 'BT-06', values: ['inn-pur'], effect: 'present', label: 'Innovative purchase declared as strategic procurement (BT-06)' },
    // eForms procedure type "innovation partnership" (no parser emits BT-105 yet).
    { bt: 'BT-105', values: ['innovation'], effect: 'present', label: 'Innovation partnership procedure (BT-105)' },
    {
      bt: 'OCDS-goal',
      values: [
        'economic.innovativePurchase',
        'economic.marketInnovationPromotion',
        'economic.processInnovationPromotion',
        'economic.productInnovationPromotion',
        'economic.researchDevelopmentActivities',
        // spellings of the eForms mapping tables
        'economic.processInnovation',
        'economic.productInnovation',
      ],
      effect: 'present',
      label: 'Innovation declared as a goal (OCDS sustainability goal)',
    },
  ],
  sources: [
    'Directive 2014/24/EU art. 31 (innovation partnership), art. 40 (preliminary market consultations), art. 42(3)(a) (performance or functional requirements), art. 45 (variants)',
    'European Commission, Guidance on Innovation Procurement, C(2021) 4320',
    'COM(2007) 799 Pre-commercial procurement',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
    'Code de la commande publique art. L2172-3 (partenariat d’innovation) and R2122-9-1 (France)',
    'GWB § 119(7) (Innovationspartnerschaft) and § 121; VgV § 35 (Nebenangebote) (Germany)',
    'Ley 9/2017 de Contratos del Sector Público art. 115 and 177 (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'eco-innovation.selection.en',
    criterion: 'eco-innovation',
    stage: 'selection',
    lang: 'en',
    title: 'Capacity to develop and test new solutions',
    text:
      'For the innovation partnership, candidates shall show their capacity in research and development and in the implementation of new solutions by [a description of up to (number) pages of their R&D team, test facilities and (number) projects in which they took a new solution from prototype to operation in the last (number) years]. ' +
      'Start-ups and consortia of firms and research bodies may rely on the capacities of their members.',
    source: 'Directive 2014/24/EU art. 31(6) (selection of partners in an innovation partnership)',
  },
  {
    id: 'eco-innovation.specification.en',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'en',
    title: 'Outcome-based specification, variants accepted',
    text:
      'The requirements in annex [X] state the results to be achieved ([for example: 95 % of public lighting faults repaired within 24 hours, energy use cut by 40 % against the 2024 baseline]) and the constraints that apply, not the technology to be used. ' +
      'Variants that meet these results by other means are accepted, provided they meet the minimum requirements in annex [Y]; tenderers shall explain how the variant will be tested before acceptance.',
    source: 'Directive 2014/24/EU art. 42(3)(a) and art. 45; European Commission Guidance on Innovation Procurement (2021)',
  },
  {
    id: 'eco-innovation.specification.en.2',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'en',
    title: 'Preliminary market consultation before the tender',
    text:
      'Before launching the tender, the buyer will hold a preliminary market consultation on [date], open to any interested supplier, on the needs described in [document]. ' +
      'Questions, answers and a summary of the information exchanged will be published with the procurement documents, so that every tenderer has the same information.',
    source: 'Directive 2014/24/EU art. 40 and 41 (preliminary market consultations, prior involvement)',
  },
  {
    id: 'eco-innovation.award.en',
    criterion: 'eco-innovation',
    stage: 'award',
    lang: 'en',
    title: 'Points for performance beyond the minimum',
    text:
      'Up to [number] points out of [total] are awarded for performance beyond the minimum results in annex [X] that the tenderer commits to and shows to be achievable, for example through test data, a pilot or a reference installation: [number] points for each [percentage] of improvement in [indicator], up to the maximum.',
    source: 'Directive 2014/24/EU art. 67(2); European Commission Guidance on Innovation Procurement (2021)',
  },
  {
    id: 'eco-innovation.performance.en',
    criterion: 'eco-innovation',
    stage: 'performance',
    lang: 'en',
    title: 'Pilot phase with agreed targets',
    text:
      'The contract starts with a pilot phase of [number] months in [location], at the end of which the results are measured against the targets in annex [X]. ' +
      'The buyer may end the contract after the pilot if the targets are not met, paying only for the pilot; where they are met, the solution is rolled out on the terms of the contract. Intellectual property in the results stays with the contractor, which grants the buyer [a free licence to use them / the rights set out in annex Y].',
    source: 'Directive 2014/24/EU art. 31(2) and 70; COM(2007) 799 Pre-commercial procurement',
  },
  {
    id: 'eco-innovation.specification.fr',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'fr',
    title: 'Exigences fonctionnelles fondées sur le résultat, variantes autorisées',
    text:
      'Le cahier des charges fonctionnel figurant en annexe [X] fixe les résultats à atteindre ([par exemple : 95 % des pannes d’éclairage public réparées sous 24 heures, consommation d’énergie réduite de 40 % par rapport à 2024]) et les contraintes à respecter, sans imposer de technologie. ' +
      'Les variantes qui atteignent ces résultats par d’autres moyens sont autorisées, sous réserve du respect des exigences minimales de l’annexe [Y] ; le candidat précise comment la variante sera testée avant réception.',
    source: 'Directive 2014/24/UE art. 42(3)(a) et 45 ; Code de la commande publique art. R2151-8',
  },
  {
    id: 'eco-innovation.specification.de',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'de',
    title: 'Funktionale Leistungsbeschreibung, Nebenangebote zugelassen',
    text:
      'Die funktionale Leistungsbeschreibung in Anlage [X] legt die zu erreichenden Ergebnisse fest ([zum Beispiel: 95 % der Störungen der Straßenbeleuchtung innerhalb von 24 Stunden behoben, Energieverbrauch gegenüber 2024 um 40 % gesenkt]) sowie die einzuhaltenden Rahmenbedingungen, nicht die Technik. ' +
      'Nebenangebote, die diese Ergebnisse auf anderem Weg erreichen, sind zugelassen, sofern sie die Mindestanforderungen der Anlage [Y] erfüllen; der Bieter erläutert, wie das Nebenangebot vor der Abnahme geprüft wird.',
    source: 'Richtlinie 2014/24/EU Art. 42 Abs. 3 Buchst. a und Art. 45; GWB § 121; VgV § 35',
  },
  {
    id: 'eco-innovation.specification.es',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'es',
    title: 'Especificaciones funcionales y variantes admitidas',
    text:
      'Las especificaciones funcionales del anexo [X] fijan los resultados que deben alcanzarse ([por ejemplo: el 95 % de las averías del alumbrado público reparadas en 24 horas, un consumo de energía un 40 % inferior al de 2024]) y las condiciones que deben respetarse, sin imponer una tecnología. ' +
      'Se admiten variantes que logren esos resultados por otros medios, siempre que cumplan los requisitos mínimos del anexo [Y]; el licitador explicará cómo se probará la variante antes de la recepción.',
    source: 'Directiva 2014/24/UE arts. 42.3.a y 45; Ley 9/2017 de Contratos del Sector Público arts. 126 y 142',
  },
  {
    id: 'eco-innovation.selection.fr',
    criterion: 'eco-innovation',
    stage: 'selection',
    lang: 'fr',
    title: 'Capacités de recherche et développement (partenariat d’innovation)',
    text:
      'Pour le partenariat d’innovation, le candidat justifie de ses capacités dans le domaine de la recherche et du développement et dans la mise en œuvre de solutions innovantes, au moyen [d’une note de (nombre) pages au plus présentant son équipe de R&D, ses moyens d’essai et (nombre) projets conduits du prototype à la mise en service au cours des (nombre) dernières années]. ' +
      'Les jeunes entreprises et les groupements associant entreprises et organismes de recherche peuvent se prévaloir des capacités de leurs membres.',
    source: 'Directive 2014/24/UE art. 31(6) ; Code de la commande publique art. L2172-3 (partenariat d’innovation)',
  },
  {
    id: 'eco-innovation.selection.de',
    criterion: 'eco-innovation',
    stage: 'selection',
    lang: 'de',
    title: 'Eignung für die Innovationspartnerschaft',
    text:
      'Für die Innovationspartnerschaft weisen die Bewerber ihre Fähigkeiten in Forschung und Entwicklung sowie bei der Umsetzung innovativer Lösungen nach, und zwar durch [eine Darstellung von höchstens (Zahl) Seiten zu ihrem FuE-Team, ihren Testeinrichtungen und (Zahl) Projekten, in denen sie in den letzten (Zahl) Jahren eine neue Lösung vom Prototyp in den Regelbetrieb geführt haben]. ' +
      'Start-ups sowie Bewerbergemeinschaften aus Unternehmen und Forschungseinrichtungen können sich auf die Kapazitäten ihrer Mitglieder berufen.',
    source: 'Richtlinie 2014/24/EU Art. 31 Abs. 6; GWB § 119 Abs. 7; VgV § 19 (Innovationspartnerschaft) und § 47 (Eignungsleihe)',
  },
  {
    id: 'eco-innovation.selection.es',
    criterion: 'eco-innovation',
    stage: 'selection',
    lang: 'es',
    title: 'Solvencia en I+D (asociación para la innovación)',
    text:
      'En la asociación para la innovación, los candidatos acreditarán su capacidad en investigación y desarrollo y en la aplicación de soluciones innovadoras mediante [una memoria de (número) páginas como máximo sobre su equipo de I+D, sus instalaciones de ensayo y (número) proyectos en los que hayan llevado una solución nueva del prototipo a la explotación en los últimos (número) años]. ' +
      'Las empresas emergentes y las agrupaciones de empresas y organismos de investigación podrán basarse en las capacidades de sus miembros.',
    source: 'Directiva 2014/24/UE art. 31.6; Ley 9/2017 de Contratos del Sector Público arts. 177 a 182 (asociación para la innovación) y art. 75 (integración de la solvencia con medios externos)',
  },
  {
    id: 'eco-innovation.specification.fr.2',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'fr',
    title: 'Sourcing : consultation préalable du marché',
    text:
      'Avant de lancer la consultation, l’acheteur organise le [date] une consultation préalable du marché (sourcing), ouverte à tout opérateur économique intéressé, sur les besoins décrits dans [document]. ' +
      'Les questions, les réponses et une synthèse des échanges sont jointes aux documents de la consultation, afin que tous les soumissionnaires disposent des mêmes informations.',
    source: 'Directive 2014/24/UE art. 40 et 41 ; Code de la commande publique art. R2111-1 et R2111-2',
  },
  {
    id: 'eco-innovation.specification.de.2',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'de',
    title: 'Markterkundung vor dem Vergabeverfahren',
    text:
      'Vor Einleitung des Vergabeverfahrens führt der Auftraggeber am [Datum] eine allen interessierten Unternehmen offenstehende Markterkundung zu dem in [Dokument] beschriebenen Bedarf durch. ' +
      'Fragen, Antworten und eine Zusammenfassung der ausgetauschten Informationen werden mit den Vergabeunterlagen veröffentlicht, damit alle Bieter über denselben Informationsstand verfügen.',
    source: 'Richtlinie 2014/24/EU Art. 40 und 41; VgV § 28 (Markterkundung) und § 7 (Mitwirkung an der Vorbereitung des Vergabeverfahrens)',
  },
  {
    id: 'eco-innovation.specification.es.2',
    criterion: 'eco-innovation',
    stage: 'specification',
    lang: 'es',
    title: 'Consulta preliminar del mercado',
    text:
      'Antes de iniciar el procedimiento de licitación, el órgano de contratación realizará el [fecha] una consulta preliminar del mercado, abierta a cualquier operador interesado, sobre las necesidades descritas en [documento]. ' +
      'Las preguntas, las respuestas y un informe con la información intercambiada se publicarán junto con los pliegos, de modo que todos los licitadores dispongan de la misma información.',
    source: 'Directiva 2014/24/UE arts. 40 y 41; Ley 9/2017 de Contratos del Sector Público arts. 115 (consultas preliminares del mercado) y 70',
  },
  {
    id: 'eco-innovation.award.fr',
    criterion: 'eco-innovation',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : performances au-delà du minimum',
    text:
      'Critère d’attribution « performance » : [nombre] points sur [total], attribués pour les performances supérieures aux résultats minimaux de l’annexe [X] sur lesquelles le soumissionnaire s’engage et dont il démontre le caractère atteignable, par exemple par des données d’essai, un pilote ou une installation de référence : [nombre] points par tranche de [pourcentage] d’amélioration de [indicateur], dans la limite du maximum.',
    source: 'Directive 2014/24/UE art. 67(2) ; Code de la commande publique art. R2152-7 ; Commission européenne, orientations sur les achats publics d’innovation (2021)',
  },
  {
    id: 'eco-innovation.award.de',
    criterion: 'eco-innovation',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Mehrleistung über die Mindestanforderungen',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden für Leistungen vergeben, die über die Mindestergebnisse der Anlage [X] hinausgehen, sofern der Bieter sie verbindlich zusagt und ihre Erreichbarkeit belegt, etwa durch Testdaten, einen Pilotbetrieb oder eine Referenzinstallation: [Zahl] Punkte je [Prozentsatz] Verbesserung bei [Indikator], bis zur Höchstpunktzahl.',
    source: 'Richtlinie 2014/24/EU Art. 67 Abs. 2; GWB § 127; VgV § 58; Leitfaden der Europäischen Kommission für eine innovationsfördernde öffentliche Beschaffung (2021)',
  },
  {
    id: 'eco-innovation.award.es',
    criterion: 'eco-innovation',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: resultados superiores al mínimo',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] por los resultados que superen los mínimos del anexo [X], siempre que el licitador se comprometa a alcanzarlos y acredite que son alcanzables, por ejemplo con datos de ensayo, un piloto o una instalación de referencia: [número] puntos por cada [porcentaje] de mejora en [indicador], hasta el máximo.',
    source: 'Directiva 2014/24/UE art. 67.2; Ley 9/2017 de Contratos del Sector Público art. 145; Comisión Europea, Orientaciones sobre la contratación pública de innovación (2021)',
  },
  {
    id: 'eco-innovation.performance.fr',
    criterion: 'eco-innovation',
    stage: 'performance',
    lang: 'fr',
    title: 'Tranche ferme pilote et tranche optionnelle de déploiement',
    text:
      'Le marché comporte une tranche ferme, correspondant à une phase pilote de [nombre] mois sur [site], et une tranche optionnelle de déploiement. À l’issue de la tranche ferme, les résultats sont mesurés au regard des objectifs fixés en annexe [X] du CCAP. ' +
      'Si les objectifs ne sont pas atteints, l’acheteur peut ne pas affermir la tranche optionnelle, seule la phase pilote étant alors rémunérée ; s’ils sont atteints, la solution est déployée aux conditions du marché. ' +
      'Le titulaire conserve la propriété intellectuelle des résultats et concède à l’acheteur [une licence d’utilisation gratuite / les droits définis en annexe Y].',
    source: 'Directive 2014/24/UE art. 31(2) et 70 ; Code de la commande publique art. R2113-4 (marchés à tranches) ; COM(2007) 799 (achats publics avant commercialisation)',
  },
  {
    id: 'eco-innovation.performance.de',
    criterion: 'eco-innovation',
    stage: 'performance',
    lang: 'de',
    title: 'Pilotphase mit vereinbarten Zielwerten',
    text:
      'Der Vertrag beginnt mit einer Pilotphase von [Zahl] Monaten in [Ort]; an ihrem Ende werden die Ergebnisse an den Zielwerten der Anlage [X] gemessen. ' +
      'Werden die Zielwerte nicht erreicht, kann der Auftraggeber den Vertrag nach der Pilotphase beenden und vergütet nur diese; werden sie erreicht, wird die Lösung zu den Bedingungen des Vertrags ausgerollt. ' +
      'Die Rechte an den Ergebnissen verbleiben beim Auftragnehmer, der dem Auftraggeber [ein unentgeltliches Nutzungsrecht / die in Anlage Y genannten Rechte] einräumt.',
    source: 'Richtlinie 2014/24/EU Art. 31 Abs. 2 und Art. 70; KOM(2007) 799 (vorkommerzielle Auftragsvergabe)',
  },
  {
    id: 'eco-innovation.performance.es',
    criterion: 'eco-innovation',
    stage: 'performance',
    lang: 'es',
    title: 'Fase piloto con objetivos acordados',
    text:
      'El contrato comenzará con una fase piloto de [número] meses en [ubicación], al término de la cual se medirán los resultados frente a los objetivos del anexo [X]. ' +
      'Si no se alcanzan, el órgano de contratación podrá resolver el contrato tras la fase piloto, causa de resolución que se recoge expresamente en el PCAP, abonando únicamente dicha fase; si se alcanzan, la solución se implantará en las condiciones del contrato. ' +
      'La propiedad intelectual e industrial de los resultados corresponderá al contratista, que concederá al órgano de contratación [una licencia de uso gratuita / los derechos previstos en el anexo Y].',
    source: 'Directiva 2014/24/UE arts. 31.2 y 70; Ley 9/2017 de Contratos del Sector Público art. 211 (causas de resolución); COM(2007) 799 (compra pública precomercial)',
  },
];
