import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-water',
  pillar: 'environment',
  name: {
    en: 'Water efficiency',
    fr: 'Économies d’eau',
    de: 'Wassereffizienz',
    es: 'Eficiencia en el uso del agua',
  },
  why: {
    en: 'Taps, toilets, showers, kitchens, cleaning and irrigation use drinking water every day for decades; limits on flow and consumption cut water and energy bills and ease pressure on scarce resources.',
    fr: 'Robinets, WC, douches, cuisines, nettoyage et arrosage consomment de l’eau potable chaque jour pendant des décennies : limiter débits et consommations réduit les factures d’eau et d’énergie et ménage une ressource rare.',
    de: 'Armaturen, WC, Duschen, Küchen, Reinigung und Bewässerung verbrauchen jahrzehntelang täglich Trinkwasser; Grenzwerte für Durchfluss und Verbrauch senken Wasser- und Energiekosten und schonen knappe Ressourcen.',
    es: 'Grifos, inodoros, duchas, cocinas, limpieza y riego consumen agua potable a diario durante décadas; limitar caudales y consumos reduce las facturas de agua y energía y alivia la presión sobre un recurso escaso.',
  },
  appliesTo: {
    groups: ['buildings', 'water-infrastructure', 'public-space', 'food-catering', 'cleaning'],
  },
  patterns: {
    en: [
      // water-efficient products named; not "water efficiency measures" in a scope statement, and not "Water Efficiency
      // Goods and Services", which is what a purchasing system buys (TED 20-382921), not a requirement on it
      'water (?:efficient|efficiency|saving|conserving) (?:fittings|taps|faucets|showers?|shower ?heads|toilets|WCs?|urinals|sanitaryware|appliances|equipment|devices|dishwashers|washing machines|irrigation|plants|planting|landscaping|design|label\\w*|rating|class|standards?|criteria|specification)',
      // flow and volume limits: "6 l/min", "4.5 litres per flush", "2 litres per rack"
      '\\d+(?:[.,]\\d+)? ?(?:l|ltr|litres?|liters?|litros?|liter) ?(?:/|per|par|pro|je|por) ?(?:min\\b|minute|minuto|flush|chasse|spulung|descarga|cycle|ciclo|zyklus|spulgang|rack|basket|panier|korb|cesta|wash)',
      'litres? per (?:flush|minute|cycle|rack|basket|wash)',
      'dual flush',
      'flush volumes?',
      'waterless urinals?',
      'low (?:flow|water use) (?:taps|showers?|shower ?heads|fittings|toilets|urinals)',
      'flow (?:restrictors?|limiters?|regulators?|rates? of (?:no more than|at most|max))',
      '(?:tap|faucet|shower) aerators?',
      'rain ?water (?:harvesting|recovery|reuse|re use|collection|tanks?|use)',
      'grey ?water (?:recycling|reuse|re use|systems?|harvesting)',
      'water (?:re ?use|recycling) systems?',
      // consumption metered, capped or cut by a stated amount; not "the management, conservation and reduction of
      // water usage", the scope of a purchasing system for water-efficiency services (TED 20-382921)
      '(?:sub ?meter\\w*|meter\\w*|monitor\\w*|report\\w*|record\\w*)[^.;]{0,20}\\bwater (?:consumption|use|usage)',
      'water (?:consumption|use|usage)[^.;]{0,30}(?:sub ?meter|meter|monitor|report|record|not exceed|no more than|at most|maximum of|\\d+ ?%)',
      '(?:reduc\\w*|cut\\w*|lower\\w*) (?:in |of |the )?water (?:consumption|use|usage) by (?:at least )?\\d',
      'WUE\\b',
      'water usage effectiveness',
      '30134 ?9\\b',
      'ISO 14046',
      'WaterSense',
      'WELS\\b',
      'unified water label',
      // irrigation limited or efficient; not "irrigation system" as the thing bought
      '(?:drip|trickle|micro|sub ?surface|smart|sensor controlled|efficient|weather based) irrigation',
      'irrigation (?:controllers?|schedul\\w*|efficiency|restrictions?|limits?|only (?:between|during|when|at))',
      '(?:rain|soil moisture) sensors?',
      'drought (?:tolerant|resistant) (?:plants|species|planting|shrubs|perennials)',
      'xeriscap',
      // dosing and dilution of cleaning products; not chemical dosing in water treatment
      '(?:dosing|dilution) (?:systems?|equipment|devices?|units?|stations?|control)[^.;]{0,40}(?:cleaning|detergent)',
      '(?:cleaning|detergent)\\w*[^.;]{0,40}(?:dosing|dilution) (?:systems?|equipment|devices?|units?|stations?|control)',
      // networks: losses cut, not just "leak detection and repair" as a service
      'non revenue water',
      // not the "air leakage rate" of a building envelope
      '(?<!air )leakage (?:reduction|targets?|rates?|levels?)',
    ],
    fr: [
      'economi\\w* d[’\']eau',
      'economiseurs? d[’\']eau',
      'hydro ?econom',
      'mousseurs?',
      '(?:reducteurs?|limiteurs?|regulateurs?) de (?:debit|pression)',
      'chasses? d[’\']eau (?:a )?(?:double|3/6|deux volumes)',
      // not "véhicule à double commande" (driving-school cars)
      'double (?:chasse|debit)',
      'chasses? (?:d[’\']eau )?(?:a )?double commande',
      'urinoirs? sans eau',
      'robinetterie (?:economes?|hydro|temporisee|a faible debit)',
      '\\d+(?:[.,]\\d+)? ?(?:l|litres?) ?(?:/|par) ?(?:min\\b|minute|chasse|cycle|panier|lavage)',
      'recuperation (?:des |d[’\'])?eaux? (?:de )?pluie',
      'eaux? (?:de pluie|pluviales?) (?:recuperees?|reutilisees?|stockees?)',
      'eaux grises',
      'reutilisation des eaux',
      // consumption monitored or limited; not "la consommation d'eau est à la charge du titulaire"
      'consommations? d[’\']eau[^.;]{0,30}(?:maximale|inferieure|limitee|reduite|suivi|releve|compt|reduction|sous ?comptage|ne depass)',
      '(?:suivi|reduction|releves?|comptage|sous ?comptage|limitation|maitrise|baisse)[^.;]{0,25}consommations? d[’\']eau',
      'WUE\\b',
      'arrosage (?:raisonne|goutte a goutte|localise|economes?|limite|programme|intelligent|pilote)',
      'goutte a goutte',
      '(?:sondes?|capteurs?) (?:d[’\']humidite|de pluie|pluviometriques?)',
      'plantes? (?:peu gourmandes en eau|resistantes? a la secheresse|xerophytes?)',
      '(?:systemes?|centrales?|pompes?|appareils?) de (?:dosage|dilution)[^.;]{0,40}(?:nettoyage|entretien|detergent)',
      '(?:nettoyage|entretien|detergent)\\w*[^.;]{0,40}(?:systemes?|centrales?|pompes?|appareils?) de (?:dosage|dilution)',
      'centrales? de dilution',
      'pertes (?:en eau|d[’\']eau) (?:du reseau|sur le reseau)',
    ],
    de: [
      'wasserspar',
      'wassereffizien',
      'perlator',
      'durchflussbegrenz',
      '(?:zwei ?mengen|2 ?mengen|spartasten?) ?spul',
      'spartaste',
      'wasserlose[nr]? urinal',
      '\\d+(?:[.,]\\d+)? ?(?:l|Liter) ?(?:/|pro|je) ?(?:min\\b|minute|spulung|spulgang|zyklus|korb)',
      'regenwasser(?:nutzung|zisterne|speicher|sammlung|ruckhaltung|versickerung)',
      'grauwasser',
      'brauchwasser(?:nutzung|anlage)',
      // consumption recorded or limited; not "die Kosten für den Wasserverbrauch trägt der Auftraggeber"
      '(?:erfass|mess|reduz|senk|begrenz|uberwach|dokumentier|bericht|monitor)\\w*[^.;]{0,40}wasserverbrauch',
      'wasserverbrauch[^.;]{0,30}(?:von (?:hochstens|maximal|max)|hochstens|maximal|max\\b|unter |reduz|senk|begrenz|erfass|uberwach|monitor)',
      'WUE\\b',
      'tropfbewasserung',
      '(?:bedarfsgerechte|sparsame|effiziente) bewasserung',
      'bewasserungs(?:steuerung|computer|sensor)',
      '(?:bodenfeuchte|regen)sensor',
      'trockenheitsvertrag',
      'dosier(?:system|anlage|gerat|station|hilfe|technik)\\w*[^.;]{0,40}reinig',
      'reinig\\w*[^.;]{0,40}dosier(?:system|anlage|gerat|station|hilfe|technik)',
      'wasserverlust\\w*',
    ],
    es: [
      'ahorr\\w* de agua',
      '(?:ahorradores?|economizadores?) de agua',
      // tap aerators, not the aerators of a waste-water treatment plant
      '(?:grifos?|griferia|duchas?|lavabos?) (?:con |dotad[oa]s? de |equipad[oa]s? con )?aireadores?',
      'aireadores? (?:en|para) (?:los |las )?(?:grifos|griferia|lavabos|duchas)',
      'perlizadores?',
      '(?:limitadores?|reductores?|reguladores?) de caudal',
      'doble descarga',
      'urinarios? sin agua',
      'griferia (?:eficiente|de bajo consumo|temporizada|con aireador|ecologica)',
      'bajo consumo de agua',
      'eficiencia (?:hidrica|en el uso del agua)',
      'huella hidrica',
      '\\d+(?:[.,]\\d+)? ?(?:l|litros?) ?(?:/|por) ?(?:min\\b|minuto|descarga|ciclo|cesta|lavado)',
      'aprovechamiento de (?:las )?aguas? (?:pluviales|de lluvia)',
      '(?:recogida|recuperacion|reutilizacion) de (?:las )?aguas? (?:pluviales|de lluvia|grises)',
      'aguas grises',
      // consumption monitored or limited; not "el consumo de agua correrá a cargo del adjudicatario"
      'consumo de agua[^.;]{0,30}(?:maximo|inferior|reducido|limitado|no superior|no supere|registr|contador|seguimiento)',
      '(?:registro|control|seguimiento|reduccion|limitacion|disminucion|contadores?)[^.;]{0,25}consumo de agua',
      'WUE\\b',
      'riego (?:por goteo|localizado|eficiente|inteligente|automatizado|programado|deficitario)',
      'sensores? de (?:lluvia|humedad)',
      '(?:especies|plantas?) de bajo (?:requerimiento|consumo) hidrico',
      'xerojardineria',
      'dosific\\w*[^.;]{0,40}(?:limpieza|detergente)',
      '(?:limpieza|detergente)\\w*[^.;]{0,40}dosific',
      'agua no registrada',
      'rendimiento hidraulico',
    ],
  },
  fields: [
    // BT-774 water-mar declares the sustainable use of water as the lot's approach to reducing environmental impacts,
    // and no other criterion shares the code: it says exactly this criterion. The OCDS goal is its mapping (both
    // spellings: the extension's code list and the eForms mapping tables).
    { bt: 'BT-774', values: ['water-mar'], effect: 'present', label: 'Sustainable use of water and marine resources declared (BT-774)' },
    {
      bt: 'OCDS-goal',
      values: ['environmental.waterResourcesProtection', 'environmental.waterResources'],
      effect: 'present',
      label: 'Water resources protection declared as a sustainability goal (OCDS)',
    },
  ],
  sources: [
    'EU GPP criteria for sanitary tapware (2013) and for flushing toilets and urinals (2013)',
    'EU GPP criteria for office building design, construction and management (2016), water efficiency',
    'EU GPP criteria for food, catering services and vending machines (2019), kitchen equipment',
    'EU GPP criteria for indoor cleaning services (2018), dosing systems',
    'EU GPP criteria for public space maintenance (2019), irrigation',
    'EU GPP criteria for waste-water infrastructure (2013)',
    'ISO/IEC 30134-9 (water usage effectiveness, WUE)',
    'ISO 14046 (water footprint)',
  ],
} satisfies CriterionInput;

