import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-accessibility',
  pillar: 'social',
  name: {
    en: 'Accessibility for persons with disabilities',
    fr: 'Accessibilité aux personnes handicapées',
    de: 'Barrierefreiheit für Menschen mit Behinderungen',
    es: 'Accesibilidad para personas con discapacidad',
  },
  why: {
    en: 'What a city buys for people to use must be usable by everyone; for goods and services used by natural persons, Directive 2014/24/EU art. 42(1) makes accessibility part of the specifications.',
    fr: 'Ce qu’une ville achète pour le public doit être utilisable par tous ; pour ce qui est destiné à des personnes physiques, l’article 42(1) de la directive 2014/24/UE impose l’accessibilité dans les spécifications.',
    de: 'Was eine Stadt für die Öffentlichkeit beschafft, muss für alle nutzbar sein; für Leistungen, die von natürlichen Personen genutzt werden, macht Art. 42 Abs. 1 der Richtlinie 2014/24/EU (§ 121 Abs. 2 GWB) die Barrierefreiheit zum Teil der Leistungsbeschreibung.',
    es: 'Lo que una ciudad compra para el público debe poder usarlo todo el mundo; para lo destinado a personas físicas, el artículo 42.1 de la Directiva 2014/24/UE (art. 126 LCSP) exige la accesibilidad en las prescripciones técnicas.',
  },
  appliesTo: {
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure', 'buildings', 'vehicles-transport', 'public-space', 'data-centres-cloud'],
  },
  patterns: {
    en: [
      'EN ?301 ?549',
      'WCAG',
      'web content accessibility guidelines',
      'European Accessibility Act',
      '2019/882\\b',
      '2016/2102\\b',
      'web accessibility directive',
      'section 508\\b',
      '36 CFR (?:part )?1194',
      'VPAT',
      'accessibility conformance reports?',
      // accessibility and disability in one clause; not "accessible by car", not the "Accessibility statement" footer link
      // not the ESPD template question on "quality assurance standards, including accessibility for disabled persons"
      '(?<!quality assurance standards,? including )accessib\\w*[^.;]{0,60}\\b(?:disabilit|disabled (?:people|persons|users|passengers|visitors|employees|staff))',
      '(?:disabilit\\w*|disabled (?:people|persons|users|passengers|visitors|employees|staff))[^.;]{0,60}\\baccessib',
      '(?:visually|hearing|mobility|sight) impaired',
      '(?:visual|hearing|motor|cognitive|mobility|sensory) impairments?',
      'accessibility (?:requirements?|standards?|criteria|criterion|conformance|compliance|audits?|testing|tests?|level|features|guidelines)',
      'assistive technolog',
      'screen readers?',
      '(?:keyboard|switch) (?:access|navigation|operable|accessible)',
      'design for all',
      'universal design',
      'inclusive design',
      '(?:user )?test(?:s|ing|ed)? with (?:disabled (?:people|users|persons)|(?:people|users|persons) with (?:a )?disabilit)',
      'BS 8300',
      'ISO 21542',
      'EN 17210',
      'EN 17161',
      'Americans with Disabilities Act',
      'ADA (?:standards|accessibility|compliant)',
      'approved document M\\b',
      'step free (?:access|routes?|entrances?)',
      'wheelchair (?:access\\w*|users?|spaces?|ramps?|lifts?)',
      'low floor (?:bus(?:es)?|vehicles?|trams?)',
      'tactile (?:paving|guidance|signage|markings|walking surface)',
      '(?:hearing|induction) loops?',
      '(?:audible|audio) and visual (?:announcements|information)',
    ],
    fr: [
      'EN ?301 ?549',
      'WCAG',
      'RGAA\\b',
      '2019/882\\b',
      '2016/2102\\b',
      'acte (?:europeen )?(?:sur|relatif a) l[’\']accessibilite',
      'accessibilite numerique',
      'accessib\\w*[^.;]{0,60}(?:handicap|mobilite reduite|PMR\\b)',
      '(?:handicap\\w*|mobilite reduite|PMR\\b)[^.;]{0,60}accessib',
      '(?:normes?|exigences?|criteres?|regles?|referentiel|obligations?|conformite|audit|niveau) (?:d[’\']|en matiere d[’\']|relatives? a l[’\']|de l[’\'])accessibilite',
      'personnes? a mobilite reduite',
      '(?:acces|places?|sanitaires?|toilettes|rampes?|ascenseurs?|cheminements?|stationnements?|normes?) PMR\\b',
      'technologies? d[’\']assistance',
      'lecteurs? d[’\']ecran',
      'conception universelle',
      'conception pour tous',
      'fauteuils? roulants?',
      '(?:autobus|bus|vehicules?|tramways?|rames?) a plancher bas',
      'podotactiles?',
      'boucles? (?:a induction )?magnetiques?',
      'annonces? sonores? et visuelles?',
    ],
    de: [
      'EN ?301 ?549',
      'WCAG',
      'BITV\\b',
      '2019/882\\b',
      '2016/2102\\b',
      // barrierefrei, barrierefreie, Barrierefreiheit(sanforderungen); not the "Erklärung zur Barrierefreiheit"
      // footer link of German public sites
      '(?<!erklarung zur )barrierefrei\\w*',
      'barrierearm\\w*',
      'BFSG\\b',
      'barrierefreiheitsstarkungsgesetz',
      'behindertengleichstellungsgesetz',
      'DIN 18040',
      'DIN 3297[05]',
      'DIN 32984',
      '(?:zuganglich|nutzbar|bedienbar)\\w*[^.;]{0,60}(?:menschen mit (?:behinderung|seh|hor|mobilitats)|behinderte\\w* menschen|mobilitatseingeschrank)',
      '(?:menschen mit (?:behinderung|seh|hor)\\w*|behinderte\\w* menschen|mobilitatseingeschrank\\w*)[^.;]{0,60}(?:zuganglich|nutzbar|bedienbar)',
      'assistive\\w* technolog',
      'screenreader\\w*',
      'bildschirmlese',
      'design fur alle',
      'universelle\\w* design',
      'leichte\\w* sprache',
      'zwei sinne prinzip',
      'rollstuhl\\w*',
      'niederflur\\w*',
      'taktile\\w* (?:leitsystem|bodenindikator|elemente|beschriftung)',
      'bodenindikator\\w*',
      'blindenleitsystem\\w*',
      'induktive\\w* (?:hor|hoer)anlage',
    ],
    es: [
      // "UNE-EN 301549" is found by its EN part
      'EN ?301 ?549',
      'WCAG',
      'UNE 1(?:39803|70001|70002)',
      '2019/882\\b',
      '2016/2102\\b',
      '1112/2018\\b',
      'accesibilidad universal',
      // not the "Declaración de accesibilidad" footer link
      '(?:requisitos|normas?|criterios|nivel|conformidad|auditorias?|pautas) (?:de|en materia de) accesibilidad',
      'accesib\\w*[^.;]{0,60}(?:discapacidad|movilidad reducida|PMR\\b)',
      '(?:discapacidad|movilidad reducida)[^.;]{0,60}accesib',
      'movilidad reducida',
      'diseno (?:universal|para todas las personas|para todos)',
      'tecnologias? (?:de apoyo|asistenciales?)',
      'productos de apoyo',
      'lector(?:es)? de pantalla',
      'lectura facil',
      'sillas? de ruedas',
      '(?:autobus(?:es)?|vehiculos?|tranvias?) de piso bajo',
      'podotactil\\w*',
      'bucles? (?:de induccion )?magneticos?',
      'DB ?SUA\\b',
    ],
  },
  fields: [
    { bt: 'BT-754', values: ['inc'], effect: 'present', label: 'Accessibility criteria included (BT-754)' },
    { bt: 'BT-754', values: ['n-inc'], effect: 'absent', label: 'Accessibility criteria not used: not intended for natural persons (BT-754)' },
    { bt: 'BT-754', values: ['n-inc-just'], effect: 'absent', label: 'Accessibility criteria not used (BT-754)' },
    // Weak, not present: BT-775 "accessibility for all" is a social objective, while BT-754 says whether the
    // specifications carry accessibility criteria. The engine ranks present above absent, so a present rule
    // here would override an explicit BT-754 n-inc-just on the same lot (cn_24_maximal.xml has both).
    { bt: 'BT-775', values: ['acc-all'], effect: 'weak', label: 'Accessibility for all declared as a social objective (BT-775)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 42(1)',
    'EN 301 549 (accessibility requirements for ICT products and services)',
    'W3C Web Content Accessibility Guidelines (WCAG) 2.1 and 2.2',
    'Directive (EU) 2019/882 (European Accessibility Act)',
    'Directive (EU) 2016/2102 (accessibility of public sector websites and apps)',
    'EN 17210 (accessibility and usability of the built environment)',
    'CEN/CENELEC/ETSI TR 101 551 (accessibility award criteria for ICT)',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
    'Référentiel général d’amélioration de l’accessibilité (RGAA, France)',
    'Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und DIN 18040 (Deutschland)',
    'Real Decreto 1112/2018 (accesibilidad de sitios web y aplicaciones móviles) y UNE-EN 301549 (España)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'soc-accessibility.selection.en',
    criterion: 'soc-accessibility',
    stage: 'selection',
    lang: 'en',
    title: 'Experience of delivering accessible solutions',
    text:
      'Tenderers shall provide at least [number] references from the last [number] years for [digital services / products] they delivered that were assessed as conforming to EN 301 549 (or WCAG 2.1 level AA for web content), with the assessment report or the accessibility statement that followed, and shall name the accessibility specialist who will work on this contract.',
    source: 'Directive 2014/24/EU art. 58(4); EN 301 549',
  },
  {
    id: 'soc-accessibility.specification.en',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'en',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure', 'data-centres-cloud'],
    title: 'ICT conforms to EN 301 549',
    text:
      'The [software / website / mobile application / devices] shall conform to the accessibility requirements of EN 301 549 V3.2.1 (or the version in force at the time of delivery) that apply to their functions, including WCAG 2.1 level AA for web content and electronic documents. ' +
      'Tenderers shall submit an accessibility conformance report based on EN 301 549 for the offered solution, stating for each requirement whether it is met and, where it is not, when and how it will be.',
    source: 'Directive 2014/24/EU art. 42(1); EN 301 549; Directive (EU) 2016/2102',
  },
  {
    id: 'soc-accessibility.specification.en.2',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'en',
    groups: ['buildings', 'vehicles-transport', 'public-space'],
    title: 'Built environment and vehicles usable by everyone',
    text:
      'The [building / public space / vehicles] shall allow persons with disabilities to use them independently and on equal terms, including [step-free access and routes, wheelchair spaces, tactile guidance, audible and visual information, hearing loops]. ' +
      'The design shall meet EN 17210 or the national accessibility rules, whichever is more demanding, and shall be reviewed with representatives of disabled users before [design stage].',
    source: 'Directive 2014/24/EU art. 42(1); EN 17210',
  },
  {
    id: 'soc-accessibility.award.en',
    criterion: 'soc-accessibility',
    stage: 'award',
    lang: 'en',
    title: 'Points for usability tested with disabled users',
    text:
      'Up to [number] points out of [total] are awarded for the results of usability testing of the offered solution with at least [number] users with different disabilities (for example blind, low-vision, deaf, motor and cognitive impairments), carried out by [an independent organisation] on the tasks listed in annex [X]. ' +
      'Points are given in proportion to the share of tasks that the testers completed without assistance.',
    source: 'CEN/CENELEC/ETSI TR 101 551; U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'soc-accessibility.performance.en',
    criterion: 'soc-accessibility',
    stage: 'performance',
    lang: 'en',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure'],
    title: 'Accessibility kept through every release',
    text:
      'Before the acceptance of each release, the contractor shall have its conformance with EN 301 549 checked by [an independent tester] and shall fix any non-conformity within [number] days at no extra cost. ' +
      'The solution shall stay conformant throughout the contract, including after updates, and the contractor shall supply the information the buyer needs for its accessibility statement.',
    source: 'Directive (EU) 2016/2102; Directive 2014/24/EU art. 70',
  },
  {
    id: 'soc-accessibility.specification.fr',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'fr',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure', 'data-centres-cloud'],
    title: 'Services numériques conformes à l’EN 301 549 et au RGAA',
    text:
      'Les [logiciels / sites / applications mobiles / équipements] respectent les exigences d’accessibilité de la norme EN 301 549 V3.2.1 (ou de la version en vigueur à la livraison) applicables à leurs fonctions, notamment le niveau AA des WCAG 2.1 pour les contenus web et les documents électroniques ; pour les services en ligne publics, ils sont conformes au RGAA. ' +
      'Le soumissionnaire joint à son offre un rapport de conformité fondé sur la norme EN 301 549 indiquant, pour chaque exigence, si elle est satisfaite et, à défaut, dans quel délai et par quels moyens elle le sera.',
    source: 'Directive 2014/24/UE art. 42(1) ; norme EN 301 549 ; RGAA',
  },
  {
    id: 'soc-accessibility.specification.fr.2',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'fr',
    groups: ['buildings', 'vehicles-transport', 'public-space'],
    title: 'Bâtiments, espaces publics et véhicules accessibles',
    text:
      'Les [bâtiments / espaces publics / véhicules] permettent aux personnes handicapées et aux personnes à mobilité réduite de les utiliser de façon autonome et dans des conditions d’égalité, notamment par [des cheminements sans ressaut, des emplacements pour fauteuils roulants, des bandes podotactiles, des annonces sonores et visuelles, des boucles magnétiques]. ' +
      'La conception respecte la norme EN 17210 ou la réglementation nationale sur l’accessibilité, selon la plus exigeante, et est présentée à des représentants d’usagers handicapés avant [phase de conception].',
    source: 'Directive 2014/24/UE art. 42(1) ; norme EN 17210',
  },
  {
    id: 'soc-accessibility.award.fr',
    criterion: 'soc-accessibility',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : tests d’usage avec des personnes handicapées',
    text:
      'Critère d’attribution « accessibilité » : [nombre] points sur [total], au vu des résultats de tests d’usage de la solution proposée menés par [un organisme indépendant] avec au moins [nombre] utilisateurs présentant des handicaps différents (visuel, auditif, moteur, cognitif), sur les tâches listées en annexe [X]. ' +
      'La note est proportionnelle à la part des tâches réalisées sans aide.',
    source: 'CEN/CENELEC/ETSI TR 101 551 ; Lignes directrices U4SSC pour les achats des villes intelligentes et durables (UIT, 2023)',
  },
  {
    id: 'soc-accessibility.performance.fr',
    criterion: 'soc-accessibility',
    stage: 'performance',
    lang: 'fr',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure'],
    title: 'Conditions d’exécution : accessibilité maintenue à chaque version',
    text:
      'Avant la réception de chaque version, le titulaire fait contrôler sa conformité à la norme EN 301 549 par [un auditeur indépendant] et corrige toute non-conformité sous [nombre] jours, sans surcoût. ' +
      'La solution reste conforme pendant toute la durée du marché, y compris après les mises à jour, et le titulaire fournit à l’acheteur les éléments nécessaires à sa déclaration d’accessibilité.',
    source: 'Directive (UE) 2016/2102 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'soc-accessibility.specification.de',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'de',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure', 'data-centres-cloud'],
    title: 'Barrierefreie IT nach EN 301 549 und BITV 2.0',
    text:
      'Die [Software / Website / mobile Anwendung / Geräte] erfüllt die für ihre Funktionen geltenden Anforderungen an die Barrierefreiheit der EN 301 549 V3.2.1 (oder der bei Lieferung geltenden Fassung), für Webinhalte und elektronische Dokumente mindestens WCAG 2.1 Stufe AA, und die Vorgaben der BITV 2.0. ' +
      'Der Bieter legt seinem Angebot einen Konformitätsbericht auf Grundlage der EN 301 549 bei, der für jede Anforderung angibt, ob sie erfüllt ist und, falls nicht, bis wann und wie sie erfüllt wird.',
    source: 'Richtlinie 2014/24/EU Art. 42 Abs. 1; GWB § 121 Abs. 2; EN 301 549; BITV 2.0',
  },
  {
    id: 'soc-accessibility.specification.es',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'es',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure', 'data-centres-cloud'],
    title: 'Soluciones TIC accesibles conforme a UNE-EN 301549',
    text:
      'El [software / sitio web / aplicación móvil / equipamiento] cumplirá los requisitos de accesibilidad de la norma UNE-EN 301549 V3.2.1 (o la versión vigente en el momento de la entrega) aplicables a sus funciones, incluido el nivel AA de las WCAG 2.1 para contenidos web y documentos electrónicos, conforme al Real Decreto 1112/2018. ' +
      'La empresa licitadora aportará con su oferta un informe de conformidad basado en la norma UNE-EN 301549 que indique, para cada requisito, si se cumple y, en caso contrario, en qué plazo y de qué forma se cumplirá.',
    source: 'Directiva 2014/24/UE art. 42.1; Ley 9/2017 de Contratos del Sector Público, art. 126; UNE-EN 301549; Real Decreto 1112/2018',
  },
  {
    id: 'soc-accessibility.selection.fr',
    criterion: 'soc-accessibility',
    stage: 'selection',
    lang: 'fr',
    title: 'Références en matière de solutions accessibles',
    text:
      'Le candidat présente au moins [nombre] références de moins de [nombre] ans portant sur des [services numériques / produits] dont la conformité à la norme EN 301 549 (ou au niveau AA des WCAG 2.1, ou au RGAA, pour les contenus web) a été évaluée, accompagnées du rapport d’audit ou de la déclaration d’accessibilité qui en a résulté. ' +
      'Il désigne l’expert en accessibilité qui interviendra sur le marché.',
    source: 'Directive 2014/24/UE art. 58(4) ; arrêté du 22 mars 2019 fixant la liste des renseignements et documents pouvant être demandés aux candidats ; norme EN 301 549 ; RGAA',
  },
  {
    id: 'soc-accessibility.selection.de',
    criterion: 'soc-accessibility',
    stage: 'selection',
    lang: 'de',
    title: 'Referenzen für barrierefreie Lösungen',
    text:
      'Der Bieter benennt mindestens [Anzahl] Referenzen aus den letzten [Anzahl] Jahren über [digitale Dienste / Produkte], deren Konformität mit der EN 301 549 (bei Webinhalten WCAG 2.1 Stufe AA bzw. BITV 2.0) geprüft wurde, und legt den Prüfbericht oder die daraufhin veröffentlichte Erklärung zur Barrierefreiheit bei. ' +
      'Er benennt die Fachkraft für Barrierefreiheit, die bei der Ausführung dieses Auftrags mitwirkt.',
    source: '§ 122 GWB; § 46 Abs. 3 VgV; Richtlinie 2014/24/EU Art. 58 Abs. 4; EN 301 549',
  },
  {
    id: 'soc-accessibility.selection.es',
    criterion: 'soc-accessibility',
    stage: 'selection',
    lang: 'es',
    title: 'Experiencia en soluciones accesibles',
    text:
      'Como solvencia técnica, el licitador aportará al menos [número] trabajos de los últimos [número] años relativos a [servicios digitales / productos] cuya conformidad con la norma UNE-EN 301549 (o con el nivel AA de las WCAG 2.1 para contenidos web) haya sido evaluada, junto con el informe de revisión o la declaración de accesibilidad resultante, ' +
      'e identificará a la persona experta en accesibilidad que participará en la ejecución del contrato.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 89 y 90; Directiva 2014/24/UE art. 58.4; UNE-EN 301549',
  },
  {
    id: 'soc-accessibility.specification.de.2',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'de',
    groups: ['buildings', 'vehicles-transport', 'public-space'],
    title: 'Barrierefreie Gebäude, öffentliche Räume und Fahrzeuge',
    text:
      'Die [Gebäude / öffentlichen Räume / Fahrzeuge] müssen für Menschen mit Behinderungen in der allgemein üblichen Weise, ohne besondere Erschwernis und grundsätzlich ohne fremde Hilfe nutzbar sein, insbesondere durch [stufenlose Zugänge und Wege, Rollstuhlplätze, taktile Leitsysteme, Informationen nach dem Zwei-Sinne-Prinzip, induktive Höranlagen]. ' +
      'Die Planung erfüllt die EN 17210 oder die DIN 18040 bzw. das jeweilige Landesbaurecht, je nachdem, was strengere Anforderungen stellt, und wird vor [Leistungsphase] mit Vertretungen von Menschen mit Behinderungen abgestimmt.',
    source: 'Richtlinie 2014/24/EU Art. 42 Abs. 1; § 121 Abs. 2 GWB; EN 17210; DIN 18040',
  },
  {
    id: 'soc-accessibility.specification.es.2',
    criterion: 'soc-accessibility',
    stage: 'specification',
    lang: 'es',
    groups: ['buildings', 'vehicles-transport', 'public-space'],
    title: 'Edificios, espacios públicos y vehículos accesibles para todas las personas',
    text:
      'Los [edificios / espacios públicos / vehículos] permitirán a las personas con discapacidad utilizarlos de forma autónoma y en igualdad de condiciones, en particular mediante [accesos e itinerarios sin escalones, plazas para personas usuarias de silla de ruedas, encaminamientos táctiles, información sonora y visual, bucles de inducción magnética]. ' +
      'El diseño cumplirá la norma UNE-EN 17210 o la normativa de accesibilidad aplicable (incluido el Código Técnico de la Edificación, DB SUA), la que sea más exigente, y se presentará a entidades representativas de personas con discapacidad antes de [fase del proyecto].',
    source: 'Directiva 2014/24/UE art. 42.1; Ley 9/2017 de Contratos del Sector Público art. 126; UNE-EN 17210; Real Decreto Legislativo 1/2013',
  },
  {
    id: 'soc-accessibility.award.de',
    criterion: 'soc-accessibility',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: Nutzertests mit Menschen mit Behinderungen',
    text:
      'Im Zuschlagskriterium „Barrierefreiheit in der Nutzung“ werden bis zu [Anzahl] von [Gesamtzahl] Punkten nach den Ergebnissen eines Nutzertests der angebotenen Lösung vergeben, den [eine unabhängige Stelle] mit mindestens [Anzahl] Testpersonen mit unterschiedlichen Behinderungen (z. B. blind, sehbehindert, gehörlos, motorisch oder kognitiv eingeschränkt) zu den in Anlage [X] genannten Aufgaben durchführt. ' +
      'Die Punkte richten sich nach dem Anteil der Aufgaben, die ohne Hilfe bewältigt wurden.',
    source: '§ 127 Abs. 1 GWB; § 58 Abs. 2 VgV; CEN/CENELEC/ETSI TR 101 551; U4SSC-Leitlinien (ITU, 2023)',
  },
  {
    id: 'soc-accessibility.award.es',
    criterion: 'soc-accessibility',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: pruebas de uso con personas con discapacidad',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] según los resultados de las pruebas de usabilidad de la solución ofertada realizadas por [una entidad independiente] con al menos [número] personas con distintas discapacidades (por ejemplo, ceguera, baja visión, sordera, discapacidad física o cognitiva), sobre las tareas relacionadas en el anexo [X]. ' +
      'La puntuación será proporcional al porcentaje de tareas completadas sin ayuda.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 145.2.1º; CEN/CENELEC/ETSI TR 101 551; directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'soc-accessibility.performance.de',
    criterion: 'soc-accessibility',
    stage: 'performance',
    lang: 'de',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure'],
    title: 'Ausführungsbedingung: Barrierefreiheit bei jeder Version',
    text:
      'Vor der Abnahme jeder Version lässt der Auftragnehmer die Konformität mit der EN 301 549 durch [eine unabhängige Prüfstelle] prüfen und behebt Abweichungen innerhalb von [Anzahl] Tagen ohne Mehrkosten. ' +
      'Die Lösung bleibt während der gesamten Vertragslaufzeit, auch nach Aktualisierungen, barrierefrei; der Auftragnehmer liefert dem Auftraggeber die Angaben, die dieser für seine Erklärung zur Barrierefreiheit benötigt.',
    source: '§ 128 Abs. 2 GWB; Richtlinie (EU) 2016/2102; BITV 2.0; Richtlinie 2014/24/EU Art. 70',
  },
  {
    id: 'soc-accessibility.performance.es',
    criterion: 'soc-accessibility',
    stage: 'performance',
    lang: 'es',
    groups: ['software-digital', 'ict-devices', 'iot-smart-infrastructure'],
    title: 'Condición especial de ejecución: accesibilidad mantenida en cada versión',
    text:
      'Antes de la recepción de cada versión, el contratista hará revisar su conformidad con la norma UNE-EN 301549 por [una entidad independiente] y corregirá cualquier incumplimiento en [número] días sin coste adicional. ' +
      'La solución seguirá siendo accesible durante toda la ejecución del contrato, también tras las actualizaciones, y el contratista facilitará al órgano de contratación la información necesaria para su declaración de accesibilidad conforme al Real Decreto 1112/2018.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 202; Directiva (UE) 2016/2102; Real Decreto 1112/2018; Directiva 2014/24/UE art. 70',
  },
];
