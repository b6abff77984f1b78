import type { CriterionInput, ModelClause } from '../schema';

// Evidence is the means of proof named for a requirement: a label licence or registration, a certificate from an
// accredited or independent body, a test report from an accredited laboratory (ISO/IEC 17025), the manufacturer's
// technical dossier, "or equivalent" proof and "other appropriate means" (Directive 2014/24/EU art. 43 and 44).
// It applies once the notice has an environmental or social requirement: proof only matters for something required.
// Not evidence: a bare "test report" (software release testing), a "declaration" in general (the German
// Eigenerklärung and the Spanish declaración responsable are the ESPD, about exclusion grounds), a CE declaration
// of conformity, "verification" in general ("testing, validation and verification" of software), "or equivalent"
// after a brand name (it names no proof).
export const criterion = {
  id: 'prac-verification',
  pillar: 'practice',
  name: {
    en: 'Means of proof stated',
    fr: 'Moyens de preuve précisés',
    de: 'Nachweise festgelegt',
    es: 'Medios de prueba especificados',
  },
  why: {
    en: 'A requirement without a stated means of proof is hard to check and easy to claim: naming the label, certificate, test report or audit that proves it, and accepting equivalents, makes it verifiable and fair to all bidders (Directive 2014/24/EU art. 43–44).',
    fr: 'Une exigence sans moyen de preuve est difficile à contrôler et facile à revendiquer : préciser le label, le certificat, le rapport d’essai ou l’audit qui la prouve, et accepter les équivalents, la rend vérifiable et équitable (directive 2014/24/UE, art. 43 et 44).',
    de: 'Eine Anforderung ohne festgelegten Nachweis ist schwer zu prüfen und leicht zu behaupten: Wer Gütezeichen, Zertifikat, Prüfbericht oder Audit benennt und Gleichwertiges zulässt, macht sie überprüfbar und fair (Richtlinie 2014/24/EU Art. 43 und 44; §§ 33, 34 VgV).',
    es: 'Un requisito sin medio de prueba es difícil de comprobar y fácil de alegar: indicar la etiqueta, el certificado, el informe de ensayo o la auditoría que lo acredita, y admitir equivalentes, lo hace verificable y equitativo (Directiva 2014/24/UE, arts. 43 y 44; LCSP, arts. 127 y 128).',
  },
  appliesTo: { whenPillarsPresent: ['environment', 'social'] },
  patterns: {
    en: [
      // not bare "means of proof": the ESPD boilerplate ("may be required to submit Means of Proof") is about
      // exclusion and selection in general
      'other appropriate means of proof',
      'means of proof (?:concerning|for|of|regarding|showing) (?:the )?(?:environmental|social|sustainab\\w*|energy|labels?|ecolabels?|conformity|compliance with the (?:technical )?(?:specifications?|requirements?))',
      '(?:or|and|any) equivalent (?:proof|evidence|labels?|certificates?|certification|documentation|test reports?|means)',
      '(?:label|ecolabel|EPEAT|TCO Certified|FSC|PEFC|ENERGY STAR|Blue Angel|Nordic Swan) (?:licen[cs]es?|registrations?|certificates?|licen[cs]e numbers?)\\b',
      'listed (?:in|on) (?:the )?(?:EPEAT|ENERGY STAR|TCO Certified|EU Ecolabel|EPREL)[^.;]{0,20}(?:registry|database|product (?:finder|list))',
      'EPREL\\b',
      '(?:test|testing|laboratory|lab|inspection) reports? (?:from|by|issued by|prepared by|carried out by) (?:an? )?(?:accredited|independent|third party|notified|recogni[sz]ed|competent)',
      '(?:accredited|independent|third party)[^.;]{0,20} (?:test|testing|laboratory|lab|inspection|audit) reports?',
      'test reports? (?:according to|in accordance with|to|per|under) (?:EN|ISO|IEC|ASTM)\\b',
      'accredited (?:test\\w*|laborator\\w*|labs?|bod(?:y|ies)|certification bod\\w*|third part\\w*|verifiers?|auditors?|inspection bod\\w*|conformity assessment bod\\w*)',
      'ISO(?: ?/ ?IEC)? ?170(?:20|21|24|25|65)\\b',
      'conformity assessment bod(?:y|ies)',
      'technical dossier',
      'technical file (?:from|of) the manufacturer',
      'manufacturer[’\']?s? (?:declaration|technical (?:documentation|dossier|file))',
      '(?:deemed|presumed) to comply',
      'accepted as (?:proof|evidence|a means of proof)',
      '(?:verified|certified|audited|tested) by (?:an? )?(?:accredited|independent|third party)',
      'independently (?:verified|certified|audited|tested)',
      'third party (?:verification|certification)',
      'chain of custody certificat\\w*',
      'certificates? (?:issued )?(?:by|from) (?:an? )?(?:accredited|independent|recogni[sz]ed|third party)',
      '(?:ISO (?:14001|45001|50001)|EMAS|SA ?8000) (?:certificat\\w*|registration)',
      'art(?:icle|\\.)? ?4[34]\\b[^.;]{0,20}2014/24',
      '(?:regulation|reg\\.?) 6[01] of (?:the )?(?:Public Contracts Regulations|PCR)',
      'SMETA\\b',
    ],
    fr: [
      // not bare "moyens de preuve" nor "tout moyen approprié" (the capacities of subcontractors, R2143-12)
      '(?:tout )?autres? moyens? de preuve',
      'moyens? de preuve (?:appropries?|equivalents?|de (?:la )?conformite)',
      '(?:label|ecolabel|certificat|certification|attestation)s?[^.;]{0,40} ou (?:tout )?(?:autre )?(?:label |certificat |moyen )?equivalent',
      'rapports? d[’\']essais? (?:d[’\']un|par un|emis par un|realise par un|delivre par un) (?:laboratoire|organisme)',
      'rapports? d[’\']essais? (?:selon|conforme\\w* a) (?:la norme )?(?:EN|ISO|NF)\\b',
      'laboratoires? accredite\\w*',
      'organismes? (?:accredite\\w*|independant\\w*|tiers|certificateurs?|de certification|d[’\']evaluation de la conformite)',
      'COFRAC',
      'dossier technique du fabricant',
      'reputes? conformes?',
      'licences? (?:du label|de l[’\']ecolabel|ecolabel)',
      'certificats? (?:de (?:la )?chaine de controle|FSC|PEFC|ISO 14001|ISO 45001|ISO 50001|EMAS)',
      // Code de la commande publique: labels and other means of proof (R2111-10 to R2111-17)
      'R ?2111 ?1[0-7]\\b',
      'verifie\\w* par (?:un )?(?:organisme|tiers|auditeur)',
    ],
    de: [
      'gleichwertige\\w* (?:Nachweis\\w*|Belege?|Gütezeichen|Zertifikat\\w*|Prüfbericht\\w*|Bescheinigung\\w*)',
      '(?:Gütezeichen|Umweltzeichen|Zertifikat|Label)\\w*[^.;]{0,40}oder gleichwertig\\w*',
      'Prüfbericht\\w*',
      'akkreditiert\\w* (?:Prüf\\w*|Labor\\w*|Stelle\\w*|Zertifizierungsstelle\\w*|Konformitätsbewertungsstelle\\w*|Sachverständig\\w*)',
      'Konformitätsbewertungsstelle\\w*',
      'DAkkS',
      // § 33 VgV (certificates of conformity assessment bodies), § 34 VgV (labels as proof)
      '3[34] VgV\\b',
      'technische\\w* Dossier\\w* des Herstellers',
      'Herstellererklärung\\w*',
      '(?:Umweltzeichen|Gütezeichen|Label|Zertifikat|Prüfbericht|Registrierung)\\w*[^.;]{0,40}als Nachweis',
      'als Nachweis[^.;]{0,40}(?:Umweltzeichen|Gütezeichen|Label|Zertifikat|Prüfbericht|Lizenz)\\w*',
      'Zeichennutzungsvertrag\\w*',
      'Zertifikat\\w* (?:nach|gemäß) (?:DIN )?(?:EN )?(?:ISO )?(?:14001|45001|50001)',
      'EMAS[ -]?(?:Registrierung|Urkunde|Zertifikat)\\w*',
      'unabhängig\\w* (?:Prüf\\w*|Stelle\\w*|Dritte\\w*|Labor\\w*|Zertifizier\\w*|Gutacht\\w*|Sachverständig\\w*)',
    ],
    es: [
      'otros? medios? de prueba',
      'medios? de prueba (?:adecuados?|equivalentes?|de (?:la )?conformidad)',
      'informes? de (?:ensayos?|pruebas?)[^.;]{0,40}(?:laboratorio|organismo|entidad)\\w* (?:acreditad|independiente|de evaluacion)\\w*',
      'informes? de (?:ensayos?|pruebas?) (?:segun|conforme a|de acuerdo con) (?:la norma )?(?:UNE|EN|ISO)\\b',
      'laboratorios? acreditados?',
      'organismos? (?:acreditados?|independientes?|de certificacion|de evaluacion de la conformidad|de control)',
      'entidades? (?:acreditadas?|de certificacion|de evaluacion de la conformidad)',
      'ENAC\\b',
      '(?:expediente|documentacion) tecnic[oa] del fabricante',
      '(?:etiqueta|ecoetiqueta|certificado|certificacion|distintivo)s?[^.;]{0,40} o (?:cualquier )?(?:otr[oa] )?(?:etiqueta |certificado )?equivalente',
      'se consideraran? (?:conformes|que cumplen)',
      'licencias? (?:de (?:la )?)?(?:etiqueta|ecoetiqueta)',
      'certificados? (?:de (?:la )?cadena de custodia|FSC|PEFC|ISO 14001|ISO 45001|ISO 50001|EMAS)',
      // LCSP art. 127 (labels), art. 128 (test reports, certification and other means of proof)
      'art(?:iculo|\\.)?s? ?12[78]\\b[^.;]{0,20}(?:LCSP|Ley 9/2017)',
      'verificad[oa]s? por (?:un |una )?(?:organismo|entidad|tercero|auditor)',
    ],
  },
  // The buyer's statement of the proof it accepts ("a technical dossier … will also be accepted") is the evidence.
  statedByBuyer: true,
  fields: [],
  sources: [
    'Directive 2014/24/EU art. 43 (labels) and art. 44 (test reports, certification and other means of proof)',
    'EU GPP criteria sets (2016–2021), "Verification" of each criterion',
    'ISO/IEC 17025 (competence of testing and calibration laboratories); ISO/IEC 17065 (bodies certifying products)',
    'Regulation (EC) No 765/2008 (accreditation)',
    'Code de la commande publique art. R2111-10 à R2111-17 (France)',
    '§§ 33 and 34 VgV (Germany)',
    'Ley 9/2017 de Contratos del Sector Público arts. 127 y 128 (Spain)',
  ],
} satisfies CriterionInput;

