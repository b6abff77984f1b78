import type { CriterionInput, ModelClause } from '../schema';

// A warranty counts only with a duration: notices are full of warranties that say nothing about durability
// ("Disclaimer of Warranty", "WARRANTIES OF MERCHANTABILITY", FAR 52.246-20 "Warranty of Services", "warranted
// Contracting Officer"), and of legal guarantees that every contract of its kind carries: the French "garantie de
// parfait achèvement" (one year) and "garantie décennale", the "retenue de garantie" and the Spanish "garantía
// definitiva" (performance bonds, in %), the German "Gewährleistung" (statutory liability; left out). In French,
// German and Spanish a duration counts only in the plural ("deux ans", "5 Jahre", "3 años"), so the one-year
// "plazo de garantía de un año" every Spanish contract states is not taken for a durability requirement. "Repair and
// maintenance services" are what some notices buy, not repairability: only "repairable", "repairability", spare
// parts made available, replaceable batteries and update periods count.
// Two years or more: a one-year warranty is what the law or the market gives anyway ("1 year warranty part and
// labor", "the service warranty shall extend out for at least 1 year").
const NUM_EN = '(?:[2-9]|[1-9]\\d|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)';
const NUM_FR = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze)';
const NUM_DE = '(?:\\d+|zwei|drei|vier|funf|sechs|sieben|acht|zehn|zwolf)';
const NUM_ES = '(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince)';

