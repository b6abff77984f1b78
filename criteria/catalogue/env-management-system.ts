import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-management-system',
  pillar: 'environment',
  name: {
    en: 'Environmental management of the supplier',
    fr: 'Management environnemental du fournisseur',
    de: 'Umweltmanagement des Auftragnehmers',
    es: 'Gestión ambiental del contratista',
  },
  why: {
    en: 'A supplier that runs a certified or documented environmental management system (ISO 14001, EMAS or equivalent) knows and controls the impacts of its work on the contract: waste, emissions, spills, nuisance.',
    fr: 'Un titulaire doté d’un système de management environnemental certifié ou documenté (ISO 14001, EMAS ou équivalent) connaît et maîtrise les impacts de ses prestations : déchets, émissions, pollutions accidentelles, nuisances.',
    de: 'Ein Auftragnehmer mit zertifiziertem oder dokumentiertem Umweltmanagement (ISO 14001, EMAS oder gleichwertig) kennt und steuert die Umweltauswirkungen seiner Leistung: Abfälle, Emissionen, Havarien, Belästigungen.',
    es: 'Un contratista con un sistema de gestión ambiental certificado o documentado (ISO 14001, EMAS o equivalente) conoce y controla los impactos de su trabajo: residuos, emisiones, vertidos accidentales y molestias.',
  },
  appliesTo: {
    groups: ['buildings', 'roads', 'cleaning', 'food-catering', 'public-space', 'waste-services', 'vehicles-transport', 'data-centres-cloud'],
  },
  patterns: {
    en: [
      // "ISO 14001", "ISO 14001:2015", "BS EN ISO 14001", "ISO14001", "ISO 14 001"
      'ISO ?14 ?001',
      'EMAS\\b',
      'eco management and audit scheme',
      '1221/2009\\b',
      // systems, standards, accreditation, measures (Directive 2014/24/EU Annex XII), "documented policy for
      // environmental management", "construction environmental management plan"; never "environmental legislation"
      // (the eForms EnvironmentalLegislationDocumentReference field says where to read the law) or "environment" alone
      'environmental management',
      // the supplier's policy, not the buyer's ("the Council's environmental policy")
      '(?<!(?:council|authority|university|government|department|agency|trust|board|college|city)[’\']?s )environmental polic(?:y|ies)\\b',
      'environmental (?:accreditation|certification)\\b',
      // the Norwegian scheme, quoted in English notices (TED 20-320448); "ø" and "å" fold to "o" and "a"
      'miljofyrtarn',
      'BS ?8555\\b',
      'green dragon (?:environmental )?(?:standard|level|award|accredit\\w*|certif\\w*)',
      'CEMP\\b',
      'site environmental plans?\\b',
    ],
    fr: [
      'ISO ?14 ?001',
      'EMAS\\b',
      '1221/2009\\b',
      '(?:systemes?|SME) de management (?:environnemental|de l[’\']environnement)',
      'management environnemental',
      // "mesures de gestion environnementale" (capacités techniques, arrêté du 22 mars 2019), "plan de gestion environnementale du chantier"
      'gestion environnementale',
      'gestion de l[’\']environnement',
      // the candidate's policy, not the buyer's ("la politique environnementale de la Ville")
      'politique environnementale\\b(?! (?:de|du|des) (?:la |l[’\'])?(?:ville|collectivite|region|commune|metropole|departement|conseil|etat|acheteur|pouvoir adjudicateur|universite|communaute))',
      // "plan d'assurance environnement (PAE)", "plan de respect de l'environnement (PRE)"
      'plan d[’\']assurance (?:qualite )?(?:et )?environnement',
      'plan de respect de l[’\']environnement',
      // not "le chantier doit être laissé propre" (tidiness)
      'chantiers? (?:verts?|a faibles nuisances|faibles nuisances)\\b',
      'charte (?:de )?chantiers? (?:propres?|verts?|a faibles nuisances|faibles nuisances)\\b',
      'eco ?audit\\b',
      // "Mesures prises en matière d’hygiène, sécurité et environnement" (award criterion, TED 21-158592), "qualité, sécurité, environnement"
      '(?:hygiene,? )?securite,? (?:et )?(?:de l[’\']|d[’\'])?environnement',
    ],
    de: [
      'ISO ?14 ?001',
      'EMAS\\b',
      '1221/2009\\b',
      // Umweltmanagementsystem, Umweltmanagementmaßnahmen (§ 46 Abs. 3 Nr. 7 VgV), Normen des Umweltmanagements (§ 49 VgV)
      'umweltmanagement',
      'oko ?audit',
      'umweltbetriebsprufung',
      // the EMAS environmental statement
      'umwelterklarung',
      'umweltschutzkonzept',
    ],
    es: [
      'ISO ?14 ?001',
      'EMAS\\b',
      '1221/2009\\b',
      // "sistema de gestión ambiental / medioambiental", "normas de gestión medioambiental" (Ley 9/2017 art. 94)
      'gestion (?:medio)?ambiental',
      'gestion y auditoria (?:medio)?ambientales',
      'ecogestion',
      'vigilancia ambiental',
      'politica (?:medio)?ambiental\\b(?! (?:de|del) (?:la |el )?(?:ayuntamiento|municipio|ciudad|diputacion|comunidad|gobierno|organo de contratacion|universidad|entidad contratante))',
    ],
  },
  // No eForms or OCDS field says that the supplier must run an environmental management system.
  fields: [],
  sources: [
    'Directive 2014/24/EU art. 62(2) and Annex XII Part II (g) (environmental management measures)',
    'Regulation (EC) No 1221/2009 (EMAS)',
    'ISO 14001:2015 (environmental management systems)',
    'EU GPP criteria for food, catering services and vending machines (2019), environmental management',
    'EU GPP criteria for indoor cleaning services (2018), environmental management measures',
    'EU GPP criteria for road design, construction and maintenance (2016), environmental management',
    'EU GPP criteria for public space maintenance (2019), environmental management',
    'Vergabeverordnung (VgV) § 46 Abs. 3 Nr. 7 und § 49 (Germany)',
    'Ley 9/2017 de Contratos del Sector Público art. 94 (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-management-system.selection.en',
    criterion: 'env-management-system',
    stage: 'selection',
    lang: 'en',
    title: 'Certified or documented environmental management',
    text:
      'Tenderers shall show that they apply environmental management measures relevant to [the services / the works] by one of the following: ' +
      'a valid certificate of an environmental management system to ISO 14001, issued by a body accredited for it; a valid EMAS registration; an equivalent certificate from a body established in another Member State; ' +
      'or, where the tenderer had no access to such a certificate or could not obtain it within the time limits for reasons it cannot be blamed for, a documented and regularly reviewed environmental policy and procedures, approved by its management, that cover at least [waste, emissions to air and water, spill and emergency response, training of staff, monitoring and improvement].',
    source: 'Directive 2014/24/EU art. 62(2) and Annex XII Part II (g); Regulation (EC) No 1221/2009 (EMAS); ISO 14001:2015',
  },
  {
    id: 'env-management-system.specification.en',
    criterion: 'env-management-system',
    stage: 'specification',
    lang: 'en',
    title: 'Environmental management plan for this contract',
    text:
      'Tenderers shall submit an environmental management plan for this contract that names the person responsible for it and sets out, for [the site / each service location]: ' +
      'the significant environmental aspects of the work, the measures taken to control them (including [waste sorting, spill prevention and response, noise and dust control, use of chemicals]), the training given to staff, and how performance will be monitored. ' +
      'The plan shall be consistent with the tenderer’s ISO 14001 or EMAS system where it has one.',
    source: 'EU GPP criteria for road design, construction and maintenance (2016) and for food, catering services and vending machines (2019), environmental management',
  },
  {
    id: 'env-management-system.award.en',
    criterion: 'env-management-system',
    stage: 'award',
    lang: 'en',
    title: 'Points for the quality of environmental management on the contract',
    text:
      'Up to [number] points out of [total] are awarded for the quality of the environmental management measures the tenderer will apply when performing this contract, judged on: ' +
      '[how concrete and measurable the targets are; how the measures address the main impacts of the work, such as waste, carbon and pollution; how results will be monitored and reported]. ' +
      'A certificate or registration alone scores no points under this criterion; the measures offered become contract conditions.',
    source: 'Directive 2014/24/EU art. 67(2); Public Contracts Scotland ESPD question 4C.7 practice (environmental management measures)',
  },
  {
    id: 'env-management-system.performance.en',
    criterion: 'env-management-system',
    stage: 'performance',
    lang: 'en',
    title: 'Keep the system running and report',
    text:
      'The contractor shall keep its ISO 14001 certificate, EMAS registration or documented environmental management system valid for the whole term of the contract, apply the environmental management plan accepted with its tender, and inform the buyer within [number] days if a certificate is suspended or withdrawn. ' +
      'Every [number] months it shall report on the plan’s indicators, any environmental incident on the contract and the corrective action taken.',
    source: 'Directive 2014/24/EU art. 70 (conditions for performance of contracts); ISO 14001:2015 clause 9 (performance evaluation)',
  },
  {
    id: 'env-management-system.selection.fr',
    criterion: 'env-management-system',
    stage: 'selection',
    lang: 'fr',
    title: 'Management environnemental certifié ou documenté',
    text:
      'Le candidat justifie des mesures de gestion environnementale qu’il pourra appliquer lors de l’exécution du marché par l’un des moyens suivants : ' +
      'un certificat ISO 14001 en cours de validité délivré par un organisme accrédité ; un enregistrement EMAS ; un certificat équivalent délivré dans un autre État membre ; ' +
      'ou, s’il n’a pas pu obtenir un tel certificat dans les délais pour des raisons qui ne lui sont pas imputables, une politique environnementale documentée et revue régulièrement, couvrant au moins [les déchets, les rejets, la prévention des pollutions accidentelles, la formation du personnel].',
    source: 'Directive 2014/24/UE art. 62 et annexe XII ; Code de la commande publique, arrêté du 22 mars 2019 (capacités techniques)',
  },
  {
    id: 'env-management-system.selection.de',
    criterion: 'env-management-system',
    stage: 'selection',
    lang: 'de',
    title: 'Zertifiziertes oder dokumentiertes Umweltmanagement',
    text:
      'Der Bewerber weist die Umweltmanagementmaßnahmen, die er bei der Ausführung des Auftrags anwenden kann, durch eines der folgenden Dokumente nach: ' +
      'ein gültiges Zertifikat nach DIN EN ISO 14001 einer hierfür akkreditierten Stelle, eine EMAS-Registrierung oder eine gleichwertige Bescheinigung einer Stelle aus einem anderen Mitgliedstaat. ' +
      'Hatte der Bewerber nachweislich ohne eigenes Verschulden keinen Zugang zu einer solchen Bescheinigung, genügt eine dokumentierte, regelmäßig überprüfte Umweltpolitik mit Verfahren zu [Abfällen, Emissionen, Notfällen, Schulung des Personals].',
    source: 'Richtlinie 2014/24/EU Art. 62; VgV § 46 Abs. 3 Nr. 7 und § 49 Abs. 2',
  },
  {
    id: 'env-management-system.selection.es',
    criterion: 'env-management-system',
    stage: 'selection',
    lang: 'es',
    title: 'Gestión ambiental certificada o documentada',
    text:
      'Los licitadores acreditarán las medidas de gestión medioambiental que podrán aplicar al ejecutar el contrato mediante alguno de estos medios: ' +
      'certificado vigente de un sistema de gestión ambiental conforme a la norma UNE-EN ISO 14001 emitido por un organismo acreditado, registro EMAS, o certificado equivalente expedido en otro Estado miembro. ' +
      'Si el licitador no tuvo acceso a dichos certificados, o no pudo obtenerlos en plazo por causas que no le sean imputables, se admitirán otras pruebas de medidas equivalentes, como una política ambiental documentada y revisada periódicamente que cubra [residuos, emisiones, respuesta ante emergencias y formación del personal].',
    source: 'Directiva 2014/24/UE art. 62; Ley 9/2017 de Contratos del Sector Público art. 94',
  },
  {
    id: 'env-management-system.specification.fr',
    criterion: 'env-management-system',
    stage: 'specification',
    lang: 'fr',
    title: 'Plan de respect de l’environnement propre au marché',
    text:
      'Le soumissionnaire joint à son offre un plan de respect de l’environnement (PRE) propre au marché, qui désigne la personne chargée de sa mise en œuvre et précise, pour [le chantier / chaque lieu d’exécution] : ' +
      'les aspects environnementaux significatifs des prestations, les mesures prévues pour les maîtriser (notamment [tri des déchets, prévention et traitement des pollutions accidentelles, limitation du bruit et des poussières, emploi des produits chimiques]), la formation du personnel et les modalités de suivi des résultats. ' +
      'Lorsque le soumissionnaire dispose d’un système ISO 14001 ou EMAS, le plan s’y rattache.',
    source: 'Critères GPP de l’UE pour les routes (2016) et pour l’alimentation et la restauration (2019), management environnemental ; Code de la commande publique art. R2111-4',
  },
  {
    id: 'env-management-system.award.fr',
    criterion: 'env-management-system',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : démarche environnementale de l’offre',
    text:
      'Jusqu’à [nombre] points sur [total] sont attribués, au vu du mémoire technique, à la qualité des mesures de management environnemental que le soumissionnaire s’engage à appliquer pour l’exécution du marché, appréciée selon : ' +
      '[le caractère précis et mesurable des objectifs ; la pertinence des mesures au regard des principaux impacts des prestations, tels que les déchets, le carbone et les pollutions ; les modalités de suivi et de compte rendu]. ' +
      'La seule détention d’un certificat ou d’un enregistrement ne rapporte aucun point au titre de ce critère ; les mesures proposées deviennent des obligations contractuelles.',
    source: 'Directive 2014/24/UE art. 67 § 2 ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-management-system.performance.fr',
    criterion: 'env-management-system',
    stage: 'performance',
    lang: 'fr',
    title: 'Maintien du système et compte rendu environnemental',
    text:
      'Pendant toute la durée du marché, le titulaire maintient en vigueur son certificat ISO 14001, son enregistrement EMAS ou son système de management environnemental documenté, applique le plan de respect de l’environnement accepté avec son offre, et informe l’acheteur dans un délai de [nombre] jours de toute suspension ou de tout retrait d’un certificat. ' +
      'Tous les [nombre] mois, il rend compte des indicateurs du plan, des incidents environnementaux survenus lors de l’exécution et des actions correctives engagées. Ces obligations constituent des conditions d’exécution au sens de l’article L2112-2 du code de la commande publique.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70 ; ISO 14001:2015 chapitre 9',
  },
  {
    id: 'env-management-system.specification.de',
    criterion: 'env-management-system',
    stage: 'specification',
    lang: 'de',
    title: 'Auftragsbezogenes Umweltkonzept',
    text:
      'Der Bieter legt mit dem Angebot ein auf diesen Auftrag bezogenes Umweltkonzept vor, das eine verantwortliche Person benennt und für [die Baustelle / jeden Leistungsort] darstellt: ' +
      'die wesentlichen Umweltaspekte der Leistung, die Maßnahmen zu ihrer Beherrschung (insbesondere [Abfalltrennung, Vermeidung und Beseitigung von Leckagen, Lärm- und Staubminderung, Umgang mit Chemikalien]), die Unterweisung des Personals und die Überwachung der Ergebnisse. ' +
      'Verfügt der Bieter über ein Umweltmanagementsystem nach ISO 14001 oder EMAS, fügt sich das Konzept in dieses ein.',
    source: 'EU-GPP-Kriterien für Straßenbau (2016) und für Lebensmittel und Verpflegungsdienstleistungen (2019), Umweltmanagement; § 31 VgV',
  },
  {
    id: 'env-management-system.award.de',
    criterion: 'env-management-system',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Qualität des Umweltkonzepts',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden für die Qualität der Umweltmanagementmaßnahmen vergeben, die der Bieter bei der Ausführung dieses Auftrags anwenden wird. Bewertet werden: ' +
      '[wie konkret und messbar die Ziele sind; wie die Maßnahmen die wesentlichen Auswirkungen der Leistung wie Abfall, Treibhausgase und Schadstoffe angehen; wie die Ergebnisse überwacht und berichtet werden]. ' +
      'Ein Zertifikat oder eine Registrierung allein ergibt bei diesem Kriterium keine Punkte; die angebotenen Maßnahmen werden Vertragsbestandteil.',
    source: 'Richtlinie 2014/24/EU Art. 67 Abs. 2; § 127 GWB; § 58 Abs. 2 VgV',
  },
  {
    id: 'env-management-system.performance.de',
    criterion: 'env-management-system',
    stage: 'performance',
    lang: 'de',
    title: 'Umweltmanagement aufrechterhalten und berichten',
    text:
      'Der Auftragnehmer hält sein ISO-14001-Zertifikat, seine EMAS-Registrierung oder sein dokumentiertes Umweltmanagementsystem während der gesamten Vertragslaufzeit aufrecht, setzt das mit dem Angebot vorgelegte Umweltkonzept um und teilt dem Auftraggeber innerhalb von [Zahl] Tagen mit, wenn ein Zertifikat ausgesetzt oder entzogen wird. ' +
      'Alle [Zahl] Monate berichtet er über die Kennzahlen des Konzepts, über Umweltvorfälle bei der Auftragsausführung und über die ergriffenen Korrekturmaßnahmen.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70; ISO 14001:2015 Abschnitt 9',
  },
  {
    id: 'env-management-system.specification.es',
    criterion: 'env-management-system',
    stage: 'specification',
    lang: 'es',
    title: 'Plan de gestión ambiental del contrato',
    text:
      'Los licitadores presentarán un plan de gestión ambiental específico para este contrato, que designe a la persona responsable de su aplicación y recoja, para [la obra / cada centro de prestación del servicio]: ' +
      'los aspectos ambientales significativos de la prestación, las medidas para controlarlos (entre ellas [la separación de residuos, la prevención y respuesta ante derrames, el control del ruido y del polvo y el uso de productos químicos]), la formación del personal y el modo de seguimiento de los resultados. ' +
      'Si el licitador dispone de un sistema ISO 14001 o EMAS, el plan será coherente con él.',
    source: 'Criterios CPE de la UE para carreteras (2016) y para alimentación, servicios de restauración y máquinas expendedoras (2019), gestión ambiental; Ley 9/2017 (LCSP) art. 126',
  },
  {
    id: 'env-management-system.award.es',
    criterion: 'env-management-system',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: calidad de la gestión ambiental',
    text:
      'Como criterio cuya cuantificación depende de un juicio de valor, se otorgarán hasta [número] puntos, sobre un total de [total], a la calidad de las medidas de gestión ambiental que el licitador aplicará en la ejecución de este contrato, valorando: ' +
      '[la concreción y mensurabilidad de los objetivos; la adecuación de las medidas a los principales impactos de la prestación, como residuos, emisiones de carbono y contaminación; el sistema de seguimiento e información de resultados]. ' +
      'La mera posesión de un certificado o registro no otorga puntos en este criterio; las medidas ofertadas pasarán a ser obligaciones contractuales.',
    source: 'Directiva 2014/24/UE art. 67.2; Ley 9/2017 (LCSP) arts. 145 y 146',
  },
  {
    id: 'env-management-system.performance.es',
    criterion: 'env-management-system',
    stage: 'performance',
    lang: 'es',
    title: 'Mantenimiento del sistema e informes ambientales',
    text:
      'El contratista mantendrá vigente durante toda la ejecución del contrato su certificado ISO 14001, su registro EMAS o su sistema de gestión ambiental documentado, aplicará el plan de gestión ambiental aceptado con su oferta y comunicará al responsable del contrato, en un plazo de [número] días, la suspensión o retirada de cualquier certificado. ' +
      'Cada [número] meses informará sobre los indicadores del plan, los incidentes ambientales ocurridos en la ejecución y las medidas correctoras adoptadas. Estas obligaciones se establecen como condición especial de ejecución (art. 202 LCSP).',
    source: 'Ley 9/2017 (LCSP) art. 202; Directiva 2014/24/UE art. 70; ISO 14001:2015 capítulo 9',
  },
];
