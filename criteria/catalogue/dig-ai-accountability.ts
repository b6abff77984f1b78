import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'dig-ai-accountability',
  pillar: 'digital',
  name: {
    en: 'Accountable algorithms and AI',
    fr: 'Algorithmes et IA responsables',
    de: 'Verantwortungsvolle Algorithmen und KI',
    es: 'Algoritmos e IA responsables',
  },
  why: {
    en: 'When software helps decide who gets a service, a check or a fine, residents are entitled to know how, to have a person review the decision and to be protected from biased results; the AI Act makes much of this a legal duty.',
    fr: 'Quand un logiciel aide à décider qui reçoit une prestation, un contrôle ou une amende, les habitants doivent savoir comment, obtenir l’examen de la décision par une personne et être protégés des résultats biaisés ; le règlement sur l’IA en fait largement une obligation.',
    de: 'Wenn Software mitentscheidet, wer eine Leistung, eine Kontrolle oder ein Bußgeld erhält, haben Bürger Anspruch darauf zu erfahren wie, auf Überprüfung durch einen Menschen und auf Schutz vor verzerrten Ergebnissen; die KI-Verordnung macht vieles davon zur Pflicht.',
    es: 'Cuando un programa ayuda a decidir quién recibe un servicio, una inspección o una multa, los vecinos tienen derecho a saber cómo, a que una persona revise la decisión y a no sufrir resultados sesgados; el Reglamento de IA convierte buena parte de ello en obligación.',
  },
  // Applies only where the notice names AI, machine learning or automated decisions (found anywhere in it).
  // "AI", "IA" and "KI" alone are not enough: "Amnesty International (AI)", Hungarian "ki", lot "IA".
  appliesTo: {
    subject: {
      en: [
        'artificial intelligence',
        'AI (?:systems?|models?|tools?|solutions?|based|powered|driven|enabled|assistants?|chatbots?|platforms?|software|technolog\\w*|algorithms?|applications?|agents?)\\b',
        'generative AI',
        'machine learning',
        'deep learning',
        'neural networks?',
        'large language models?',
        // not "LLM" alone (Master of Laws)
        'automated decision ?making',
        'automated decisions?',
        'algorithm\\w*[^.;]{0,40}\\b(?:decid\\w*|decisions?|determin\\w*|eligib\\w*|prioriti[sz]\\w*|allocat\\w*|scor(?:e|es|ed|ing)|risk (?:assessment|profil\\w*|scor\\w*)|predict\\w*|triag\\w*)',
        'predictive (?:analytics|models?|policing|algorithms?)',
        'facial recognition',
        'computer vision',
      ],
      fr: [
        'intelligence artificielle',
        'IA (?:generative|g[ée]n[ée]rative)',
        "syst[eè]mes? d[’']IA\\b",
        "(?:outils?|solutions?|mod[eè]les?|logiciels?) d[’']IA\\b",
        'apprentissage (?:automatique|profond)',
        'r[ée]seaux? de neurones',
        'd[ée]cisions? (?:individuelles? )?automatis[ée]es?',
        'traitements? algorithmiques?',
        'algorithmes?[^.;]{0,40}\\b(?:d[ée]cision\\w*|d[ée]cid\\w*|attribu\\w*|[ée]valu\\w*|classe\\w*|scor\\w*|pr[ée]di\\w*|orient\\w*)',
        'reconnaissance faciale',
        'vision par ordinateur',
        'mod[eè]les? de langage',
      ],
      de: [
        'kunstliche\\w* Intelligenz',
        'KI ?(?:System|Modell|Anwendung|Losung|gestutzt|basiert|Technologie|Verfahren|Software|Plattform|Assistent|Werkzeug|Tool)\\w*',
        'maschinelle\\w* Lernen',
        'Deep Learning',
        'neuronale\\w* Netz\\w*',
        'automatisierte\\w* Entscheidung\\w*',
        'Algorithm\\w*[^.;]{0,40}\\b(?:Entscheid\\w*|Bewert\\w*|Prognos\\w*|Zuteil\\w*|Priorisier\\w*)',
        'Gesichtserkennung',
        'Sprachmodell\\w*',
      ],
      es: [
        'inteligencia artificial',
        'IA generativa',
        'sistemas? de IA\\b',
        '(?:herramientas?|soluciones?|modelos?) de IA\\b',
        'aprendizaje (?:autom[aá]tico|profundo)',
        'redes neuronales',
        'decisiones? automatizadas?',
        'algoritmos?[^.;]{0,40}\\b(?:decisi[oó]n\\w*|decid\\w*|asign\\w*|evalu\\w*|predic\\w*|puntu\\w*|prioriz\\w*)',
        'reconocimiento facial',
        'visi[oó]n (?:artificial|por computador)',
        'modelos? de lenguaje',
      ],
    },
  },
  // Evidence is what makes the AI accountable, not the AI itself: "transparency" of the procurement, "bias"
  // of a circuit, "par le biais de" (French "by means of") do not count.
  patterns: {
    en: [
      'AI Act\\b',
      'Artificial Intelligence Act',
      '2024/1689\\b',
      'high ?risk AI',
      'explainab\\w*',
      'interpretab\\w*',
      'algorithmic (?:transparency|accountability|impact assessments?|audits?)',
      'Algorithmic Transparency Recording Standard',
      'ATRS\\b',
      'transparen\\w*[^.;]{0,40}\\b(?:algorithm\\w*|AI\\b|models?\\b|automated decision\\w*|machine learning)',
      '(?:algorithm\\w*|AI|models?|automated decision\\w*) transparen',
      'bias (?:test\\w*|audit\\w*|assessments?|mitigation|monitoring|detection|evaluation)',
      '(?:test\\w*|audit\\w*|assess\\w*|monitor\\w*|check\\w*|evaluat\\w*) (?:it |them )?for (?:algorithmic |unfair |discriminatory )?bias',
      '(?:algorithmic|unfair|discriminatory) bias',
      'fairness (?:test\\w*|audits?|assessments?|metrics)',
      'human oversight',
      'human in the loop',
      'human (?:review|intervention) (?:of|in) (?:the )?(?:automated )?decisions?',
      '(?:algorithm|AI) (?:register|registry|inventory)',
      'register of algorithms',
      'fundamental rights impact assessments?',
      'model cards?',
      'ISO/IEC 42001',
      'ISO/IEC 23894',
      'AI Risk Management Framework',
      'model contractual (?:AI )?clauses',
      'Article 22 (?:of the )?(?:UK )?GDPR',
      'right to (?:an )?explanation',
    ],
    fr: [
      "r[eè]glement (?:europ[ée]en )?sur l[’']intelligence artificielle",
      "r[eè]glement (?:europ[ée]en )?sur l[’']IA\\b",
      '2024/1689\\b',
      'explicabilit[ée]',
      'interpr[ée]tabilit[ée]',
      "transparence (?:des |de l[’'])?algorithm\\w*",
      "transparence[^.;]{0,40}\\b(?:algorithm\\w*|IA\\b|intelligence artificielle|d[ée]cisions? automatis\\w*)",
      'biais (?:algorithmiques?|discriminatoires?)',
      '(?:tests?|audits?|d[ée]tection|mesure|correction|[ée]valuation|ma[iî]trise) (?:des |de |du )?biais',
      'contr[ôo]le humain',
      'supervision humaine',
      'intervention humaine',
      '(?:registre|inventaire) des algorithmes',
      'L\\.? ?311 ?3 ?1\\b',
      "analyse d[’']impact (?:sur les droits fondamentaux|algorithmique)",
    ],
    de: [
      'KI ?Verordnung',
      'KI ?VO\\b',
      'AI Act\\b',
      '2024/1689\\b',
      'Erklarbarkeit',
      'Nachvollziehbarkeit[^.;]{0,40}\\b(?:Algorithm\\w*|KI\\b|Entscheid\\w*|Modell\\w*)',
      'Transparenz[^.;]{0,40}\\b(?:Algorithm\\w*|KI\\b|Modell\\w*|automatisiert\\w*)',
      'algorithmische\\w* Transparenz',
      'Bias ?(?:Test|Prufung|Analyse|Audit)\\w*',
      '(?:Prufung|Test\\w*|Analyse|Bewertung) (?:auf|von) (?:Verzerrung|Bias|Diskriminierung)\\w*',
      'menschliche\\w* (?:Aufsicht|Kontrolle|Uberprufung|Letztentscheidung)',
      'Algorithmenregister',
      'Grundrechte ?Folgenabschatzung',
    ],
    es: [
      'Reglamento (?:europeo )?de Inteligencia Artificial',
      'Ley de IA\\b',
      '2024/1689\\b',
      'explicabilidad',
      'interpretabilidad',
      'transparencia (?:algor[ií]tmica|de los algoritmos)',
      'transparencia[^.;]{0,40}\\b(?:algoritm\\w*|IA\\b|inteligencia artificial|decisiones automatizadas)',
      '(?:pruebas?|auditor[ií]as?|detecci[oó]n|evaluaci[oó]n|mitigaci[oó]n|control) (?:de )?(?:los )?sesgos?',
      'sesgos? (?:algor[ií]tmicos?|discriminatorios?)',
      'supervisi[oó]n humana',
      'intervenci[oó]n humana',
      'registro de algoritmos',
      'AESIA\\b',
      'evaluaci[oó]n de impacto (?:algor[ií]tmico|en los derechos fundamentales)',
    ],
  },
  // No eForms or OCDS field says this.
  fields: [],
  sources: [
    'Regulation (EU) 2024/1689 (AI Act) art. 9 to 15, 26 (deployers), 27 (fundamental rights impact assessment) and 49',
    'EU model contractual clauses for the public procurement of AI (MCC-AI, 2023)',
    'Regulation (EU) 2016/679 (GDPR) art. 22 (automated individual decisions)',
    'ISO/IEC 42001 (AI management system) and ISO/IEC 23894 (AI risk management)',
    'UK Algorithmic Transparency Recording Standard',
    'Code des relations entre le public et l’administration art. L311-3-1 and L312-1-3 (France)',
    'Real Decreto 729/2023, Estatuto de la AESIA (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'dig-ai-accountability.selection.en',
    criterion: 'dig-ai-accountability',
    stage: 'selection',
    lang: 'en',
    title: 'Capacity to develop and run AI responsibly',
    text:
      'Tenderers shall describe their AI risk management and data governance, with [an ISO/IEC 42001 certification or an equivalent documented management system], and give [number] references from the last [number] years for AI systems they delivered to public bodies, stating for each how bias was tested and how human oversight was organised.',
    source: 'Regulation (EU) 2024/1689 (AI Act) art. 9, 10 and 17; ISO/IEC 42001',
  },
  {
    id: 'dig-ai-accountability.specification.en',
    criterion: 'dig-ai-accountability',
    stage: 'specification',
    lang: 'en',
    title: 'Transparency, bias testing and human oversight',
    text:
      'The AI system shall comply with Regulation (EU) 2024/1689 (AI Act) for its risk class. The contractor shall deliver, before go-live: technical documentation describing the purpose, logic, training data and known limits of each model; a report of tests for bias across [age, sex, disability, origin and other relevant groups] on data representative of the buyer’s population, with the thresholds met; ' +
      'and the means for the buyer’s staff to understand each output, to override it and to stop the system. No decision with legal or similarly significant effects on a person shall be taken without review by a member of staff.',
    source: 'Regulation (EU) 2024/1689 art. 10, 13 and 14; GDPR art. 22; EU model contractual clauses for AI (2023)',
  },
  {
    id: 'dig-ai-accountability.award.en',
    criterion: 'dig-ai-accountability',
    stage: 'award',
    lang: 'en',
    title: 'Points for explainability shown in practice',
    text:
      'Up to [number] points out of [total] are awarded for how well the tenderer shows, on the test cases in annex [X], that staff and the persons concerned can understand why the system produced each result, judged by a panel including [front-line staff and residents’ representatives].',
    source: 'Regulation (EU) 2024/1689 art. 13 and 86 (right to explanation); U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'dig-ai-accountability.performance.en',
    criterion: 'dig-ai-accountability',
    stage: 'performance',
    lang: 'en',
    title: 'Monitoring, register entry and audit',
    text:
      'During the contract, the contractor shall monitor the system’s accuracy and its results across the groups tested at go-live every [number] months, report any drift or disparity above [threshold] within [number] days and correct it, give the buyer the information needed to publish the system in [its algorithm register / the EU database for high-risk AI systems], and allow an independent audit of the system at the buyer’s request.',
    source: 'Regulation (EU) 2024/1689 art. 26, 49 and 72; UK Algorithmic Transparency Recording Standard',
  },
  {
    id: 'dig-ai-accountability.specification.fr',
    criterion: 'dig-ai-accountability',
    stage: 'specification',
    lang: 'fr',
    title: 'Transparence, tests de biais et contrôle humain',
    text:
      'Le système d’IA respecte le règlement (UE) 2024/1689 sur l’intelligence artificielle pour sa classe de risque. Avant la mise en service, le titulaire remet : la documentation technique décrivant la finalité, la logique, les données d’entraînement et les limites connues de chaque modèle ; le rapport des tests de biais selon [l’âge, le sexe, le handicap, l’origine et les autres groupes pertinents] ; ' +
      'les moyens permettant aux agents de comprendre chaque résultat, de le corriger et d’arrêter le système. Aucune décision produisant des effets juridiques sur une personne n’est prise sans examen par un agent, et les informations prévues à l’article L311-3-1 du code des relations entre le public et l’administration sont fournies.',
    source: 'Règlement (UE) 2024/1689 art. 10, 13 et 14 ; RGPD art. 22 ; CRPA art. L311-3-1',
  },
  {
    id: 'dig-ai-accountability.specification.de',
    criterion: 'dig-ai-accountability',
    stage: 'specification',
    lang: 'de',
    title: 'Transparenz, Bias-Prüfung und menschliche Aufsicht',
    text:
      'Das KI-System entspricht der Verordnung (EU) 2024/1689 (KI-Verordnung) für seine Risikoklasse. Vor Inbetriebnahme liefert der Auftragnehmer: die technische Dokumentation zu Zweck, Logik, Trainingsdaten und bekannten Grenzen jedes Modells; den Bericht über die Prüfung auf Verzerrungen nach [Alter, Geschlecht, Behinderung, Herkunft und weiteren Gruppen]; ' +
      'sowie die Mittel, mit denen die Beschäftigten jedes Ergebnis nachvollziehen, übersteuern und das System anhalten können (menschliche Aufsicht). Entscheidungen mit rechtlicher Wirkung für eine Person werden nicht ohne Prüfung durch eine Beschäftigte oder einen Beschäftigten getroffen.',
    source: 'Verordnung (EU) 2024/1689 Art. 10, 13 und 14; DSGVO Art. 22',
  },
  {
    id: 'dig-ai-accountability.specification.es',
    criterion: 'dig-ai-accountability',
    stage: 'specification',
    lang: 'es',
    title: 'Transparencia, pruebas de sesgo y supervisión humana',
    text:
      'El sistema de IA cumplirá el Reglamento (UE) 2024/1689 de Inteligencia Artificial para su categoría de riesgo. Antes de la puesta en servicio, el contratista entregará: la documentación técnica sobre la finalidad, la lógica, los datos de entrenamiento y los límites conocidos de cada modelo; el informe de las pruebas de sesgo por [edad, sexo, discapacidad, origen y otros grupos pertinentes]; ' +
      'y los medios para que el personal entienda cada resultado, lo corrija y detenga el sistema (supervisión humana). Ninguna decisión con efectos jurídicos sobre una persona se tomará sin revisión por un empleado público.',
    source: 'Reglamento (UE) 2024/1689 arts. 10, 13 y 14; RGPD art. 22',
  },
  {
    id: 'dig-ai-accountability.selection.fr',
    criterion: 'dig-ai-accountability',
    stage: 'selection',
    lang: 'fr',
    title: 'Capacité à concevoir et exploiter une IA de façon responsable',
    text:
      'Au titre de ses capacités techniques et professionnelles, le candidat décrit son dispositif de gestion des risques liés à l’intelligence artificielle et de gouvernance des données, en produisant [une certification ISO/IEC 42001 ou la description d’un système de management documenté équivalent]. ' +
      'Il présente [nombre] références de systèmes d’IA livrés à des acheteurs publics au cours des [nombre] dernières années, en précisant pour chacune comment les biais ont été testés et comment le contrôle humain a été organisé.',
    source: 'Règlement (UE) 2024/1689 (règlement sur l’IA) art. 9, 10 et 17 ; ISO/IEC 42001 ; directive 2014/24/UE art. 58(4) ; Code de la commande publique art. L2142-1',
  },
  {
    id: 'dig-ai-accountability.selection.de',
    criterion: 'dig-ai-accountability',
    stage: 'selection',
    lang: 'de',
    title: 'Eignung für verantwortungsvolle KI',
    text:
      'Zum Nachweis der technischen und beruflichen Leistungsfähigkeit beschreibt der Bieter sein Risikomanagement für KI-Systeme und seine Data Governance und legt [ein Zertifikat nach ISO/IEC 42001 oder die Beschreibung eines gleichwertigen dokumentierten Managementsystems] vor. ' +
      'Er benennt [Zahl] Referenzen über KI-Systeme, die er in den letzten [Zahl] Jahren an öffentliche Auftraggeber geliefert hat, jeweils mit Angaben dazu, wie auf Verzerrungen (Bias) geprüft und wie die menschliche Aufsicht organisiert wurde.',
    source: 'Verordnung (EU) 2024/1689 (KI-Verordnung) Art. 9, 10 und 17; ISO/IEC 42001; GWB § 122; VgV § 46',
  },
  {
    id: 'dig-ai-accountability.selection.es',
    criterion: 'dig-ai-accountability',
    stage: 'selection',
    lang: 'es',
    title: 'Solvencia técnica en inteligencia artificial responsable',
    text:
      'Los licitadores acreditarán su solvencia técnica describiendo su sistema de gestión de riesgos de la inteligencia artificial y de gobernanza de los datos, mediante [un certificado ISO/IEC 42001 o la descripción de un sistema de gestión documentado equivalente]. ' +
      'Aportarán además una relación de [número] sistemas de IA entregados a entidades del sector público en los últimos [número] años, indicando en cada caso cómo se realizaron las pruebas de sesgo y cómo se organizó la supervisión humana.',
    source: 'Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial) arts. 9, 10 y 17; ISO/IEC 42001; Ley 9/2017 de Contratos del Sector Público art. 90',
  },
  {
    id: 'dig-ai-accountability.award.fr',
    criterion: 'dig-ai-accountability',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : explicabilité démontrée',
    text:
      'Critère d’attribution « explicabilité » : [nombre] points sur [total]. ' +
      'Le soumissionnaire démontre, sur les cas d’essai figurant en annexe [X] du règlement de la consultation, que les agents et les personnes concernées peuvent comprendre pourquoi le système a produit chaque résultat. ' +
      'La démonstration est notée par une commission d’évaluation associant [des agents au contact du public et des représentants des usagers].',
    source: 'Règlement (UE) 2024/1689 art. 13 et 86 (droit à l’explication) ; Code de la commande publique art. R2152-7 ; code des relations entre le public et l’administration art. L311-3-1',
  },
  {
    id: 'dig-ai-accountability.award.de',
    criterion: 'dig-ai-accountability',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Erklärbarkeit',
    text:
      'Zuschlagskriterium „Erklärbarkeit“: bis zu [Zahl] von [Gesamtpunktzahl] Punkten. ' +
      'Bewertet wird, wie überzeugend der Bieter anhand der Testfälle in Anlage [X] zeigt, dass Beschäftigte und betroffene Personen nachvollziehen können, warum das System zu jedem Ergebnis gelangt. ' +
      'Die Bewertung nimmt ein Gremium vor, dem [Beschäftigte mit direktem Bürgerkontakt sowie Vertreterinnen und Vertreter der Einwohnerschaft] angehören.',
    source: 'Verordnung (EU) 2024/1689 Art. 13 und 86 (Recht auf Erläuterung); GWB § 127; VgV § 58',
  },
  {
    id: 'dig-ai-accountability.award.es',
    criterion: 'dig-ai-accountability',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: explicabilidad demostrada',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] según el grado en que el licitador demuestre, con los casos de prueba del anexo [X], que el personal y las personas afectadas pueden entender por qué el sistema ha producido cada resultado. ' +
      'Este criterio, sujeto a juicio de valor, lo valorará una comisión en la que participarán [empleados públicos de atención directa a la ciudadanía y representantes vecinales].',
    source: 'Reglamento (UE) 2024/1689 arts. 13 y 86 (derecho a explicación); Ley 9/2017 de Contratos del Sector Público art. 145',
  },
  {
    id: 'dig-ai-accountability.performance.fr',
    criterion: 'dig-ai-accountability',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : suivi, inventaire et audit',
    text:
      'Pendant toute la durée du marché, le titulaire contrôle tous les [nombre] mois la précision du système et ses résultats pour chacun des groupes testés lors de la mise en service ; il signale à l’acheteur sous [nombre] jours toute dérive ou tout écart supérieur à [seuil] et y remédie. ' +
      'Il fournit à l’acheteur les informations nécessaires pour publier le système dans [l’inventaire des algorithmes publics de l’acheteur / la base de données de l’UE des systèmes d’IA à haut risque] et se prête, à la demande de l’acheteur, à un audit indépendant du système.',
    source: 'Règlement (UE) 2024/1689 art. 26, 49 et 72 ; code des relations entre le public et l’administration art. L312-1-3 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'dig-ai-accountability.performance.de',
    criterion: 'dig-ai-accountability',
    stage: 'performance',
    lang: 'de',
    title: 'Überwachung, Registereintrag und unabhängige Prüfung',
    text:
      'Während der Vertragslaufzeit überprüft der Auftragnehmer alle [Zahl] Monate die Genauigkeit des Systems und seine Ergebnisse für die bei Inbetriebnahme geprüften Gruppen, meldet dem Auftraggeber Abweichungen oder Ungleichbehandlungen oberhalb von [Schwellenwert] innerhalb von [Zahl] Tagen und behebt sie. ' +
      'Er stellt die Angaben bereit, die der Auftraggeber für die Veröffentlichung des Systems in [seinem Algorithmenregister / der EU-Datenbank für Hochrisiko-KI-Systeme] benötigt, und lässt auf Verlangen des Auftraggebers eine unabhängige Prüfung des Systems zu.',
    source: 'Verordnung (EU) 2024/1689 Art. 26, 49 und 72; GWB § 128 Abs. 2',
  },
  {
    id: 'dig-ai-accountability.performance.es',
    criterion: 'dig-ai-accountability',
    stage: 'performance',
    lang: 'es',
    title: 'Condiciones especiales de ejecución: seguimiento, registro y auditoría',
    text:
      'Durante la ejecución del contrato, el contratista comprobará cada [número] meses la precisión del sistema y sus resultados para los grupos evaluados en la puesta en servicio, comunicará al órgano de contratación en un plazo de [número] días cualquier desviación o disparidad superior a [umbral] y la corregirá. ' +
      'Facilitará la información necesaria para inscribir el sistema en [el inventario de algoritmos de la entidad / la base de datos de la UE de sistemas de IA de alto riesgo] y se someterá a una auditoría independiente del sistema cuando el órgano de contratación lo solicite.',
    source: 'Reglamento (UE) 2024/1689 arts. 26, 49 y 72; Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
