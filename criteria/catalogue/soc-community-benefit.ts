import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-community-benefit',
  pillar: 'social',
  name: {
    en: 'Social value for the community',
    fr: 'Retombées sociales pour le territoire',
    de: 'Gesellschaftlicher Mehrwert für das Gemeinwesen',
    es: 'Valor social para la comunidad',
  },
  why: {
    en: 'A contract that asks for measurable social value (skills, digital inclusion, local supply chains, community projects) returns more to the city than the service alone, at little or no extra cost.',
    fr: 'Un marché qui demande des retombées sociales mesurables (compétences, inclusion numérique, entreprises locales, projets de quartier) rapporte davantage au territoire que la seule prestation, pour un surcoût faible ou nul.',
    de: 'Ein Auftrag, der messbaren gesellschaftlichen Mehrwert verlangt (Qualifizierung, digitale Teilhabe, regionale Wertschöpfung, Projekte im Quartier), bringt der Stadt mehr als die Leistung allein, zu geringen oder keinen Mehrkosten.',
    es: 'Un contrato que pide valor social medible (formación, inclusión digital, tejido empresarial local, proyectos vecinales) aporta a la ciudad más que la prestación, con un coste adicional escaso o nulo.',
  },
  // criteria.md: "services and works, software-digital, iot-smart-infrastructure"
  appliesTo: {
    groups: ['software-digital', 'iot-smart-infrastructure'],
    groupKinds: ['services', 'works'],
    natures: ['services', 'works'],
  },
  patterns: {
    en: [
      // Scotland and Wales ("Community benefits are included in this requirement", "required to deliver Community
      // Benefits"); not the buyer's own "Community Benefit Fund", not a "community benefit society" (a legal form)
      'community benefits?\\b(?! societ| fund)',
      'social value\\b',
      'PPN ?06/20\\b',
      'procurement policy note 06/20',
      '(?:national )?TOMs (?:framework|measures)',
      'themes,? outcomes and measures',
      'social return on investment',
      'SROI\\b',
      'digital (?:skills|inclusion|literacy|exclusion|divide)',
      'digitally excluded',
      'community (?:engagement|involvement|wealth building|investment|initiatives|projects|outreach|enhancement|well ?being)',
      'volunteering',
      'local (?:supply chains?|economy|economic (?:benefits?|growth|development)|spend|SMEs|businesses)\\b',
      'educational (?:initiatives|support initiatives|engagement|outreach)',
      'STEM (?:engagement|ambassadors|activities|learning|initiatives)',
      'school (?:engagement|visits|outreach)',
      'well ?being of future generations',
      'foundational economy',
      'third sector',
      // not the art. 70 wording "may relate in particular to social and environmental considerations"
      'social (?:and|&) (?:economic|environmental) (?:benefits?|value|objectives|well ?being)',
      '(?:economic|environmental) (?:and|&) social (?:benefits?|value|objectives|well ?being)',
    ],
    fr: [
      'retombees (?:locales|sociales|economiques locales|pour le territoire)',
      'ancrage (?:local|territorial)',
      'inclusion numerique',
      'mediation numerique',
      'fracture numerique',
      'illectronisme',
      'competences numeriques (?:des|pour les) (?:habitants|usagers|citoyens|publics|jeunes|seniors)',
      'valeur sociale',
      'utilite sociale',
      'economie sociale et solidaire',
      'engagement (?:societal|citoyen|territorial)',
      'mecenat de competences',
      'benevolat',
      'developpement (?:economique )?local',
      'tissu economique local',
      'concertation (?:avec )?(?:les )?(?:habitants|riverains)',
      'participation (?:citoyenne|des habitants)',
    ],
    de: [
      // Gemeinwohlorientierung, Gemeinwohlbilanz, Gemeinwohlökonomie; not "Gemeinwohlaufgaben" (BT-71 label)
      'gemeinwohl(?:orient|bilanz|okonom)',
      '(?:soziale|gesellschaftliche)\\w* mehrwert',
      '(?:regionale|lokale)\\w* wertschopfung',
      'digitale\\w* (?:teilhabe|inklusion|kompetenz)',
      'medienkompetenz',
      'burgerbeteiligung',
      'burgerschaftliche\\w* engagement',
      'ehrenamt\\w*',
    ],
    es: [
      'valor social',
      'retorno social',
      'impacto social (?:positivo|en el territorio|local)',
      'beneficios? (?:para la comunidad|comunitarios|sociales para)',
      'inclusion digital',
      'brecha digital',
      'alfabetizacion digital',
      'competencias digitales (?:de|para) (?:la ciudadania|las personas|colectivos|mayores|jovenes|vecinos)',
      'participacion ciudadana',
      'economia social',
      'desarrollo local',
      'economia local',
      'tejido (?:empresarial|productivo|economico) local',
      'voluntariado',
    ],
  },
  fields: [
    // BT-775 "other": a social objective that is none of the listed ones; community benefits are the usual one,
    // but the code does not say so.
    { bt: 'BT-775', values: ['other'], effect: 'weak', label: 'Other social objective declared (BT-775)' },
    // OCDS: the local-economy goal has no eForms code
    { bt: 'OCDS-goal', values: ['economic.localEconomyPromotion'], effect: 'weak', label: 'Promotion of the local economy declared (OCDS sustainability goal)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 67(2) and art. 70',
    'UK Cabinet Office, Procurement Policy Note 06/20 and the Social Value Model (2020): minimum 10 % weighting',
    'Public Services (Social Value) Act 2012 (UK)',
    'Procurement Reform (Scotland) Act 2014, s. 25 (community benefit requirements)',
    'Well-being of Future Generations (Wales) Act 2015',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023): procurement as a lever for inclusive outcomes',
    'European Commission, Buying Social: a guide to taking account of social considerations in public procurement (2nd edition, 2021)',
    'Ley 9/2017 de Contratos del Sector Público, art. 1.3 y 145.2',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  // No selection clause: a tenderer's past social value is not a measure of its ability to perform this contract.
  {
    id: 'soc-community-benefit.specification.en',
    criterion: 'soc-community-benefit',
    stage: 'specification',
    lang: 'en',
    groups: ['software-digital'],
    title: 'Digital inclusion built into a public digital service',
    text:
      'The [digital service] shall offer an assisted route (by telephone or in person at [locations]) for residents who cannot use it online, and the contractor shall run, during the first [number] months after go-live, [number] sessions in [libraries / community centres] where residents are helped to use the service and to gain basic digital skills. ' +
      'Session materials shall be in plain language and available in [languages].',
    source: 'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023); UK Cabinet Office Social Value Model (2020), theme "tackling economic inequality"',
  },
  {
    id: 'soc-community-benefit.award.en',
    criterion: 'soc-community-benefit',
    stage: 'award',
    lang: 'en',
    title: 'Social value award criterion (at least 10 %)',
    text:
      '[10–20] % of the total score is awarded for social value delivered through this contract, against the following outcome(s) chosen by the buyer: [skills and apprenticeships for local people / digital inclusion of residents / spend with local SMEs and social enterprises / support for community projects]. ' +
      'Tenderers shall state what they will deliver, in numbers and by when, how it relates to the contract, and how it will be measured and reported; the committed outcomes become contract terms.',
    source: 'UK Cabinet Office, Procurement Policy Note 06/20 and Social Value Model (2020); Directive 2014/24/EU art. 67(3)',
  },
  {
    id: 'soc-community-benefit.performance.en',
    criterion: 'soc-community-benefit',
    stage: 'performance',
    lang: 'en',
    title: 'Delivery and reporting of community benefits',
    text:
      'The contractor shall deliver the community benefits set out in its tender [and in annex [X]] within the stated time frames and shall report on them every [quarter] with evidence (names of schools or community groups, hours, number of people trained, spend with local suppliers). ' +
      'Where a committed benefit is not delivered, the contractor shall agree a recovery plan with the buyer within [number] days; persistent failure is a breach of the contract.',
    source: 'Procurement Reform (Scotland) Act 2014, s. 25; Directive 2014/24/EU art. 70',
  },
  {
    id: 'soc-community-benefit.award.fr',
    criterion: 'soc-community-benefit',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : retombées sociales pour le territoire',
    text:
      'Critère d’attribution « retombées sociales » : [10 à 20] % de la note, au vu des engagements du soumissionnaire liés à l’exécution du marché, choisis parmi : [ateliers d’inclusion numérique pour les habitants / actions de formation et de découverte des métiers avec les établissements scolaires / recours à des entreprises locales ou de l’économie sociale et solidaire / soutien à des projets de quartier]. ' +
      'Les engagements sont chiffrés, datés et assortis de leurs modalités de suivi ; ils deviennent des obligations contractuelles.',
    source: 'Directive 2014/24/UE art. 67 ; code de la commande publique art. R2152-7',
  },
  {
    id: 'soc-community-benefit.award.es',
    criterion: 'soc-community-benefit',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: valor social para la comunidad',
    text:
      'Se otorgarán hasta [número] puntos a los compromisos de valor social vinculados a la ejecución del contrato: [talleres de alfabetización digital para la ciudadanía / acciones formativas con centros educativos / contratación de empresas locales o de la economía social / apoyo a proyectos vecinales]. ' +
      'Los compromisos se expresarán en cifras y plazos, con su forma de seguimiento, y tendrán carácter de obligación contractual.',
    source: 'Ley 9/2017 de Contratos del Sector Público, art. 145.2.1º y 202; Directiva 2014/24/UE art. 67',
  },
  {
    id: 'soc-community-benefit.specification.fr',
    criterion: 'soc-community-benefit',
    stage: 'specification',
    lang: 'fr',
    groups: ['software-digital'],
    title: 'Inclusion numérique intégrée au service public en ligne',
    text:
      'Le [service numérique] propose un accès accompagné (par téléphone ou en présentiel à [lieux]) aux habitants qui ne peuvent pas l’utiliser en ligne. Pendant les [nombre] premiers mois suivant la mise en service, le titulaire anime [nombre] ateliers dans [des médiathèques / des centres sociaux] pour aider les habitants à utiliser le service et à acquérir les compétences numériques de base. ' +
      'Les supports des ateliers sont rédigés en langage clair et disponibles en [langues].',
    source: 'Code de la commande publique art. L2111-1 ; lignes directrices U4SSC (UIT, 2023) ; Social Value Model (Cabinet Office, Royaume-Uni, 2020)',
  },
  {
    id: 'soc-community-benefit.specification.de',
    criterion: 'soc-community-benefit',
    stage: 'specification',
    lang: 'de',
    groups: ['software-digital'],
    title: 'Digitale Teilhabe als Teil des Online-Dienstes',
    text:
      'Der [digitale Dienst] bietet Bürgerinnen und Bürgern, die ihn nicht online nutzen können, einen begleiteten Zugang (telefonisch oder persönlich in [Standorte]). In den ersten [Anzahl] Monaten nach Inbetriebnahme führt der Auftragnehmer [Anzahl] Termine in [Stadtbibliotheken / Stadtteilzentren] durch, in denen die Nutzung des Dienstes und digitale Grundkenntnisse vermittelt werden. ' +
      'Die Unterlagen sind in einfacher Sprache verfasst und in [Sprachen] verfügbar.',
    source: '§ 97 Abs. 3 GWB; § 121 GWB; U4SSC-Leitlinien (ITU, 2023); UK Cabinet Office Social Value Model (2020)',
  },
  {
    id: 'soc-community-benefit.specification.es',
    criterion: 'soc-community-benefit',
    stage: 'specification',
    lang: 'es',
    groups: ['software-digital'],
    title: 'Inclusión digital incorporada al servicio público digital',
    text:
      'El [servicio digital] ofrecerá un canal asistido (telefónico o presencial en [ubicaciones]) para la ciudadanía que no pueda utilizarlo en línea. Durante los [número] primeros meses tras su puesta en marcha, el contratista impartirá [número] sesiones en [bibliotecas / centros cívicos] para ayudar a los vecinos y vecinas a usar el servicio y adquirir competencias digitales básicas. ' +
      'Los materiales estarán redactados en lenguaje claro y disponibles en [lenguas].',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 1.3 y 126; directrices U4SSC (UIT, 2023); UK Cabinet Office Social Value Model (2020)',
  },
  {
    id: 'soc-community-benefit.award.de',
    criterion: 'soc-community-benefit',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: gesellschaftlicher Mehrwert (mindestens 10 %)',
    text:
      'Das Zuschlagskriterium „Gesellschaftlicher Mehrwert“ wird mit [10–20] % gewichtet. Bewertet wird, was der Bieter im Rahmen dieses Auftrags zu folgenden vom Auftraggeber gewählten Zielen beiträgt: [Qualifizierung und Ausbildung von Menschen aus der Region / digitale Teilhabe der Bürgerinnen und Bürger / Aufträge an regionale KMU und Sozialunternehmen / Unterstützung von Projekten im Quartier]. ' +
      'Der Bieter gibt an, was er in welchem Umfang und bis wann leistet, wie dies mit dem Auftrag zusammenhängt und wie es gemessen und berichtet wird; die Zusagen werden Vertragsbestandteil.',
    source: '§ 127 Abs. 1 und 3 GWB; § 58 Abs. 2 VgV; Richtlinie 2014/24/EU Art. 67 Abs. 3; UK Cabinet Office PPN 06/20',
  },
  {
    id: 'soc-community-benefit.performance.fr',
    criterion: 'soc-community-benefit',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : réalisation et suivi des engagements pour le territoire',
    text:
      'Le titulaire réalise les actions au bénéfice du territoire prévues dans son offre [et à l’annexe X] dans les délais indiqués et en rend compte chaque [trimestre] avec les justificatifs (établissements scolaires ou associations concernés, nombre d’heures, nombre de personnes formées, montant des achats auprès d’entreprises locales). ' +
      'Lorsqu’un engagement n’est pas tenu, le titulaire convient avec l’acheteur d’un plan de rattrapage sous [nombre] jours ; un manquement persistant peut entraîner l’application de pénalités, voire la résiliation du marché.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'soc-community-benefit.performance.de',
    criterion: 'soc-community-benefit',
    stage: 'performance',
    lang: 'de',
    title: 'Ausführungsbedingung: Umsetzung und Berichterstattung zum gesellschaftlichen Mehrwert',
    text:
      'Der Auftragnehmer erbringt die in seinem Angebot [und in Anlage X] zugesagten Leistungen für das Gemeinwesen fristgerecht und berichtet darüber [vierteljährlich] mit Nachweisen (beteiligte Schulen oder Vereine, Stunden, Zahl der qualifizierten Personen, Auftragsvolumen an regionale Lieferanten). ' +
      'Wird eine Zusage nicht erfüllt, vereinbart er innerhalb von [Anzahl] Tagen einen Nachholplan mit dem Auftraggeber; wiederholte Nichterfüllung ist eine Vertragsverletzung.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70; Procurement Reform (Scotland) Act 2014, s. 25',
  },
  {
    id: 'soc-community-benefit.performance.es',
    criterion: 'soc-community-benefit',
    stage: 'performance',
    lang: 'es',
    title: 'Condición especial de ejecución: cumplimiento y seguimiento del valor social',
    text:
      'El contratista ejecutará en los plazos previstos las actuaciones de valor social comprometidas en su oferta [y en el anexo X] e informará de ellas cada [trimestre] con su justificación (centros educativos o entidades participantes, horas, personas formadas, importe contratado con proveedores locales). ' +
      'Si un compromiso no se cumple, acordará con el órgano de contratación un plan de recuperación en [número] días; el incumplimiento reiterado dará lugar a las penalidades previstas en el PCAP conforme al artículo 192 de la LCSP.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 192 y 202; Directiva 2014/24/UE art. 70',
  },
];
