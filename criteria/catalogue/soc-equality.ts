import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-equality',
  pillar: 'social',
  name: {
    en: 'Gender equality and non-discrimination',
    fr: 'Égalité femmes-hommes et non-discrimination',
    de: 'Gleichstellung der Geschlechter und Nichtdiskriminierung',
    es: 'Igualdad de género y no discriminación',
  },
  why: {
    en: 'Public contracts can require equal pay, fair recruitment and diverse teams from the firms they fund, and services designed for everyone rather than for the average user.',
    fr: 'Les marchés publics peuvent exiger des entreprises qu’ils financent l’égalité salariale, un recrutement sans discrimination et des équipes diverses, et des services conçus pour tous plutôt que pour un usager moyen.',
    de: 'Öffentliche Aufträge können von den Unternehmen, die sie bezahlen, gleiche Bezahlung, diskriminierungsfreie Einstellung und vielfältige Teams verlangen, und Leistungen, die für alle statt für einen Durchschnittsnutzer gedacht sind.',
    es: 'Los contratos públicos pueden exigir a las empresas que financian igualdad salarial, selección sin discriminación y equipos diversos, y servicios pensados para todas las personas y no para un usuario medio.',
  },
  // criteria.md: "all"
  appliesTo: { all: true },
  patterns: {
    en: [
      // not the UNGM site menu ("Gender Responsive Procurement", "Women's Empowerment Principles"), not
      // "gender-based violence" as the subject of a notice (UNGM notice_29165)
      'gender (?:equality|equity|balance|parity|pay gap|mainstreaming|diversity|disaggregated)',
      'sex disaggregated',
      'equal pay\\b',
      'equal (?:remuneration|treatment of (?:women and men|men and women))',
      'pay (?:gap|equity|transparency)\\b',
      // not the procurement principle "equal opportunity for all tenderers"
      'equal opportunit(?:y|ies)(?! (?:for|to) (?:all )?(?:bidders|tenderers|suppliers|economic operators|participants))',
      'equalit(?:y|ies) (?:and diversity|,? diversity and inclusion|impact assessments?|polic(?:y|ies)|dut(?:y|ies)|plans?|of opportunity|act)\\b',
      'diversity (?:and inclusion|& inclusion|polic(?:y|ies)|plans?|of the (?:team|workforce|staff))',
      // not "a diverse team of specialists" (varied skills)
      'diverse workforces?',
      'inclusive (?:recruitment|workplaces?)',
      // not "equal treatment, non-discrimination and transparency" (principles of procurement law)
      'non ?discrimination (?:polic(?:y|ies)|clauses?|statements?|plans?|in (?:employment|recruitment|the workplace))',
      'anti ?discrimination (?:polic(?:y|ies)|laws?|legislation|measures)',
      'discrimination (?:in|at) (?:work|the workplace|employment|recruitment)',
      'protected characteristics',
      '(?:sexual )?harassment (?:polic(?:y|ies)|prevention)',
      '(?:women|girls)[^.;]{0,30}\\b(?:in|into) (?:STEM|tech\\w*|ICT|digital\\w*|engineering|science|construction)\\b',
      // not the US FAR definitions and representations ("Women-owned business concern means…", "52.204-5,
      // Women-Owned Business (Other Than Small Business)") that every federal solicitation carries
      '(?:women|minority|ethnic minority)[ -]?(?:owned|led) (?:businesses|business|enterprises?|suppliers|SMEs)\\b(?! concerns?\\b| \\(other)',
      'ethnic (?:equality|minorit(?:y|ies))',
      'rac(?:e|ial) (?:equality|discrimination)',
      'ISO 30415',
    ],
    fr: [
      // not "égalité de traitement des candidats" (principle of procurement law)
      'egalite (?:professionnelle|salariale|de remuneration|des chances|reelle)',
      'egalite (?:entre )?(?:les )?(?:femmes|hommes)(?: et (?:les )?| )(?:hommes|femmes)',
      'egalite de traitement entre (?:les )?(?:femmes|hommes)',
      'index (?:de l[’\']?)?egalite',
      'non ?discrimination (?:a l[’\']embauche|dans l[’\']emploi|au travail|salariale)',
      'lutte contre (?:les |toute forme de )?discriminations?',
      'discriminations? (?:a l[’\']embauche|au travail|dans l[’\']emploi|liees? au sexe|fondees? sur le sexe)',
      'diversite (?:des equipes|au travail|dans l[’\']entreprise|des profils)',
      'charte de la diversite',
      'label diversite',
      'mixite (?:des equipes|professionnelle|des metiers)',
      'parite (?:femmes|hommes|entre les)',
      'harcelement (?:sexuel|sexiste)',
      'violences sexistes et sexuelles (?:au travail|en entreprise)',
      '(?:femmes|filles)[^.;]{0,30}\\b(?:dans|vers) (?:le |les )?(?:numerique|sciences|metiers techniques|STEM|tech)',
    ],
    de: [
      // not "Gleichbehandlung der Bieter", not "Bietergemeinschaften sind Einzelbietern gleichgestellt",
      // not "Gleichstellungsbeauftragte" (an office of the buyer)
      'gleichstellung (?:von |der )?(?:frauen|mannern|geschlechter|mann und frau|frau und mann)',
      'gleichstellungs(?:plan|politik|konzept|ma|ziel|strategie)',
      'frauenforder\\w*',
      'entgeltgleichheit',
      'entgelttransparenz\\w*',
      'gleiche\\w* (?:lohn|bezahlung|entgelt|vergutung) fur gleich',
      'chancengleichheit(?! (?:der|aller|fur alle) (?:bieter|bewerber|unternehmen|wirtschaftsteilnehmer|teilnehmer))',
      'gleichbehandlungsgesetz',
      'AGG\\b',
      'antidiskriminierung\\w*',
      'diskriminierung (?:am arbeitsplatz|im beruf|bei der einstellung|aufgrund des geschlechts)',
      'charta der vielfalt',
      'diversitatsmanagement',
      'vielfalt (?:im team|der belegschaft|am arbeitsplatz)',
      '(?:frauen|madchen)[^.;]{0,30}\\bMINT\\b',
      'geschlechter(?:gerecht|parit|gleichheit|gleichstellung|verhaltnis)',
    ],
    es: [
      // not "igualdad de trato y no discriminación" (principles of procurement law, LCSP art. 1 and 132)
      'igualdad (?:de genero|efectiva|salarial|retributiva|de oportunidades|entre (?:mujeres y hombres|hombres y mujeres)|de trato entre (?:mujeres|hombres))',
      'plan(?:es)? de igualdad',
      'perspectiva de genero',
      'brechas? (?:salarial|de genero|retributiva)',
      'lenguaje (?:no sexista|inclusivo)',
      'no discriminacion (?:por razon de|salarial|en el (?:empleo|trabajo)|laboral)',
      'discriminacion (?:por razon de (?:sexo|genero|origen)|salarial|laboral)',
      'acoso (?:sexual|por razon de sexo)',
      'paridad (?:de genero|entre)',
      'composicion equilibrada',
      '(?:mujeres|ninas)[^.;]{0,30}\\b(?:en|hacia) (?:carreras )?(?:STEM|CTIM|tecnolog\\w*|ciencias?|ingenier\\w*)',
      'distintivo (?:de )?igualdad',
      'diversidad (?:en la plantilla|del equipo|de la plantilla)',
    ],
  },
  fields: [
    { bt: 'BT-775', values: ['gen-eq'], effect: 'present', label: 'Gender equality declared as a social objective (BT-775)' },
    { bt: 'BT-775', values: ['et-eq'], effect: 'present', label: 'Ethnic equality declared as a social objective (BT-775)' },
    // OCDS: only the goal with no eForms code (gen-eq and et-eq arrive as BT-775 from the OCDS mapping too)
    { bt: 'OCDS-goal', values: ['social.womenInclusion'], effect: 'present', label: 'Inclusion of women declared (OCDS sustainability goal)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 18(2), art. 67(2) and art. 70',
    'Directive 2006/54/EC (equal opportunities and equal treatment of men and women in employment)',
    'Directive (EU) 2023/970 (pay transparency)',
    'Directive 2000/43/EC (racial equality) and Directive 2000/78/EC (equal treatment in employment)',
    'UN Women, Gender-responsive procurement guidance',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023): training for women and girls in technology, no gender-specific language',
    'Equality Act 2010, s. 149 public sector equality duty (UK)',
    'Code du travail art. L1142-8 (index de l’égalité professionnelle) ; code de la commande publique art. L2141-4',
    'Ley Orgánica 3/2007 para la igualdad efectiva de mujeres y hombres ; Ley 9/2017 art. 71.1.d), 145.2 y 202',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  // No selection clause: EU law does not let the buyer select suppliers on their general equality policy; the
  // national exclusion grounds (France: L2141-4; Spain: art. 71.1.d LCSP) apply without a clause.
  {
    id: 'soc-equality.specification.en',
    criterion: 'soc-equality',
    stage: 'specification',
    lang: 'en',
    title: 'Services designed and measured for all users',
    text:
      'The [service / digital service / campaign] shall be designed and tested with users of different genders, ages and ethnic backgrounds, shall use gender-neutral language and images that do not rely on stereotypes, and shall record the data it collects on its users disaggregated by sex [and age] so that the buyer can see who it serves. ' +
      'Any algorithm that ranks or selects people shall be tested for differences in outcomes between groups before go-live, with the results given to the buyer.',
    source: 'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023); Directive 2014/24/EU art. 42',
  },
  {
    id: 'soc-equality.award.en',
    criterion: 'soc-equality',
    stage: 'award',
    lang: 'en',
    title: 'Equality measures for the team that performs the contract',
    text:
      '[number] % of the total score is awarded for the measures the tenderer will apply to the team performing this contract: gender balance of the proposed team and its leadership, equal pay for work of equal value checked by [a pay-gap analysis], recruitment open to under-represented groups, and a harassment policy with a reporting channel. ' +
      'Measures are scored on how concrete and verifiable they are, not on the tenderer’s general statements.',
    source: 'Directive 2014/24/EU art. 67(2) and (3); Directive (EU) 2023/970',
  },
  {
    id: 'soc-equality.performance.en',
    criterion: 'soc-equality',
    stage: 'performance',
    lang: 'en',
    title: 'Equal pay, non-discrimination and training for women in technology',
    text:
      'The contractor shall pay men and women working on the contract equally for work of equal value, shall not discriminate on grounds of sex, racial or ethnic origin, religion or belief, disability, age or sexual orientation in recruiting or managing them, and shall report each year the gender balance of the contract team and any pay gap with the action taken. ' +
      '[For digital contracts:] The contractor shall offer at least [number] training places or work placements in [technology] to women and girls during the contract.',
    source: 'Directive 2014/24/EU art. 70; Directive 2006/54/EC; U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'soc-equality.performance.fr',
    criterion: 'soc-equality',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : égalité femmes-hommes et non-discrimination',
    text:
      'Le titulaire garantit l’égalité de rémunération entre les femmes et les hommes affectés à l’exécution du marché pour un même travail ou un travail de valeur égale, s’interdit toute discrimination à l’embauche et dans la gestion de ce personnel, et met en place un dispositif de signalement du harcèlement sexuel et des agissements sexistes. ' +
      'Il transmet chaque année à l’acheteur la répartition femmes-hommes de l’équipe affectée au marché et, le cas échéant, les écarts de rémunération constatés et les mesures prises.',
    source: 'Directive 2014/24/UE art. 70 ; code du travail art. L3221-2 et L1142-8',
  },
  {
    id: 'soc-equality.award.es',
    criterion: 'soc-equality',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: medidas de igualdad en el equipo de ejecución',
    text:
      'Se otorgarán hasta [número] puntos a las medidas de igualdad entre mujeres y hombres que la empresa licitadora aplicará al personal que ejecute el contrato: composición equilibrada del equipo y de sus responsables, análisis de la brecha salarial, protocolo contra el acoso sexual y por razón de sexo, y medidas de conciliación. ' +
      'Solo se valorarán las medidas concretas y verificables durante la ejecución.',
    source: 'Ley 9/2017 de Contratos del Sector Público, art. 145.2.1º; Ley Orgánica 3/2007, art. 33',
  },
  {
    id: 'soc-equality.specification.fr',
    criterion: 'soc-equality',
    stage: 'specification',
    lang: 'fr',
    title: 'Un service conçu et évalué pour tous les publics',
    text:
      'Le [service / service numérique / la campagne] est conçu et testé avec des usagers des deux sexes, d’âges et d’origines différents ; il emploie une communication sans stéréotypes de sexe, dans les textes comme dans les images, et les données qu’il recueille sur ses usagers sont ventilées par sexe [et par âge] afin que l’acheteur sache à qui il bénéficie. ' +
      'Tout algorithme qui classe ou sélectionne des personnes fait l’objet, avant sa mise en service, d’un test des écarts de résultats entre groupes, dont les résultats sont remis à l’acheteur.',
    source: 'Directive 2014/24/UE art. 42 ; lignes directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'soc-equality.specification.de',
    criterion: 'soc-equality',
    stage: 'specification',
    lang: 'de',
    title: 'Dienstleistung für alle Nutzergruppen gestaltet und ausgewertet',
    text:
      'Die [Dienstleistung / der digitale Dienst / die Kampagne] wird mit Nutzerinnen und Nutzern unterschiedlichen Geschlechts, Alters und unterschiedlicher Herkunft entwickelt und getestet, verwendet geschlechtergerechte Sprache und Bilder ohne Rollenklischees und erfasst Nutzungsdaten nach Geschlecht [und Alter] aufgeschlüsselt, damit der Auftraggeber erkennt, wen sie erreicht. ' +
      'Algorithmen, die Personen einstufen oder auswählen, werden vor der Inbetriebnahme auf Ergebnisunterschiede zwischen Gruppen geprüft; die Ergebnisse erhält der Auftraggeber.',
    source: '§ 121 GWB; § 31 VgV; Richtlinie 2014/24/EU Art. 42; U4SSC-Leitlinien (ITU, 2023)',
  },
  {
    id: 'soc-equality.specification.es',
    criterion: 'soc-equality',
    stage: 'specification',
    lang: 'es',
    title: 'Servicio diseñado y evaluado para toda la ciudadanía',
    text:
      'El [servicio / servicio digital / la campaña] se diseñará y probará con personas usuarias de distinto sexo, edad y origen, utilizará un lenguaje inclusivo e imágenes libres de estereotipos sexistas y recogerá los datos de sus usuarios desagregados por sexo [y edad], de modo que el órgano de contratación pueda conocer a quién llega. ' +
      'Todo algoritmo que clasifique o seleccione personas se someterá, antes de su puesta en producción, a una prueba de diferencias de resultados entre grupos, cuyos resultados se entregarán al órgano de contratación.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 126; Ley Orgánica 3/2007; Directiva 2014/24/UE art. 42; directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'soc-equality.award.fr',
    criterion: 'soc-equality',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : égalité dans l’équipe affectée au marché',
    text:
      'Critère d’attribution « égalité professionnelle » : [nombre] % de la note, au vu des mesures que le soumissionnaire appliquera à l’équipe chargée de l’exécution du marché : mixité de l’équipe et de son encadrement, égalité de rémunération pour un travail de valeur égale vérifiée par [une analyse des écarts de rémunération], recrutement ouvert aux publics sous-représentés, dispositif de prévention et de signalement du harcèlement. ' +
      'Les mesures sont notées selon leur caractère concret et vérifiable, et non au vu des déclarations générales du soumissionnaire.',
    source: 'Code de la commande publique art. R2152-7 ; directive 2014/24/UE art. 67(2) et (3) ; directive (UE) 2023/970',
  },
  {
    id: 'soc-equality.award.de',
    criterion: 'soc-equality',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: Gleichstellung im Projektteam',
    text:
      'Das Zuschlagskriterium „Gleichstellung“ wird mit [Anzahl] % gewichtet. Bewertet werden die Maßnahmen, die der Bieter für das mit der Ausführung betraute Team vorsieht: ausgewogene Besetzung des Teams und der Leitungsfunktionen, gleiches Entgelt für gleiche und gleichwertige Arbeit, überprüft durch [eine Entgeltanalyse], Stellenbesetzungen, die unterrepräsentierte Gruppen ansprechen, sowie ein Schutzkonzept gegen Belästigung mit Beschwerdestelle. ' +
      'Bewertet wird, wie konkret und überprüfbar die Maßnahmen sind, nicht allgemeine Unternehmensleitbilder.',
    source: '§ 127 Abs. 1 GWB; § 58 Abs. 2 VgV; Richtlinie 2014/24/EU Art. 67 Abs. 2 und 3; Entgelttransparenzgesetz; Richtlinie (EU) 2023/970',
  },
  {
    id: 'soc-equality.performance.de',
    criterion: 'soc-equality',
    stage: 'performance',
    lang: 'de',
    title: 'Ausführungsbedingung: Entgeltgleichheit, Diskriminierungsfreiheit und Förderung von Frauen in der IT',
    text:
      'Der Auftragnehmer zahlt Frauen und Männern, die den Auftrag ausführen, für gleiche oder gleichwertige Arbeit das gleiche Entgelt, benachteiligt sie bei Einstellung und Einsatz nicht aus den in § 1 AGG genannten Gründen und berichtet jährlich über die Geschlechterverteilung im Projektteam sowie über etwaige Entgeltunterschiede und die ergriffenen Maßnahmen. ' +
      '[Bei IT-Aufträgen:] Während der Vertragslaufzeit bietet er Frauen und Mädchen mindestens [Anzahl] Ausbildungs- oder Praktikumsplätze im Bereich [Technologie] an.',
    source: '§ 128 Abs. 2 GWB; Allgemeines Gleichbehandlungsgesetz; Entgelttransparenzgesetz; Richtlinie 2014/24/EU Art. 70; Richtlinie 2006/54/EG',
  },
  {
    id: 'soc-equality.performance.es',
    criterion: 'soc-equality',
    stage: 'performance',
    lang: 'es',
    title: 'Condición especial de ejecución: igualdad retributiva, no discriminación y mujeres en la tecnología',
    text:
      'El contratista retribuirá por igual a las mujeres y los hombres que ejecuten el contrato por un trabajo de igual valor, no los discriminará en su contratación ni en su gestión por razón de sexo, origen racial o étnico, religión o convicciones, discapacidad, edad u orientación sexual, e informará cada año de la composición por sexo del equipo adscrito y de la brecha salarial existente, con las medidas adoptadas. ' +
      '[En contratos digitales:] Ofrecerá durante la ejecución al menos [número] plazas de formación o prácticas en [tecnología] a mujeres y niñas.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 202.2; Ley Orgánica 3/2007; Real Decreto 902/2020; Directiva 2014/24/UE art. 70',
  },
];
