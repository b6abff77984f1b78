import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-labour-rights',
  pillar: 'social',
  name: {
    en: 'Human and labour rights in the supply chain',
    fr: 'Droits humains et droits du travail dans la chaîne d’approvisionnement',
    de: 'Menschenrechte und Arbeitsnormen in der Lieferkette',
    es: 'Derechos humanos y laborales en la cadena de suministro',
  },
  why: {
    en: 'Electronics, textiles, furniture and food are often made where forced labour, child labour and unsafe work are known risks; the buyer shares responsibility for what it pays for.',
    fr: 'L’électronique, le textile, le mobilier et l’alimentation sont souvent produits là où le travail forcé, le travail des enfants et les conditions dangereuses sont des risques connus ; l’acheteur répond aussi de ce qu’il paie.',
    de: 'Elektronik, Textilien, Möbel und Lebensmittel werden oft dort hergestellt, wo Zwangsarbeit, Kinderarbeit und gefährliche Arbeit bekannte Risiken sind; der Auftraggeber trägt Mitverantwortung für das, was er bezahlt.',
    es: 'La electrónica, el textil, el mobiliario y la alimentación se fabrican a menudo donde el trabajo forzoso, el trabajo infantil y las condiciones peligrosas son riesgos conocidos; quien compra también responde de lo que paga.',
  },
  // "all goods groups, and all when the contract supplies goods" (criteria.md)
  appliesTo: { groupKinds: ['goods', 'mixed'], natures: ['supplies'] },
  patterns: {
    en: [
      'ILO (?:core |fundamental )?(?:labou?r )?(?:conventions?|standards|declaration|principles)',
      'International Labou?r Organi[sz]ation(?:[’\']s)? (?:core |fundamental )?(?:labou?r )?(?:conventions?|standards|declaration)',
      '(?:fundamental|core) ILO (?:labou?r )?(?:conventions|standards)',
      '(?:fundamental|core) labou?r (?:conventions|standards|rights)',
      'fundamental (?:principles and )?rights at work',
      '(?:forced|bonded|child|slave|prison|compulsory|indentured) labou?r',
      'modern slavery',
      'human trafficking',
      'trafficking in (?:persons|human beings)',
      '(?:supply chain|human rights|labou?r rights) due diligence',
      'due diligence[^.;]{0,40}(?:supply chains?|human rights|labou?r)',
      'ethical (?:supply chains?|sourcing|trading|trade|procurement)',
      'ethical trading initiative',
      'ETI base code',
      '(?:supplier|supply chain|vendor)s?[’\']? code of conduct',
      'code of conduct (?:for|of) (?:suppliers|vendors)',
      '(?:labou?r|human|workers[’\']?) rights (?:in|throughout|across) (?:the |its |their |our )?supply chains?',
      'socially responsible (?:supply chains?|sourcing|production|manufacturing)',
      'SA ?8000',
      '(?:amfori )?BSCI\\b',
      'SMETA\\b',
      'electronics watch',
      'responsible business alliance',
      'RBA (?:code|audit|validated audit)',
      'fair ?trade',
      'fair wear',
      'fair labou?r association',
      'conflict (?:minerals|free)',
      'responsible (?:minerals|sourcing of minerals)',
      'guiding principles on business and human rights',
      'OECD (?:guidelines for multinational enterprises|due diligence guidance)',
      'social (?:compliance )?audits?',
    ],
    fr: [
      '(?:conventions?|normes|principes|declaration)[^.;]{0,30}(?:OIT\\b|organisation internationale du travail)',
      'normes (?:fondamentales |internationales ){0,2}du travail',
      'droits fondamentaux au travail',
      // not "travail dissimulé": the "attestation de vigilance" on undeclared work is in every French tender
      'travail (?:force|des enfants|obligatoire|servile)\\b',
      'esclavage moderne',
      'traite des (?:etres humains|personnes)',
      'devoir de vigilance',
      'plan de vigilance',
      'chaines? d[’\']approvisionnement (?:ethiques?|responsables?)',
      'droits (?:de l[’\']homme|humains)[^.;]{0,60}(?:chaines? d[’\']approvisionnement|fournisseurs|sous-traitants|fabrication|production)',
      '(?:chaines? d[’\']approvisionnement|fournisseurs|sous-traitants|fabrication|production)[^.;]{0,60}droits (?:de l[’\']homme|humains)',
      'code de conduite (?:des |pour les |a l[’\']intention des )?fournisseurs',
      'conditions sociales de (?:production|fabrication)',
      'SA ?8000',
      'BSCI\\b',
      'SMETA\\b',
      'electronics watch',
      'commerce equitable',
      'fair ?trade',
      'audits? sociaux',
      'audit social',
      'minerais (?:de|des) conflits?',
      'principes directeurs (?:des nations unies |de l[’\']OCDE )?(?:relatifs aux entreprises|a l[’\']intention des entreprises)',
    ],
    de: [
      // ILO-/IAO-Kernarbeitsnormen, Kernarbeitsnormen der ILO
      'kernarbeitsnorm\\w*',
      '(?:ILO|IAO) ?(?:ubereinkommen|konvention|normen)',
      '(?:ubereinkommen|konventionen?|normen)[^.;]{0,30}(?:ILO\\b|IAO\\b|internationalen arbeitsorganisation)',
      // not "Schwarzarbeit" (the declaration on undeclared work in every German tender)
      'zwangsarbeit\\w*',
      '(?:ausbeuterische\\w* )?kinderarbeit\\w*',
      'moderne\\w* sklaverei',
      'menschenhandel\\w*',
      // Lieferkettensorgfaltspflichtengesetz, LkSG, Lieferkettengesetz
      'lieferketten(?:sorgfalt|gesetz)',
      'LkSG\\b',
      'menschenrechtliche\\w* (?:sorgfalt|risiken)',
      'sorgfaltspflicht\\w*[^.;]{0,40}(?:menschenrecht|lieferkette)',
      'menschenrechte\\w*[^.;]{0,60}(?:lieferkette|zulieferer|herstellung|produktion)',
      '(?:lieferkette|zulieferer|herstellung|produktion)\\w*[^.;]{0,60}menschenrecht',
      'verhaltenskodex fur (?:lieferanten|zulieferer)',
      'lieferantenkodex',
      'sozialstandards?',
      'soziale\\w* (?:mindest)?standards',
      'sozialaudits?',
      'SA ?8000',
      'BSCI\\b',
      'SMETA\\b',
      'electronics watch',
      'fair wear',
      'fair ?trade',
      'fair gehandelt\\w*',
      'faire[mnrs]? handel\\w*',
      'konflikt(?:mineral|rohstoff)',
    ],
    es: [
      '(?:convenios?|normas|principios|declaracion)[^.;]{0,30}(?:OIT\\b|organizacion internacional del trabajo)',
      'convenios fundamentales',
      'derechos fundamentales en el trabajo',
      'trabajo (?:forzoso|infantil|esclavo|obligatorio)',
      'explotacion (?:infantil|laboral)',
      'esclavitud moderna',
      'trata de (?:personas|seres humanos)',
      // not the "due diligence" of a company takeover: only with human rights or the supply chain
      '(?:diligencia debida|debida diligencia)[^.;]{0,40}(?:derechos humanos|cadenas? de (?:suministro|valor)|proveedores|laboral)',
      'cadenas? de (?:suministro|produccion|valor) (?:responsables?|eticas?)',
      'derechos humanos[^.;]{0,60}(?:cadenas? de (?:suministro|valor)|proveedores|subcontratistas|fabricacion|produccion)',
      '(?:cadenas? de (?:suministro|valor)|proveedores|subcontratistas|fabricacion|produccion)[^.;]{0,60}derechos humanos',
      'codigo de conducta (?:de|para) (?:los )?proveedores',
      'condiciones (?:sociales|laborales) (?:de|en) (?:la )?(?:produccion|fabricacion)',
      'compra (?:publica )?etica',
      'comercio justo',
      'fair ?trade',
      'auditorias? sociales?',
      'SA ?8000',
      'BSCI\\b',
      'SMETA\\b',
      'electronics watch',
      'minerales (?:de|en) (?:zonas de )?conflicto',
    ],
  },
  fields: [
    { bt: 'BT-775', values: ['hum-right'], effect: 'present', label: 'Human rights due diligence in global supply chains (BT-775)' },
    // Listed by criteria.md for this criterion as well as for fair work: the buyer declares fair working
    // conditions as the social objective of the lot.
    { bt: 'BT-775', values: ['work-cond'], effect: 'present', label: 'Fair working conditions declared (BT-775)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 18(2) and Annex X (ILO fundamental conventions)',
    'Directive 2014/24/EU art. 70 (conditions for performance of contracts)',
    'Directive 2014/24/EU art. 58(4) and Annex XII part II(d) (supply-chain management and tracking systems)',
    'ILO fundamental conventions C029, C087, C098, C100, C105, C111, C138, C182, C155 and C187',
    'UN Guiding Principles on Business and Human Rights (2011)',
    'OECD Due Diligence Guidance for Responsible Business Conduct (2018)',
    'ISO 20400:2017 Sustainable procurement',
    'Loi n° 2017-399 relative au devoir de vigilance (France)',
    'Modern Slavery Act 2015 (UK)',
    'Lieferkettensorgfaltspflichtengesetz (LkSG, Germany, 2021)',
    'Ley 9/2017 de Contratos del Sector Público, art. 201 y 202 (obligaciones sociales y laborales)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'soc-labour-rights.selection.en',
    criterion: 'soc-labour-rights',
    stage: 'selection',
    lang: 'en',
    title: 'Supply-chain management and tracking system',
    text:
      'Tenderers shall describe the supply-chain management and tracking system they will apply to this contract to find and address risks of forced labour, child labour, unsafe work and other breaches of the ILO fundamental conventions: how they map their suppliers down to [final assembly / component / raw material] level, their supplier code of conduct, how it is checked (independent audits, worker interviews) and how workers can raise grievances. ' +
      'They shall give at least [number] examples of corrective action taken in the last [number] years.',
    source: 'Directive 2014/24/EU art. 58(4) and Annex XII part II(d); ILO fundamental conventions',
  },
  {
    id: 'soc-labour-rights.award.en',
    criterion: 'soc-labour-rights',
    stage: 'award',
    lang: 'en',
    title: 'Quality of the due-diligence plan for the goods supplied',
    text:
      '[number] % of the total score is awarded for the tenderer’s due-diligence plan for the goods offered: the labour and human rights risks it has identified in their supply chain, the actions it will take in the first [number] months, how progress will be verified independently, and how affected workers will obtain remedy. ' +
      'Plans that rely only on self-declarations by suppliers score no more than [number] points.',
    source: 'UN Guiding Principles on Business and Human Rights; OECD Due Diligence Guidance for Responsible Business Conduct (2018); Directive 2014/24/EU art. 67(2)',
  },
  {
    id: 'soc-labour-rights.performance.en',
    criterion: 'soc-labour-rights',
    stage: 'performance',
    lang: 'en',
    title: 'ILO conventions respected throughout the supply chain',
    text:
      'The contractor shall ensure that the goods supplied under this contract are produced in compliance with the ILO fundamental conventions (forced labour C029 and C105, child labour C138 and C182, freedom of association C087 and C098, non-discrimination C100 and C111, occupational safety and health C155 and C187) and with the labour law of the country of production, at every stage of the supply chain. ' +
      'On request the contractor shall disclose the production sites, allow independent audits and, where a breach is found, agree a corrective action plan with the buyer within [number] days and carry it out. Failure to do so is a breach of a contract condition.',
    source: 'Directive 2014/24/EU art. 18(2), art. 70 and Annex X',
  },
  {
    id: 'soc-labour-rights.selection.fr',
    criterion: 'soc-labour-rights',
    stage: 'selection',
    lang: 'fr',
    title: 'Système de gestion et de suivi de la chaîne d’approvisionnement',
    text:
      'Le candidat décrit le système de gestion et de suivi de la chaîne d’approvisionnement qu’il appliquera au marché pour repérer et traiter les risques de travail forcé, de travail des enfants, de conditions de travail dangereuses et d’autres atteintes aux conventions fondamentales de l’OIT : cartographie des fournisseurs jusqu’au niveau [de l’assemblage final / des composants / des matières premières], code de conduite des fournisseurs, modalités de contrôle (audits indépendants, entretiens avec les travailleurs) et mécanisme d’alerte. ' +
      'Il présente au moins [nombre] exemples d’actions correctives menées au cours des [nombre] dernières années.',
    source: 'Directive 2014/24/UE art. 58(4) et annexe XII partie II d) ; loi n° 2017-399 relative au devoir de vigilance',
  },
  {
    id: 'soc-labour-rights.award.fr',
    criterion: 'soc-labour-rights',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : plan de vigilance appliqué aux produits',
    text:
      'Critère d’attribution « conditions sociales de fabrication » : [nombre] % de la note, au vu du plan de vigilance du soumissionnaire pour les produits proposés : risques d’atteinte aux droits humains et aux droits du travail identifiés dans la chaîne d’approvisionnement, actions prévues dans les [nombre] premiers mois, modalités de vérification indépendante et voies de réparation offertes aux travailleurs concernés. ' +
      'Un plan fondé uniquement sur des déclarations des fournisseurs obtient au plus [nombre] points.',
    source: 'Principes directeurs des Nations unies relatifs aux entreprises et aux droits de l’homme ; Guide OCDE sur le devoir de diligence (2018)',
  },
  {
    id: 'soc-labour-rights.performance.fr',
    criterion: 'soc-labour-rights',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : respect des conventions de l’OIT',
    text:
      'Le titulaire s’assure que les produits livrés au titre du marché sont fabriqués, à chaque étape de la chaîne d’approvisionnement, dans le respect des conventions fondamentales de l’Organisation internationale du travail (travail forcé, travail des enfants, liberté syndicale, non-discrimination, santé et sécurité au travail) et du droit du travail du pays de production. ' +
      'À la demande de l’acheteur, il communique les sites de production, permet la réalisation d’audits indépendants et, en cas de manquement constaté, convient avec l’acheteur d’un plan d’actions correctives dans un délai de [nombre] jours et le met en œuvre. Le non-respect de cette condition d’exécution peut entraîner l’application de pénalités, voire la résiliation du marché.',
    source: 'Directive 2014/24/UE art. 18(2), art. 70 et annexe X ; Code de la commande publique art. L2112-2',
  },
  {
    id: 'soc-labour-rights.performance.de',
    criterion: 'soc-labour-rights',
    stage: 'performance',
    lang: 'de',
    title: 'Ausführungsbedingung: ILO-Kernarbeitsnormen in der Lieferkette',
    text:
      'Der Auftragnehmer stellt sicher, dass die gelieferten Waren auf jeder Stufe der Lieferkette unter Einhaltung der ILO-Kernarbeitsnormen (insbesondere Verbot von Zwangsarbeit und ausbeuterischer Kinderarbeit, Vereinigungsfreiheit, Nichtdiskriminierung, Arbeitsschutz) und des Arbeitsrechts des Herstellungslandes hergestellt werden. ' +
      'Auf Verlangen benennt er die Produktionsstätten, ermöglicht unabhängige Sozialaudits und vereinbart bei festgestellten Verstößen binnen [Anzahl] Tagen einen Abhilfeplan mit dem Auftraggeber, den er umsetzt. Ein Verstoß berechtigt zu einer Vertragsstrafe und zur Kündigung.',
    source: 'Richtlinie 2014/24/EU Art. 18 Abs. 2, Art. 70 und Anhang X; GWB § 128 Abs. 2; Lieferkettensorgfaltspflichtengesetz',
  },
  {
    id: 'soc-labour-rights.performance.es',
    criterion: 'soc-labour-rights',
    stage: 'performance',
    lang: 'es',
    title: 'Condición especial de ejecución: convenios fundamentales de la OIT en la cadena de suministro',
    text:
      'La empresa contratista garantizará que los bienes suministrados se fabrican, en todas las fases de la cadena de suministro, respetando los convenios fundamentales de la Organización Internacional del Trabajo (prohibición del trabajo forzoso y del trabajo infantil, libertad sindical, no discriminación, seguridad y salud en el trabajo) y la legislación laboral del país de fabricación. ' +
      'A requerimiento del órgano de contratación identificará los centros de producción, permitirá auditorías sociales independientes y, si se detecta un incumplimiento, acordará en [número] días un plan de medidas correctoras y lo ejecutará. Esta condición tiene el carácter de obligación contractual esencial.',
    source: 'Directiva 2014/24/UE art. 18.2, art. 70 y anexo X; Ley 9/2017 de Contratos del Sector Público, art. 201 y 202',
  },
  {
    id: 'soc-labour-rights.selection.de',
    criterion: 'soc-labour-rights',
    stage: 'selection',
    lang: 'de',
    title: 'Lieferkettenmanagement- und Überwachungssystem',
    text:
      'Der Bieter beschreibt das Lieferkettenmanagement- und -überwachungssystem, das er bei der Ausführung dieses Auftrags anwendet, um Risiken von Zwangsarbeit, Kinderarbeit, unsicheren Arbeitsbedingungen und anderen Verstößen gegen die ILO-Kernarbeitsnormen zu erkennen und abzustellen: wie er seine Lieferanten bis zur Ebene [der Endmontage / der Komponenten / der Rohstoffe] erfasst, seinen Verhaltenskodex für Lieferanten, dessen Kontrolle (unabhängige Audits, Befragung von Beschäftigten) und den Beschwerdemechanismus für Beschäftigte. ' +
      'Er nennt mindestens [Anzahl] Beispiele für Abhilfemaßnahmen aus den letzten [Anzahl] Jahren.',
    source: '§ 122 GWB; § 46 Abs. 3 VgV; Richtlinie 2014/24/EU Art. 58 Abs. 4 und Anhang XII Teil II Buchst. d; Lieferkettensorgfaltspflichtengesetz',
  },
  {
    id: 'soc-labour-rights.selection.es',
    criterion: 'soc-labour-rights',
    stage: 'selection',
    lang: 'es',
    title: 'Sistema de gestión y seguimiento de la cadena de suministro',
    text:
      'Como solvencia técnica, el licitador describirá el sistema de gestión y seguimiento de la cadena de suministro que aplicará al contrato para detectar y corregir riesgos de trabajo forzoso, trabajo infantil, condiciones de trabajo inseguras y otras vulneraciones de los convenios fundamentales de la OIT: cómo identifica a sus proveedores hasta el nivel de [montaje final / componentes / materias primas], su código de conducta para proveedores, cómo se verifica (auditorías independientes, entrevistas con trabajadores) y el mecanismo de reclamación a disposición de los trabajadores. ' +
      'Aportará al menos [número] ejemplos de medidas correctoras adoptadas en los últimos [número] años.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 89; Directiva 2014/24/UE art. 58.4 y anexo XII, parte II, letra d); convenios fundamentales de la OIT',
  },
  {
    id: 'soc-labour-rights.award.de',
    criterion: 'soc-labour-rights',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium: Sorgfaltspflichtenkonzept für die angebotenen Waren',
    text:
      'Das Zuschlagskriterium „Menschenrechtliche Sorgfalt in der Lieferkette“ wird mit [Anzahl] % gewichtet. Bewertet wird das Konzept des Bieters für die angebotenen Waren: die in ihrer Lieferkette ermittelten arbeits- und menschenrechtlichen Risiken, die in den ersten [Anzahl] Monaten geplanten Maßnahmen, die unabhängige Überprüfung der Fortschritte und der Zugang betroffener Beschäftigter zu Abhilfe. ' +
      'Ein Konzept, das sich allein auf Eigenerklärungen der Lieferanten stützt, erhält höchstens [Anzahl] Punkte.',
    source: '§ 127 Abs. 1 GWB; § 58 Abs. 2 VgV; UN-Leitprinzipien für Wirtschaft und Menschenrechte; OECD-Leitfaden für die Erfüllung der Sorgfaltspflicht für verantwortungsvolles unternehmerisches Handeln (2018)',
  },
  {
    id: 'soc-labour-rights.award.es',
    criterion: 'soc-labour-rights',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: plan de diligencia debida para los bienes ofertados',
    text:
      'Se otorgará el [número] % de la puntuación al plan de diligencia debida del licitador para los bienes ofertados: los riesgos para los derechos humanos y laborales identificados en su cadena de suministro, las actuaciones previstas en los [número] primeros meses, la verificación independiente de los avances y las vías de reparación para los trabajadores afectados. ' +
      'Los planes basados únicamente en declaraciones responsables de los proveedores obtendrán como máximo [número] puntos.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 145.2.1º; Principios Rectores de las Naciones Unidas sobre las empresas y los derechos humanos; Guía de la OCDE de debida diligencia para una conducta empresarial responsable (2018)',
  },
];
