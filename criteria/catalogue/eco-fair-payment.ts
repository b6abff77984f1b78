import type { CriterionInput, ModelClause } from '../schema';

// Up to 30 days: 1 to 30 in figures or words, not "300" nor "60 days"
const DAYS_EN = '(?:30|[12]\\d|[1-9]|thirty|twenty|fifteen|fourteen|ten|seven|five)\\b(?: \\(\\d{1,2}\\))?';
const DAYS_FR = '(?:30|[12]\\d|[1-9]|trente|vingt|quinze|dix)\\b(?: \\(\\d{1,2}\\))?';
const DAYS_DE = '(?:30|[12]\\d|[1-9]|drei(?:ß|ss)ig|zwanzig|vierzehn|zehn)\\b';
const DAYS_ES = '(?:30|[12]\\d|[1-9]|treinta|veinte|quince|diez)\\b(?: \\(\\d{1,2}\\))?';

export const criterion = {
  id: 'eco-fair-payment',
  pillar: 'economic',
  name: {
    en: 'Fair and prompt payment',
    fr: 'Paiement rapide et équitable',
    de: 'Faire und pünktliche Zahlung',
    es: 'Pago justo y puntual',
  },
  why: {
    en: 'Late payment starves small suppliers and subcontractors of cash; paying within 30 days, and making the contractor do the same down its supply chain, keeps them in business and in the market (Directive 2011/7/EU).',
    fr: 'Les retards de paiement privent de trésorerie les petites entreprises et les sous-traitants ; payer sous 30 jours, et l’imposer au titulaire envers ses sous-traitants, les maintient en activité et dans la concurrence (directive 2011/7/UE).',
    de: 'Zahlungsverzug entzieht kleinen Lieferanten und Nachunternehmern Liquidität; Zahlung binnen 30 Tagen, auch vom Auftragnehmer an seine Nachunternehmer, hält sie im Geschäft und im Wettbewerb (Richtlinie 2011/7/EU).',
    es: 'La morosidad deja sin liquidez a los pequeños proveedores y subcontratistas; pagar en 30 días, y exigir lo mismo al contratista con sus subcontratistas, los mantiene en activo y en el mercado (Directiva 2011/7/UE).',
  },
  appliesTo: { all: true },
  // Not "late payment" alone: Contracts Finder pages say "If you have any concerns about procurement practices,
  // including late payment, you can contact…" in their footer. Not "Discounts for Prompt Payment" (FAR 52.232-8:
  // the supplier offers a discount), nor "within 30 days" of anything but a payment.
  patterns: {
    en: [
      // "undisputed invoices will be paid within 30 days"; not "unless paid within 30 days of becoming due" (a
      // debt the contractor owes, FAR 52.232-17)
      // not "payment applications must be submitted within 7 days" (construction contracts)
      `(?:pa(?:y|ys|id|ying|yable)|payments?(?! (?:applications?|requests?|claims?|notices?|schedules?|plans?)\\b)|settle\\w*)\\b[^.;]{0,60}\\bwithin (?:a (?:maximum |period )?of )?${DAYS_EN} (?:calendar |working |business )?days\\b(?! of becoming due)`,
      `${DAYS_EN} (?:calendar |working |business )?days? (?:of|from|after|following) (?:the )?(?:receipt|date|submission|approval|acceptance) of (?:a |an |the )?(?:valid |correct |undisputed |proper |approved |compliant )*invoices?`,
      `payment terms?\\W{0,3}(?:are |of |is )?(?:net )?${DAYS_EN} (?:calendar )?days`,
      'Late Payment Directive',
      '2011/7/EU\\b',
      'late payment of commercial debts',
      'prompt payment (?:act|code|policy|clause|terms|regulations?|to subcontractors)',
      'fair payment (?:code|charter|practices)',
      // PCR 2015 reg. 113 (30-day payment passed down to subcontracts); Procurement Act 2023 s. 68 and 73
      // not UN Regulation No 113 (headlamps)
      'regulation 113 (?:of the )?(?:Public Contracts Regulations|PCR)',
      '(?:Public Contracts Regulations|PCR) (?:2015 )?(?:regulation |reg\\.? )?113\\b',
      // payment passed down the supply chain
      `(?:sub ?contractors?|supply chain|suppliers?)[^.;]{0,60}\\b(?:paid|payment)[^.;]{0,40}\\bwithin ${DAYS_EN} (?:calendar )?days`,
      '(?:same|equivalent|no less favourable) payment terms[^.;]{0,40}\\b(?:sub ?contract\\w*|supply chain)',
      '(?:sub ?contract\\w*|supply chain)[^.;]{0,40}\\b(?:same|equivalent|no less favourable) payment terms',
      'direct payments? (?:to|of) (?:the )?sub ?contractors?',
      // payment linked to delivered outcomes
      'payments? by (?:results|outcomes)',
      'outcome based payments?',
    ],
    fr: [
      // "délai global de paiement de 30 jours", "délai maximum de paiement : 30 jours"
      `d[ée]lai (?:global |maximum |maximal )?de paiement[^.;]{0,30}\\b${DAYS_FR} jours`,
      `(?:paiement|r[eè]glement|mandatement|pay[ée]e?s?|r[ée]gl[ée]e?s?)\\b[^.;]{0,60}\\b(?:dans un d[ée]lai (?:maximum |maximal )?de|sous|[aà]) ${DAYS_FR} jours`,
      "int[ée]r[eê]ts? moratoires",
      'indemnit[ée] forfaitaire pour frais de recouvrement',
      'retards? de paiement',
      '2011/7/UE\\b',
      'paiement direct (?:des|du|aux?) sous ?traitants?',
      'sous ?traitants?[^.;]{0,40}\\bpaiement direct',
      // Code de la commande publique: délais de paiement
      'R\\.? ?2192 (?:1\\d|2\\d|3[0-6])\\b',
    ],
    de: [
      `Zahlungsfrist\\w*[^.;]{0,30}\\b${DAYS_DE} (?:Kalender)?tage?n?`,
      `Zahlungsziel\\w*[^.;]{0,30}\\b${DAYS_DE} (?:Kalender)?tage?n?`,
      `(?:Zahlung|Bezahlung|Begleichung|zahlbar|bezahlt|beglichen|ausgezahlt)\\w*[^.;]{0,60}\\b(?:innerhalb|binnen) (?:von )?${DAYS_DE} (?:Kalender)?tage?n?`,
      'Zahlungsverzugsrichtlinie',
      '2011/7/EU\\b',
      '271a BGB',
      '(?:Nachunternehmer|Subunternehmer|Unterauftragnehmer)\\w*[^.;]{0,60}\\b(?:gleichen|gleiche|dieselben) Zahlungsbedingungen',
      'Direktzahlung\\w* an (?:die |den )?(?:Nachunternehmer|Subunternehmer|Unterauftragnehmer)',
    ],
    es: [
      `plazo (?:maximo )?de pago[^.;]{0,30}\\b${DAYS_ES} d[ií]as`,
      `(?:pago|abono|abonar[aá]?|pagar[aá]?|abonad[oa]s?|pagad[oa]s?)\\b[^.;]{0,60}\\b(?:dentro de los|en el plazo de|en un plazo (?:maximo )?de|antes de) ${DAYS_ES} d[ií]as`,
      'Ley 3/2004\\b',
      'lucha contra la morosidad',
      'morosidad en las operaciones comerciales',
      '2011/7/UE\\b',
      // LCSP art. 216 and 217: payments to subcontractors and their check
      'pagos? a (?:los )?subcontratistas',
      'comprobaci[oó]n de los pagos',
      '(?:art[ií]culo|art\\.) 198\\b[^.;]{0,20}(?:LCSP|Ley 9/2017)',
      '(?:art[ií]culo|art\\.) 216\\b[^.;]{0,20}(?:LCSP|Ley 9/2017)',
    ],
  },
  // No eForms or OCDS field carries payment terms.
  // Met by the buyer's own statement, not by an obligation on the supplier: payment terms are the buyer's own commitment.
  statedByBuyer: true,
  fields: [],
  sources: [
    'Directive 2011/7/EU on combating late payment in commercial transactions, art. 4 (public authorities: 30 days)',
    'Directive 2014/24/EU art. 71 (subcontracting, direct payment of subcontractors)',
    'UK Public Contracts Regulations 2015 reg. 113; Procurement Act 2023 s. 68 and 73',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023): link payments to outcomes',
    'Code de la commande publique art. R2192-10 and L2193-10 ff. (paiement direct des sous-traitants) (France)',
    'BGB § 271a (Germany)',
    'Ley 3/2004 de lucha contra la morosidad; Ley 9/2017 art. 198 and 216-217 (Spain)',
  ],
} satisfies CriterionInput;

