import type { CriterionInput, ModelClause } from '../schema';

// Many notices tell bidders how THEIR personal data will be handled in the procedure ("Personal data of
// tenderers will be processed in accordance with the GDPR", "les données personnelles des candidats sont traitées
// conformément au RGPD"): a privacy notice of the buyer, not a requirement on what is bought. The law's name does
// not count after such a lead-in in the same sentence. Every pattern naming the law carries the guard of all four
// languages, since all patterns run on every notice. [a-z]* rather than \w* inside the lookbehind: the compiler
// turns \w* into a lookahead with a backreference, which a lookbehind would read backwards.
const NOT_BIDDERS =
  '(?<!' +
  [
    "(?:your|tenderers?[’']?|bidders?[’']?|candidates?[’']?|applicants?[’']?|suppliers[’']) personal data[^.;]{0,100}",
    'personal data (?:of|submitted by|provided by|supplied by|contained in|included in) (?:the )?(?:tenderers?|bidders?|candidates?|applicants?|tenders?|bids?|responses?|economic operators?)[^.;]{0,100}',
    'privacy (?:notice|policy|statement)[^.;]{0,100}',
    "(?:candidats?|soumissionnaires?|op[ée]rateurs? [ée]conomiques?)[^.;]{0,60}donn[ée]es (?:personnelles|[aà] caract[eè]re personnel)[^.;]{0,100}",
    "donn[ée]es (?:personnelles|[aà] caract[eè]re personnel) (?:des|du|fournies par les?|transmises par les?) (?:candidats?|soumissionnaires?|op[ée]rateurs? [ée]conomiques?)[^.;]{0,100}",
    '(?:Bieter|Bewerber|Teilnehmer)[a-z]*[^.;]{0,60}personenbezogen[a-z]* Daten[^.;]{0,100}',
    'personenbezogen[a-z]* Daten (?:der|von) (?:Bieter|Bewerber|Teilnehmer)[a-z]*[^.;]{0,100}',
    'Datenschutz ?(?:hinweise?|erkl[aä]rung)[^.;]{0,100}',
    '(?:licitadores?|candidatos?)[^.;]{0,60}datos (?:personales|de car[aá]cter personal)[^.;]{0,100}',
    'datos (?:personales|de car[aá]cter personal) (?:de|facilitados por|aportados por) (?:los )?(?:licitadores?|candidatos?)[^.;]{0,100}',
  ].join('|') +
  ')';