// Stages: proof belongs with each requirement, so there is a clause for the specification (labels, test reports),
// the selection (certified management systems) and the performance stage (keeping proof valid). The award stage
// does not need its own clause: points for a labelled or tested product use the same means of proof as the
// specification clause below.
export const clauses: ModelClause[] = [
  {
    id: 'prac-verification.specification.en',
    criterion: 'prac-verification',
    stage: 'specification',
    lang: 'en',
    title: 'Means of proof for each environmental or social requirement',
    text:
      'For each requirement in [annex X] the tenderer shall provide the proof named next to it: [the EU Ecolabel, TCO Certified or EPEAT licence or registration number; or a test report from a laboratory accredited to ISO/IEC 17025 showing compliance with the test method stated]. ' +
      'Labels that meet the same criteria and certificates from other accredited conformity assessment bodies are accepted as equivalent. ' +
      'Where a tenderer had no access to these within the time limits for reasons it cannot be blamed for, other appropriate means of proof, such as the manufacturer’s technical dossier, are accepted if they show that the requirement is met.',
    source: 'Directive 2014/24/EU art. 43 and art. 44; EU GPP criteria sets, "Verification"',
  },
  {
    id: 'prac-verification.selection.en',
    criterion: 'prac-verification',
    stage: 'selection',
    lang: 'en',
    title: 'Proof of environmental management capacity',
    text:
      'Tenderers shall prove the environmental management measures they will apply to this contract by an EMAS registration or an ISO 14001 certificate issued by a body accredited under Regulation (EC) No 765/2008, or by equivalent certificates from bodies established in other Member States, or by other evidence of equivalent environmental management measures (procedures, records, an internal audit report).',
    source: 'Directive 2014/24/EU art. 62(2); Regulation (EC) No 1221/2009 (EMAS)',
  },
  {
    id: 'prac-verification.performance.en',
    criterion: 'prac-verification',
    stage: 'performance',
    lang: 'en',
    title: 'Proof kept valid during the contract',
    text:
      'During the contract the contractor shall keep valid the licences, registrations and certificates submitted as proof, send the buyer the renewed documents before expiry, and notify it within [number] days of any withdrawal. ' +
      'For products added or substituted, the same means of proof apply. ' +
      'The buyer may have up to [number] samples a year tested by a laboratory accredited to ISO/IEC 17025; if a sample fails, the contractor bears the cost of the test and replaces the non-conforming products.',
    source: 'Directive 2014/24/EU art. 44 and art. 70; ISO/IEC 17025',
  },
  {
    id: 'prac-verification.specification.fr',
    criterion: 'prac-verification',
    stage: 'specification',
    lang: 'fr',
    title: 'Moyens de preuve de chaque exigence environnementale ou sociale',
    text:
      'Pour chaque exigence de [l’annexe X], le candidat fournit le moyen de preuve indiqué : [numéro de licence de l’Écolabel européen ou d’un label équivalent ; ou rapport d’essai d’un laboratoire accrédité selon la norme ISO/IEC 17025 (COFRAC ou équivalent)]. ' +
      'Les labels équivalents et les certificats d’autres organismes d’évaluation de la conformité accrédités sont acceptés. ' +
      'Le candidat qui n’a pu les obtenir dans les délais pour une raison qui ne lui est pas imputable peut produire tout autre moyen de preuve approprié, tel qu’un dossier technique du fabricant.',
    source: 'Code de la commande publique art. R2111-12 à R2111-17 ; directive 2014/24/UE art. 43 et 44',
  },
  {
    id: 'prac-verification.specification.de',
    criterion: 'prac-verification',
    stage: 'specification',
    lang: 'de',
    title: 'Nachweise für jede umweltbezogene oder soziale Anforderung',
    text:
      'Für jede Anforderung in Anlage [X] ist der dort genannte Nachweis vorzulegen: [Lizenz oder Zeichennutzungsvertrag des Blauen Engels, des EU Ecolabels oder eines gleichwertigen Gütezeichens; oder ein Prüfbericht eines nach DIN EN ISO/IEC 17025 akkreditierten Prüflabors]. ' +
      'Gleichwertige Gütezeichen und Bescheinigungen anderer akkreditierter Konformitätsbewertungsstellen werden anerkannt (§§ 33, 34 VgV). ' +
      'Hatte ein Bieter ohne eigenes Verschulden keinen Zugang zu diesen Nachweisen, genügen andere geeignete Belege wie ein technisches Dossier des Herstellers.',
    source: '§§ 33, 34 VgV; Richtlinie 2014/24/EU Art. 43 und 44',
  },
  {
    id: 'prac-verification.specification.es',
    criterion: 'prac-verification',
    stage: 'specification',
    lang: 'es',
    title: 'Medios de prueba de cada requisito ambiental o social',
    text:
      'Para cada requisito del anexo [X] el licitador aportará el medio de prueba indicado: [número de licencia de la Etiqueta Ecológica de la UE o de una etiqueta equivalente; o informe de ensayo de un laboratorio acreditado conforme a la norma UNE-EN ISO/IEC 17025 (ENAC o equivalente)]. ' +
      'Se aceptarán etiquetas equivalentes y certificados de otros organismos de evaluación de la conformidad acreditados. ' +
      'Si el licitador no pudo obtenerlos en plazo por causas que no le son imputables, podrá aportar otros medios de prueba adecuados, como el expediente técnico del fabricante.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 127 y 128; Directiva 2014/24/UE arts. 43 y 44',
  },
  {
    id: 'prac-verification.selection.fr',
    criterion: 'prac-verification',
    stage: 'selection',
    lang: 'fr',
    title: 'Justification des mesures de gestion environnementale',
    text:
      'Le candidat justifie des mesures de gestion environnementale qu’il appliquera lors de l’exécution du marché par un enregistrement EMAS ou un certificat ISO 14001 délivré par un organisme accrédité conformément au règlement (CE) n° 765/2008 (COFRAC ou équivalent), par un certificat équivalent délivré par un organisme établi dans un autre État membre, ou par tout autre moyen de preuve de mesures équivalentes (procédures, enregistrements, rapport d’audit interne).',
    source: 'Directive 2014/24/UE art. 62(2) ; Code de la commande publique art. L2142-1 ; arrêté du 22 mars 2019 fixant la liste des renseignements et documents pouvant être demandés aux candidats ; règlement (CE) n° 1221/2009 (EMAS)',
  },
  {
    id: 'prac-verification.selection.de',
    criterion: 'prac-verification',
    stage: 'selection',
    lang: 'de',
    title: 'Nachweis des Umweltmanagements',
    text:
      'Zum Nachweis der Umweltmanagementmaßnahmen, die der Bieter bei der Ausführung dieses Auftrags anwendet, ist eine EMAS-Registrierung oder ein Zertifikat nach DIN EN ISO 14001 einer nach Verordnung (EG) Nr. 765/2008 akkreditierten Stelle vorzulegen. ' +
      'Gleichwertige Bescheinigungen von Stellen in anderen Mitgliedstaaten und andere Nachweise gleichwertiger Umweltmanagementmaßnahmen (Verfahrensbeschreibungen, Aufzeichnungen, interner Auditbericht) werden anerkannt.',
    source: '§ 122 GWB; § 46 Abs. 3 und § 49 Abs. 2 VgV; Richtlinie 2014/24/EU Art. 62 Abs. 2; Verordnung (EG) Nr. 1221/2009 (EMAS)',
  },
  {
    id: 'prac-verification.selection.es',
    criterion: 'prac-verification',
    stage: 'selection',
    lang: 'es',
    title: 'Acreditación de las medidas de gestión medioambiental',
    text:
      'El licitador acreditará las medidas de gestión medioambiental que aplicará en la ejecución del contrato mediante su registro en EMAS o un certificado UNE-EN ISO 14001 expedido por un organismo acreditado conforme al Reglamento (CE) n.º 765/2008 (ENAC o equivalente), mediante certificados equivalentes de organismos establecidos en otros Estados miembros o mediante otras pruebas de medidas equivalentes de gestión medioambiental (procedimientos, registros, informe de auditoría interna).',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 90 y 94; Directiva 2014/24/UE art. 62.2; Reglamento (CE) n.º 1221/2009 (EMAS)',
  },
  {
    id: 'prac-verification.performance.fr',
    criterion: 'prac-verification',
    stage: 'performance',
    lang: 'fr',
    title: 'Preuves maintenues en cours d’exécution',
    text:
      'Pendant toute la durée du marché, le titulaire maintient en vigueur les licences, enregistrements et certificats produits comme moyens de preuve, transmet à l’acheteur les documents renouvelés avant leur expiration et l’informe sous [nombre] jours de tout retrait. ' +
      'Les produits ajoutés ou substitués en cours d’exécution sont soumis aux mêmes moyens de preuve. ' +
      'L’acheteur peut faire analyser jusqu’à [nombre] échantillons par an par un laboratoire accrédité selon la norme ISO/IEC 17025 ; si un échantillon n’est pas conforme, le coût de l’essai est à la charge du titulaire, qui remplace les produits non conformes.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 44 et 70 ; norme ISO/IEC 17025',
  },
  {
    id: 'prac-verification.performance.de',
    criterion: 'prac-verification',
    stage: 'performance',
    lang: 'de',
    title: 'Nachweise während der Vertragslaufzeit gültig halten',
    text:
      'Der Auftragnehmer hält die als Nachweis vorgelegten Lizenzen, Registrierungen und Zertifikate während der gesamten Vertragslaufzeit gültig, übermittelt dem Auftraggeber erneuerte Unterlagen vor Ablauf und zeigt einen Entzug innerhalb von [Anzahl] Tagen an. ' +
      'Für nachträglich aufgenommene oder ersetzte Produkte gelten dieselben Nachweise. ' +
      'Der Auftraggeber kann jährlich bis zu [Anzahl] Proben von einem nach DIN EN ISO/IEC 17025 akkreditierten Labor prüfen lassen; ist eine Probe nicht konform, trägt der Auftragnehmer die Prüfkosten und ersetzt die mangelhaften Produkte.',
    source: '§ 128 Abs. 2 GWB; § 33 VgV; Richtlinie 2014/24/EU Art. 44 und Art. 70; ISO/IEC 17025',
  },
  {
    id: 'prac-verification.performance.es',
    criterion: 'prac-verification',
    stage: 'performance',
    lang: 'es',
    title: 'Vigencia de los medios de prueba durante la ejecución',
    text:
      'Durante la ejecución del contrato, el contratista mantendrá vigentes las licencias, registros y certificados aportados como medio de prueba, remitirá al órgano de contratación los documentos renovados antes de su caducidad y le comunicará en [número] días cualquier retirada. ' +
      'Los productos que se incorporen o sustituyan quedarán sujetos a los mismos medios de prueba. ' +
      'El órgano de contratación podrá someter hasta [número] muestras al año a ensayo en un laboratorio acreditado conforme a la norma UNE-EN ISO/IEC 17025; si una muestra no es conforme, el contratista abonará el coste del ensayo y sustituirá los productos no conformes.',
    source: 'Ley 9/2017 de Contratos del Sector Público arts. 128 y 202; Directiva 2014/24/UE arts. 44 y 70; ISO/IEC 17025',
  },
];