// No selection clause: payment terms are the buyer's and the contractor's obligations under the contract, not a
// capacity to check before award. No award clause: paying on time is not something to compete on.
export const clauses: ModelClause[] = [
  {
    id: 'eco-fair-payment.specification.en',
    criterion: 'eco-fair-payment',
    stage: 'specification',
    lang: 'en',
    title: 'Payment terms of the contract',
    text:
      'The buyer will pay each valid and undisputed invoice within [30] days of receiving it. Invoices are submitted electronically in the European standard format (EN 16931) to [address or portal]. ' +
      'If the buyer pays late, the contractor is entitled without reminder to interest at the statutory rate for late payment and to a fixed compensation for recovery costs, as provided by Directive 2011/7/EU.',
    source: 'Directive 2011/7/EU art. 4 and 6; Directive 2014/55/EU (e-invoicing, EN 16931)',
  },
  {
    id: 'eco-fair-payment.performance.en',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'en',
    title: 'Prompt payment down the supply chain',
    text:
      'The contractor shall pay its subcontractors and suppliers under this contract within [30] days of receiving a valid invoice, and shall put the same term in each subcontract, requiring it to be passed down to every tier. ' +
      'The contractor shall report every [number] months the share of its invoices under this contract paid within 30 days. Where a subcontractor asks for it, the buyer will pay the subcontractor directly for work it has accepted.',
    source: 'Directive 2014/24/EU art. 71(3) and (7); UK Public Contracts Regulations 2015 reg. 113',
  },
  {
    id: 'eco-fair-payment.performance.en.2',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'en',
    title: 'Part of the payment linked to outcomes',
    text:
      '[Percentage] % of each [quarterly] payment depends on the outcomes in annex [X] ([for example: service availability, user satisfaction, energy saved]), measured as set out there; the rest is paid for the service delivered. ' +
      'Outcome payments are made within 30 days of the measurement being agreed.',
    source: 'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023); Directive 2014/24/EU art. 70',
  },
  {
    id: 'eco-fair-payment.specification.fr',
    criterion: 'eco-fair-payment',
    stage: 'specification',
    lang: 'fr',
    title: 'Délai de paiement',
    text:
      'Les sommes dues au titulaire sont payées dans un délai global de paiement de 30 jours à compter de la réception de la demande de paiement, transmise par voie électronique sur [Chorus Pro / plateforme]. ' +
      'Le dépassement de ce délai fait courir de plein droit des intérêts moratoires et l’indemnité forfaitaire pour frais de recouvrement, conformément à la directive 2011/7/UE.',
    source: 'Directive 2011/7/UE ; Code de la commande publique art. R2192-10 et suivants',
  },
  {
    id: 'eco-fair-payment.performance.fr',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'fr',
    title: 'Paiement des sous-traitants',
    text:
      'Les sous-traitants de premier rang acceptés dont le montant du contrat de sous-traitance est égal ou supérieur à 600 euros TTC sont payés directement par l’acheteur. ' +
      'Le titulaire paie ses autres sous-traitants et fournisseurs sous 30 jours à compter de la réception de leur facture et impose le même délai dans ses contrats de sous-traitance.',
    source: 'Code de la commande publique art. L2193-10 à L2193-14 et R2193-10 ; directive 2014/24/UE art. 71',
  },
  {
    id: 'eco-fair-payment.performance.de',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'de',
    title: 'Zahlungsfristen in der Lieferkette',
    text:
      'Der Auftraggeber zahlt prüffähige und unbestrittene Rechnungen innerhalb von 30 Tagen nach Eingang. ' +
      'Der Auftragnehmer zahlt seinen Nachunternehmern und Lieferanten für Leistungen aus diesem Auftrag ebenfalls innerhalb von 30 Tagen nach Eingang ihrer Rechnung und vereinbart mit ihnen die gleichen Zahlungsbedingungen für alle weiteren Stufen.',
    source: 'Richtlinie 2011/7/EU Art. 4; BGB § 271a; Richtlinie 2014/24/EU Art. 71',
  },
  {
    id: 'eco-fair-payment.performance.es',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'es',
    title: 'Plazos de pago al contratista y a los subcontratistas',
    text:
      'La Administración abonará las facturas conformes en el plazo de 30 días desde la fecha de aprobación de las certificaciones o documentos que acrediten la conformidad de la prestación. ' +
      'El contratista pagará a sus subcontratistas y proveedores en el plazo de 30 días desde la recepción de su factura y facilitará, cuando se le solicite, la relación de subcontratistas y el justificante de los pagos realizados.',
    source: 'Directiva 2011/7/UE; Ley 9/2017 de Contratos del Sector Público arts. 198, 216 y 217; Ley 3/2004',
  },
  {
    id: 'eco-fair-payment.specification.de',
    criterion: 'eco-fair-payment',
    stage: 'specification',
    lang: 'de',
    title: 'Zahlungsbedingungen des Auftrags',
    text:
      'Der Auftraggeber zahlt jede prüffähige und unbestrittene Rechnung innerhalb von [30] Tagen nach Zugang. Rechnungen sind elektronisch in einem Format nach der europäischen Norm EN 16931 (etwa XRechnung) an [Adresse / Rechnungseingangsplattform] zu übermitteln. ' +
      'Zahlt der Auftraggeber verspätet, hat der Auftragnehmer ohne Mahnung Anspruch auf Verzugszinsen in gesetzlicher Höhe und auf die Pauschale für Beitreibungskosten nach § 288 Abs. 5 BGB.',
    source: 'Richtlinie 2011/7/EU Art. 4 und 6; BGB §§ 286 und 288; Richtlinie 2014/55/EU (elektronische Rechnungsstellung, EN 16931); E-Rechnungsverordnung des Bundes (ERechV)',
  },
  {
    id: 'eco-fair-payment.specification.es',
    criterion: 'eco-fair-payment',
    stage: 'specification',
    lang: 'es',
    title: 'Condiciones de pago del contrato',
    text:
      'La Administración abonará cada factura conforme y no controvertida en el plazo de [30] días desde la aprobación de las certificaciones o de los documentos que acrediten la conformidad de la prestación. ' +
      'Las facturas se presentarán en formato electrónico conforme a la norma europea EN 16931 a través de [FACe / el punto general de entrada de facturas electrónicas que corresponda]. ' +
      'En caso de demora, el contratista tendrá derecho, sin necesidad de requerimiento, al interés de demora legal y a la indemnización por los costes de cobro previstos en la Ley 3/2004.',
    source: 'Directiva 2011/7/UE arts. 4 y 6; Ley 9/2017 de Contratos del Sector Público art. 198.4; Ley 3/2004 de lucha contra la morosidad; Ley 25/2013 (factura electrónica); Directiva 2014/55/UE (EN 16931)',
  },
  {
    id: 'eco-fair-payment.performance.fr.2',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'fr',
    title: 'Part de la rémunération liée aux résultats',
    text:
      '[Pourcentage] % de chaque règlement [trimestriel] est subordonné à l’atteinte des objectifs de résultat fixés en annexe [X] du CCAP ([par exemple : disponibilité du service, satisfaction des usagers, énergie économisée]), mesurés selon les modalités qui y sont prévues ; le solde rémunère les prestations exécutées. ' +
      'La part liée aux résultats est payée dans un délai de 30 jours à compter de la validation contradictoire des mesures.',
    source: 'Lignes directrices U4SSC pour les achats des villes intelligentes et durables (UIT, 2023) ; directive 2014/24/UE art. 70',
  },
  {
    id: 'eco-fair-payment.performance.de.2',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'de',
    title: 'Erfolgsabhängiger Vergütungsanteil',
    text:
      '[Prozentsatz] % jeder [vierteljährlichen] Zahlung hängen von den in Anlage [X] festgelegten Ergebnissen ab ([zum Beispiel: Verfügbarkeit des Dienstes, Zufriedenheit der Nutzerinnen und Nutzer, eingesparte Energie]), die nach dem dort beschriebenen Verfahren gemessen werden; der übrige Teil vergütet die erbrachte Leistung. ' +
      'Der erfolgsabhängige Anteil wird innerhalb von 30 Tagen nach einvernehmlicher Feststellung der Messergebnisse gezahlt.',
    source: 'U4SSC-Leitlinien für die Beschaffung intelligenter und nachhaltiger Städte (ITU, 2023); Richtlinie 2014/24/EU Art. 70',
  },
  {
    id: 'eco-fair-payment.performance.es.2',
    criterion: 'eco-fair-payment',
    stage: 'performance',
    lang: 'es',
    title: 'Parte del precio vinculada a resultados',
    text:
      'El [porcentaje] % de cada pago [trimestral] dependerá del cumplimiento de los resultados fijados en el anexo [X] del PCAP ([por ejemplo: disponibilidad del servicio, satisfacción de las personas usuarias, energía ahorrada]), medidos conforme a lo allí dispuesto; el resto retribuye la prestación ejecutada. ' +
      'Los pagos por resultados se abonarán en el plazo de 30 días desde que se apruebe la medición.',
    source: 'Ley 9/2017 de Contratos del Sector Público art. 102.6 (precio vinculado a objetivos de rendimiento); Directiva 2014/24/UE art. 70; Directrices U4SSC (UIT, 2023)',
  },
];