export const criterion = {
  id: 'dig-privacy',
  pillar: 'digital',
  name: {
    en: 'Personal data protected by design',
    fr: 'Données personnelles protégées dès la conception',
    de: 'Datenschutz durch Technikgestaltung',
    es: 'Datos personales protegidos desde el diseño',
  },
  why: {
    en: 'Smart-city systems see residents’ movements, faces and habits; the buyer stays responsible under the GDPR, so the contract must make the supplier collect as little as possible, protect it by design and act only on the buyer’s instructions.',
    fr: 'Les systèmes de la ville intelligente voient les déplacements, les visages et les habitudes des habitants ; l’acheteur reste responsable au titre du RGPD, et le marché doit imposer au titulaire de collecter le moins possible, de protéger dès la conception et de n’agir que sur instruction.',
    de: 'Smart-City-Systeme erfassen Wege, Gesichter und Gewohnheiten der Bürger; der Auftraggeber bleibt nach der DSGVO verantwortlich, also muss der Vertrag den Anbieter zu Datensparsamkeit, Datenschutz durch Technikgestaltung und weisungsgebundener Verarbeitung verpflichten.',
    es: 'Los sistemas de ciudad inteligente registran desplazamientos, rostros y hábitos de los vecinos; el comprador sigue siendo responsable según el RGPD, y el contrato debe obligar al proveedor a recoger lo mínimo, proteger desde el diseño y tratar los datos solo según sus instrucciones.',
  },
  appliesTo: {
    groups: ['software-digital', 'iot-smart-infrastructure', 'data-centres-cloud'],
  },
  // Not cybersecurity (ENS, ISO 27001, NIS2 belong to dig-cybersecurity), not "Données personnelles" in a
  // site footer, not "personal data assistants (PDA)".
  patterns: {
    en: [
      `${NOT_BIDDERS}(?:UK )?GDPR\\b`,
      `${NOT_BIDDERS}general data protection regulation`,
      `${NOT_BIDDERS}2016/679\\b`,
      `${NOT_BIDDERS}data protection act (?:2018|1998)`,
      'data protection by (?:design|default)',
      'privacy by (?:design|default)',
      'privacy enhancing',
      '(?:data protection|privacy) impact assessments?',
      'DPIAs?\\b',
      'data process(?:ing|or) (?:agreements?|addend(?:um|a)|contracts?|terms|clauses)',
      '(?:act|acts|process|processes|acting|processing) (?:only )?on (?:the )?(?:documented )?instructions of the (?:controller|buyer|authority|council|customer)',
      'standard contractual clauses',
      'data minimi[sz]ation',
      'pseudonymi[sz]\\w*',
      // not "tenders will be anonymised for evaluation"
      'anonymi[sz](?:ation|ed|es|e|ing) (?:of )?(?:the |all )?(?:personal )?data',
      '(?:personal )?data[^.;]{0,30}\\banonymi[sz]',
      '(?:personal )?data (?:residency|locali[sz]ation)',
      // "personal data shall be stored only within the EEA"
      'personal data[^.;]{0,60}\\b(?:processed|stored|hosted|located|kept|held|transferred)[^.;]{0,30}\\b(?:in|within|outside) the (?:EU|EEA|European|UK|United Kingdom)',
      '(?:deletion|erasure|destruction) of (?:all )?(?:the )?personal data',
    ],
    fr: [
      `${NOT_BIDDERS}RGPD\\b`,
      `${NOT_BIDDERS}r[eè]glement g[ée]n[ée]ral (?:sur la|de) protection des donn[ée]es`,
      `${NOT_BIDDERS}2016/679\\b`,
      `${NOT_BIDDERS}loi (?:n° ?78 17 du 6 janvier 1978|informatique et libert[ée]s)`,
      'protection des donn[ée]es d[eè]s la conception',
      'protection des donn[ée]es par d[ée]faut',
      "AIPD\\b",
      "analyses? d[’']impact (?:relative )?(?:[aà] la|sur la) protection des donn[ée]es",
      "(?:accord|contrat|convention|clauses?) de (?:sous ?traitance|traitement) des donn[ée]es",
      "sous ?traitants? au sens (?:de l[’']article 28|du RGPD|du r[eè]glement)",
      'minimisation des donn[ée]es',
      'pseudonymis\\w*',
      // not the anonymous entries of a design contest
      'anonymis(?:ation|[ée]e?s?|er) (?:des |les )?donn[ée]es',
      'donn[ée]es[^.;]{0,30}\\banonymis',
      "(?:h[ée]berg|stock|localis|trait)\\w*[^.;]{0,40}\\b(?:dans|sur le territoire de) l[’']Union europ[ée]enne",
      "h[ée]bergeurs? (?:agr[ée]ée?s?|certifi[ée]e?s?) (?:de|pour les) donn[ée]es de sant[ée]",
      "(?:suppression|effacement|destruction) des donn[ée]es (?:personnelles|à caract[eè]re personnel)",
    ],
    de: [
      `${NOT_BIDDERS}DS ?GVO\\b`,
      `${NOT_BIDDERS}Datenschutz ?Grundverordnung`,
      `${NOT_BIDDERS}2016/679\\b`,
      `${NOT_BIDDERS}BDSG\\b`,
      'Datenschutz durch Technik(?:gestaltung)?',
      'datenschutzfreundliche\\w* Voreinstellung',
      'Privacy by (?:Design|Default)',
      'Datenschutz ?Folgenabschatzung',
      'DSFA\\b',
      'Auftragsverarbeitung\\w*',
      'Auftragsdatenverarbeitung\\w*',
      'Datenminimierung',
      'Datensparsamkeit',
      'Pseudonymisierung',
      'Anonymisierung (?:der |von |aller )?(?:personenbezogenen )?Daten',
      'Daten[^.;]{0,30}\\banonymisier',
      '(?:Verarbeitung|Speicherung|Hosting|Serverstandort)\\w*[^.;]{0,40}\\b(?:in|innerhalb) (?:der |des )?(?:EU|Europaischen Union|EWR|Bundesrepublik|Deutschland)\\b',
      'Loschung (?:der|aller|samtlicher) personenbezogenen Daten',
    ],
    es: [
      `${NOT_BIDDERS}RGPD\\b`,
      `${NOT_BIDDERS}Reglamento General de Protecci[oó]n de Datos`,
      `${NOT_BIDDERS}2016/679\\b`,
      `${NOT_BIDDERS}LOPDGDD\\b`,
      `${NOT_BIDDERS}Ley Org[aá]nica 3/2018`,
      'protecci[oó]n de datos desde el dise[nñ]o',
      'protecci[oó]n de datos por defecto',
      'EIPD\\b',
      'evaluaci[oó]n de impacto (?:relativa a la|en la|de) protecci[oó]n de datos',
      'encargad[oa] del tratamiento',
      '(?:contrato|acuerdo) de encargo (?:de|del) tratamiento',
      'minimizaci[oó]n de (?:los )?datos',
      'seudonimizaci[oó]n',
      'pseudonimizaci[oó]n',
      'anonimizaci[oó]n de (?:los )?datos',
      'datos[^.;]{0,30}\\banonimiza',
      // LCSP art. 122.2 and 202.2: where the servers will be
      'ubicaci[oó]n de los servidores',
      'servidores[^.;]{0,40}\\b(?:Uni[oó]n Europea|Espacio Econ[oó]mico Europeo)',
      'supresi[oó]n de los datos personales',
    ],
  },
  // No eForms or OCDS field says this.
  fields: [],
  sources: [
    'Regulation (EU) 2016/679 (GDPR) art. 5(1)(c), 25, 28, 32, 35 and chapter V',
    'EDPB Guidelines 4/2019 on article 25 data protection by design and by default',
    'Commission Implementing Decision (EU) 2021/915 (standard contractual clauses between controllers and processors)',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
    'Loi informatique et libertés and CNIL guidance on subcontractors (France)',
    'Bundesdatenschutzgesetz (BDSG) (Germany)',
    'Ley Orgánica 3/2018 (LOPDGDD); Ley 9/2017 art. 122.2 and 202.2 (Spain)',
  ],
} satisfies CriterionInput;

