import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-reserved',
  pillar: 'social',
  name: {
    en: 'Reserved contracts and social economy',
    fr: 'Marchés réservés et économie sociale',
    de: 'Vorbehaltene Aufträge und Sozialwirtschaft',
    es: 'Contratos reservados y economía social',
  },
  why: {
    en: 'Reserving a contract or a lot for sheltered workshops or social enterprises gives work to people with disabilities or far from employment that open competition would not reach; an ambition, not a baseline.',
    fr: 'Réserver un marché ou un lot aux ESAT, entreprises adaptées ou structures d’insertion donne du travail à des personnes handicapées ou éloignées de l’emploi que la concurrence ouverte n’atteindrait pas ; une ambition, pas un minimum.',
    de: 'Ein Auftrag oder Los, das Werkstätten für behinderte Menschen oder Inklusionsbetrieben vorbehalten ist, schafft Arbeit für Menschen, die der offene Wettbewerb nicht erreicht; ein Anspruch, kein Mindeststandard.',
    es: 'Reservar un contrato o un lote a centros especiales de empleo o empresas de inserción da trabajo a personas con discapacidad o en riesgo de exclusión a las que la competencia abierta no llega; una ambición, no un mínimo.',
  },
  // criteria.md: "all (an ambition, not a baseline)"
  appliesTo: { all: true },
  patterns: {
    en: [
      // "Reserved Lot - Furniture", "reserved contract"; not "reserves the right", not "reserve centres"
      'reserved (?:contracts?|lots?|procurement)\\b',
      // the eForms label of BT-71 res-ws / res-pub-ser ("Participation is reserved to sheltered workshops…");
      // "Participation is not reserved." does not match
      'participation (?:in (?:the|this) (?:procedure|lot|contract) )?is reserved',
      '(?:reserved|restricted) (?:to|for) [^.;]{0,60}(?:sheltered|supported (?:businesses|factories|employment)|mutuals?\\b|public service mission|social and professional integration|(?:disabled|disadvantaged) (?:persons|people|workers))',
      'sheltered (?:workshops?|employment|factories)',
      'supported employment programmes?',
      // Directive 2014/24/EU art. 20 and 77, Public Contracts Regulations 2015 reg. 20 and 77
      '(?:article|art\\.|regulation|reg\\.) (?:20|77)\\b[^.;]{0,30}(?:2014/24|public contracts)',
    ],
    fr: [
      // "marché réservé", "lots réservés"; not "sous réserve", "levée des réserves"
      '(?:marches?|lots?) reserves?\\b',
      'participation est reservee',
      'reserve(?:e|s|es)? (?:a|aux) [^.;]{0,60}(?:ESAT\\b|entreprises? adaptees?|SIAE\\b|structures? d[’\']insertion|ateliers? proteges?|economie sociale|travailleurs handicapes|integration sociale et professionnelle)',
      'ateliers? proteges?',
      'programmes? d[’\']emplois? proteges?',
      // Code de la commande publique art. L2113-12 to L2113-15
      'L2113 ?1[2-5]\\b',
      'L[.] ?2113 ?1[2-5]\\b',
    ],
    de: [
      // "vorbehaltener Auftrag", "vorbehaltene Lose"; not "Die Teilnahme ist nicht vorbehalten."
      'vorbehalten\\w* (?:auftr|vergabe|lose?\\b|teilnahme)',
      // the eForms labels of BT-71 ("Die Teilnahme ist geschützten Werkstätten … vorbehalten", "… Organisationen
      // vorbehalten, die zur Erfüllung von Gemeinwohlaufgaben …"); not "Teilnahme ist nicht vorbehalten"
      'teilnahme (?:am verfahren )?ist (?!nicht\\b)[^.;]{0,120}vorbehalten',
      'werkstat\\w* fur (?:behinderte|menschen mit behinderung)',
      'WfbM\\b',
      'geschutzte\\w* (?:werkstat|beschaftigung)',
      'inklusions(?:betrieb|unternehm|firm|abteilung)',
      'blindenwerkstat',
      '118 (?:abs\\. ?[12] )?GWB\\b',
      '(?:224|226) (?:abs\\. ?\\d )?SGB IX\\b',
    ],
    es: [
      '(?:contratos?|lotes?) reservados?',
      'reserva de (?:contratos|lotes|participacion)',
      'participacion reservada',
      'reservad[oa]s? (?:a|para) [^.;]{0,60}(?:centros? especial(?:es)? de empleo|empresas? de insercion|talleres protegidos|empleo protegido|economia social)',
      'centros? especial(?:es)? de empleo de iniciativa social',
      'talleres protegidos',
      'empleo protegido',
      'disposicion adicional (?:cuarta|4)\\b[^.;]{0,30}(?:LCSP|ley 9/2017|contratos del sector publico)',
    ],
  },
  // Met by the buyer's own statement, not by an obligation on the supplier: a reservation is the buyer's decision on who may take part.
  statedByBuyer: true,
  fields: [
    { bt: 'BT-71', values: ['res-ws'], effect: 'present', label: 'Participation reserved to sheltered workshops and operators integrating disabled or disadvantaged persons (BT-71)' },
    { bt: 'BT-71', values: ['res-pub-ser'], effect: 'present', label: 'Participation reserved to organisations pursuing a public service mission (BT-71)' },
    { bt: 'BT-736', values: ['yes'], effect: 'present', label: 'Contract performed within sheltered employment programmes (BT-736)' },
    { bt: 'OCDS-strategy', values: ['reservedParticipation'], effect: 'present', label: 'Reserved participation used as a sustainability strategy (OCDS)' },
    // BT-71 "none" and BT-736 "no" are left out: the parsers drop "none", and a lot that is not reserved says
    // nothing about another lot of the same notice that is.
  ],
  sources: [
    'Directive 2014/24/EU art. 20 (reserved contracts) and art. 77 (reserved contracts for certain services)',
    'Public Contracts Regulations 2015 reg. 20 and 77 (UK)',
    'Code de la commande publique art. L2113-12 à L2113-15',
    'GWB § 118 (Bestimmten Auftragnehmern vorbehaltene öffentliche Aufträge) ; SGB IX § 224',
    'Ley 9/2017 de Contratos del Sector Público, disposición adicional cuarta (contratos reservados)',
    'European Commission, Buying Social: a guide to taking account of social considerations in public procurement (2nd edition, 2021)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'soc-reserved.selection.en',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'en',
    title: 'Lot reserved for sheltered workshops and social enterprises',
    text:
      'Participation in [this procedure / lot [number]] is reserved, under Article 20 of Directive 2014/24/EU [and regulation 20 of the Public Contracts Regulations 2015], to sheltered workshops and economic operators whose main aim is the social and professional integration of disabled or disadvantaged persons. ' +
      'Tenderers shall show that at least 30 % of their employees [or of the employees of the programme] are disabled or disadvantaged workers, with [their statutes and a staff statement certified by [body]]; in a consortium each member shall meet this condition.',
    source: 'Directive 2014/24/EU art. 20',
  },
  {
    id: 'soc-reserved.selection.en.2',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'en',
    title: 'Health, social or cultural services reserved for mission-led organisations',
    text:
      'Participation is reserved, under Article 77 of Directive 2014/24/EU, to organisations whose objective is the pursuit of a public service mission linked to [the services], which reinvest their profits to achieve that objective, and whose management or ownership is based on employee ownership or participatory principles. ' +
      'The contract lasts no more than three years, and an organisation awarded a contract for these services under Article 77 by [the buyer] in the last three years may not take part.',
    source: 'Directive 2014/24/EU art. 77',
  },
  // No specification or award clause: a reservation decides who may take part, not what is bought or how offers
  // are scored.
  {
    id: 'soc-reserved.performance.en',
    criterion: 'soc-reserved',
    stage: 'performance',
    lang: 'en',
    title: 'Contract performed in sheltered employment programmes',
    text:
      'The contract shall be performed in the context of a sheltered employment programme in which at least 30 % of the workers are disabled or disadvantaged, under Article 20 of Directive 2014/24/EU. ' +
      'The contractor shall name the programme in its tender and shall report each [quarter] the share of disabled or disadvantaged workers among those who performed the contract; a share below 30 % is a breach of a condition of the contract.',
    source: 'Directive 2014/24/EU art. 20 and art. 70',
  },
  {
    id: 'soc-reserved.selection.fr',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'fr',
    title: 'Marché réservé aux entreprises adaptées, ESAT et structures d’insertion',
    text:
      '[Le marché / Le lot [numéro]] est réservé, en application des articles [L2113-12 / L2113-13] du code de la commande publique, [aux entreprises adaptées, aux établissements et services d’aide par le travail (ESAT) et aux structures équivalentes / aux structures d’insertion par l’activité économique et aux structures équivalentes], qui emploient une proportion minimale de [50 %] de travailleurs handicapés ou défavorisés. ' +
      'Le candidat justifie de son statut (agrément, conventionnement ou attestation) et de cette proportion ; en cas de groupement, chaque membre satisfait à cette condition.',
    source: 'Directive 2014/24/UE art. 20 ; code de la commande publique art. L2113-12, L2113-13 et R2113-7',
  },
  {
    id: 'soc-reserved.selection.de',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'de',
    title: 'Vorbehaltener Auftrag nach § 118 GWB',
    text:
      'Die Teilnahme an [diesem Vergabeverfahren / Los [Nummer]] ist nach § 118 Abs. 1 GWB Werkstätten für behinderte Menschen und Unternehmen vorbehalten, deren Hauptzweck die soziale und berufliche Integration von Menschen mit Behinderungen oder von benachteiligten Personen ist (insbesondere Inklusionsbetriebe). ' +
      'Der Bewerber weist nach, dass mindestens 30 % seiner Beschäftigten Menschen mit Behinderungen oder benachteiligte Personen sind [Anerkennung nach § 225 SGB IX, Bestätigung des Integrationsamts]; bei Bietergemeinschaften muss jedes Mitglied diese Voraussetzung erfüllen.',
    source: 'Richtlinie 2014/24/EU Art. 20; GWB § 118',
  },
  {
    id: 'soc-reserved.selection.es',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'es',
    title: 'Contrato reservado a centros especiales de empleo de iniciativa social y empresas de inserción',
    text:
      'La participación en [este procedimiento / el lote [número]] queda reservada, conforme a la disposición adicional cuarta de la Ley 9/2017, a centros especiales de empleo de iniciativa social y a empresas de inserción, siempre que el porcentaje de trabajadores con discapacidad o en situación de exclusión social sea el exigido por su normativa reguladora y, en todo caso, de al menos el 30 %. ' +
      'Las empresas licitadoras acreditarán su inscripción en el registro correspondiente; en una unión temporal, cada integrante deberá cumplir este requisito.',
    source: 'Directiva 2014/24/UE art. 20; Ley 9/2017 de Contratos del Sector Público, disposición adicional cuarta',
  },
  {
    id: 'soc-reserved.selection.fr.2',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'fr',
    title: 'Services de santé, sociaux ou culturels réservés à l’économie sociale et solidaire',
    text:
      'Le marché est réservé, en application des articles L2113-15 et L2113-16 du code de la commande publique, aux entreprises de l’économie sociale et solidaire et aux structures équivalentes qui poursuivent une mission de service public liée à [la prestation], réinvestissent leurs bénéfices en vue d’atteindre cet objectif et dont la direction ou la propriété repose sur l’actionnariat salarié ou sur des principes participatifs. ' +
      'La durée du marché n’excède pas trois ans ; ne peut pas candidater la structure qui s’est vu attribuer par [l’acheteur], au cours des trois années précédentes, un marché portant sur ces services en application de ces mêmes articles.',
    source: 'Directive 2014/24/UE art. 77 ; code de la commande publique art. L2113-15 et L2113-16',
  },
  // Art. 77 is optional for Member States and we found no German provision transposing it; the clause therefore
  // cites the directive only and asks the buyer to check national law before using it.
  {
    id: 'soc-reserved.selection.de.2',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'de',
    title: 'Gesundheits-, Sozial- oder kulturelle Dienstleistungen für gemeinwohlorientierte Organisationen',
    text:
      'Die Teilnahme ist nach Art. 77 der Richtlinie 2014/24/EU Organisationen vorbehalten, deren Ziel die Erfüllung einer an [die Dienstleistungen] geknüpften Gemeinwohlaufgabe ist, die ihre Gewinne zur Erreichung dieses Ziels reinvestieren und deren Leitungs- oder Eigentümerstruktur auf Mitarbeiterbeteiligung oder partizipativen Grundsätzen beruht. ' +
      'Der Auftrag läuft höchstens drei Jahre; eine Organisation, die in den letzten drei Jahren von [dem Auftraggeber] einen Auftrag über diese Dienstleistungen nach Art. 77 erhalten hat, ist nicht teilnahmeberechtigt. [Vor Verwendung prüfen, ob das nationale Vergaberecht diesen Vorbehalt zulässt.]',
    source: 'Richtlinie 2014/24/EU Art. 77 (Umsetzung in das deutsche Recht vor Verwendung prüfen)',
  },
  {
    id: 'soc-reserved.selection.es.2',
    criterion: 'soc-reserved',
    stage: 'selection',
    lang: 'es',
    title: 'Servicios sociales, culturales o de salud reservados a organizaciones con misión de servicio público',
    text:
      'Conforme a la disposición adicional cuadragésima octava de la Ley 9/2017, la participación queda reservada a organizaciones cuyo objetivo sea la realización de una misión de servicio público vinculada a [los servicios], que reinviertan sus beneficios para alcanzar ese objetivo y cuya estructura de dirección o propiedad se base en la participación de los trabajadores o en principios participativos. ' +
      'La duración máxima del contrato será de tres años y no podrá participar la organización que, en los tres años anteriores, haya resultado adjudicataria de un contrato para estos servicios de [órgano de contratación] con arreglo a esta disposición.',
    source: 'Directiva 2014/24/UE art. 77; Ley 9/2017 de Contratos del Sector Público, disposición adicional cuadragésima octava',
  },
  {
    id: 'soc-reserved.performance.fr',
    criterion: 'soc-reserved',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : maintien de la proportion de travailleurs handicapés ou défavorisés',
    text:
      'Le marché réservé en application de l’article [L2113-12 / L2113-13] du code de la commande publique est exécuté par des équipes comptant au moins [50 %] de travailleurs handicapés ou défavorisés. ' +
      'Le titulaire désigne dans son offre [l’entreprise adaptée / l’ESAT / la structure d’insertion] qui exécute les prestations et communique chaque [trimestre] la part de ces travailleurs parmi le personnel affecté au marché ; une part inférieure au seuil constitue un manquement à une condition d’exécution du marché.',
    source: 'Directive 2014/24/UE art. 20 et 70 ; code de la commande publique art. L2112-2, L2113-12 et L2113-13',
  },
  {
    id: 'soc-reserved.performance.de',
    criterion: 'soc-reserved',
    stage: 'performance',
    lang: 'de',
    title: 'Ausführung im Rahmen von Programmen mit geschützten Beschäftigungsverhältnissen',
    text:
      'Der Auftrag ist nach § 118 Abs. 1 GWB im Rahmen eines Programms mit geschützten Beschäftigungsverhältnissen auszuführen, in dem mindestens 30 % der Beschäftigten Menschen mit Behinderungen oder benachteiligte Personen sind. ' +
      'Der Auftragnehmer benennt das Programm in seinem Angebot und meldet [vierteljährlich] den Anteil dieser Personen an den bei der Ausführung eingesetzten Beschäftigten; ein Anteil unter 30 % ist ein Verstoß gegen eine Ausführungsbedingung.',
    source: '§ 118 GWB; § 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 20 und Art. 70',
  },
  {
    id: 'soc-reserved.performance.es',
    criterion: 'soc-reserved',
    stage: 'performance',
    lang: 'es',
    title: 'Ejecución reservada en el marco de programas de empleo protegido',
    text:
      'Conforme a la disposición adicional cuarta de la Ley 9/2017, la ejecución del contrato se realizará en el marco de un programa de empleo protegido en el que el porcentaje de trabajadores con discapacidad o en situación de exclusión social sea el previsto en su normativa de referencia y, en todo caso, de al menos el 30 %. ' +
      'El contratista identificará el programa en su oferta y comunicará cada [trimestre] el porcentaje de estas personas entre el personal que ejecuta el contrato; un porcentaje inferior constituye incumplimiento de una condición especial de ejecución.',
    source: 'Directiva 2014/24/UE arts. 20 y 70; Ley 9/2017 de Contratos del Sector Público, disposición adicional cuarta y art. 202',
  },
];
