import type { CriterionInput, ModelClause } from '../schema';

// Evidence is a condition of performance of the contract (Directive 2014/24/EU art. 70; eForms BT-70) that is
// environmental or social. A pattern therefore names both the performance condition and its topic ("conditions
// d'exécution … environnementales", "contract performance conditions … social value"), or an idiom that only
// exists as such a condition ("clause sociale d'insertion", "heures d'insertion", "community benefit clauses",
// Tariftreue, LCSP art. 202). Not evidence: a BT-70 that only deals with invoicing, insurance or security
// clearance; "environmental conditions" (operating temperature and humidity of a device); a performance
// condition whose topic is not named in the same sentence. The engine cannot see that a passage sits in BT-70 and
// names, say, modern slavery without the words "performance condition": such a passage counts for the topic's
// own criterion (soc-labour-rights), not here.
const TOPIC_EN =
  '(?:environment\\w*|ecolog\\w*|green|social(?! security)\\w*|sustainab\\w*|carbon|emissions?|waste|recycl\\w*|packaging|energy (?:efficien\\w*|consumption|savings?)|climate|apprentic\\w*|employment|labou?r|wages?|living wage|modern slavery|human rights|fair (?:trade|work|pay)|ethical|ILO\\b|accessib\\w*|equality|diversity)';
const TOPIC_FR =
  '(?:environnementa\\w*|ecologi\\w*|(?<!raison )(?<!securite )(?<!charges )(?<!cotisations )sociale?s?\\b|sociaux|insertion|developpement durable|dechets|emballages?|carbone|climatiques?\\b|handicap\\w*|egalite|commerce equitable|equitables?|reemploi|recycl\\w*)';
const TOPIC_DE =
  '(?:umwelt\\w*|ökolog\\w*|sozial\\w*|nachhaltig\\w*|ILO\\b|Kernarbeitsnorm\\w*|Tariftreue|Mindestlohn|Klima(?:schutz|neutral|wandel|ziel)\\w*|CO2|Abfall\\w*|Verpackung\\w*|Beschäftigung\\w*|Gleichstellung\\w*|Menschenrecht\\w*|Langzeitarbeitslos\\w*|Ausbildungspl[äa]tz\\w*|Auszubildende\\w*)';
const TOPIC_ES =
  '(?:medioambiental\\w*|ambiental\\w*|(?<!razon )(?<!seguridad )sociales?\\b|laboral\\w*|igualdad|insercion|empleo|discapacidad|comercio justo|residuos|emisiones|eficiencia energetica|sostenib\\w*|reciclad\\w*|envases)';