// No award clause: compliance with the GDPR is a minimum, not something to score; a buyer who wants to reward
// more (less data, local processing) can score it under eco-quality-award.
export const clauses: ModelClause[] = [
  {
    id: 'dig-privacy.selection.en',
    criterion: 'dig-privacy',
    stage: 'selection',
    lang: 'en',
    title: 'Sufficient guarantees as a processor',
    text:
      'Tenderers shall show that they provide sufficient guarantees to implement appropriate technical and organisational measures for the processing of personal data, by describing [their data protection organisation, data protection officer, processing records and incident handling] and by naming every sub-processor they intend to use, with its location.',
    source: 'Regulation (EU) 2016/679 (GDPR) art. 28(1) and 28(2)',
  },
  {
    id: 'dig-privacy.specification.en',
    criterion: 'dig-privacy',
    stage: 'specification',
    lang: 'en',
    title: 'Data protection by design and by default',
    text:
      'The solution shall collect only the personal data needed for the purposes listed in annex [X], keep it no longer than [period], and pseudonymise or anonymise it at the earliest point the purpose allows ([for example: images blurred on the device, counts instead of identifiers]). ' +
      'Privacy-protective settings shall be the defaults. Personal data shall be stored and processed only within the European Economic Area [or under an adequacy decision]. ' +
      'Before go-live, the contractor shall give the buyer the information it needs for its data protection impact assessment.',
    source: 'Regulation (EU) 2016/679 (GDPR) art. 5(1)(c), 25, 35 and chapter V; EDPB Guidelines 4/2019',
  },
  {
    id: 'dig-privacy.performance.en',
    criterion: 'dig-privacy',
    stage: 'performance',
    lang: 'en',
    title: 'Data processing agreement',
    text:
      'Before any processing starts, the contractor shall sign the data processing agreement in annex [X], based on the Commission’s standard contractual clauses (Implementing Decision (EU) 2021/915): it processes personal data only on the buyer’s documented instructions, notifies any personal data breach within [24] hours, uses sub-processors only with the buyer’s prior written approval, and at the end of the contract returns and then deletes all personal data, confirming the deletion in writing.',
    source: 'Regulation (EU) 2016/679 (GDPR) art. 28 and 33; Commission Implementing Decision (EU) 2021/915',
  },
  {
    id: 'dig-privacy.specification.fr',
    criterion: 'dig-privacy',
    stage: 'specification',
    lang: 'fr',
    title: 'Protection des données dès la conception et par défaut',
    text:
      'La solution ne collecte que les données personnelles nécessaires aux finalités listées en annexe [X], ne les conserve pas au-delà de [durée] et les pseudonymise ou les anonymise dès que la finalité le permet ([par exemple : floutage des images sur l’équipement, comptages plutôt qu’identifiants]). ' +
      'Les paramètres les plus protecteurs sont activés par défaut. Les données personnelles sont hébergées et traitées exclusivement dans l’Union européenne. ' +
      'Avant la mise en service, le titulaire fournit à l’acheteur les éléments nécessaires à son analyse d’impact relative à la protection des données (AIPD).',
    source: 'Règlement (UE) 2016/679 (RGPD) art. 5, 25 et 35',
  },
  {
    id: 'dig-privacy.performance.fr',
    criterion: 'dig-privacy',
    stage: 'performance',
    lang: 'fr',
    title: 'Clauses de sous-traitance des données',
    text:
      'Avant tout traitement, le titulaire signe les clauses de traitement des données figurant en annexe [X], établies sur le modèle des clauses contractuelles types de la Commission (décision d’exécution (UE) 2021/915) : il agit uniquement sur instruction documentée de l’acheteur, notifie toute violation de données dans les [24] heures, ne recourt à un sous-traitant ultérieur qu’avec l’accord écrit préalable de l’acheteur et, en fin de marché, restitue puis supprime toutes les données personnelles.',
    source: 'Règlement (UE) 2016/679 (RGPD) art. 28 et 33 ; décision d’exécution (UE) 2021/915',
  },
  {
    id: 'dig-privacy.performance.de',
    criterion: 'dig-privacy',
    stage: 'performance',
    lang: 'de',
    title: 'Auftragsverarbeitungsvertrag',
    text:
      'Vor Beginn jeder Verarbeitung schließt der Auftragnehmer den Auftragsverarbeitungsvertrag nach Art. 28 DSGVO in Anlage [X] ab: Er verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers, meldet Datenschutzverletzungen innerhalb von [24] Stunden, setzt Unterauftragsverarbeiter nur nach vorheriger schriftlicher Genehmigung ein und gibt bei Vertragsende alle personenbezogenen Daten zurück und löscht sie anschließend.',
    source: 'Verordnung (EU) 2016/679 (DSGVO) Art. 28 und 33; Durchführungsbeschluss (EU) 2021/915',
  },
  {
    id: 'dig-privacy.specification.es',
    criterion: 'dig-privacy',
    stage: 'specification',
    lang: 'es',
    title: 'Protección de datos desde el diseño y por defecto',
    text:
      'La solución solo recogerá los datos personales necesarios para las finalidades del anexo [X], no los conservará más allá de [plazo] y los seudonimizará o anonimizará en cuanto la finalidad lo permita. ' +
      'La configuración más protectora estará activada por defecto. Los servidores en los que se alojen los datos personales estarán ubicados en la Unión Europea, y el licitador indicará en su oferta la ubicación de los servidores y desde dónde se prestarán los servicios asociados.',
    source: 'Reglamento (UE) 2016/679 (RGPD) arts. 5, 25 y 35; Ley 9/2017 de Contratos del Sector Público art. 122.2',
  },
  {
    id: 'dig-privacy.selection.fr',
    criterion: 'dig-privacy',
    stage: 'selection',
    lang: 'fr',
    title: 'Garanties suffisantes en tant que sous-traitant au sens du RGPD',
    text:
      'Le candidat démontre qu’il présente des garanties suffisantes quant à la mise en œuvre de mesures techniques et organisationnelles appropriées pour le traitement des données à caractère personnel, en décrivant [son organisation en matière de protection des données, son délégué à la protection des données, son registre des activités de traitement et sa gestion des violations de données], et en désignant chacun des sous-traitants ultérieurs auxquels il entend recourir, avec leur localisation.',
    source: 'Règlement (UE) 2016/679 (RGPD) art. 28(1) et 28(2) ; Code de la commande publique art. L2142-1',
  },
  {
    id: 'dig-privacy.selection.de',
    criterion: 'dig-privacy',
    stage: 'selection',
    lang: 'de',
    title: 'Hinreichende Garantien als Auftragsverarbeiter',
    text:
      'Der Bieter weist nach, dass er hinreichende Garantien dafür bietet, dass geeignete technische und organisatorische Maßnahmen für die Verarbeitung personenbezogener Daten durchgeführt werden. ' +
      'Dazu beschreibt er [seine Datenschutzorganisation, seine Datenschutzbeauftragte oder seinen Datenschutzbeauftragten, sein Verzeichnis von Verarbeitungstätigkeiten und seinen Umgang mit Datenschutzverletzungen] und benennt jeden vorgesehenen Unterauftragsverarbeiter mit seinem Standort.',
    source: 'Verordnung (EU) 2016/679 (DSGVO) Art. 28 Abs. 1 und 2; GWB § 122; VgV § 46',
  },
  {
    id: 'dig-privacy.selection.es',
    criterion: 'dig-privacy',
    stage: 'selection',
    lang: 'es',
    title: 'Garantías suficientes como encargado del tratamiento',
    text:
      'Los licitadores acreditarán que ofrecen garantías suficientes para aplicar medidas técnicas y organizativas apropiadas en el tratamiento de datos personales, describiendo [su organización en materia de protección de datos, su delegado de protección de datos, su registro de actividades de tratamiento y su gestión de las brechas de seguridad], e indicarán cada uno de los subencargados a los que prevean recurrir y su ubicación.',
    source: 'Reglamento (UE) 2016/679 (RGPD) art. 28.1 y 28.2; Ley 9/2017 de Contratos del Sector Público art. 122.2 y disposición adicional vigésima quinta',
  },
  {
    id: 'dig-privacy.specification.de',
    criterion: 'dig-privacy',
    stage: 'specification',
    lang: 'de',
    title: 'Datenschutz durch Technikgestaltung und datenschutzfreundliche Voreinstellungen',
    text:
      'Die Lösung erhebt nur die personenbezogenen Daten, die für die in Anlage [X] genannten Zwecke erforderlich sind, speichert sie nicht länger als [Frist] und pseudonymisiert oder anonymisiert sie so früh, wie es der Zweck zulässt ([zum Beispiel: Verpixelung von Bildern bereits im Gerät, Zählwerte statt Kennungen]). ' +
      'Datenschutzfreundliche Einstellungen sind voreingestellt. Personenbezogene Daten werden ausschließlich im Europäischen Wirtschaftsraum [oder in einem Drittland mit Angemessenheitsbeschluss] gespeichert und verarbeitet. ' +
      'Vor Inbetriebnahme stellt der Auftragnehmer dem Auftraggeber die Angaben zur Verfügung, die dieser für seine Datenschutz-Folgenabschätzung benötigt.',
    source: 'Verordnung (EU) 2016/679 (DSGVO) Art. 5 Abs. 1 Buchst. c, Art. 25, Art. 35 und Kapitel V; EDSA-Leitlinien 4/2019',
  },
  {
    id: 'dig-privacy.performance.es',
    criterion: 'dig-privacy',
    stage: 'performance',
    lang: 'es',
    title: 'Contrato de encargo del tratamiento',
    text:
      'Antes de iniciar cualquier tratamiento, el contratista suscribirá el contrato de encargo del tratamiento del anexo [X], basado en las cláusulas contractuales tipo de la Comisión (Decisión de Ejecución (UE) 2021/915): tratará los datos personales únicamente siguiendo instrucciones documentadas del órgano de contratación, notificará toda violación de la seguridad de los datos personales en un plazo de [24] horas, solo recurrirá a subencargados con autorización previa y por escrito, y al término del contrato devolverá y después suprimirá todos los datos personales, certificando su supresión por escrito. ' +
      'Esta obligación constituye una condición especial de ejecución.',
    source: 'Reglamento (UE) 2016/679 (RGPD) arts. 28 y 33; Decisión de Ejecución (UE) 2021/915; Ley 9/2017 de Contratos del Sector Público art. 202.1 y disposición adicional vigésima quinta',
  },
];
