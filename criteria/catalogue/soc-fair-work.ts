import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-fair-work',
  pillar: 'social',
  name: {
    en: 'Fair pay and working conditions of the workforce',
    fr: 'Rémunération et conditions de travail équitables du personnel',
    de: 'Faire Bezahlung und Arbeitsbedingungen der Beschäftigten',
    es: 'Salario y condiciones de trabajo justos de la plantilla',
  },
  why: {
    en: 'In services and works the price is mostly labour: without conditions on pay, hours and safety, the cheapest offer is often the one that pays its workers least.',
    fr: 'Dans les services et les travaux, le prix est surtout de la main-d’œuvre : sans conditions sur la rémunération, la durée du travail et la sécurité, l’offre la moins chère est souvent celle qui paie le moins ses salariés.',
    de: 'Bei Dienst- und Bauleistungen besteht der Preis vor allem aus Arbeit: Ohne Vorgaben zu Lohn, Arbeitszeit und Arbeitsschutz gewinnt oft das Angebot, das seine Beschäftigten am schlechtesten bezahlt.',
    es: 'En servicios y obras el precio es sobre todo mano de obra: sin condiciones sobre salario, jornada y seguridad, la oferta más barata suele ser la que peor paga a su plantilla.',
  },
  // criteria.md: "services and works (all groups except pure supply of goods)". The contract nature decides when
  // the notice gives it; a services or works group decides when it does not. Mixed groups (software, cleaning,
  // catering) are left to the contract nature: they may be bought as supplies.
  appliesTo: { natures: ['services', 'works'], groupKinds: ['services', 'works'] },
  patterns: {
    en: [
      // Scotland's "Fair Work First" and "fair work practices" (uk_cf_pcs 578867, 579910); not the bare "promotion of
      // fair work and prompt and fair payment" that Welsh community-benefit lists carry in every notice
      'fair work(?:ing)? (?:practices|first|charter|convention|commitments?|criteri(?:on|a)|questions?|standards|principles|polic(?:y|ies))',
      'fair (?:and equal )?pay (?:polic(?:y|ies)|practices)',
      'fair and equitable (?:employment|reward|pay)',
      '(?:fair|decent|equitable) (?:working|employment) conditions',
      'living wages?',
      'minimum wages?',
      'prevailing wages?',
      'wage determinations?',
      'davis bacon',
      'collective (?:labou?r |bargaining |wage )?agreements?',
      'collectively agreed',
      'collective bargaining',
      'trade unions? (?:recognition|representation|access|membership|rights)',
      'zero hours? contracts?',
      'exploitative (?:employment|working|labou?r) practices',
      'ISO 45001',
      'OHSAS 18001',
      'occupational (?:health and safety|safety and health)',
      'working time (?:directive|regulations)',
      // not "during normal working hours" (opening times of a service)
      '(?:maximum|excessive) (?:weekly )?(?:working hours|hours of work)',
      'posted workers',
      'posting of workers',
      'decent (?:work|working conditions|pay)\\b',
      'work life balance',
      'family friendly (?:working|policies|employment)',
    ],
    fr: [
      'conventions? collectives?',
      'accords? collectifs? (?:de travail|d[’\']entreprise|de branche)',
      'salaires? minim(?:um|aux)',
      'SMIC\\b',
      'salaires? (?:decents?|vital|vitaux)',
      'remunerations? (?:decentes?|equitables?)',
      'sante et (?:de )?(?:la )?securite au travail',
      'sante securite au travail',
      'prevention des risques professionnels',
      'ISO 45001',
      'OHSAS 18001',
      'durees? (?:legales?|maximales?) (?:du travail|de travail|hebdomadaires?)',
      'directive (?:europeenne )?sur le temps de travail',
      'conditions de travail (?:decentes|dignes|equitables|justes)',
      'conditions d[’\']emploi (?:decentes|equitables)',
      'travail decent',
      'detachement (?:de|des) (?:travailleurs|salaries)',
      '(?:travailleurs?|salaries?) detaches?',
      'liberte syndicale',
      'droit syndical',
      'contrats? (?:a )?zero heure',
      'conciliation (?:entre )?(?:la )?(?:vie professionnelle|vie privee|des temps)',
    ],
    de: [
      // Tariftreue(erklärung), Tarifvertrag/tarifvertraglich, tarifgebunden, Tarifbindung, Tariflohn, Tarifentgelt
      'tarif(?:treu|vertr|gebund|bindung|lohn|entgelt)',
      // Mindestlohn(gesetz), Landesmindestlohn, Vergabemindestlohn, Mindestentgelt, Mindestarbeitsbedingungen
      '(?:landes|vergabe|branchen)?mindest(?:lohn|entgelt|arbeitsbedingung)',
      'MiLoG\\b',
      'TVgG\\b',
      'LTMG\\b',
      'arbeitnehmer ?entsende',
      'AEntG\\b',
      'arbeitszeitgesetz',
      'ArbZG\\b',
      'arbeitsschutz\\w*',
      'ISO 45001',
      'OHSAS 18001',
      'SCC(?: ?\\*\\*?)? ?(?:zertifi|certifi|nachweis)',
      'faire\\w* (?:arbeitsbedingungen|lohne|lohn|entlohnung|bezahlung|beschaftigung)',
      'menschenwurdige\\w* (?:arbeit|arbeitsbedingungen)',
      'gute\\w* arbeitsbedingungen',
      'vereinbarkeit von familie und beruf',
    ],
    es: [
      'convenios? colectivos?',
      'salarios? minimos?',
      'salarios? (?:dignos?|justos?|decentes?)',
      'condiciones salariales',
      'prevencion de riesgos laborales',
      'ley 31/1995',
      'seguridad y salud (?:en el trabajo|laboral|de los trabajadores)',
      'ISO 45001',
      'OHSAS 18001',
      'estabilidad (?:en el empleo|laboral|de la plantilla)',
      'condiciones (?:laborales|de trabajo) (?:dignas|justas|decentes|equitativas)',
      'trabajo (?:decente|digno)\\b',
      'conciliacion (?:de la vida )?(?:laboral|familiar|personal)',
      'trabajadores desplazados',
      'desplazamiento de trabajadores',
      'libertad sindical',
    ],
  },
  fields: [
    { bt: 'BT-775', values: ['work-cond'], effect: 'present', label: 'Fair working conditions declared (BT-775)' },
    // OCDS: only the goal with no eForms code (BT-775 work-cond arrives as BT-775 from the OCDS mapping too).
    // Formal employment points towards fair work but does not name pay, hours or safety.
    { bt: 'OCDS-goal', values: ['economic.formalEmploymentPromotion'], effect: 'weak', label: 'Promotion of formal employment declared (OCDS sustainability goal)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 18(2) (obligations of environmental, social and labour law, collective agreements)',
    'Directive 2014/24/EU art. 70 (conditions for performance of contracts) and art. 69(3) (abnormally low tenders)',
    'Directive 96/71/EC as amended by Directive (EU) 2018/957 (posting of workers)',
    'ISO 45001:2018 Occupational health and safety management systems',
    'Scottish Government, Fair Work First guidance (2021)',
    'European Commission, Buying Social: a guide to taking account of social considerations in public procurement (2nd edition, 2021)',
    'Code de la commande publique art. L2112-2 (conditions d’exécution) ; Code du travail (détachement de salariés)',
    'GWB § 128 (Ausführung des Auftrags: Mindestentgelte, Tariftreue) ; Mindestlohngesetz (MiLoG) ; Landestariftreuegesetze',
    'Ley 9/2017 de Contratos del Sector Público, art. 122.2, 149.4 y 202 (condiciones especiales de ejecución de carácter social)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'soc-fair-work.selection.en',
    criterion: 'soc-fair-work',
    stage: 'selection',
    lang: 'en',
    title: 'Occupational health and safety management',
    text:
      'Tenderers shall show that they manage the occupational health and safety of the workers who will perform the contract, either by a certificate of ISO 45001 (or an equivalent scheme) issued by an accredited body and covering the services or works concerned, or by their documented safety policy, risk assessment procedure and accident records for the last [number] years. ' +
      'Tenderers convicted of, or fined for, breaches of employment, minimum wage or health and safety law in the last [number] years shall explain the measures they have taken since.',
    source: 'Directive 2014/24/EU art. 58(4), art. 57(4)(a) and Annex XII part II; ISO 45001:2018',
  },
  // No specification clause: pay and working conditions describe how the contractor employs its workforce, not
  // the services or works delivered; EU law places them in performance conditions (art. 70), scored in award.
  {
    id: 'soc-fair-work.award.en',
    criterion: 'soc-fair-work',
    stage: 'award',
    lang: 'en',
    title: 'Fair work practices for the contract workforce',
    text:
      '[number] % of the total score is awarded for the tenderer’s commitments on the pay and conditions of everyone who will work on this contract, including agency and subcontractor staff: pay at or above [the real Living Wage / the rate of the applicable collective agreement], no inappropriate use of zero-hours contracts, predictable hours, training, and how workers are given an effective voice (for example trade union recognition). ' +
      'Only commitments that will be monitored during the contract are scored.',
    source: 'Directive 2014/24/EU art. 67(2) and (3); Scottish Government Fair Work First guidance (2021)',
  },
  {
    id: 'soc-fair-work.performance.en',
    criterion: 'soc-fair-work',
    stage: 'performance',
    lang: 'en',
    title: 'Pay, hours and safety of the contract workforce',
    text:
      'The contractor shall pay all workers engaged in the performance of the contract, including those of its subcontractors and agencies, at least [the rate of the collective agreement applicable to the sector / the real Living Wage], shall respect the limits on working time and rest periods of [national law / the Working Time Directive], and shall apply a documented occupational health and safety plan for the services or works. ' +
      'Every [six months] the contractor shall report the hourly rates paid, the hours worked and any accidents, and shall give the buyer access to the payroll records on request. A breach is a breach of a condition of the contract.',
    source: 'Directive 2014/24/EU art. 18(2) and art. 70; Directive 2003/88/EC (working time)',
  },
  {
    id: 'soc-fair-work.award.fr',
    criterion: 'soc-fair-work',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : conditions d’emploi du personnel affecté au marché',
    text:
      'Critère d’attribution « conditions d’emploi » : [nombre] % de la note, au vu des engagements du soumissionnaire pour le personnel affecté à l’exécution du marché, y compris les intérimaires et les salariés des sous-traitants : niveau de rémunération au regard de la convention collective applicable, part des contrats à durée indéterminée et à temps plein choisi, prévisibilité des horaires, formation, prévention des risques professionnels. ' +
      'Seuls les engagements vérifiables pendant l’exécution sont notés.',
    source: 'Directive 2014/24/UE art. 67 ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'soc-fair-work.performance.fr',
    criterion: 'soc-fair-work',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : rémunération, durée du travail et sécurité',
    text:
      'Le titulaire rémunère le personnel affecté à l’exécution du marché, y compris celui de ses sous-traitants, au moins au niveau prévu par la convention collective [nom de la convention] applicable, respecte les durées maximales du travail et de repos et met en œuvre un plan de prévention des risques professionnels propre aux prestations. ' +
      'Tous les [six mois], il transmet à l’acheteur un état des effectifs affectés, des taux horaires pratiqués et des accidents du travail. Le manquement à cette condition d’exécution peut entraîner l’application de pénalités, voire la résiliation du marché.',
    source: 'Directive 2014/24/UE art. 18(2) et art. 70 ; Code de la commande publique art. L2112-2',
  },
  {
    id: 'soc-fair-work.performance.de',
    criterion: 'soc-fair-work',
    stage: 'performance',
    lang: 'de',
    title: 'Ausführungsbedingung: Tariftreue, Arbeitszeit und Arbeitsschutz',
    text:
      'Der Auftragnehmer zahlt allen bei der Ausführung des Auftrags eingesetzten Beschäftigten, auch denen seiner Nachunternehmer und Verleiher, mindestens das Entgelt nach [dem einschlägigen Tarifvertrag / dem Landesvergabemindestlohn], hält die Vorgaben des Arbeitszeitgesetzes ein und wendet für die Leistung ein dokumentiertes Arbeitsschutzkonzept an. ' +
      'Er legt dem Auftraggeber alle [sechs Monate] eine Übersicht der gezahlten Stundenlöhne, der geleisteten Stunden und der Arbeitsunfälle vor und gewährt auf Verlangen Einsicht in die Lohnunterlagen. Ein Verstoß berechtigt zu einer Vertragsstrafe von [Betrag] und zur Kündigung.',
    source: 'Richtlinie 2014/24/EU Art. 70; GWB § 128; Mindestlohngesetz; Landestariftreue- und Vergabegesetze',
  },
  {
    id: 'soc-fair-work.performance.es',
    criterion: 'soc-fair-work',
    stage: 'performance',
    lang: 'es',
    title: 'Condición especial de ejecución: salario, jornada y prevención de riesgos',
    text:
      'La empresa contratista abonará a todo el personal que ejecute el contrato, incluido el de las empresas subcontratistas, como mínimo las retribuciones del convenio colectivo sectorial [nombre del convenio] aplicable, respetará la jornada máxima y los descansos legales y aplicará un plan de prevención de riesgos laborales específico para la prestación. ' +
      'Cada [seis meses] remitirá al órgano de contratación una relación del personal adscrito, las retribuciones abonadas y los accidentes de trabajo. Esta condición tiene el carácter de obligación contractual esencial a los efectos del artículo 211.1.f) de la LCSP.',
    source: 'Ley 9/2017 de Contratos del Sector Público, art. 122.2 y 202; Directiva 2014/24/UE art. 70',
  },
  {
    id: 'soc-fair-work.selection.fr',
    criterion: 'soc-fair-work',
    stage: 'selection',
    lang: 'fr',
    title: 'Capacité à gérer la santé et la sécurité au travail',
    text:
      'Le candidat justifie de sa maîtrise de la santé et de la sécurité au travail des salariés qui exécuteront le marché, soit par un certificat ISO 45001 (ou équivalent) délivré par un organisme accrédité et couvrant les prestations ou travaux concernés, soit par sa politique de prévention, son document unique d’évaluation des risques professionnels et l’état de ses accidents du travail des [nombre] dernières années. ' +
      'Le candidat condamné ou sanctionné au cours des [nombre] dernières années pour une infraction au droit du travail, aux règles de rémunération minimale ou à la réglementation en matière de santé et de sécurité expose les mesures prises depuis pour y remédier.',
    source: 'Directive 2014/24/UE art. 57(4) a), 57(6), 58(4) et annexe XII partie II ; code du travail art. R4121-1 ; norme ISO 45001:2018',
  },
  {
    id: 'soc-fair-work.selection.de',
    criterion: 'soc-fair-work',
    stage: 'selection',
    lang: 'de',
    title: 'Arbeitsschutzmanagement des Bieters',
    text:
      'Der Bieter weist nach, wie er Sicherheit und Gesundheitsschutz der bei der Ausführung eingesetzten Beschäftigten gewährleistet: durch ein Zertifikat nach ISO 45001 (oder einem gleichwertigen System) einer akkreditierten Stelle, das die betreffenden Leistungen umfasst, oder durch sein dokumentiertes Arbeitsschutzkonzept, seine Gefährdungsbeurteilung nach § 5 ArbSchG und eine Unfallstatistik der letzten [Anzahl] Jahre. ' +
      'Wurde gegen den Bieter in den letzten [Anzahl] Jahren wegen Verstößen gegen arbeitsrechtliche Pflichten, das Mindestlohngesetz oder den Arbeitsschutz eine Verurteilung oder Geldbuße verhängt, legt er die seither ergriffenen Selbstreinigungsmaßnahmen dar.',
    source: '§ 122, § 124 Abs. 1 Nr. 1 und § 125 GWB; § 46 Abs. 3 VgV; § 19 MiLoG; Richtlinie 2014/24/EU Art. 57 Abs. 4 Buchst. a und Art. 58 Abs. 4; ISO 45001:2018',
  },
  {
    id: 'soc-fair-work.selection.es',
    criterion: 'soc-fair-work',
    stage: 'selection',
    lang: 'es',
    title: 'Gestión de la seguridad y salud en el trabajo',
    text:
      'El licitador acreditará, como solvencia técnica, cómo gestiona la seguridad y salud del personal que ejecutará el contrato, bien mediante un certificado ISO 45001 (o equivalente) expedido por un organismo acreditado que abarque los servicios u obras objeto del contrato, bien mediante su plan de prevención de riesgos laborales, su evaluación de riesgos y la siniestralidad de los últimos [número] años. ' +
      'Si en los últimos [número] años ha sido condenado o sancionado por infracciones en materia laboral, salarial o de prevención de riesgos laborales, describirá las medidas técnicas, organizativas y de personal adoptadas desde entonces.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 71, 72 y 90; Ley 31/1995 de Prevención de Riesgos Laborales; Directiva 2014/24/UE arts. 57.4.a) y 58.4; ISO 45001:2018',
  },
  {
    id: 'soc-fair-work.award.de',
    criterion: 'soc-fair-work',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: faire Arbeitsbedingungen im Auftrag',
    text:
      'Das Zuschlagskriterium „Arbeitsbedingungen“ wird mit [Anzahl] % gewichtet. Bewertet werden die Zusagen des Bieters zu Entgelt und Arbeitsbedingungen aller bei der Ausführung eingesetzten Personen, einschließlich Leiharbeitskräften und Beschäftigten von Nachunternehmern: Entgelt mindestens nach [dem einschlägigen Tarifvertrag / dem Landesvergabemindestlohn], keine Arbeit auf Abruf ohne Mindeststundenzahl, planbare Arbeitszeiten, Weiterbildung und wirksame Mitbestimmung (z. B. Betriebsrat, Tarifbindung). ' +
      'Gewertet werden nur Zusagen, die während der Vertragslaufzeit überprüft werden.',
    source: '§ 127 Abs. 1 GWB; § 58 Abs. 2 VgV; Richtlinie 2014/24/EU Art. 67 Abs. 2 und 3; Landestariftreue- und Vergabegesetze',
  },
  {
    id: 'soc-fair-work.award.es',
    criterion: 'soc-fair-work',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: condiciones laborales del personal adscrito',
    text:
      'Se otorgará el [número] % de la puntuación a los compromisos del licitador sobre las retribuciones y condiciones de trabajo de todo el personal que ejecute el contrato, incluido el cedido por empresas de trabajo temporal y el de las subcontratistas: salarios iguales o superiores a [los del convenio colectivo sectorial aplicable], estabilidad en el empleo, jornadas previsibles, formación y participación efectiva de la representación legal de las personas trabajadoras. ' +
      'Solo se valorarán los compromisos cuyo cumplimiento se controle durante la ejecución.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 145.2.1º; Directiva 2014/24/UE art. 67.2 y 67.3',
  },
];
