import type { CriterionInput, ModelClause } from '../schema';

// "renewable", "renouvelable", "renovable" alone also say that a CONTRACT can be renewed ("renewable for a further
// 12 months", "renouvelable trois fois", "renovable por un año más"): every pattern ties the word to energy,
// electricity, a source or a share. Bare "renewable energy" is left out in English too: engineering services "to
// develop renewable energy power plants" ask for experience with renewables, not for renewable supply.
export const criterion = {
  id: 'env-renewable-energy',
  pillar: 'environment',
  name: {
    en: 'Renewable energy supply',
    fr: 'Approvisionnement en énergie renouvelable',
    de: 'Versorgung mit erneuerbaren Energien',
    es: 'Suministro de energía renovable',
  },
  why: {
    en: 'Electricity and heat from renewable sources, proven by guarantees of origin, or produced and recovered on site, cut the emissions of buildings, data centres and public services at the source.',
    fr: 'L’électricité et la chaleur d’origine renouvelable, prouvées par des garanties d’origine, ou produites et récupérées sur site, réduisent à la source les émissions des bâtiments, des centres de données et des services publics.',
    de: 'Strom und Wärme aus erneuerbaren Quellen, belegt durch Herkunftsnachweise, oder vor Ort erzeugt und zurückgewonnen, senken die Emissionen von Gebäuden, Rechenzentren und öffentlichen Leistungen an der Quelle.',
    es: 'La electricidad y el calor de origen renovable, acreditados con garantías de origen, o producidos y recuperados in situ, reducen en origen las emisiones de edificios, centros de datos y servicios públicos.',
  },
  appliesTo: {
    groups: ['electricity-energy', 'data-centres-cloud', 'buildings'],
  },
  patterns: {
    en: [
      'renewabl\\w* electricity',
      'renewabl\\w* (?:energy )?sources?\\b',
      'renewabl\\w* (?:energy|electricity|power) (?:supply|supplies|tariffs?|share|content|certificates?|contracts?)\\b',
      '(?:supply|supplies|provision|purchase) of (?:100 ?% )?renewabl\\w* (?:energy|power|heat)',
      'renewabl\\w* (?:energy )?(?:technolog|install|generat|system)\\w*',
      'renewabl\\w* heat\\w*',
      'renewabl[ey] (?:sourced|generated)',
      // "100 % of the electricity supplied shall come from renewable sources"
      '\\d+ ?%[^.;]{0,40}\\brenewabl',
      'share of (?:renewabl\\w*|green) (?:energy|electricity|power)',
      'green (?:electricity|power tariff)',
      'guarantees? of origin',
      'REGOs?\\b',
      'energy attribute certificates?',
      '(?:renewable|green|corporate) (?:power purchase agreements?|PPAs?\\b)',
      'renewable energy factor',
      'energy reuse factor',
      '(?:ISO/IEC )?30134 [36]\\b',
      '(?:waste|excess|residual) heat (?:reuse|re use|recovery|utili[sz]ation)',
      '(?:reuse|re use|recovery|use) of (?:the )?(?:waste|excess|residual) heat',
      // on-site generation that the contract installs; not "cleaning services of the PV panels" (cn_25.xml)
      'on ?site (?:renewabl|solar|photovoltaic|PV\\b|wind|generation)',
      '(?:install\\w*|provision|supply|fit\\w*|erect\\w*) (?:and commission\\w* )?(?:of )?(?:an? |new |the )?(?:rooftop |roof ?mounted |ground ?mounted )?(?:solar|photovoltaic|PV\\b)',
      'rooftop (?:solar|photovoltaic|PV\\b)',
      'high ?efficiency cogeneration',
      'additional renewable (?:capacity|generation|installations?)',
    ],
    fr: [
      'electricite (?:\\d+ ?% )?(?:d[’\']origine |verte et )?renouvelable',
      'origine renouvelable',
      'sources? (?:d[’\']energies? )?renouvelables?',
      // not "le marché est renouvelable trois fois par reconduction"
      'energies? renouvelables?\\b(?! (?:\\d|une|deux|trois|quatre|par|tacitement|fois|pour|jusqu|expressement))',
      '\\d+ ?% (?:d[’\'])?(?:electricite |energie )?(?:d[’\']origine )?renouvelable',
      'electricite verte',
      'garanties? d[’\']origine',
      '(?:production|installations?|part|taux|recours aux?|solutions?|systemes?|equipements?) (?:d[’\']|des |en |aux )?EnR\\b',
      'chaleur (?:fatale|de recuperation)',
      '(?:recuperation|reutilisation|valorisation) de (?:la )?chaleur (?:fatale|perdue|residuelle|des serveurs)',
      // production installed by the contract; not "nettoyage des panneaux photovoltaïques"
      '(?:installation|pose|mise en place|realisation|construction) (?:de |d[’\']|des )(?:panneaux |modules |centrales? |ombrieres? |generateurs? )?(?:solaires? )?(?:photovolta|solaire thermique)\\w*',
      'production (?:d[’\']electricite )?(?:photovolta|solaire)\\w*',
      'autoconsommation',
      'cogeneration a haut rendement',
      '(?:ISO/IEC )?30134 [36]\\b',
    ],
    de: [
      'okostrom\\w*',
      'grunstrom\\w*',
      // "erneuerbaren Energien", "erneuerbarer Strom", "aus erneuerbaren Quellen"; Anteil erneuerbarer Energien
      'erneuerbar\\w* (?:energi|strom|quell|warme|gas)\\w*',
      '(?:Anteil|Quote) (?:an |der |von )?erneuerbar\\w*',
      'EE ?Strom\\b',
      'Herkunftsnachweis\\w*',
      'regenerativ\\w* (?:energi|strom|quell|erzeugt)\\w*',
      'abwarme\\w*',
      // installed by the contract; not "Wartung der PV-Anlage"
      '(?:Errichtung|Installation|Montage|Bau|Neubau|Lieferung und Montage) (?:einer |eines |von |der )?(?:neuen )?(?:PV|Photovoltaik|Solar|Solarthermie)\\w*',
      'Photovoltaik ?pflicht\\w*',
      'hocheffizient\\w* (?:Kraft ?Warme ?Kopplung|KWK)',
      '\\d+ ?% (?:Okostrom|Grunstrom|erneuerbar)',
      '(?:ISO/IEC )?30134 [36]\\b',
    ],
    es: [
      // not "contrato renovable por un año más"
      'energias? renovables?\\b(?! (?:\\d|una|un|dos|tres|por|anualmente|hasta|tacitamente))',
      'electricidad (?:\\d+ ?% )?(?:de origen |procedente de (?:fuentes |energias )?|de fuentes )?renovables?',
      'origen renovable',
      'fuentes (?:de energia )?renovables',
      '\\d+ ?% (?:de )?(?:energia |electricidad )?(?:de origen )?renovable',
      'garantias? de origen',
      '(?:energia|electricidad) verde',
      'autoconsumo',
      // installed by the contract; not "limpieza de los paneles fotovoltaicos"
      'instal\\w* (?:de )?(?:(?:los |unos )?(?:paneles|placas|modulos|generadores) |(?:una |la )?(?:planta|central) )?(?:solares? )?(?:fotovoltaic|solar termica)\\w*',
      '(?:aprovechamiento|recuperacion|reutilizacion) del calor (?:residual|de los servidores)',
      'calor residual',
      'cogeneracion de alta eficiencia',
      '(?:ISO/IEC )?30134 [36]\\b',
    ],
  },
  fields: [
    // Climate change mitigation covers renewables as much as efficiency and carbon: it points this way only.
    { bt: 'BT-774', values: ['clim-mitig'], effect: 'weak', label: 'Climate change mitigation declared (BT-774)' },
    { bt: 'OCDS-goal', values: ['environmental.climateChangeMitigation'], effect: 'weak', label: 'Climate change mitigation declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'EU GPP criteria for electricity (2012)',
    'Directive (EU) 2018/2001 (Renewable Energy Directive) art. 19 (guarantees of origin)',
    'EU GPP criteria for data centres, server rooms and cloud services (2020), renewable energy and waste heat reuse',
    'ISO/IEC 30134-3 (renewable energy factor) and ISO/IEC 30134-6 (energy reuse factor)',
    'Delegated Regulation (EU) 2024/1364 (data centre sustainability reporting)',
    'EU GPP criteria for office building design, construction and management (2016), on-site renewables',
  ],
} satisfies CriterionInput;

// No selection clause: renewable supply is a property of what is delivered, not of the tenderer's ability; a
// tenderer proves it with guarantees of origin for the contract, not with references.
export const clauses: ModelClause[] = [
  {
    id: 'env-renewable-energy.specification.en',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'en',
    title: 'Electricity from renewable sources, proven by guarantees of origin',
    text:
      'At least [100] % of the electricity supplied under the contract for the delivery points listed in annex [X] shall come from renewable energy sources as defined in Directive (EU) 2018/2001. ' +
      'Each year the supplier shall cancel guarantees of origin for the quantity supplied, in the buyer’s name or for its delivery points, and send the buyer the cancellation statements from the issuing body within [number] months of the end of the year.',
    source: 'EU GPP criteria for electricity (2012), technical specification; Directive (EU) 2018/2001 art. 19',
  },
  {
    id: 'env-renewable-energy.specification.en.2',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'en',
    groups: ['data-centres-cloud'],
    title: 'Data centre: renewable energy factor and waste heat',
    text:
      'The facility used to deliver the service shall have a renewable energy factor (REF, ISO/IEC 30134-3) of at least [number] over each calendar year. ' +
      'Where a heat network or heat user is available within [distance], the design shall allow the reuse of waste heat and state the expected energy reuse factor (ERF, ISO/IEC 30134-6).',
    source: 'EU GPP criteria for data centres, server rooms and cloud services (2020); ISO/IEC 30134-3 and 30134-6',
  },
  {
    id: 'env-renewable-energy.award.en',
    criterion: 'env-renewable-energy',
    stage: 'award',
    lang: 'en',
    title: 'Points for additional renewable capacity',
    text:
      'Up to [number] points out of [total] are awarded for the share of the electricity supplied that comes from renewable installations that entered into operation less than [number] years before the publication of this notice, or that are covered by a long-term power purchase agreement signed by the supplier. ' +
      'Tenderers shall name the installations and the share they cover; the share becomes a contractual commitment.',
    source: 'EU GPP criteria for electricity (2012), award criterion on additional renewable electricity',
  },
  {
    id: 'env-renewable-energy.performance.en',
    criterion: 'env-renewable-energy',
    stage: 'performance',
    lang: 'en',
    title: 'Yearly proof of renewable supply',
    text:
      'Every year of the contract, the contractor shall send the buyer the cancellation statements of the guarantees of origin covering the electricity supplied [and the renewable energy factor measured according to ISO/IEC 30134-3]. ' +
      'For any quantity not covered, the contractor shall cancel the missing guarantees of origin within [number] months at its own cost; [a penalty of (amount) per MWh] applies otherwise.',
    source: 'Directive 2014/24/EU art. 70; Directive (EU) 2018/2001 art. 19; EU GPP criteria for electricity (2012)',
  },
  {
    id: 'env-renewable-energy.specification.fr',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'fr',
    title: 'Électricité d’origine renouvelable justifiée par des garanties d’origine',
    text:
      'Au moins [100] % de l’électricité livrée aux points de livraison de l’annexe [X] est d’origine renouvelable au sens de la directive (UE) 2018/2001. ' +
      'Chaque année, le titulaire annule des garanties d’origine pour les quantités livrées, au nom de l’acheteur ou pour ses sites, et lui transmet les attestations d’annulation du registre dans les [nombre] mois suivant la fin de l’année.',
    source: 'Critères GPP de l’UE pour l’électricité (2012) ; directive (UE) 2018/2001 art. 19 ; Code de l’énergie art. L314-14',
  },
  {
    id: 'env-renewable-energy.specification.de',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'de',
    title: 'Strom aus erneuerbaren Energien mit Herkunftsnachweisen',
    text:
      'Mindestens [100] % des an die Lieferstellen nach Anlage [X] gelieferten Stroms stammen aus erneuerbaren Energien im Sinne der Richtlinie (EU) 2018/2001. ' +
      'Der Auftragnehmer entwertet für die gelieferte Menge jährlich Herkunftsnachweise im Herkunftsnachweisregister des Umweltbundesamtes zugunsten des Auftraggebers und legt die Entwertungsbestätigungen innerhalb von [Zahl] Monaten nach Ablauf des Jahres vor.',
    source: 'EU-GPP-Kriterien für Strom (2012); Richtlinie (EU) 2018/2001 Art. 19; § 79 EEG (Herkunftsnachweise)',
  },
  {
    id: 'env-renewable-energy.specification.es',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'es',
    title: 'Electricidad de origen renovable acreditada con garantías de origen',
    text:
      'Al menos el [100] % de la electricidad suministrada a los puntos de suministro del anexo [X] procederá de fuentes renovables en el sentido de la Directiva (UE) 2018/2001. ' +
      'El contratista acreditará cada año el origen renovable mediante garantías de origen del sistema gestionado por la CNMC, redimidas a favor del órgano de contratación, y entregará los justificantes de su redención en los [número] meses siguientes al cierre del año.',
    source: 'Criterios CPE de la UE para electricidad (2012); Directiva (UE) 2018/2001 art. 19 (garantías de origen)',
  },
  {
    id: 'env-renewable-energy.specification.fr.2',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'fr',
    groups: ['data-centres-cloud'],
    title: 'Centre de données : part d’énergie renouvelable et chaleur fatale',
    text:
      'Le centre de données utilisé pour exécuter la prestation atteint, sur chaque année civile, un facteur d’énergie renouvelable (REF, ISO/IEC 30134-3) d’au moins [nombre]. ' +
      'Lorsqu’un réseau de chaleur ou un utilisateur de chaleur se trouve à moins de [distance], l’installation est conçue pour permettre la valorisation de sa chaleur fatale et le soumissionnaire indique le facteur de réutilisation de l’énergie (ERF, ISO/IEC 30134-6) attendu.',
    source: 'Critères GPP de l’UE pour les centres de données, salles serveurs et services en nuage (2020) ; ISO/IEC 30134-3 et 30134-6',
  },
  {
    id: 'env-renewable-energy.award.fr',
    criterion: 'env-renewable-energy',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : capacités renouvelables nouvelles',
    text:
      'Jusqu’à [nombre] points sur [total] sont attribués selon la part de l’électricité livrée qui provient d’installations renouvelables mises en service moins de [nombre] ans avant la publication de l’avis de marché, ou couvertes par un contrat d’achat d’électricité de long terme (PPA) conclu par le fournisseur. ' +
      'Le soumissionnaire désigne les installations concernées et la part qu’elles couvrent ; cette part devient un engagement contractuel.',
    source: 'Critères GPP de l’UE pour l’électricité (2012), critère d’attribution sur l’électricité renouvelable additionnelle ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-renewable-energy.performance.fr',
    criterion: 'env-renewable-energy',
    stage: 'performance',
    lang: 'fr',
    title: 'Justification annuelle de l’origine renouvelable',
    text:
      'Chaque année d’exécution, le titulaire transmet à l’acheteur les attestations d’annulation des garanties d’origine couvrant l’électricité livrée [ainsi que le facteur d’énergie renouvelable mesuré selon la norme ISO/IEC 30134-3]. ' +
      'Pour toute quantité non couverte, il annule à ses frais les garanties d’origine manquantes dans un délai de [nombre] mois ; à défaut, [une pénalité de (montant) par MWh] prévue au CCAP est appliquée.',
    source: 'Code de la commande publique art. L2112-2 ; directive (UE) 2018/2001 art. 19 ; Code de l’énergie art. L314-14 ; critères GPP de l’UE pour l’électricité (2012)',
  },
  {
    id: 'env-renewable-energy.specification.de.2',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'de',
    groups: ['data-centres-cloud'],
    title: 'Rechenzentrum: erneuerbarer Strom und Abwärmenutzung',
    text:
      'Das zur Leistungserbringung genutzte Rechenzentrum erreicht in jedem Kalenderjahr einen Anteil erneuerbarer Energien (Renewable Energy Factor, REF nach ISO/IEC 30134-3) von mindestens [Zahl]. ' +
      'Befindet sich in einer Entfernung von höchstens [Entfernung] ein Wärmenetz oder ein Wärmeabnehmer, ist die Anlage so auszulegen, dass ihre Abwärme genutzt werden kann; der Bieter gibt den erwarteten Energy Reuse Factor (ERF nach ISO/IEC 30134-6) an.',
    source: 'EU-GPP-Kriterien für Rechenzentren, Serverräume und Cloud-Dienste (2020); ISO/IEC 30134-3 und 30134-6; Energieeffizienzgesetz (EnEfG), Anforderungen an Rechenzentren',
  },
  {
    id: 'env-renewable-energy.award.de',
    criterion: 'env-renewable-energy',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Neuanlagenanteil',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden nach dem Anteil des gelieferten Stroms vergeben, der aus Erneuerbare-Energien-Anlagen stammt, die weniger als [Zahl] Jahre vor Veröffentlichung der Auftragsbekanntmachung in Betrieb genommen wurden oder durch einen langfristigen Stromabnahmevertrag (PPA) des Lieferanten gebunden sind. ' +
      'Der Bieter benennt die Anlagen und den jeweils abgedeckten Anteil; dieser Anteil wird vertraglich verbindlich.',
    source: 'EU-GPP-Kriterien für Strom (2012), Zuschlagskriterium zusätzlicher erneuerbarer Strom; § 127 GWB; § 58 VgV',
  },
  {
    id: 'env-renewable-energy.performance.de',
    criterion: 'env-renewable-energy',
    stage: 'performance',
    lang: 'de',
    title: 'Jährlicher Nachweis der Ökostromlieferung',
    text:
      'Der Auftragnehmer legt dem Auftraggeber für jedes Vertragsjahr die Entwertungsbestätigungen des Herkunftsnachweisregisters für den gelieferten Strom vor [sowie den nach ISO/IEC 30134-3 gemessenen Renewable Energy Factor]. ' +
      'Für nicht abgedeckte Mengen entwertet er die fehlenden Herkunftsnachweise innerhalb von [Zahl] Monaten auf eigene Kosten; andernfalls wird [eine Vertragsstrafe von (Betrag) je MWh] fällig.',
    source: '§ 128 Abs. 2 GWB; Richtlinie (EU) 2018/2001 Art. 19; EU-GPP-Kriterien für Strom (2012)',
  },
  {
    id: 'env-renewable-energy.specification.es.2',
    criterion: 'env-renewable-energy',
    stage: 'specification',
    lang: 'es',
    groups: ['data-centres-cloud'],
    title: 'Centro de datos: factor de energía renovable y calor residual',
    text:
      'La instalación empleada para prestar el servicio alcanzará en cada año natural un factor de energía renovable (REF, ISO/IEC 30134-3) de al menos [número]. ' +
      'Cuando exista una red de calor o un usuario de calor a menos de [distancia], el diseño permitirá el aprovechamiento del calor residual y el licitador indicará el factor de reutilización de energía (ERF, ISO/IEC 30134-6) previsto.',
    source: 'Criterios CPE de la UE para centros de datos, salas de servidores y servicios en la nube (2020); ISO/IEC 30134-3 y 30134-6; Ley 9/2017 (LCSP) art. 126',
  },
  {
    id: 'env-renewable-energy.award.es',
    criterion: 'env-renewable-energy',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: nueva capacidad renovable',
    text:
      'Se otorgarán hasta [número] puntos, sobre un total de [total], en función del porcentaje de la electricidad suministrada que proceda de instalaciones renovables puestas en servicio menos de [número] años antes de la publicación del anuncio de licitación, o cubiertas por un contrato de compraventa de energía a largo plazo (PPA) suscrito por el comercializador. ' +
      'El licitador identificará las instalaciones y el porcentaje que cubren; dicho porcentaje será un compromiso contractual.',
    source: 'Criterios CPE de la UE para electricidad (2012), criterio de adjudicación sobre electricidad renovable adicional; Ley 9/2017 (LCSP) art. 145',
  },
  {
    id: 'env-renewable-energy.performance.es',
    criterion: 'env-renewable-energy',
    stage: 'performance',
    lang: 'es',
    title: 'Acreditación anual del suministro renovable',
    text:
      'Cada año de vigencia del contrato, el contratista entregará al órgano de contratación los justificantes de redención de las garantías de origen que cubran la electricidad suministrada [y el factor de energía renovable medido conforme a la norma ISO/IEC 30134-3]. ' +
      'Si alguna cantidad queda sin cubrir, el contratista redimirá a su costa las garantías de origen que falten en un plazo de [número] meses; en caso contrario se impondrá [una penalidad de (importe) por MWh]. Esta obligación es condición especial de ejecución (arts. 192 y 202 LCSP).',
    source: 'Ley 9/2017 (LCSP) arts. 192 y 202; Directiva (UE) 2018/2001 art. 19; criterios CPE de la UE para electricidad (2012)',
  },
];