// No selection clause: water efficiency is a property of the fittings, equipment and operations delivered, which the
// specifications, award criteria and performance clauses check directly; the EU GPP sets for these groups do not
// test a tenderer's general water-management capacity.
export const clauses: ModelClause[] = [
  {
    id: 'env-water.specification.en',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'en',
    groups: ['buildings'],
    title: 'Water-efficient sanitary fittings',
    text:
      'Sanitary fittings installed or supplied under the contract shall not exceed these flow rates or volumes at a dynamic pressure of 3 bar: wash-hand basin taps [6] l/min; kitchen taps [8] l/min; showers [8] l/min; ' +
      'WCs with a full flush of no more than [6] litres and a reduced flush of no more than [3] litres (average [4.5] litres); urinals no more than [1] litre per flush or waterless, with presence control for flushing. ' +
      'Tenderers shall provide the manufacturer’s data sheets or test reports to EN 246, EN 817, EN 1111 or EN 997 as relevant, or proof that the product holds the EU Ecolabel or an equivalent label for these products.',
    source: 'EU GPP criteria for sanitary tapware (2013) and for flushing toilets and urinals (2013); EU GPP criteria for office buildings (2016)',
  },
  {
    id: 'env-water.specification.en.2',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'en',
    groups: ['public-space'],
    title: 'Efficient irrigation of green areas',
    text:
      'Green areas shall be watered only where and when needed: irrigation systems shall be [drip or sub-surface] with controllers that stop watering when rain or soil moisture sensors show it is not needed, and watering shall take place only between [20:00] and [08:00]. ' +
      'New planting shall use species suited to the local climate that need no watering once established, except [lawns for sport / named beds].',
    source: 'EU GPP criteria for public space maintenance (2019), water use for irrigation',
  },
  {
    id: 'env-water.award.en',
    criterion: 'env-water',
    stage: 'award',
    lang: 'en',
    title: 'Points for lower water use',
    text:
      'Up to [number] points out of [total] are awarded for the declared water consumption of the offered [dishwashers / washing machines / cleaning method] in litres per [rack / kg of laundry / m² cleaned], under [the test standard stated in the specifications]: ' +
      'the lowest consumption offered receives all the points, the others in proportion. For cleaning services, [number] points are given for automatic dosing and dilution systems on all sites.',
    source: 'EU GPP criteria for food, catering services and vending machines (2019) and for indoor cleaning services (2018), award criteria',
  },
  {
    id: 'env-water.performance.en',
    criterion: 'env-water',
    stage: 'performance',
    lang: 'en',
    title: 'Water use metered and reported',
    text:
      'The contractor shall record the water consumption of [the kitchen / the sites it operates / the irrigation network] every month from [sub-meters / the utility meters], report it to the buyer every [number] months with the causes of any rise of more than [10] %, ' +
      'and repair any leak it finds or is told of within [number] working days.',
    source: 'EU GPP criteria for office buildings (2016) and public space maintenance (2019), contract performance clauses',
  },
  {
    id: 'env-water.specification.fr',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'fr',
    groups: ['buildings'],
    title: 'Robinetterie et appareils sanitaires économes en eau',
    text:
      'Les appareils sanitaires installés ou fournis au titre du marché ne dépassent pas, sous une pression dynamique de 3 bar, les débits ou volumes suivants : robinets de lavabo [6] l/min ; robinets d’évier [8] l/min ; douches [8] l/min ; ' +
      'WC à chasse complète d’au plus [6] litres et chasse réduite d’au plus [3] litres (moyenne [4,5] litres) ; urinoirs d’au plus [1] litre par chasse ou sans eau, avec déclenchement de la chasse par détection de présence. ' +
      'Le soumissionnaire fournit les fiches techniques du fabricant ou les rapports d’essai selon les normes NF EN 246, NF EN 817, NF EN 1111 ou NF EN 997 selon le cas, ou la preuve que le produit bénéficie de l’Écolabel européen ou d’un label équivalent.',
    source: 'Critères GPP de l’UE pour la robinetterie sanitaire (2013) et pour les toilettes et urinoirs à chasse d’eau (2013) ; critères GPP de l’UE pour les immeubles de bureaux (2016) ; Code de la commande publique art. R2111-12 à R2111-17',
  },
  {
    id: 'env-water.specification.fr.2',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'fr',
    groups: ['public-space'],
    title: 'Arrosage économe des espaces verts',
    text:
      'Les espaces verts ne sont arrosés qu’aux endroits et aux moments où c’est nécessaire : les systèmes d’arrosage sont [en goutte-à-goutte ou enterrés] et pilotés par des programmateurs qui suspendent l’arrosage lorsque les sondes de pluie ou d’humidité du sol indiquent qu’il n’est pas utile ; l’arrosage n’a lieu qu’entre [20 h] et [8 h]. ' +
      'Les nouvelles plantations font appel à des espèces adaptées au climat local, qui ne demandent plus d’arrosage une fois implantées, sauf [pelouses sportives / massifs désignés].',
    source: 'Critères GPP de l’UE pour l’entretien des espaces publics (2019), consommation d’eau pour l’irrigation',
  },
  {
    id: 'env-water.award.fr',
    criterion: 'env-water',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : consommation d’eau',
    text:
      'Jusqu’à [nombre] points sur [total] sont attribués selon la consommation d’eau déclarée des [lave-vaisselle / lave-linge / méthodes de nettoyage] proposés, en litres par [panier / kg de linge / m² nettoyé], mesurée selon [la norme d’essai indiquée au CCTP] : ' +
      'l’offre la plus économe obtient la totalité des points, les autres au prorata. Pour les prestations de nettoyage, [nombre] points sont attribués pour l’emploi de systèmes de dosage et de dilution automatiques sur tous les sites.',
    source: 'Critères GPP de l’UE pour l’alimentation et la restauration (2019) et pour les services de nettoyage intérieur (2018), critères d’attribution ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-water.performance.fr',
    criterion: 'env-water',
    stage: 'performance',
    lang: 'fr',
    title: 'Suivi des consommations d’eau',
    text:
      'Le titulaire relève chaque mois la consommation d’eau [de la cuisine / des sites qu’il exploite / du réseau d’arrosage] à partir des [sous-compteurs / compteurs du distributeur], la communique à l’acheteur tous les [nombre] mois en expliquant toute hausse supérieure à [10] %, ' +
      'et répare toute fuite qu’il constate ou qui lui est signalée dans un délai de [nombre] jours ouvrés. Ces obligations constituent des conditions d’exécution au sens de l’article L2112-2 du code de la commande publique.',
    source: 'Critères GPP de l’UE pour les immeubles de bureaux (2016) et l’entretien des espaces publics (2019), clauses d’exécution ; Code de la commande publique art. L2112-2',
  },
  {
    id: 'env-water.specification.de',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'de',
    groups: ['buildings'],
    title: 'Wassersparende Sanitärarmaturen und -einrichtungen',
    text:
      'Im Rahmen des Auftrags eingebaute oder gelieferte Sanitäreinrichtungen überschreiten bei einem Fließdruck von 3 bar folgende Durchflüsse bzw. Spülmengen nicht: Waschtischarmaturen [6] l/min; Spültischarmaturen [8] l/min; Duschen [8] l/min; ' +
      'WC mit höchstens [6] Litern Vollspülung und höchstens [3] Litern Sparspülung (im Mittel [4,5] Liter); Urinale mit höchstens [1] Liter je Spülung oder wasserlos, mit präsenzgesteuerter Spülung. ' +
      'Der Bieter legt Datenblätter des Herstellers oder Prüfberichte nach DIN EN 246, DIN EN 817, DIN EN 1111 bzw. DIN EN 997 vor oder weist nach, dass das Produkt das EU-Umweltzeichen oder ein gleichwertiges Gütezeichen trägt.',
    source: 'EU-GPP-Kriterien für Sanitärarmaturen (2013) sowie für Spültoiletten und Urinale (2013); EU-GPP-Kriterien für Bürogebäude (2016); § 34 VgV',
  },
  {
    id: 'env-water.specification.de.2',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'de',
    groups: ['public-space'],
    title: 'Sparsame Bewässerung von Grünflächen',
    text:
      'Grünflächen werden nur dort und nur dann bewässert, wo und wann es erforderlich ist: Bewässerungsanlagen arbeiten als [Tropf- oder Unterflurbewässerung] mit Steuergeräten, die die Bewässerung unterbrechen, wenn Regen- oder Bodenfeuchtesensoren keinen Bedarf anzeigen; bewässert wird nur zwischen [20:00] und [08:00] Uhr. ' +
      'Für Neupflanzungen werden standortgerechte, an das örtliche Klima angepasste Arten verwendet, die nach dem Anwachsen keine Bewässerung mehr benötigen, ausgenommen [Sportrasen / benannte Beete].',
    source: 'EU-GPP-Kriterien für die Pflege öffentlicher Flächen (2019), Wasserverbrauch für die Bewässerung; § 31 VgV',
  },
  {
    id: 'env-water.award.de',
    criterion: 'env-water',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Wasserverbrauch',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden für den angegebenen Wasserverbrauch der angebotenen [Geschirrspülmaschinen / Waschmaschinen / Reinigungsverfahren] in Litern je [Spülkorb / kg Wäsche / m² gereinigter Fläche] nach [dem in der Leistungsbeschreibung genannten Prüfverfahren] vergeben: ' +
      'Der niedrigste angebotene Verbrauch erhält die volle Punktzahl, die übrigen Angebote anteilig. Bei Reinigungsleistungen werden [Zahl] Punkte für automatische Dosier- und Verdünnungssysteme an allen Standorten vergeben.',
    source: 'EU-GPP-Kriterien für Lebensmittel und Verpflegungsdienstleistungen (2019) und für Innenraumreinigung (2018), Zuschlagskriterien; § 127 GWB; § 58 VgV',
  },
  {
    id: 'env-water.performance.de',
    criterion: 'env-water',
    stage: 'performance',
    lang: 'de',
    title: 'Wasserverbrauch messen und berichten',
    text:
      'Der Auftragnehmer erfasst monatlich den Wasserverbrauch [der Küche / der von ihm betriebenen Standorte / des Bewässerungsnetzes] über [Zwischenzähler / die Zähler des Versorgers], berichtet dem Auftraggeber alle [Zahl] Monate und erläutert dabei jeden Anstieg um mehr als [10] %. ' +
      'Leckagen, die er feststellt oder die ihm gemeldet werden, behebt er innerhalb von [Zahl] Arbeitstagen.',
    source: '§ 128 Abs. 2 GWB; EU-GPP-Kriterien für Bürogebäude (2016) und die Pflege öffentlicher Flächen (2019), Vertragserfüllungsklauseln',
  },
  {
    id: 'env-water.specification.es',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'es',
    groups: ['buildings'],
    title: 'Grifería y aparatos sanitarios de bajo consumo de agua',
    text:
      'Los aparatos sanitarios que se instalen o suministren en virtud del contrato no superarán, a una presión dinámica de 3 bar, los siguientes caudales o volúmenes: grifos de lavabo [6] l/min; grifos de fregadero [8] l/min; duchas [8] l/min; ' +
      'inodoros con descarga completa de no más de [6] litros y descarga reducida de no más de [3] litros (media de [4,5] litros); urinarios de no más de [1] litro por descarga o sin agua, con descarga activada por detección de presencia. ' +
      'El licitador aportará las fichas técnicas del fabricante o informes de ensayo conforme a las normas UNE-EN 246, UNE-EN 817, UNE-EN 1111 o UNE-EN 997, según proceda, o la acreditación de que el producto dispone de la etiqueta ecológica de la UE u otra equivalente.',
    source: 'Criterios CPE de la UE para grifería sanitaria (2013) y para inodoros y urinarios (2013); criterios CPE de la UE para edificios de oficinas (2016); Ley 9/2017 (LCSP) arts. 126 y 127',
  },
  {
    id: 'env-water.specification.es.2',
    criterion: 'env-water',
    stage: 'specification',
    lang: 'es',
    groups: ['public-space'],
    title: 'Riego eficiente de zonas verdes',
    text:
      'Las zonas verdes se regarán solo donde y cuando sea necesario: los sistemas de riego serán [por goteo o subterráneos], con programadores que detengan el riego cuando los sensores de lluvia o de humedad del suelo indiquen que no hace falta, y el riego se realizará únicamente entre las [20:00] y las [08:00] horas. ' +
      'Las nuevas plantaciones emplearán especies adaptadas al clima local que no necesiten riego una vez establecidas, salvo [el césped de uso deportivo / los parterres que se indiquen].',
    source: 'Criterios CPE de la UE para el mantenimiento de espacios públicos (2019), consumo de agua para riego; Ley 9/2017 (LCSP) art. 126',
  },
  {
    id: 'env-water.award.es',
    criterion: 'env-water',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: consumo de agua',
    text:
      'Se otorgarán hasta [número] puntos, sobre un total de [total], en función del consumo de agua declarado de los [lavavajillas / lavadoras / métodos de limpieza] ofertados, en litros por [cesta / kg de ropa / m² limpiado], según [la norma de ensayo indicada en el PPT]: ' +
      'el menor consumo ofertado obtendrá la máxima puntuación y el resto de forma proporcional. En los servicios de limpieza se otorgarán [número] puntos por el uso de sistemas automáticos de dosificación y dilución en todos los centros.',
    source: 'Criterios CPE de la UE para alimentación y servicios de restauración (2019) y para servicios de limpieza de interiores (2018), criterios de adjudicación; Ley 9/2017 (LCSP) art. 145',
  },
  {
    id: 'env-water.performance.es',
    criterion: 'env-water',
    stage: 'performance',
    lang: 'es',
    title: 'Medición y comunicación del consumo de agua',
    text:
      'El contratista registrará cada mes el consumo de agua de [la cocina / los centros que gestione / la red de riego] a partir de [los contadores secundarios / los contadores de la compañía suministradora], informará al responsable del contrato cada [número] meses, explicando las causas de cualquier aumento superior al [10] %, ' +
      'y reparará en un plazo de [número] días hábiles toda fuga que detecte o se le comunique. Esta obligación es condición especial de ejecución (art. 202 LCSP).',
    source: 'Ley 9/2017 (LCSP) art. 202; criterios CPE de la UE para edificios de oficinas (2016) y mantenimiento de espacios públicos (2019), cláusulas de ejecución',
  },
];
