import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'soc-labour-rights',
  pillar: 'social',
  name: {
    en: 'Human and labour rights in the supply chain',
    fr: 'Droits humains et droits du travail dans la chaîne d’approvisionnement',
  },
  why: {
    en: 'Electronics, textiles, furniture and food are often made where forced labour, child labour and unsafe work are known risks; the buyer shares responsibility for what it pays for.',
    fr: 'L’électronique, le textile, le mobilier et l’alimentation sont souvent produits là où le travail forcé, le travail des enfants et les conditions dangereuses sont des risques connus ; l’acheteur répond aussi de ce qu’il paie.',
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
];
