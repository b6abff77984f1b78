import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-inclusive-employment',
  pillar: 'social',
  name: {
    en: 'Employment and training of disadvantaged people',
    fr: 'Emploi et formation de personnes éloignées de l’emploi',
    de: 'Beschäftigung und Ausbildung benachteiligter Menschen',
    es: 'Empleo y formación de personas con dificultades de inserción',
  },
  why: {
    en: 'Every services or works contract creates hours of work; reserving part of them for apprentices, long-term unemployed or disadvantaged people turns public spending into jobs for those who need them most.',
    fr: 'Tout marché de services ou de travaux crée des heures de travail ; en réserver une part à des apprentis, des chômeurs de longue durée ou des personnes en insertion fait de la dépense publique des emplois pour ceux qui en ont le plus besoin.',
    de: 'Jeder Dienstleistungs- oder Bauauftrag schafft Arbeitsstunden; einen Teil davon Auszubildenden, Langzeitarbeitslosen oder benachteiligten Menschen vorzubehalten, macht öffentliche Ausgaben zu Arbeit für die, die sie am dringendsten brauchen.',
    es: 'Todo contrato de servicios u obras genera horas de trabajo; destinar una parte a personas en prácticas, desempleadas de larga duración o en riesgo de exclusión convierte el gasto público en empleo para quien más lo necesita.',
  },
  // criteria.md: "all services and works"
  appliesTo: { natures: ['services', 'works'], groupKinds: ['services', 'works'] },
  patterns: {
    en: [
      'apprentic\\w*',
      'traineeships?',
      'work placements?',
      // not "relevant work experience" of the staff (a CV requirement)
      'work experience (?:opportunities|placements?|weeks?|for (?:young|local|school|students|pupils|people))',
      'work trials?',
      'supported internships?',
      'long term unemploy\\w*',
      'economically inactive',
      'not in (?:education,? employment,? or training|employment,? education,? or training)',
      'NEETs?\\b',
      'disadvantaged (?:people|persons|groups|workers|individuals|young people|job ?seekers)',
      'furthest (?:away )?from the (?:labou?r|jobs?|employment) market',
      '(?:employment|training|job|jobs|recruitment|work|skills) (?:and (?:training|skills|employment|recruitment) )?opportunities[^.;]{0,50}\\b(?:unemploy\\w*|disadvantaged|priority groups|young people|economically inactive|disabilit\\w*|disabled|furthest|care leavers|ex ?offenders|veterans|NEET)',
      'targeted recruitment',
      '(?:employment and skills|skills and employment) plans?',
      // not "local labour laws" (UN notices ask suppliers to respect them)
      'local (?:labou?r|employment|recruitment)\\b(?! laws?\\b| legislation| regulations| rules)',
      'care leavers',
      // not "all employees and external customers, including people with disabilities" (accessibility)
      '(?:employ(?:s|ing|ment of)?|recruit(?:s|ing|ment of)?|hir(?:e|es|ing))\\b[^.;]{0,40}\\b(?:people|persons) with (?:a )?disabilit',
    ],
    fr: [
      // "clause sociale", "clause d'insertion", "clause sociale d'insertion"; not "insertion dans le site" (architecture)
      'clauses? (?:sociales?|d[’\']insertion)',
      'heures? d[’\']insertion',
      'insertion (?:sociale et )?(?:socio ?)?professionnelle',
      'insertion par l[’\']activite economique',
      'actions? d[’\']insertion',
      'publics? (?:en insertion|prioritaires de l[’\']emploi)',
      'eloigne\\w* (?:de l[’\']emploi|du marche du travail)',
      'demandeurs? d[’\']emploi de longue duree',
      'chom\\w* de longue duree',
      // not "apprentissage automatique" (machine learning)
      'contrats? (?:d[’\']apprentissage|de professionnalisation)',
      '(?:apprentis|alternants)\\b',
      'facilitat\\w* (?:de (?:la )?|des )?clauses?',
      'beneficiaires? du RSA',
      'travailleurs handicapes',
    ],
    de: [
      'langzeitarbeitslos\\w*',
      // Ausbildungsplätze, Ausbildungsbetrieb, Ausbildungsquote; not the "abgeschlossene Ausbildung" of the staff
      'ausbildungs(?:platz|betrieb|quote|stelle|verhaltnis)',
      'auszubildende\\w*',
      'lehrstellen',
      'benachteiligte\\w* (?:personen|menschen|jugendliche|gruppen|arbeitnehmer)',
      '(?:beschaftigung|einstellung)[^.;]{0,40}(?:schwerbehindert|langzeitarbeitslos|benachteiligt|gefluchtet)',
      '(?:wieder)?eingliederung in (?:den )?(?:ersten )?arbeitsmarkt',
      'integration in den (?:ersten )?arbeitsmarkt',
      'arbeitsmarktintegration',
    ],
    es: [
      'clausulas? sociales?',
      'insercion (?:socio ?)?laboral',
      'insercion social y laboral',
      'empresas? de insercion',
      'centros? especial(?:es)? de empleo',
      'exclusion social',
      '(?:desempleados|parados|personas desempleadas) de larga duracion',
      'desempleo de larga duracion',
      'colectivos? (?:desfavorecidos|vulnerables|con (?:especiales )?dificultades)',
      'personas? con (?:especiales )?dificultades (?:de|para la) (?:insercion|acceso al (?:mercado laboral|empleo))',
      'contratos? (?:de formacion|para la formacion|de aprendizaje|en practicas)',
      'formacion dual',
      // not "buenas prácticas profesionales"
      'practicas (?:no laborales|laborales)',
      '(?:contratacion|contratar|incorporacion|incorporar)[^.;]{0,40}(?:personas? (?:desempleadas|con discapacidad|en riesgo)|jovenes desempleados|mayores de (?:45|50))',
    ],
  },
  fields: [
    { bt: 'BT-775', values: ['opp'], effect: 'present', label: 'Employment opportunities for the long-term unemployed, disadvantaged or disabled declared (BT-775)' },
  ],
  sources: [
    'Directive 2014/24/EU recital 99 and art. 70 (conditions for performance of contracts)',
    'European Commission, Buying Social: a guide to taking account of social considerations in public procurement (2nd edition, 2021)',
    'Procurement Reform (Scotland) Act 2014, s. 25 (community benefit requirements: targeted recruitment and training)',
    'Code de la commande publique art. L2112-2 (clause sociale d’insertion) ; guide sur les aspects sociaux de la commande publique (OECP)',
    'GWB § 97(3) und § 128(2) (soziale Aspekte bei der Ausführung)',
    'Ley 9/2017 de Contratos del Sector Público, art. 145.2 y 202 (inserción sociolaboral)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  // No selection clause: who a tenderer employs today is not a measure of its ability to perform; the
  // commitment for this contract is scored at award and bound in performance.
  // No specification clause: the services or works are the same whoever performs them; Buying Social places
  // employment of disadvantaged people in performance conditions and award criteria.
  {
    id: 'soc-inclusive-employment.award.en',
    criterion: 'soc-inclusive-employment',
    stage: 'award',
    lang: 'en',
    title: 'Employment and skills plan',
    text:
      '[number] % of the total score is awarded for the tenderer’s employment and skills plan for this contract: the number of apprenticeships, work placements and jobs it will offer to [long-term unemployed people / young people not in education, employment or training / people with disabilities / care leavers], how it will recruit them with [local employment services], the training and mentoring they will receive, and how many will be kept on after the contract. ' +
      'Targets are scored in proportion to what they offer beyond the minimum set in the contract conditions; only targets stated in numbers are scored.',
    source: 'Directive 2014/24/EU art. 67(2) and (3); European Commission, Buying Social (2nd edition, 2021)',
  },
  {
    id: 'soc-inclusive-employment.performance.en',
    criterion: 'soc-inclusive-employment',
    stage: 'performance',
    lang: 'en',
    title: 'Hours of work for people far from employment',
    text:
      'The contractor shall give at least [number] % of the hours worked on the contract, or at least [number] hours, to people who are [long-term unemployed / under 26 without qualifications / disabled / referred by [employment service]], employed directly, through subcontractors or through a work integration social enterprise, and shall offer at least [number] apprenticeships of at least [number] months. ' +
      'The contractor shall report each quarter the hours and placements delivered, with the referral of each person; hours not delivered without a reason accepted by the buyer incur a charge of [amount] per hour.',
    source: 'Directive 2014/24/EU art. 70; Procurement Reform (Scotland) Act 2014 s. 25',
  },
  {
    id: 'soc-inclusive-employment.award.fr',
    criterion: 'soc-inclusive-employment',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : performance en matière d’insertion professionnelle',
    text:
      'Critère d’attribution « insertion professionnelle des publics en difficulté » : [nombre] % de la note, au vu des engagements du soumissionnaire au-delà du minimum fixé par la clause d’insertion : nombre d’heures d’insertion supplémentaires, parcours proposés (contrats d’apprentissage, contrats de professionnalisation, formation qualifiante), accompagnement et perspectives d’emploi durable à l’issue du marché. ' +
      'Seuls les engagements chiffrés sont notés.',
    source: 'Code de la commande publique art. R2152-7 ; guide sur les aspects sociaux de la commande publique (OECP)',
  },
  {
    id: 'soc-inclusive-employment.performance.fr',
    criterion: 'soc-inclusive-employment',
    stage: 'performance',
    lang: 'fr',
    title: 'Clause sociale d’insertion : heures réservées aux publics éloignés de l’emploi',
    text:
      'Le titulaire réserve au moins [nombre] heures de travail, soit [nombre] % des heures nécessaires à l’exécution du marché, à des personnes rencontrant des difficultés sociales ou professionnelles particulières (demandeurs d’emploi de longue durée, bénéficiaires des minima sociaux, jeunes sans qualification, travailleurs handicapés). ' +
      'Il peut y satisfaire par l’embauche directe, la mise à disposition de salariés par une structure d’insertion par l’activité économique ou la sous-traitance à une telle structure, avec l’appui du facilitateur de la clause [coordonnées]. Les heures non réalisées sans motif accepté par l’acheteur donnent lieu à une pénalité de [montant] par heure.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'soc-inclusive-employment.performance.de',
    criterion: 'soc-inclusive-employment',
    stage: 'performance',
    lang: 'de',
    title: 'Ausführungsbedingung: Beschäftigung Langzeitarbeitsloser und Ausbildungsplätze',
    text:
      'Der Auftragnehmer setzt für mindestens [Anzahl] % der für den Auftrag geleisteten Arbeitsstunden Personen ein, die [langzeitarbeitslos sind / als schwerbehindert anerkannt sind / über [Jobcenter] vermittelt werden], und stellt während der Vertragslaufzeit mindestens [Anzahl] Ausbildungsplätze bereit. ' +
      'Er weist dies vierteljährlich durch eine Aufstellung der eingesetzten Personen und Stunden nach; nicht erbrachte Stunden ohne vom Auftraggeber anerkannten Grund lösen eine Vertragsstrafe von [Betrag] je Stunde aus.',
    source: 'Richtlinie 2014/24/EU Art. 70; GWB § 128 Abs. 2',
  },
  {
    id: 'soc-inclusive-employment.performance.es',
    criterion: 'soc-inclusive-employment',
    stage: 'performance',
    lang: 'es',
    title: 'Condición especial de ejecución: inserción sociolaboral',
    text:
      'La empresa contratista destinará al menos el [número] % de las horas de trabajo necesarias para ejecutar el contrato a personas con dificultades de acceso al mercado laboral (personas desempleadas de larga duración, en situación o riesgo de exclusión social, o con discapacidad), mediante contratación directa, subcontratación con empresas de inserción o centros especiales de empleo, y ofrecerá al menos [número] contratos para la formación y el aprendizaje. ' +
      'Acreditará su cumplimiento trimestralmente con la relación de personas y horas; el incumplimiento dará lugar a penalidades de [importe] por hora no cubierta.',
    source: 'Ley 9/2017 de Contratos del Sector Público, art. 202; Directiva 2014/24/UE art. 70',
  },
  {
    id: 'soc-inclusive-employment.award.de',
    criterion: 'soc-inclusive-employment',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: Beschäftigungs- und Qualifizierungskonzept',
    text:
      'Das Zuschlagskriterium „Beschäftigung und Qualifizierung“ wird mit [Anzahl] % gewichtet. Bewertet wird das Konzept des Bieters für diesen Auftrag: Zahl der Ausbildungsplätze, Praktika und Arbeitsplätze für [Langzeitarbeitslose / junge Menschen ohne Ausbildung oder Beschäftigung / Menschen mit Behinderungen / Careleaver], die Gewinnung dieser Personen gemeinsam mit [Jobcenter / Agentur für Arbeit], ihre Qualifizierung und Begleitung sowie die Zahl der Personen, die nach Vertragsende weiterbeschäftigt werden. ' +
      'Die Punkte richten sich danach, wie weit die Zusagen über die Mindestanforderungen der Ausführungsbedingungen hinausgehen; nur bezifferte Zusagen werden gewertet.',
    source: '§ 127 Abs. 1 GWB; § 58 Abs. 2 VgV; Richtlinie 2014/24/EU Art. 67 Abs. 2 und 3; Europäische Kommission, Sozialorientierte Beschaffung (2. Ausgabe, 2021)',
  },
  {
    id: 'soc-inclusive-employment.award.es',
    criterion: 'soc-inclusive-employment',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: plan de empleo y formación',
    text:
      'Se otorgará el [número] % de la puntuación al plan de empleo y formación del licitador para este contrato: número de contratos formativos, prácticas y puestos de trabajo que ofrecerá a [personas desempleadas de larga duración / jóvenes que ni estudian ni trabajan / personas con discapacidad / jóvenes extutelados], cómo las seleccionará junto con [el servicio público de empleo], la formación y el acompañamiento que recibirán y cuántas mantendrá en plantilla al terminar el contrato. ' +
      'La puntuación será proporcional a la mejora sobre el mínimo fijado en las condiciones especiales de ejecución; solo se valorarán los compromisos cuantificados.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 145.2.1º; Ley 44/2007 de empresas de inserción; Directiva 2014/24/UE art. 67.2 y 67.3',
  },
];