export const criterion = {
  id: 'env-durability-repair',
  pillar: 'environment',
  name: {
    en: 'Durability, repair, spare parts, warranty, updates',
    fr: 'Durabilité, réparation, pièces détachées, garantie, mises à jour',
    de: 'Langlebigkeit, Reparatur, Ersatzteile, Garantie, Updates',
    es: 'Durabilidad, reparación, piezas de repuesto, garantía, actualizaciones',
  },
  why: {
    en: 'Most of the footprint of a device or a piece of furniture is spent before it is delivered; every year it stays in use, through warranty, repair, spare parts and software updates, spreads that footprint and delays a replacement.',
    fr: 'L’essentiel de l’empreinte d’un équipement ou d’un meuble est dépensé avant sa livraison ; chaque année d’usage en plus, grâce à la garantie, à la réparation, aux pièces détachées et aux mises à jour, l’amortit et retarde un remplacement.',
    de: 'Der größte Teil des Fußabdrucks eines Geräts oder Möbels entsteht vor der Lieferung; jedes zusätzliche Nutzungsjahr durch Garantie, Reparatur, Ersatzteile und Software-Updates verteilt ihn und schiebt eine Neuanschaffung hinaus.',
    es: 'La mayor parte de la huella de un equipo o de un mueble se genera antes de su entrega; cada año más de uso, gracias a la garantía, la reparación, las piezas de repuesto y las actualizaciones, la reparte y retrasa su sustitución.',
  },
  appliesTo: {
    groups: ['ict-devices', 'imaging', 'furniture', 'lighting-signals', 'iot-smart-infrastructure', 'vehicles-transport'],
  },
  patterns: {
    en: [
      // "3 year warranty parts and labor", "five (5) years warranty", "warranty period of at least 5 years"
      `${NUM_EN} (?:\\(\\d+\\) )?(?:years?|yrs?)\\b[^.;]{0,30}\\bwarrant(?:y|ies)`,
      `warrant(?:y|ies)\\b[^.;]{0,40}\\b(?:${NUM_EN} (?:\\(\\d+\\) )?(?:years?|yrs?)|(?:2[4-9]|[3-9]\\d|1\\d\\d) months)\\b`,
      `${NUM_EN} (?:\\(\\d+\\) )?(?:years?|yrs?)[’']?s? (?:manufacturer[’']?s? |full |parts and labou?r |on ?site |product )?guarantee`,
      '(?:extended|minimum) warrant(?:y|ies)',
      'spare parts?\\b[^.;]{0,50}\\b(?:availab\\w*|(?:\\d+|five|seven|eight|ten) (?:years?|yrs))',
      'availability of (?:original |compatible |functional )?spare parts',
      'repairab\\w*',
      'reparab\\w*',
      'ease of (?:repair|disassembly)',
      'design for (?:repair|disassembly|upgrad\\w*|durability)',
      'repair (?:index|score|manuals?|information)\\b',
      'right to repair',
      'EN 4555[2-4]\\b',
      '(?:user |easily )?(?:replaceable|removable|exchangeable|swappable) batter(?:y|ies)',
      // not "battery replacement" (a maintenance task)
      'batter(?:y|ies) (?:capacity retention|endurance)',
      '(?:initial|original|rated|design) capacity after \\d+ (?:full )?(?:charge )?cycles',
      'durability (?:tests?|testing|requirements?|standards?)',
      'MIL ?STD ?810\\w*',
      '(?:drop|endurance|fatigue|tumble) tests?\\b',
      'EN (?:1335|527) [1-3]\\b',
      'EN (?:16139|15372|12520)\\b',
      `(?:software|security|firmware|operating system|OS) (?:and (?:security|software|firmware) )?(?:updates?|patches|upgrades?|support)\\b[^.;]{0,60}\\b${NUM_EN} (?:years?|yrs)`,
      'upgradab\\w*',
      'upgradeab\\w*',
      '(?:product )?life ?time extension',
      'lumen maintenance',
      'L[7-9]0 ?B(?:10|50)\\b',
      'rated (?:life|lifetime)\\b',
      `minimum (?:service )?life(?:time|span)? of (?:at least )?${NUM_EN} years`,
      'control gear failure rate',
    ],
    fr: [
      // "garantie de 5 ans", "garantis pièces et main-d'œuvre pendant 5 ans"; not the one-year "garantie de parfait
      // achèvement", the "garantie décennale" or the "retenue de garantie" (in %)
      `garanti\\w*(?! (?:de parfait|decennale|biennale|de bon fonctionnement|a premiere))[^.;]{0,40}\\b${NUM_FR} ans\\b`,
      `${NUM_FR} ans (?:de )?garantie`,
      'extension de (?:la )?garantie',
      'garantie (?:etendue|prolongee|constructeur de \\d+ ans)',
      'pieces? (?:detachees|de rechange)\\b[^.;]{0,50}\\b(?:disponib\\w*|\\d+ ans)',
      'disponibilite des pieces (?:detachees|de rechange)',
      'indice de (?:reparabilite|durabilite)',
      'reparab\\w*',
      'facilement (?:reparables?|demontables?)',
      'demontabilite',
      'essais? de (?:durabilite|resistance)',
      'batteries? (?:amovibles?|remplacables?|interchangeables?)',
      `mises? a jour\\b[^.;]{0,60}\\b${NUM_FR} ans\\b`,
      `duree de vie (?:minimale |garantie )?(?:de |d[’'])?(?:au moins )?\\d[\\d ]* ?(?:ans|heures)\\b`,
      'EN 4555[2-4]\\b',
      'MIL ?STD ?810\\w*',
    ],
    de: [
      // Garantie von 5 Jahren, Herstellergarantie, 5 Jahre Vor-Ort-Garantie; not "Gewährleistung" (statutory)
      `(?:hersteller|vor ort |bring in )?garantie\\w*[^.;]{0,40}\\b${NUM_DE} (?:jahre|jahren)\\b`,
      `${NUM_DE} (?:jahre|jahren)\\b[^.;]{0,20}\\b(?:hersteller|vor ort |bring in )?garantie`,
      'garantie ?verlangerung\\w*',
      '(?:verlangert|erweitert)\\w* (?:Hersteller)?garantie',
      'ersatzteil\\w*[^.;]{0,50}\\b(?:verfugbar\\w*|vorratig\\w*|lieferbar\\w*|\\d+ Jahre)',
      'ersatzteil ?(?:verfugbar|versorgung|garantie|bevorratung|lieferfahig)\\w*',
      '(?:Verfugbarkeit|Bevorratung|Lieferbarkeit|Nachlieferung) (?:von |der )?Ersatzteil\\w*',
      'reparierbar\\w*',
      'reparaturfreundlich\\w*',
      'reparatur ?(?:index|information|anleitung|handbuch)\\w*',
      'austauschbare?n? (?:Akku|Batterie)\\w*',
      'wechselbare?n? (?:Akku|Batterie)\\w*',
      '(?:Akku|Batterie)\\w* (?:austauschbar|wechselbar)\\w*',
      'langlebigkeit\\w*',
      'dauerhaltbarkeit\\w*',
      'haltbarkeitsprufung\\w*',
      `(?:software|sicherheits|firmware|betriebssystem) ?(?:updates?|aktualisierung\\w*|patches)\\b[^.;]{0,60}\\b${NUM_DE} (?:jahre|jahren)\\b`,
      'aufrustbar\\w*',
      `Lebensdauer[^.;]{0,30}\\b\\d[\\d.]* ?(?:Jahre|Stunden)\\b`,
      'EN 4555[2-4]\\b',
      'MIL ?STD ?810\\w*',
    ],
    es: [
      // plural only: "3 años"; not the one-year legal "plazo de garantía" nor the "garantía definitiva" (in %)
      `garantia\\w*(?! (?:definitiva|provisional|complementaria))[^.;]{0,40}\\b${NUM_ES} anos\\b`,
      'ampliacion del (?:plazo de )?garantia',
      'garantia (?:adicional|ampliada|extendida)',
      'piezas de (?:repuesto|recambio)\\b[^.;]{0,50}\\b(?:disponib\\w*|\\d+ anos)',
      'disponibilidad de (?:piezas de )?(?:repuestos?|recambios?)',
      'reparabilidad',
      'indice de (?:reparabilidad|durabilidad)',
      'facilmente (?:reparables?|desmontables?)',
      'facilidad de (?:reparacion|desmontaje)',
      'diseno para (?:la )?(?:reparacion|desmontaje|durabilidad)',
      'ensayos? de durabilidad',
      'baterias? (?:extraibles|reemplazables|sustituibles|intercambiables)',
      `actualizaciones? (?:de seguridad|de software|del sistema operativo)\\b[^.;]{0,60}\\b${NUM_ES} anos\\b`,
      'vida util (?:minima|garantizada)',
      'EN 4555[2-4]\\b',
      'MIL ?STD ?810\\w*',
    ],
  },
  fields: [
    // Circular economy (BT-774) covers take-back and recycled content as much as durability: it points this way.
    { bt: 'BT-774', values: ['circ-econ'], effect: 'weak', label: 'Transition to a circular economy declared (BT-774)' },
    { bt: 'OCDS-goal', values: ['environmental.circularEconomy'], effect: 'weak', label: 'Circular economy declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'EU GPP criteria for computers, monitors, tablets and smartphones (2021), product lifetime extension',
    'EU GPP criteria for imaging equipment, consumables and print services (2020), spare parts and repair',
    'EU GPP criteria for furniture (2017), durability, warranty and spare parts',
    'EU GPP criteria for road lighting and traffic signals (2018), warranty and reparability',
    'EU GPP criteria for road transport (2019)',
    'Regulation (EU) 2023/1670 (ecodesign of smartphones and tablets: spare parts, batteries, operating system updates)',
    'Directive (EU) 2024/1799 (right to repair)',
    'EN 45552 (durability), EN 45554 (repair, reuse and upgrade)',
  ],
} satisfies CriterionInput;

// No selection clause: durability and repair are properties of the products and of the after-sales service the
// contract buys, specified and rewarded per product; the tenderer's repair capacity is covered by the performance
// clause.
export const clauses: ModelClause[] = [
  {
    id: 'env-durability-repair.specification.en',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'en',
    groups: ['ict-devices', 'imaging'],
    title: 'Warranty, spare parts, battery and updates for ICT devices',
    text:
      'Each [notebook / tablet / smartphone] shall come with a warranty of at least [3] years covering parts and labour, with [on-site / collect-and-return] service and repair or replacement within [number] working days. ' +
      'Spare parts for the battery, display, keyboard, charger and storage shall remain available for at least [5] years after the end of production. The battery shall be replaceable by the user or a repair technician without special tools and shall keep at least 80 % of its rated capacity after [300 / 500] full cycles. ' +
      'Security updates for the operating system shall be provided for at least [5] years after delivery. Means of proof: manufacturer’s declaration, warranty terms, or a label covering these requirements (TCO Certified, EPEAT) or an equivalent one.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021), product lifetime extension; Regulation (EU) 2023/1670',
  },
  {
    id: 'env-durability-repair.specification.en.2',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'en',
    groups: ['furniture'],
    title: 'Furniture: tested durability, warranty and spare parts',
    text:
      'Office chairs and desks shall meet the durability and strength requirements of [EN 1335 / EN 527 / EN 16139] or equivalent, shown by a test report from an accredited laboratory. ' +
      'They shall carry a warranty of at least [5] years, and replacement parts (castors, gas lifts, arm rests, upholstery, fittings) shall be available for at least [5] years after the last delivery. Components shall be replaceable with common tools.',
    source: 'EU GPP criteria for furniture (2017), product durability, warranty and spare parts',
  },
  {
    id: 'env-durability-repair.award.en',
    criterion: 'env-durability-repair',
    stage: 'award',
    lang: 'en',
    title: 'Points for longer warranty and repairability',
    text:
      'Up to [number] points out of [total] are awarded for product life: [number] points for each full year of warranty beyond the required minimum, up to [number] years; [number] points where spare parts remain available for [number] or more years; ' +
      'and [number] points in proportion to the repairability score of the product (national repairability index, EN 45554 assessment, or equivalent). Tenderers shall attach the warranty terms and the score with its justification.',
    source: 'EU GPP criteria for computers (2021) and furniture (2017), award criteria; EN 45554',
  },
  {
    id: 'env-durability-repair.performance.en',
    criterion: 'env-durability-repair',
    stage: 'performance',
    lang: 'en',
    title: 'Repair first during the contract',
    text:
      'During the contract, faulty products shall be repaired before they are replaced. The contractor shall repair or replace a faulty product within [number] working days and keep the spare parts needed for this. ' +
      'Every [six / twelve] months, the contractor shall report to the buyer the number of repairs, replacements and their causes. A product replaced under warranty shall be at least equivalent to the product it replaces.',
    source: 'EU GPP criteria for computers (2021), contract performance clauses; Directive 2014/24/EU art. 70',
  },
  {
    id: 'env-durability-repair.specification.fr',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'fr',
    groups: ['ict-devices', 'imaging'],
    title: 'Garantie, pièces détachées et mises à jour des équipements informatiques',
    text:
      'Chaque [ordinateur portable / tablette / smartphone] est garanti pièces et main-d’œuvre pendant au moins [3] ans, avec intervention [sur site / en atelier] et réparation ou remplacement sous [nombre] jours ouvrés. ' +
      'Les pièces détachées (batterie, écran, clavier, chargeur, stockage) restent disponibles pendant au moins [5] ans après la fin de fabrication ; la batterie est remplaçable sans outil spécial. ' +
      'Les mises à jour de sécurité du système d’exploitation sont fournies pendant au moins [5] ans après la livraison. L’indice de réparabilité du produit est indiqué dans l’offre.',
    source: 'Critères GPP de l’UE pour les ordinateurs, écrans, tablettes et smartphones (2021) ; règlement (UE) 2023/1670 ; Code de l’environnement art. L541-9-2 (indice de réparabilité)',
  },
  {
    id: 'env-durability-repair.award.de',
    criterion: 'env-durability-repair',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Garantie und Ersatzteilverfügbarkeit',
    text:
      'Zuschlagskriterium „Lebensdauer“ ([Zahl] % der Wertung): [Zahl] Punkte je volles Jahr Herstellergarantie über die Mindestgarantie von [3] Jahren hinaus, höchstens [Zahl] Jahre; [Zahl] Punkte, wenn Ersatzteile mindestens [Zahl] Jahre nach Produktionsende verfügbar sind. ' +
      'Die Bieter legen die Garantiebedingungen und eine Herstellererklärung zur Ersatzteilverfügbarkeit bei.',
    source: 'EU-GPP-Kriterien für Computer (2021) und Möbel (2017), Zuschlagskriterien; Richtlinie 2014/24/EU Art. 67',
  },
  {
    id: 'env-durability-repair.specification.es',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'es',
    groups: ['ict-devices', 'imaging'],
    title: 'Garantía, piezas de repuesto y actualizaciones de los equipos',
    text:
      'Cada equipo tendrá una garantía mínima de [3] años que cubra piezas y mano de obra, con reparación o sustitución en un plazo de [número] días hábiles. ' +
      'Las piezas de repuesto (batería, pantalla, teclado, cargador, almacenamiento) estarán disponibles durante al menos [5] años tras el fin de la fabricación, y la batería será sustituible sin herramientas especiales. ' +
      'Las actualizaciones de seguridad del sistema operativo se facilitarán durante al menos [5] años desde la entrega.',
    source: 'Criterios CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021); Reglamento (UE) 2023/1670',
  },
  {
    id: 'env-durability-repair.specification.de',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'de',
    groups: ['ict-devices', 'imaging'],
    title: 'Garantie, Ersatzteile, Akku und Updates für IT-Geräte',
    text:
      'Für jedes [Notebook / Tablet / Smartphone] wird eine Garantie von mindestens [3] Jahren auf Teile und Arbeitsleistung gewährt, mit [Vor-Ort-Service / Abhol- und Bringservice] und Reparatur oder Austausch innerhalb von [Zahl] Arbeitstagen. ' +
      'Ersatzteile für Akku, Display, Tastatur, Netzteil und Speicher bleiben mindestens [5] Jahre nach Produktionsende verfügbar. ' +
      'Der Akku lässt sich durch die Nutzenden oder eine Reparaturfachkraft ohne Spezialwerkzeug austauschen und behält nach [300 / 500] vollen Ladezyklen mindestens 80 % seiner Nennkapazität. ' +
      'Sicherheitsupdates für das Betriebssystem werden mindestens [5] Jahre ab Lieferung bereitgestellt. ' +
      'Nachweis: Herstellererklärung, Garantiebedingungen oder ein Gütezeichen, das diese Anforderungen abdeckt (TCO Certified, EPEAT), oder ein gleichwertiges Gütezeichen.',
    source: 'EU-GPP-Kriterien für Computer, Monitore, Tablets und Smartphones (2021), Verlängerung der Produktlebensdauer; Verordnung (EU) 2023/1670; VgV § 34',
  },
  {
    id: 'env-durability-repair.specification.fr.2',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'fr',
    groups: ['furniture'],
    title: 'Mobilier : durabilité éprouvée, garantie et pièces détachées',
    text:
      'Les sièges et bureaux de travail satisfont aux exigences de durabilité et de résistance des normes [NF EN 1335 / NF EN 527 / NF EN 16139] ou équivalentes, ce que démontre un rapport d’essai d’un laboratoire accrédité. ' +
      'Ils sont garantis au moins [5] ans et les pièces de rechange (roulettes, vérins, accoudoirs, garnitures, quincaillerie) restent disponibles pendant au moins [5] ans après la dernière livraison. Les composants sont remplaçables à l’aide d’outils courants.',
    source: 'Critères GPP de l’UE pour le mobilier (2017), durabilité, garantie et pièces détachées ; directive 2014/24/UE art. 42 et 44',
  },
  {
    id: 'env-durability-repair.specification.de.2',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'de',
    groups: ['furniture'],
    title: 'Möbel: geprüfte Haltbarkeit, Garantie und Ersatzteile',
    text:
      'Bürostühle und Schreibtische erfüllen die Anforderungen an Dauerhaltbarkeit und Festigkeit der [DIN EN 1335 / DIN EN 527 / DIN EN 16139] oder gleichwertiger Normen, nachgewiesen durch den Prüfbericht eines akkreditierten Prüflabors. ' +
      'Es wird eine Garantie von mindestens [5] Jahren gewährt; Ersatzteile (Rollen, Gasfedern, Armlehnen, Polster, Beschläge) sind mindestens [5] Jahre nach der letzten Lieferung erhältlich. Bauteile lassen sich mit handelsüblichem Werkzeug austauschen.',
    source: 'EU-GPP-Kriterien für Möbel (2017), Haltbarkeit, Garantie und Ersatzteile; VgV §§ 31 und 33',
  },
  {
    id: 'env-durability-repair.specification.es.2',
    criterion: 'env-durability-repair',
    stage: 'specification',
    lang: 'es',
    groups: ['furniture'],
    title: 'Mobiliario: durabilidad ensayada, garantía y repuestos',
    text:
      'Las sillas y mesas de oficina cumplirán los requisitos de durabilidad y resistencia de las normas [UNE-EN 1335 / UNE-EN 527 / UNE-EN 16139] o equivalentes, lo que se acreditará mediante un informe de ensayo de un laboratorio acreditado. ' +
      'Tendrán una garantía mínima de [5] años y las piezas de recambio (ruedas, elevadores de gas, reposabrazos, tapizado, herrajes) estarán disponibles durante al menos [5] años desde la última entrega. Los componentes podrán sustituirse con herramientas comunes.',
    source: 'Criterios CPE de la UE para mobiliario (2017), durabilidad, garantía y piezas de repuesto; Ley 9/2017 de Contratos del Sector Público arts. 126 y 128',
  },
  {
    id: 'env-durability-repair.award.fr',
    criterion: 'env-durability-repair',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : durée de garantie et réparabilité',
    text:
      'Critère d’attribution « durée de vie des produits » : [nombre] points sur [total], ainsi répartis : [nombre] points par année pleine de garantie au-delà du minimum exigé, dans la limite de [nombre] ans ; ' +
      '[nombre] points si les pièces détachées restent disponibles pendant [nombre] ans ou plus ; ' +
      '[nombre] points en proportion de la note de réparabilité du produit (indice prévu à l’article L541-9-2 du code de l’environnement, évaluation selon la norme NF EN 45554, ou équivalent). ' +
      'Le soumissionnaire joint les conditions de garantie et la note, avec sa justification.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021) et le mobilier (2017), critères d’attribution ; NF EN 45554 ; Code de l’environnement art. L541-9-2 ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-durability-repair.award.es',
    criterion: 'env-durability-repair',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: garantía ampliada y reparabilidad',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] por la vida útil del producto: [número] puntos por cada año completo de garantía por encima del mínimo exigido, hasta [número] años; ' +
      '[número] puntos si las piezas de repuesto se mantienen disponibles durante [número] años o más; y [número] puntos en proporción a la puntuación de reparabilidad del producto (índice de reparabilidad nacional, evaluación según la norma UNE-EN 45554 o equivalente). ' +
      'Los licitadores adjuntarán las condiciones de la garantía y la puntuación con su justificación.',
    source: 'Criterios CPE de la UE para ordenadores (2021) y mobiliario (2017), criterios de adjudicación; UNE-EN 45554; Ley 9/2017 de Contratos del Sector Público art. 145',
  },
  {
    id: 'env-durability-repair.performance.fr',
    criterion: 'env-durability-repair',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : réparer avant de remplacer',
    text:
      'Pendant l’exécution du marché, les produits défectueux sont réparés avant d’être remplacés. Le titulaire répare ou remplace un produit défectueux sous [nombre] jours ouvrés et tient à disposition les pièces détachées nécessaires. ' +
      'Tous les [six / douze] mois, il communique à l’acheteur le nombre de réparations et de remplacements ainsi que leurs causes. Un produit remplacé au titre de la garantie est au moins équivalent au produit qu’il remplace.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021), clauses d’exécution ; directive 2014/24/UE art. 70 ; Code de la commande publique art. L2112-2',
  },
  {
    id: 'env-durability-repair.performance.de',
    criterion: 'env-durability-repair',
    stage: 'performance',
    lang: 'de',
    title: 'Reparatur vor Austausch während der Vertragslaufzeit',
    text:
      'Während der Vertragslaufzeit werden defekte Produkte repariert, bevor sie ersetzt werden. Der Auftragnehmer repariert oder ersetzt ein defektes Produkt innerhalb von [Zahl] Arbeitstagen und hält die dafür nötigen Ersatzteile vor. ' +
      'Alle [sechs / zwölf] Monate berichtet er dem Auftraggeber über Zahl und Ursachen der Reparaturen und Ersatzlieferungen. Ein im Rahmen der Garantie ersetztes Produkt ist dem ersetzten mindestens gleichwertig.',
    source: 'EU-GPP-Kriterien für Computer (2021), Ausführungsbedingungen; GWB § 128 Abs. 2',
  },
  {
    id: 'env-durability-repair.performance.es',
    criterion: 'env-durability-repair',
    stage: 'performance',
    lang: 'es',
    title: 'Reparar antes que sustituir durante el contrato',
    text:
      'Durante la ejecución del contrato, los productos averiados se repararán antes de sustituirse. El contratista reparará o sustituirá un producto averiado en un plazo de [número] días hábiles y dispondrá de las piezas de repuesto necesarias. ' +
      'Cada [seis / doce] meses informará al órgano de contratación del número de reparaciones y sustituciones y de sus causas. El producto sustituido en garantía será al menos equivalente al que reemplace.',
    source: 'Criterios CPE de la UE para ordenadores (2021), cláusulas de ejecución; Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