export const criterion = {
  id: 'prac-performance-clauses',
  pillar: 'practice',
  name: {
    en: 'Sustainability contract performance conditions',
    fr: 'Conditions d’exécution environnementales ou sociales',
    de: 'Umweltbezogene oder soziale Ausführungsbedingungen',
    es: 'Condiciones especiales de ejecución medioambientales o sociales',
  },
  why: {
    en: 'Conditions of performance bind whoever wins, whatever its offer: they are where environmental and social commitments become enforceable terms of the contract (Directive 2014/24/EU art. 70).',
    fr: 'Les conditions d’exécution s’imposent au titulaire quelle que soit son offre : c’est là que les engagements environnementaux et sociaux deviennent des obligations contractuelles opposables (directive 2014/24/UE, art. 70).',
    de: 'Ausführungsbedingungen binden jeden Auftragnehmer unabhängig von seinem Angebot: Hier werden ökologische und soziale Anforderungen zu durchsetzbaren Vertragspflichten (Richtlinie 2014/24/EU Art. 70, § 128 Abs. 2 GWB).',
    es: 'Las condiciones especiales de ejecución obligan a quien resulte adjudicatario, sea cual sea su oferta: convierten los compromisos ambientales y sociales en obligaciones exigibles del contrato (Directiva 2014/24/UE, art. 70; LCSP, art. 202).',
  },
  appliesTo: { all: true },
  patterns: {
    en: [
      `(?:contract )?performance (?:conditions?|clauses?)[^.;]{0,120}\\b${TOPIC_EN}`,
      `conditions? (?:of|for|relating to|concerning) (?:the )?(?:performance|execution) (?:of (?:the )?contract )?[^.;]{0,120}\\b${TOPIC_EN}`,
      `${TOPIC_EN}[^.;]{0,60}\\b(?:(?:contract )?performance conditions?|conditions? (?:of|for|relating to) (?:the )?performance)`,
      // "environmental clauses of the contract", "social and environmental contract clauses"; not "environmental
      // conditions" (the operating conditions of a device)
      '(?:environmental|social|sustainability|green|ethical|labou?r|employment|climate) (?:and (?:social|environmental|ethical|employment) )?(?:contract )?(?:clauses|clause\\b|obligations (?:of|in|under) the contract)',
      // Scotland: Procurement Reform (Scotland) Act 2014, s. 25
      'community benefits? (?:clauses?|requirements? (?:of|in) the contract)',
      'social value (?:clauses?|commitments? (?:in|of|under) the contract)',
    ],
    fr: [
      `conditions? (?:particulieres )?d[’']execution[^.;]{0,120}\\b${TOPIC_FR}`,
      `${TOPIC_FR}[^.;]{0,60}conditions? (?:particulieres )?d[’']execution`,
      'clauses? (?:sociales?|environnementales?|d[’\']insertion|ecologiques?|de developpement durable|RSE)\\b',
      'heures? d[’\']insertion',
      // Code de la commande publique art. L2112-2 (clauses of execution), formerly ordonnance 2015-899 art. 38
      'L ?2112 2\\b',
      'article 38 de l[’\']ordonnance',
    ],
    de: [
      `Ausführungsbedingung\\w*[^.;]{0,120}${TOPIC_DE}`,
      // § 128 Abs. 2 GWB: "umweltbezogene, soziale oder beschäftigungspolitische Belange"
      '(?:umweltbezogen\\w*|soziale?n?|sozialbezogen\\w*|ökologisch\\w*|nachhaltig\\w*|beschäftigungspolitisch\\w*)[^.;]{0,40}(?:Ausführungsbedingung\\w*|Bedingungen für die Ausführung)',
      `Bedingungen für die Ausführung des Auftrags[^.;]{0,120}${TOPIC_DE}`,
      '(?:Sozial|Umwelt|Nachhaltigkeits)klausel\\w*',
      // Tariftreue- und Vergabegesetze of the Länder: pay conditions bound to the performance of the contract
      'Tariftreue\\w*',
    ],
    es: [
      `condiciones especiales de ejecucion[^.;]{0,120}\\b${TOPIC_ES}`,
      '(?:medioambiental\\w*|ambiental\\w*|sociales?|laboral\\w*|de caracter (?:social|medioambiental|ambiental|laboral))[^.;]{0,40}condiciones (?:especiales )?de ejecucion',
      'clausulas? (?:sociales|medioambientales|ambientales|de (?:caracter )?(?:social|medioambiental|ambiental|sostenibilidad))',
      // LCSP art. 202: at least one special condition of performance, environmental, social or labour
      'art(?:iculo|\\.)? ?202 (?:de la |del )?(?:LCSP|Ley 9/2017|Ley de Contratos)',
    ],
  },
  // An environmental or social requirement found among the conditions of performance (BT-70) is one, whatever
  // its words ("Bidders must comply with modern slavery act" in cn_25.xml).
  presentWithEvidenceOf: { pillars: ['environment', 'social'], kinds: ['performance'] },
  fields: [
    // Execution reserved to sheltered employment programmes (Directive 2014/24/EU art. 20): a social condition of
    // performance stated in a structured field.
    { bt: 'BT-736', values: ['yes'], effect: 'present', label: 'Contract to be performed within sheltered employment programmes (BT-736)' },
    // Weak: the eForms-to-OCDS mapping lists contractPerformanceConditions among the strategies of every BT-06
    // entry (with award criteria, selection criteria and specifications), whether or not the notice has one.
    {
      bt: 'OCDS-strategy',
      values: ['contractPerformanceConditions'],
      effect: 'weak',
      label: 'Sustainability pursued through contract performance conditions (OCDS strategy)',
    },
  ],
  sources: [
    'Directive 2014/24/EU art. 70 (conditions for performance of contracts) and recitals 97–99',
    'Directive 2014/24/EU art. 18(2) (environmental, social and labour law obligations)',
    'eForms BT-70 (terms of performance) and BT-736 (reserved execution)',
    'EU GPP criteria sets (2016–2021), contract performance clauses (CPC)',
    'Code de la commande publique art. L2112-2 (France)',
    '§ 128 Abs. 2 GWB (Germany)',
    'Ley 9/2017 de Contratos del Sector Público art. 202 (Spain)',
    'Procurement Reform (Scotland) Act 2014 s. 25 (community benefit requirements)',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  ],
} satisfies CriterionInput;

