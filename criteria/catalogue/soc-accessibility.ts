import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-accessibility',
  pillar: 'social',
  name: {
    en: 'Accessibility for persons with disabilities',
    fr: 'Accessibilité aux personnes handicapées',
  },
  why: {
    en: 'What a city buys for people to use must be usable by everyone; for goods and services used by natural persons, Directive 2014/24/EU art. 42(1) makes accessibility part of the specifications.',
    fr: 'Ce qu’une ville achète pour le public doit être utilisable par tous ; pour ce qui est destiné à des personnes physiques, l’article 42(1) de la directive 2014/24/UE impose l’accessibilité dans les spécifications.',
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
    title: 'Conditions d’exécution : accessibilité maintenue à chaque version',
    text:
      'Avant la réception de chaque version, le titulaire fait contrôler sa conformité à la norme EN 301 549 par [un auditeur indépendant] et corrige toute non-conformité sous [nombre] jours, sans surcoût. ' +
      'La solution reste conforme pendant toute la durée du marché, y compris après les mises à jour, et le titulaire fournit à l’acheteur les éléments nécessaires à sa déclaration d’accessibilité.',
    source: 'Directive (UE) 2016/2102 ; directive 2014/24/UE art. 70',
  },
];
