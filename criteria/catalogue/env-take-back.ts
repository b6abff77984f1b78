import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-take-back',
  pillar: 'environment',
  name: {
    en: 'Take-back, reuse and recycling at end of life',
    fr: 'Reprise, réemploi et recyclage en fin de vie',
    de: 'Rücknahme, Wiederverwendung und Recycling am Ende der Nutzung',
    es: 'Recogida, reutilización y reciclaje al final de la vida útil',
  },
  why: {
    en: 'Equipment that is collected, wiped and refurbished or properly recycled keeps its materials in use and out of landfill and illegal export.',
    fr: 'Un équipement repris, effacé puis reconditionné ou recyclé dans les règles garde ses matières en circulation, loin de la décharge et des exportations illégales.',
    de: 'Zurückgenommene Geräte, deren Daten sicher gelöscht und die aufbereitet oder fachgerecht recycelt werden, halten ihre Rohstoffe im Kreislauf statt auf der Deponie oder im illegalen Export.',
    es: 'Los equipos recogidos, con los datos borrados de forma segura y reacondicionados o reciclados correctamente, mantienen sus materiales en uso, lejos del vertedero y de la exportación ilegal.',
  },
  appliesTo: {
    groups: ['ict-devices', 'imaging', 'furniture', 'textiles', 'lighting-signals', 'iot-smart-infrastructure'],
  },
  patterns: {
    en: [
      // "take-back", "take back", "takeback"; also "shall take back the used cartridges"
      'take ?back',
      'buy back (?:scheme|programme|program|service|of (?:the )?(?:old|used|existing))',
      'WEEE\\b',
      'waste electrical and electronic equipment',
      'EN 50625',
      'WEEELABEX',
      'e stewards',
      'R2(?:v3)? (?:certified|certification|standard)',
      'end of life (?:management|collection|treatment|recycling|equipment|products?|devices?|assets?|furniture|textiles|luminaires)',
      'reverse logistics',
      // "collect, refurbish, repurpose and recycle existing furniture" (Sell2Wales)
      '(?:collect|remov|recover)\\w*,? (?:and |or )?(?:refurbish|repurpos|reus|re use|recycl|remanufactur)',
      '(?:refurbish|repurpos|recondition|remanufactur)\\w*,? (?:and |or )?(?:repurpos|reus|re use|recycl|resell|resale|redeploy)',
      '(?:prepar\\w* for|suitable for|sent for|collected for) (?:re ?use|refurbishment|remanufactur)',
      // data, not paper: "secure destruction of hard copy original documents" is a scanning service
      '(?:secure|certified) (?:data )?(?:erasure|wiping|sanitis\\w*|sanitiz\\w*)',
      '(?:secure|certified) destruction of (?:the )?(?:data|storage|media|hard (?:disk|drive)s?|disks|drives)',
      '(?:data|media|hard drive|disk) destruction',
      'data (?:erasure|wiping|sanitis|sanitiz)',
      'NIST (?:SP )?800 88',
      'IEEE 2883',
      '(?:(?:toner|ink|printer) )?cartridges? (?:return|collection|recycling|recovery|take ?back)',
      '(?:return|collection|recovery)(?: service| scheme)? (?:of|for) (?:empty |used |spent )?(?:toner |ink )?cartridges',
    ],
    fr: [
      'reprise (?:gratuite )?(?:des |du |de la |de l[’\'])?(?:anciens? |anciennes? |usages? )?(?:materiels?|equipements?|appareils?|mobiliers?|cartouches|consommables|textiles|vetements|luminaires|lampes|produits usages)',
      'DEEE\\b',
      'dechets d[’\']equipements electriques et electroniques',
      'en fin de vie',
      'fin de vie des',
      'filieres? (?:agreees? )?(?:de )?(?:recyclage|valorisation|traitement|REP)\\b',
      'eco(?:organisme| organisme)',
      'valdelia',
      're(?:emploi| emploi)',
      'reconditionn\\w*,? (?:et |ou |puis )?(?:reemploi|re emploi|reutilis|recycl|revente|remis)',
      'collecte,? (?:le |la )?(?:tri,? )?(?:et |puis )?(?:le |la )?(?:recyclage|reemploi|reconditionnement|valorisation|reutilisation)',
      'recyclage (?:des |du |de la |de l[’\'])(?:materiels?|equipements?|cartouches|consommables|mobiliers?|textiles|vetements|luminaires|appareils)',
      '(?:effacement|destruction|nettoyage) (?:securisee?|certifiee?)',
      '(?:collecte|reprise|recuperation|retour) des cartouches',
      'cartouches? (?:usagees|vides)',
    ],
    de: [
      // Rücknahme of equipment, not "Rücknahme des Angebots" (withdrawal of a tender)
      'rucknahme[^.;]{0,40}(?:altger|gerat|hardware|mobel|mobiliar|leuchten|lampen|kartusche|toner|patronen|textil|bekleidung|verbrauchsmaterial|endger|\\bIT ausstattung|computer|notebooks?|monitore|drucker)',
      'rucknahme(?:system|service|konzept|programm|garantie|pflicht|verpflichtung)',
      '(?:altgerate|gerate|toner|kartuschen|patronen|leuchten|mobel) ?rucknahme',
      // Altgeräte, Elektro- und Elektronik-Altgeräte, Elektroaltgeräte
      'altgerat',
      'elektro und elektronik ?altgerat',
      'elektro ?altgerat',
      'ElektroG\\b',
      'elektro und elektronikgerategesetz',
      'WEEE\\b',
      '2012/19/EU\\b',
      'EN 50625',
      'vorbereitung zur wiederverwendung',
      '(?:aufbereitung|uberholung|wiederaufbereitung) (?:und|zur|fur die|zwecks) (?:wiederverwendung|weiterverwendung|wiedervermarktung|weiternutzung)',
      'wiedervermarktung',
      '(?:sicher|zertifiziert)\\w* (?:daten)?loschung',
      'datenloschung',
      'datentragervernichtung',
      '(?:losch|vernichtungs)(?:zertifikat|protokoll|nachweis)',
      'DIN 66399',
      'NIST (?:SP )?800 88',
      'am ende (?:der|ihrer|seiner) (?:nutzungsdauer|lebensdauer|nutzung)',
    ],
    es: [
      // equipment collected or removed at end of life; not "retirada de la oferta" (withdrawal of a tender)
      // not "recogida de aceites usados", a waste round
      '(?:recogida|retirada|devolucion|recuperacion) (?:gratuita |sin coste )?(?:de |del )?(?:los |las )?(?:antiguos |antiguas |viejos |viejas )?(?:equipos|aparatos|dispositivos|ordenadores|portatiles|impresoras|monitores|mobiliario|muebles|luminarias|lamparas|cartuchos|consumibles|textiles|prendas|uniformes)\\b',
      '(?:equipos|aparatos|dispositivos|productos|bienes|mobiliario|muebles|luminarias|cartuchos|consumibles)[^.;]{0,40}(?:al final de|fin de) (?:su |la )?vida util',
      '(?:al final de|fin de) (?:su |la )?vida util[^.;]{0,40}(?:recog|retir|recicl|reutiliz|gestion|tratamiento|reacondicion)',
      'RAEE\\b',
      'residuos de aparatos electricos y electronicos',
      '110/2015\\b',
      '2012/19/UE\\b',
      'EN 50625',
      'preparacion para (?:la )?reutilizacion',
      'reutilizacion (?:de|del|de los|de las) (?:equipos|aparatos|mobiliario|muebles|cartuchos|componentes|luminarias|dispositivos)',
      'reacondicion\\w*,? (?:y |o |para (?:su )?)?(?:reutiliz|reciclaj|reventa|segunda vida)',
      'borrado (?:seguro|certificado)',
      'certificados? de borrado',
      'destruccion (?:segura|certificada) (?:de (?:los )?)?(?:datos|soportes|discos)',
      'NIST (?:SP )?800 88',
      '(?:recogida|devolucion|retirada) de (?:los )?cartuchos',
      'cartuchos? (?:de toner )?(?:vacios|usados|agotados)',
      'responsabilidad ampliada del productor',
    ],
  },
  fields: [
    // Circular economy (BT-774) also covers durability, repair and recycled content: it points this way without
    // saying that used equipment will be taken back.
    { bt: 'BT-774', values: ['circ-econ'], effect: 'weak', label: 'Transition to a circular economy declared (BT-774)' },
  ],
  sources: [
    'Directive 2012/19/EU (WEEE)',
    'EU GPP criteria for computers, monitors, tablets and smartphones (2021), end-of-life management',
    'EU GPP criteria for imaging equipment, consumables and print services (2020), cartridge take-back',
    'EU GPP criteria for furniture (2017), take-back and refurbishment services',
    'EU GPP criteria for textile products and services (2017)',
    'EU GPP criteria for road lighting and traffic signals (2018)',
    'EN 50625 series (collection, logistics and treatment of WEEE)',
    'NIST SP 800-88 / IEEE 2883 (media sanitisation)',
    'DIN 66399 (destruction of data carriers)',
    'Elektro- und Elektronikgerätegesetz (ElektroG, Germany)',
    'Real Decreto 110/2015 sobre residuos de aparatos eléctricos y electrónicos (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-take-back.selection.en',
    criterion: 'env-take-back',
    stage: 'selection',
    lang: 'en',
    title: 'Ability to collect and treat end-of-life equipment',
    text:
      'Tenderers shall show that they can collect the end-of-life equipment covered by the contract and route it to reuse or recycling, through their own arrangements or a named subcontractor. ' +
      'They shall name the treatment facility, provide its permit under Directive 2012/19/EU (WEEE) and, where it has one, its certification to the EN 50625 series or equivalent, and describe one comparable take-back service delivered in the last [number] years.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021), selection criterion on end-of-life management; Directive 2012/19/EU',
  },
  {
    id: 'env-take-back.specification.en',
    criterion: 'env-take-back',
    stage: 'specification',
    lang: 'en',
    title: 'Free take-back, reuse first, secure data erasure',
    text:
      'The contractor shall take back free of charge, within [number] working days of a request, the [products] supplied under the contract at the end of their use, and up to [number] items of the same type that the buyer already owns. ' +
      'Collected items shall first be prepared for reuse; items that cannot be reused shall be recycled by a facility that complies with Directive 2012/19/EU (WEEE). ' +
      'Every storage device shall be securely erased to the purge level of NIST SP 800-88 or IEEE 2883 (or equivalent) before it leaves the buyer’s control or is reused, and a certificate shall be issued for each device.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021), end-of-life management; Directive 2012/19/EU',
  },
  {
    id: 'env-take-back.award.en',
    criterion: 'env-take-back',
    stage: 'award',
    lang: 'en',
    title: 'Points for reuse of collected equipment',
    text:
      'Up to [number] points out of [total] are awarded for the share of collected equipment that the tenderer commits to refurbish for reuse rather than recycle: [number] points for [number] % or more, in proportion below that. ' +
      'The commitment becomes a contract condition and is checked against the end-of-life reports.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021) and furniture (2017), refurbishment and reuse',
  },
  {
    id: 'env-take-back.performance.en',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'en',
    title: 'End-of-life report for every collection',
    text:
      'Within [number] days of each collection the contractor shall send the buyer a report that lists every item by serial or asset number, states where it went (reuse, refurbishment, component recovery or recycling) and attaches the data erasure certificates. ' +
      'Once a year, the contractor shall report the total weight collected and the share reused and recycled.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021), contract performance clauses',
  },
  {
    id: 'env-take-back.performance.en.2',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'en',
    groups: ['imaging'],
    title: 'Collection of used cartridges',
    text:
      'The contractor shall provide, at no extra cost, containers and a collection service for used toner and ink cartridges at every delivery site, collecting them at least every [number] months or on request. ' +
      'Collected cartridges shall be sent for remanufacturing or, where that is not possible, for material recycling, and the contractor shall report the number collected and their destination every year.',
    source: 'EU GPP criteria for imaging equipment, consumables and print services (2020), cartridge take-back',
  },
  {
    id: 'env-take-back.selection.fr',
    criterion: 'env-take-back',
    stage: 'selection',
    lang: 'fr',
    title: 'Capacité à reprendre et traiter les équipements en fin de vie',
    text:
      'Le candidat démontre qu’il est en mesure de collecter les équipements en fin de vie visés par le marché et de les orienter vers le réemploi ou le recyclage, par ses propres moyens ou ceux d’un sous-traitant désigné. ' +
      'Il indique l’installation de traitement, son autorisation au titre de la directive 2012/19/UE (DEEE) et, le cas échéant, sa certification selon la série de normes EN 50625 ou équivalent, et décrit une prestation de reprise comparable réalisée au cours des [nombre] dernières années.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021), gestion de la fin de vie ; directive 2012/19/UE',
  },
  {
    id: 'env-take-back.specification.fr',
    criterion: 'env-take-back',
    stage: 'specification',
    lang: 'fr',
    title: 'Reprise gratuite, réemploi prioritaire, effacement sécurisé',
    text:
      'Le titulaire assure la reprise gratuite, dans un délai de [nombre] jours ouvrés après demande, des [produits] livrés au titre du marché en fin d’utilisation, ainsi que de [nombre] équipements de même type déjà détenus par l’acheteur. ' +
      'Les équipements repris sont d’abord préparés en vue du réemploi ; ceux qui ne peuvent l’être sont recyclés dans une installation conforme à la directive 2012/19/UE (DEEE). ' +
      'Chaque support de stockage fait l’objet d’un effacement sécurisé au niveau « purge » de la norme NIST SP 800-88 ou IEEE 2883 (ou équivalent) avant de quitter les locaux de l’acheteur ou d’être réemployé ; un certificat est remis pour chaque support.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021), gestion de la fin de vie ; directive 2012/19/UE',
  },
  {
    id: 'env-take-back.award.fr',
    criterion: 'env-take-back',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : part des équipements réemployés',
    text:
      'Critère d’attribution « réemploi des équipements repris » : [nombre] points sur [total], attribués selon la part des équipements repris que le soumissionnaire s’engage à reconditionner en vue du réemploi plutôt qu’à recycler : [nombre] points pour [nombre] % ou plus, au prorata en deçà. ' +
      'L’engagement devient une condition d’exécution du marché et est vérifié au vu des rapports de fin de vie.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021) et le mobilier (2017), reconditionnement et réemploi',
  },
  {
    id: 'env-take-back.performance.fr',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : rapport de fin de vie',
    text:
      'Dans les [nombre] jours suivant chaque enlèvement, le titulaire remet à l’acheteur un rapport indiquant, pour chaque équipement identifié par son numéro de série ou d’inventaire, sa destination (réemploi, reconditionnement, récupération de pièces ou recyclage), accompagné des certificats d’effacement des données. ' +
      'Chaque année, il communique le poids total collecté et la part réemployée et recyclée.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021), clauses d’exécution',
  },
  {
    id: 'env-take-back.performance.fr.2',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'fr',
    groups: ['imaging'],
    title: 'Collecte des cartouches usagées',
    text:
      'Le titulaire met à disposition sans surcoût, sur chaque site de livraison, des conteneurs de collecte des cartouches de toner et d’encre usagées, et en assure l’enlèvement au moins tous les [nombre] mois ou à la demande de l’acheteur. ' +
      'Les cartouches collectées sont orientées en priorité vers la remise en état pour réutilisation ou, lorsque ce n’est pas possible, vers le recyclage matière ; le titulaire rend compte chaque année du nombre de cartouches collectées et de leur destination.',
    source: 'Critères GPP de l’UE pour les équipements d’impression, consommables et services d’impression (2020), reprise des cartouches ; Code de la commande publique art. L2112-2',
  },
  {
    id: 'env-take-back.selection.de',
    criterion: 'env-take-back',
    stage: 'selection',
    lang: 'de',
    title: 'Leistungsfähigkeit bei Rücknahme und Behandlung von Altgeräten',
    text:
      'Der Bieter weist nach, dass er die vom Auftrag erfassten Altgeräte selbst oder über einen benannten Nachunternehmer abholen und der Vorbereitung zur Wiederverwendung oder dem Recycling zuführen kann. ' +
      'Er benennt die Behandlungsanlage, legt deren Genehmigung bzw. Zertifizierung als Erstbehandlungsanlage nach dem Elektro- und Elektronikgerätegesetz (ElektroG) und, soweit vorhanden, ihre Zertifizierung nach der Normenreihe EN 50625 oder gleichwertig vor und beschreibt eine vergleichbare Rücknahmeleistung aus den letzten [Zahl] Jahren (Referenz).',
    source: 'EU-GPP-Kriterien für Computer, Monitore, Tablets und Smartphones (2021), Eignungskriterium zum Lebensende; Richtlinie 2012/19/EU; § 122 GWB; § 46 VgV',
  },
  {
    id: 'env-take-back.specification.de',
    criterion: 'env-take-back',
    stage: 'specification',
    lang: 'de',
    title: 'Kostenlose Rücknahme, Vorrang der Wiederverwendung, sichere Datenlöschung',
    text:
      'Der Auftragnehmer nimmt die im Rahmen des Auftrags gelieferten [Produkte] am Ende ihrer Nutzung sowie bis zu [Zahl] gleichartige Geräte aus dem Bestand des Auftraggebers innerhalb von [Zahl] Arbeitstagen nach Anforderung kostenlos zurück. ' +
      'Die zurückgenommenen Geräte werden vorrangig zur Wiederverwendung vorbereitet; nicht wiederverwendbare Geräte werden in einer Anlage recycelt, die die Anforderungen der Richtlinie 2012/19/EU (WEEE) erfüllt. ' +
      'Jeder Datenträger wird vor Verlassen des Verfügungsbereichs des Auftraggebers oder vor seiner Wiederverwendung sicher gelöscht, mindestens auf der Stufe „Purge“ nach NIST SP 800-88 oder IEEE 2883 oder einem gleichwertigen Verfahren; für jeden Datenträger wird ein Löschzertifikat ausgestellt.',
    source: 'EU-GPP-Kriterien für Computer, Monitore, Tablets und Smartphones (2021), Lebensende; Richtlinie 2012/19/EU; § 31 VgV',
  },
  {
    id: 'env-take-back.award.de',
    criterion: 'env-take-back',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Wiederverwendungsquote',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden für den Anteil der zurückgenommenen Geräte vergeben, den der Bieter zur Wiederverwendung aufzubereiten statt zu recyceln zusagt: [Zahl] Punkte ab [Zahl] %, darunter anteilig. ' +
      'Die Zusage wird Vertragsbestandteil und anhand der Verwertungsberichte überprüft.',
    source: 'EU-GPP-Kriterien für Computer (2021) und Möbel (2017), Aufbereitung und Wiederverwendung; § 127 GWB; § 58 VgV',
  },
  {
    id: 'env-take-back.performance.de',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'de',
    title: 'Verwertungsbericht zu jeder Abholung',
    text:
      'Innerhalb von [Zahl] Tagen nach jeder Abholung übermittelt der Auftragnehmer dem Auftraggeber einen Bericht, der jedes Gerät mit Serien- oder Inventarnummer aufführt, seinen Verbleib angibt (Wiederverwendung, Aufbereitung, Ersatzteilgewinnung oder Recycling) und die Löschzertifikate enthält. ' +
      'Einmal jährlich meldet der Auftragnehmer das insgesamt zurückgenommene Gewicht sowie die Anteile, die wiederverwendet und recycelt wurden.',
    source: 'EU-GPP-Kriterien für Computer, Monitore, Tablets und Smartphones (2021), Vertragserfüllungsklauseln; § 128 Abs. 2 GWB',
  },
  {
    id: 'env-take-back.performance.de.2',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'de',
    groups: ['imaging'],
    title: 'Rücknahme gebrauchter Kartuschen',
    text:
      'Der Auftragnehmer stellt an jedem Lieferort ohne Mehrkosten Sammelbehälter für gebrauchte Toner- und Tintenkartuschen bereit und holt diese mindestens alle [Zahl] Monate oder auf Anforderung ab. ' +
      'Die gesammelten Kartuschen werden der Wiederaufbereitung zugeführt oder, wo dies nicht möglich ist, stofflich verwertet; der Auftragnehmer berichtet jährlich über die Anzahl der gesammelten Kartuschen und ihren Verbleib.',
    source: 'EU-GPP-Kriterien für Bildgebungsgeräte, Verbrauchsmaterialien und Druckdienstleistungen (2020), Kartuschenrücknahme; § 128 Abs. 2 GWB',
  },
  {
    id: 'env-take-back.selection.es',
    criterion: 'env-take-back',
    stage: 'selection',
    lang: 'es',
    title: 'Solvencia para la recogida y tratamiento de equipos al final de su vida útil',
    text:
      'Los licitadores acreditarán que pueden recoger los equipos al final de su vida útil objeto del contrato y destinarlos a la preparación para la reutilización o al reciclado, con medios propios o de un subcontratista identificado. ' +
      'Indicarán la instalación de tratamiento, aportarán su autorización como gestor de residuos de aparatos eléctricos y electrónicos (Real Decreto 110/2015) y, en su caso, su certificación conforme a la serie de normas EN 50625 o equivalente, y describirán un servicio de recogida similar prestado en los últimos [número] años.',
    source: 'Criterios CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021), solvencia sobre gestión del final de vida; Directiva 2012/19/UE; Ley 9/2017 (LCSP) arts. 89 y 90',
  },
  {
    id: 'env-take-back.specification.es',
    criterion: 'env-take-back',
    stage: 'specification',
    lang: 'es',
    title: 'Recogida gratuita, prioridad a la reutilización y borrado seguro',
    text:
      'El contratista recogerá sin coste, en un plazo de [número] días hábiles desde la solicitud, los [productos] suministrados al final de su uso, así como hasta [número] equipos del mismo tipo que ya sean propiedad del órgano de contratación. ' +
      'Los equipos recogidos se destinarán en primer lugar a la preparación para la reutilización; los que no puedan reutilizarse se reciclarán en una instalación conforme a la Directiva 2012/19/UE (RAEE). ' +
      'Todo soporte de almacenamiento se someterá, antes de salir del control del órgano de contratación o de reutilizarse, a un borrado seguro de nivel «purga» según NIST SP 800-88 o IEEE 2883 (o equivalente), con emisión de un certificado de borrado por soporte.',
    source: 'Criterios CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021), gestión del final de vida; Directiva 2012/19/UE; Ley 9/2017 (LCSP) art. 126',
  },
  {
    id: 'env-take-back.award.es',
    criterion: 'env-take-back',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: equipos destinados a reutilización',
    text:
      'Se otorgarán hasta [número] puntos, sobre un total de [total], en función del porcentaje de equipos recogidos que el licitador se comprometa a reacondicionar para su reutilización en lugar de reciclarlos: [número] puntos a partir del [número] % y proporcionalmente por debajo. ' +
      'El compromiso será condición de ejecución del contrato y se comprobará con los informes de final de vida.',
    source: 'Criterios CPE de la UE para ordenadores (2021) y mobiliario (2017), reacondicionamiento y reutilización; Ley 9/2017 (LCSP) art. 145',
  },
  {
    id: 'env-take-back.performance.es',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'es',
    title: 'Informe de final de vida de cada recogida',
    text:
      'En los [número] días siguientes a cada recogida, el contratista remitirá al responsable del contrato un informe que relacione cada equipo por su número de serie o de inventario, indique su destino (reutilización, reacondicionamiento, recuperación de componentes o reciclado) y adjunte los certificados de borrado de datos. ' +
      'Una vez al año informará del peso total recogido y del porcentaje reutilizado y reciclado. Esta obligación es condición especial de ejecución (art. 202 LCSP).',
    source: 'Criterios CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021), cláusulas de ejecución; Ley 9/2017 (LCSP) art. 202',
  },
  {
    id: 'env-take-back.performance.es.2',
    criterion: 'env-take-back',
    stage: 'performance',
    lang: 'es',
    groups: ['imaging'],
    title: 'Recogida de cartuchos usados',
    text:
      'El contratista pondrá a disposición, sin coste adicional, contenedores y un servicio de recogida de cartuchos de tóner y de tinta usados en cada punto de entrega, con retirada al menos cada [número] meses o a petición del órgano de contratación. ' +
      'Los cartuchos recogidos se destinarán a su refabricación o, si no es posible, al reciclado de sus materiales, y el contratista informará cada año del número recogido y de su destino.',
    source: 'Criterios CPE de la UE para equipos de impresión, consumibles y servicios de impresión (2020), recogida de cartuchos; Ley 9/2017 (LCSP) art. 202',
  },
];