// Stages: a performance condition is by definition a contract clause, so the performance stage carries the
// clauses. The selection stage does not fit (conditions bind the winner, not the candidates' capacity); the
// specification stage holds a clause that announces the conditions in the notice, and the award stage one that
// rewards commitments beyond them.
export const clauses: ModelClause[] = [
  {
    id: 'prac-performance-clauses.performance.en',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'en',
    title: 'Environmental conditions of performance',
    text:
      'Throughout the contract the contractor shall: (a) deliver goods in reusable or recyclable packaging and take back transport packaging at no extra cost; ' +
      '(b) use for deliveries and site journeys vehicles that meet at least [Euro VI / zero-emission for urban deliveries]; ' +
      '(c) keep waste arising from the contract separated for recycling and report its quantities every [period]. ' +
      'These conditions are conditions of performance within the meaning of Directive 2014/24/EU art. 70 and apply equally to subcontractors.',
    source: 'Directive 2014/24/EU art. 70; EU GPP contract performance clauses (road transport 2019, office buildings 2016)',
  },
  {
    id: 'prac-performance-clauses.performance.en.2',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'en',
    title: 'Social condition of performance: jobs and training for people far from work',
    text:
      'The contractor shall reserve at least [number] hours of work, or [percentage] % of the labour hours of the contract, for people who are long-term unemployed, young people without qualifications, people with disabilities or others facing barriers to employment, referred by [local employment service]. ' +
      'It may meet this by direct hiring, by apprenticeships, or through a work integration social enterprise. ' +
      'The contractor shall name a contact person for this condition and agree the placements with [employment service] within [number] days of the start of the contract.',
    source: 'Directive 2014/24/EU art. 70 and recital 99; Buying Social, a guide to taking account of social considerations in public procurement (European Commission, 2021)',
  },
  {
    id: 'prac-performance-clauses.specification.en',
    criterion: 'prac-performance-clauses',
    stage: 'specification',
    lang: 'en',
    title: 'Conditions announced in the notice',
    text:
      'Conditions relating to the performance of the contract (to be published in the notice, BT-70): the contract includes the environmental and social conditions of performance set out in [clause / annex X] of the contract, namely [list: packaging take-back, low-emission deliveries, hours reserved for people far from employment, compliance with ILO core conventions in the supply chain]. ' +
      'By submitting a tender, tenderers undertake to comply with them if awarded the contract.',
    source: 'Directive 2014/24/EU art. 70 (conditions indicated in the call for competition or the procurement documents); eForms BT-70',
  },
  {
    id: 'prac-performance-clauses.award.en',
    criterion: 'prac-performance-clauses',
    stage: 'award',
    lang: 'en',
    title: 'Points for commitments beyond the conditions of performance',
    text:
      'Up to [number] points out of [total] are awarded for binding commitments that go beyond the minimum conditions of performance, for example more hours reserved for people far from employment or a larger share of zero-emission deliveries. ' +
      'Each commitment shall be quantified; the commitments of the winning tender become conditions of performance of the contract and are monitored like them.',
    source: 'Directive 2014/24/EU art. 67(2) and art. 70',
  },
  {
    id: 'prac-performance-clauses.performance.fr',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution à caractère social : clause d’insertion',
    text:
      'Le titulaire réserve à l’insertion professionnelle de personnes éloignées de l’emploi au moins [nombre] heures de travail, ou [pourcentage] % des heures travaillées pour l’exécution du marché. ' +
      'Il peut y satisfaire par l’embauche directe, l’alternance, la mise à disposition par une structure d’insertion par l’activité économique ou la sous-traitance à une telle structure. ' +
      'Le facilitateur [nom de la structure] accompagne le titulaire et vérifie les heures réalisées.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'prac-performance-clauses.performance.fr.2',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution à caractère environnemental',
    text:
      'Pendant toute la durée du marché, le titulaire : a) livre les fournitures dans des emballages réutilisables ou recyclables et reprend sans frais les emballages de transport ; ' +
      'b) effectue les livraisons avec des véhicules [à faibles émissions / électriques en centre-ville] ; ' +
      'c) trie les déchets produits par l’exécution du marché et en communique les quantités tous les [période]. ' +
      'Ces conditions s’appliquent aux sous-traitants.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70 ; critères GPP de l’UE (transport routier 2019)',
  },
  {
    id: 'prac-performance-clauses.performance.de',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'de',
    title: 'Umweltbezogene und soziale Ausführungsbedingungen',
    text:
      'Für die Ausführung des Auftrags gelten folgende zusätzliche Bedingungen nach § 128 Abs. 2 GWB: a) Lieferungen erfolgen in Mehrweg- oder recyclingfähigen Verpackungen; Transportverpackungen nimmt der Auftragnehmer kostenlos zurück. ' +
      'b) Der Auftragnehmer stellt sicher, dass die gelieferten Waren unter Beachtung der ILO-Kernarbeitsnormen hergestellt wurden, und benennt auf Verlangen die Produktionsstätten. ' +
      'c) [Anzahl] Ausbildungs- oder Arbeitsplätze für Langzeitarbeitslose werden für die Dauer des Auftrags besetzt. Die Bedingungen gelten auch für Nachunternehmer.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70',
  },
  {
    id: 'prac-performance-clauses.performance.es',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'es',
    title: 'Condiciones especiales de ejecución de carácter medioambiental y social',
    text:
      'Son condiciones especiales de ejecución del contrato, conforme al artículo 202 de la LCSP: a) la entrega de los suministros en envases reutilizables o reciclables y la retirada sin coste de los embalajes de transporte; ' +
      'b) la contratación, para la ejecución del contrato, de al menos [número] personas en situación de desempleo de larga duración o con discapacidad; ' +
      'c) el cumplimiento de los convenios fundamentales de la OIT en la cadena de suministro. ' +
      'Estas condiciones son obligaciones contractuales esenciales a efectos del artículo 211.1.f) de la LCSP y se exigen también a los subcontratistas.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 202 y 211; Directiva 2014/24/UE art. 70',
  },
  // The de and es clauses above combine several conditions; the two below follow the English pair one to one,
  // so that an officer can pick the environmental or the social condition alone, as in English and French.
  {
    id: 'prac-performance-clauses.performance.de.2',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'de',
    title: 'Umweltbezogene Ausführungsbedingungen: Verpackung, Lieferfahrzeuge, Abfälle',
    text:
      'Während der gesamten Vertragslaufzeit a) liefert der Auftragnehmer in Mehrweg- oder recyclingfähigen Verpackungen und nimmt Transportverpackungen ohne Mehrkosten zurück; ' +
      'b) setzt er für Lieferungen und Fahrten zur Baustelle oder zum Leistungsort Fahrzeuge ein, die mindestens [Euro VI / im Innenstadtbereich emissionsfrei] sind; ' +
      'c) trennt er die bei der Ausführung anfallenden Abfälle zur Verwertung und meldet dem Auftraggeber alle [Zeitraum] die Mengen. ' +
      'Dies sind Ausführungsbedingungen im Sinne des § 128 Abs. 2 GWB; sie gelten auch für Nachunternehmer.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70; EU-GPP-Kriterien Straßenverkehr (2019) und Bürogebäude (2016)',
  },
  {
    id: 'prac-performance-clauses.performance.de.3',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'de',
    title: 'Soziale Ausführungsbedingung: Arbeit und Ausbildung für arbeitsmarktferne Personen',
    text:
      'Der Auftragnehmer setzt mindestens [Anzahl] Arbeitsstunden oder [Prozentsatz] % der für den Auftrag geleisteten Stunden für Personen ein, die langzeitarbeitslos sind, als junge Menschen keinen Berufsabschluss haben, schwerbehindert sind oder aus anderen Gründen schwer Zugang zum Arbeitsmarkt finden und von [Jobcenter / Agentur für Arbeit] vermittelt werden. ' +
      'Er kann dies durch eigene Einstellungen, durch Ausbildungsverhältnisse oder über einen Inklusions- oder Beschäftigungsbetrieb erfüllen. ' +
      'Er benennt eine Ansprechperson für diese Bedingung und stimmt die Besetzung innerhalb von [Anzahl] Tagen nach Vertragsbeginn mit [Jobcenter] ab.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70 und Erwägungsgrund 99; Europäische Kommission, Sozialorientierte Beschaffung (2. Ausgabe, 2021)',
  },
  {
    id: 'prac-performance-clauses.performance.es.2',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'es',
    title: 'Condiciones especiales de ejecución de carácter medioambiental',
    text:
      'Durante toda la vigencia del contrato, el contratista: a) entregará los suministros en envases reutilizables o reciclables y retirará sin coste adicional los embalajes de transporte; ' +
      'b) realizará los repartos y desplazamientos a la obra o al lugar de prestación con vehículos que cumplan como mínimo [la norma Euro VI / cero emisiones en el casco urbano]; ' +
      'c) separará para su reciclado los residuos generados por la ejecución e informará de sus cantidades cada [periodo]. ' +
      'Son condiciones especiales de ejecución conforme al artículo 202 de la LCSP y son exigibles también a los subcontratistas.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 202; Directiva 2014/24/UE art. 70; criterios CPE de la UE (transporte por carretera 2019, edificios de oficinas 2016)',
  },
  {
    id: 'prac-performance-clauses.performance.es.3',
    criterion: 'prac-performance-clauses',
    stage: 'performance',
    lang: 'es',
    title: 'Condición especial de ejecución de carácter social: empleo y formación de personas alejadas del mercado laboral',
    text:
      'El contratista destinará al menos [número] horas de trabajo, o el [porcentaje] % de las horas necesarias para ejecutar el contrato, a personas desempleadas de larga duración, jóvenes sin cualificación, personas con discapacidad u otras con especiales dificultades de inserción, derivadas por [servicio público de empleo]. ' +
      'Podrá cumplirlo mediante contratación directa, contratos formativos o a través de una empresa de inserción. ' +
      'Designará una persona responsable de esta condición y acordará las incorporaciones con [servicio público de empleo] en los [número] días siguientes al inicio del contrato.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 202; Directiva 2014/24/UE art. 70 y considerando 99; Comisión Europea, Adquisiciones sociales (2.ª edición, 2021)',
  },
  {
    id: 'prac-performance-clauses.specification.fr',
    criterion: 'prac-performance-clauses',
    stage: 'specification',
    lang: 'fr',
    title: 'Conditions d’exécution annoncées dans l’avis',
    text:
      'Conditions particulières d’exécution (à reprendre dans l’avis de marché, BT-70) : le marché comporte les conditions d’exécution à caractère environnemental et social prévues à [l’article X du CCAP / l’annexe X], à savoir [liste : reprise des emballages, livraisons à faibles émissions, heures d’insertion réservées aux personnes éloignées de l’emploi, respect des conventions fondamentales de l’OIT dans la chaîne d’approvisionnement]. ' +
      'En remettant une offre, le soumissionnaire s’engage à les respecter s’il devient titulaire.',
    source: 'Code de la commande publique art. L2112-2 (conditions d’exécution indiquées dans les documents de la consultation) ; directive 2014/24/UE art. 70 ; eForms BT-70',
  },
  {
    id: 'prac-performance-clauses.specification.de',
    criterion: 'prac-performance-clauses',
    stage: 'specification',
    lang: 'de',
    title: 'In der Bekanntmachung genannte Ausführungsbedingungen',
    text:
      'Bedingungen für die Ausführung des Auftrags (in der Auftragsbekanntmachung anzugeben, BT-70): Für den Auftrag gelten die umweltbezogenen und sozialen Ausführungsbedingungen nach [Ziffer / Anlage X] der Vertragsunterlagen, nämlich [Aufzählung: Rücknahme von Verpackungen, emissionsarme Lieferungen, Arbeitsstunden für arbeitsmarktferne Personen, Einhaltung der ILO-Kernarbeitsnormen in der Lieferkette]. ' +
      'Mit Abgabe des Angebots verpflichtet sich der Bieter, diese Bedingungen im Fall des Zuschlags einzuhalten.',
    source: '§ 128 Abs. 2 GWB (Bedingungen in der Auftragsbekanntmachung oder den Vergabeunterlagen); Richtlinie 2014/24/EU Art. 70; eForms BT-70',
  },
  {
    id: 'prac-performance-clauses.specification.es',
    criterion: 'prac-performance-clauses',
    stage: 'specification',
    lang: 'es',
    title: 'Condiciones especiales de ejecución indicadas en el anuncio',
    text:
      'Condiciones especiales de ejecución (a indicar en el anuncio de licitación, BT-70): el contrato incluye las condiciones especiales de ejecución de carácter medioambiental y social recogidas en [la cláusula X del PCAP / el anexo X], en concreto [relación: retirada de envases, repartos de bajas emisiones, horas reservadas a personas alejadas del mercado laboral, respeto de los convenios fundamentales de la OIT en la cadena de suministro]. ' +
      'Con la presentación de su oferta, el licitador se compromete a cumplirlas si resulta adjudicatario.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 202.1 (condiciones indicadas en el anuncio y en los pliegos); Directiva 2014/24/UE art. 70; eForms BT-70',
  },
  {
    id: 'prac-performance-clauses.award.fr',
    criterion: 'prac-performance-clauses',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : engagements au-delà des conditions d’exécution',
    text:
      'Jusqu’à [nombre] points sur [total] sont attribués aux engagements fermes qui vont au-delà des conditions d’exécution minimales, par exemple un nombre d’heures d’insertion supérieur ou une part plus importante de livraisons sans émissions. ' +
      'Chaque engagement est chiffré ; les engagements de l’attributaire deviennent des conditions d’exécution du marché et sont suivis comme elles.',
    source: 'Code de la commande publique art. R2152-7 et L2112-2 ; directive 2014/24/UE art. 67(2) et 70',
  },
  {
    id: 'prac-performance-clauses.award.de',
    criterion: 'prac-performance-clauses',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: Zusagen über die Mindestbedingungen hinaus',
    text:
      'Bis zu [Anzahl] von [Gesamtzahl] Punkten erhalten verbindliche Zusagen, die über die Mindestbedingungen für die Ausführung hinausgehen, etwa mehr Arbeitsstunden für arbeitsmarktferne Personen oder ein höherer Anteil emissionsfreier Lieferungen. ' +
      'Jede Zusage ist zu beziffern; die Zusagen des erfolgreichen Bieters werden Ausführungsbedingungen des Vertrags und wie diese überwacht.',
    source: '§ 127 Abs. 1 GWB; § 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 67 Abs. 2 und Art. 70',
  },
  {
    id: 'prac-performance-clauses.award.es',
    criterion: 'prac-performance-clauses',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: compromisos que mejoran las condiciones de ejecución',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] a los compromisos firmes que superen las condiciones especiales de ejecución mínimas, por ejemplo más horas reservadas a personas alejadas del mercado laboral o una mayor proporción de repartos sin emisiones. ' +
      'Cada compromiso deberá cuantificarse; los del adjudicatario pasarán a ser condiciones especiales de ejecución del contrato y se controlarán como tales.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 145 y 202; Directiva 2014/24/UE arts. 67.2 y 70',
  },
];
