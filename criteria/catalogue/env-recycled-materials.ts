import type { CriterionInput, ModelClause } from '../schema';

// Recycled content and responsibly sourced (legal, certified) timber and fibres. Not "recycled" alone: printer
// specifications list the paper types they take ("Paper (bond, color, letterhead, plain, preprinted, recycled,
// rough)"), and "recycleurs de plongée" are diving rebreathers. Not "Altpapier" or "papier à recycler" alone: the
// collection of waste paper is a waste service, not recycled content. FSC only with a label word or with PEFC:
// US notices list Federal Supply Classes ("FSC 5510, Lumber and Related Basic Wood Materials").
export const criterion = {
  id: 'env-recycled-materials',
  pillar: 'environment',
  name: {
    en: 'Recycled and responsibly sourced materials',
    fr: 'Matériaux recyclés et d’origine responsable',
    de: 'Recycelte und verantwortungsvoll gewonnene Materialien',
    es: 'Materiales reciclados y de origen responsable',
  },
  why: {
    en: 'Recycled paper, aggregates, asphalt, plastics and fibres replace virgin raw materials, and legal, certified timber keeps public money away from illegal logging and deforestation.',
    fr: 'Le papier, les granulats, les enrobés, les plastiques et les fibres recyclés remplacent des matières premières vierges, et le bois légal et certifié évite que l’argent public finance l’exploitation illégale et la déforestation.',
    de: 'Recyclingpapier, RC-Baustoffe, Asphaltgranulat, Rezyklate und recycelte Fasern ersetzen Primärrohstoffe, und legales, zertifiziertes Holz verhindert, dass öffentliches Geld illegalen Holzeinschlag und Entwaldung finanziert.',
    es: 'El papel, los áridos, el asfalto, los plásticos y las fibras reciclados sustituyen materias primas vírgenes, y la madera legal y certificada evita que el dinero público financie la tala ilegal y la deforestación.',
  },
  appliesTo: {
    groups: ['paper-printing', 'furniture', 'buildings', 'roads', 'textiles'],
  },
  patterns: {
    en: [
      'recycled content',
      'recycled (?:materials?|fibres?|fibers?|plastics?|polyester|PET|aggregates?|asphalt|concrete|steel|aluminium|aluminum|cotton|wood|timber|glass|rubber|pulp|board|cardboard)\\b',
      'recycled (?:copy|copier|office|graphic|printing) paper',
      // "100 % recycled fibres", "70% post-consumer recycled plastic"
      '\\d+ ?%[^.;]{0,20}\\brecycled\\b',
      'post ?consumer (?:recycled |waste )?(?:content|materials?|fibres?|fibers?|plastics?|paper|waste)',
      'recovered (?:paper|fibres?|fibers?)\\b',
      'reclaimed (?:asphalt|materials?|timber|wood|bricks?|aggregates?)',
      '(?:secondary|recycled) (?:aggregates?|raw materials?)',
      'asphalt planings',
      'GGBS\\b',
      'ground granulated blast ?furnace slag',
      'FSC(?:®|™)?(?: (?:certifi|label|chain of custody|CoC\\b|mix\\b|recycled|100 ?%|or (?:PEFC|equivalent)|and PEFC)| ?/ ?PEFC)',
      'forest stewardship council',
      'PEFC\\b',
      'legal(?:ly)? (?:and sustainabl\\w* )?(?:harvested|sourced|logged|produced) (?:timber|wood)',
      'legally harvested',
      'sustainabl\\w* (?:sourced|managed) (?:timber|wood|forests?)',
      '(?:EU )?Timber Regulation',
      'EUTR\\b',
      '995/2010\\b',
      'EUDR\\b',
      '2023/1115\\b',
      'deforestation ?free',
      'CPET\\b',
      'global recycled standard',
      'recycled claim standard',
      'GRS (?:certifi|standard)\\w*',
      'EN 15343\\b',
      'UL 2809\\b',
      'organic(?:ally grown)? cotton',
    ],
    fr: [
      // "papier recyclé", "fibres recyclées", "granulats recyclés", "enrobés recyclés", "plastique 100 % recyclé"
      '(?:papiers?|materiaux|matieres?|fibres?|plastiques?|granulats?|agregats?|enrobes?|betons?|aciers?|aluminium|coton|polyester|bois|verre|caoutchouc|pates?) (?:\\d+ ?% )?recycl(?:e|es|ee|ees)\\b',
      'contenu (?:en matieres? )?recycl\\w*',
      'teneur en (?:matieres? |fibres? |materiaux )?recycl\\w*',
      '\\d+ ?% (?:de )?(?:fibres? |matieres? |materiaux )?recycl(?:e|es|ee|ees)\\b',
      'agregats? d[’\']enrobes',
      'fraisats?\\b',
      'materiaux issus du (?:recyclage|reemploi)',
      'issus? (?:du|de) recyclage',
      'matieres? premieres? (?:secondaires|recyclees)',
      'laitiers? de haut fourneau',
      'FSC(?:®|™)?(?: (?:certifi|label|chaine de controle|mix\\b|recycle|100 ?%|ou (?:PEFC|equivalent)|et PEFC)| ?/ ?PEFC)',
      'PEFC\\b',
      '(?:certifie\\w*|bois|papier) FSC\\b',
      // not "bois durable": in French it is also a durability class of wood species
      'bois (?:d[’\']origine )?(?:legale?|certifie\\w*|issu de forets? gerees? durablement)',
      'gestion durable des forets',
      'forets? gerees? durablement',
      'RBUE\\b',
      'reglement (?:europeen )?(?:sur le bois|bois)\\b',
      'deforestation importee',
      'zero deforestation',
      'coton (?:biologique|bio)\\b',
    ],
    de: [
      // Recyclingpapier, Recyclinganteil, Recyclingbeton, Recycling-Kunststoff
      'recycling ?(?:papier|material|anteil|beton|kunststoff|faser|asphalt|baustoff|gesteinskornung|polyester|holz)\\w*',
      'recycelt\\w* (?:Material|Kunststoff|Faser|Polyester|Baustoff|Rohstoff|Papier|Holz|Stahl|Aluminium|Glas)\\w*',
      '(?:rezyklat|recyclat)\\w*',
      // "aus 100 % Altpapier", Altpapieranteil; not "Entsorgung von Altpapier"
      '\\d+ ?% Altpapier',
      'aus (?:\\d+ ?% )?Altpapier',
      'Altpapier ?(?:anteil|basis)\\w*',
      'RC ?(?:Beton|Baustoff|Material|Asphalt|Gesteinskornung|Kunststoff)\\w*',
      'asphaltgranulat\\w*',
      'sekundarrohstoff\\w*',
      'Sekundar ?(?:baustoff|gesteinskornung)\\w*',
      'Huttensand\\w*',
      'FSC(?:®|™)?(?: (?:zertifi|oder PEFC|und PEFC|Mix\\b|Recycled|100 ?%|oder gleichwertig)| ?/ ?PEFC)',
      'PEFC\\b',
      'nachhaltige?r? Forstwirtschaft',
      'legal\\w* (?:geschlagen|erzeugt|eingeschlagen)\\w* Holz\\w*',
      'Holzhandels ?sicherungsgesetz\\w*',
      'EUTR\\b',
      'EUDR\\b',
      'entwaldungsfrei\\w*',
      'bio ?baumwolle\\w*',
    ],
    es: [
      '(?:materiales?|papel(?:es)?|fibras?|plasticos?|aridos?|aglomerados?|mezclas? bituminosas?|asfaltos?|hormigon(?:es)?|aceros?|algodon|poliester|maderas?|vidrios?|caucho) (?:\\d+ ?% )?reciclad(?:o|a|os|as)\\b',
      'contenido (?:en |de )?(?:material )?reciclado',
      '\\d+ ?% (?:de )?(?:material |fibras? |contenido )?reciclad(?:o|a|os|as)\\b',
      'material (?:bituminoso )?fresado',
      'fresado (?:de )?(?:mezclas? bituminosas|asfalto|firmes?)',
      'materias? primas? secundarias',
      'procedentes? del reciclaje',
      'escorias? de alto horno',
      'FSC(?:®|™)?(?: (?:certifica|label|cadena de custodia|mix\\b|reciclado|100 ?%|o (?:PEFC|equivalente)|y PEFC)| ?/ ?PEFC)',
      'PEFC\\b',
      '(?:certificad\\w*|madera|papel) FSC\\b',
      'madera (?:de origen )?(?:legal|sostenible|certificada)',
      'gestion forestal sostenible',
      'bosques gestionados (?:de forma )?sosteniblemente',
      'EUTR\\b',
      'EUDR\\b',
      'libres? de deforestacion',
      'algodon (?:organico|ecologico)',
    ],
  },
  fields: [
    // Circular economy covers durability and take-back as much as recycled content: it points this way only.
    { bt: 'BT-774', values: ['circ-econ'], effect: 'weak', label: 'Transition to a circular economy declared (BT-774)' },
    { bt: 'OCDS-goal', values: ['environmental.circularEconomy', 'environmental.recycling'], effect: 'weak', label: 'Circular economy or recycling declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'EU GPP criteria for copying and graphic paper (2008), recycled fibres',
    'EU GPP criteria for furniture (2017), sustainable and legal timber, recycled content',
    'EU GPP criteria for office building design, construction and management (2016), recycled and secondary materials',
    'EU GPP criteria for road design, construction and maintenance (2016), reclaimed asphalt and secondary aggregates',
    'EU GPP criteria for textile products and services (2017), recycled and organic fibres',
    'Regulation (EU) No 995/2010 (EU Timber Regulation) and Regulation (EU) 2023/1115 (deforestation-free products)',
    'ISO 14021 (self-declared recycled content) and EN 15343 (traceability of recycled plastics)',
  ],
} satisfies CriterionInput;

// No selection clause: recycled content and legal timber are properties of what is delivered, proven per product
// (chain of custody, test or production records), not a capacity of the tenderer.
export const clauses: ModelClause[] = [
  {
    id: 'env-recycled-materials.specification.en',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'en',
    groups: ['paper-printing'],
    title: 'Recycled paper',
    text:
      'Copy and printing paper shall be made from at least [100] % recovered paper fibres (post-consumer and pre-consumer recovered paper, excluding mill broke). ' +
      'Means of proof: the EU Ecolabel, the Blue Angel or another Type I label certifying the recycled fibre content, or a declaration of the paper mill with the fibre composition and its verification by an independent body.',
    source: 'EU GPP criteria for copying and graphic paper (2008), recycled fibres; ISO 14021',
  },
  {
    id: 'env-recycled-materials.specification.en.2',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'en',
    groups: ['furniture', 'buildings', 'paper-printing'],
    title: 'Legal and sustainable timber',
    text:
      'All timber and wood-based materials used in the [furniture / works] shall come from legal sources as defined in Regulation (EU) 2023/1115, and at least [70] % of them from sustainably managed forests. ' +
      'Means of proof: FSC or PEFC chain-of-custody certificates covering the products supplied, or equivalent evidence tracing the timber to its forest of origin and showing that it was harvested legally and from a forest managed sustainably.',
    source: 'EU GPP criteria for furniture (2017), sustainable and legal timber; Regulation (EU) 2023/1115',
  },
  {
    id: 'env-recycled-materials.award.en',
    criterion: 'env-recycled-materials',
    stage: 'award',
    lang: 'en',
    groups: ['buildings', 'roads'],
    title: 'Points for recycled and secondary materials in works',
    text:
      'Up to [number] points out of [total] are awarded in proportion to the share (by mass) of recycled, reclaimed or secondary materials the tenderer commits to use in [the unbound and bound layers of the road / the concrete and aggregates of the building]: reclaimed asphalt, recycled and secondary aggregates, and cement replacements such as ground granulated blast furnace slag. ' +
      'The committed share becomes a contract condition and is checked against delivery notes and the materials balance at handover.',
    source: 'EU GPP criteria for road design, construction and maintenance (2016) and office buildings (2016), award criteria on recycled content',
  },
  {
    id: 'env-recycled-materials.performance.en',
    criterion: 'env-recycled-materials',
    stage: 'performance',
    lang: 'en',
    title: 'Records of recycled content and timber origin',
    text:
      'During the contract, the contractor shall keep for each delivery the documents showing the recycled content and the origin of the timber (delivery notes, chain-of-custody certificate numbers, mill declarations) and send a summary to the buyer every [number] months. ' +
      'Where the recycled content committed in the tender is not reached, the contractor shall make up the shortfall in the next deliveries or pay [a penalty of (amount) per tonne / per cent point].',
    source: 'Directive 2014/24/EU art. 70 (conditions for performance of contracts); EU GPP criteria for furniture (2017) and roads (2016)',
  },
  {
    id: 'env-recycled-materials.specification.fr',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'fr',
    groups: ['paper-printing'],
    title: 'Papier recyclé',
    text:
      'Le papier de reprographie et d’impression est fabriqué à partir d’au moins [100] % de fibres recyclées (papiers récupérés après et avant consommation, hors cassés de fabrication). ' +
      'Moyens de preuve : l’Écolabel européen, l’Ange bleu ou un autre label de type I attestant le taux de fibres recyclées, ou une déclaration du fabricant indiquant la composition fibreuse, vérifiée par un organisme indépendant.',
    source: 'Critères GPP de l’UE pour le papier à copier et le papier graphique (2008) ; Code de la commande publique art. R2111-12',
  },
  {
    id: 'env-recycled-materials.specification.de',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'de',
    groups: ['furniture', 'buildings', 'paper-printing'],
    title: 'Holz aus legalen und nachhaltig bewirtschafteten Quellen',
    text:
      'Alle in den [Möbeln / Bauleistungen] verwendeten Hölzer und Holzwerkstoffe stammen aus legalen Quellen im Sinne der Verordnung (EU) 2023/1115 und zu mindestens [70] % aus nachhaltiger Forstwirtschaft. ' +
      'Nachweis: FSC- oder PEFC-Produktkettenzertifikate für die gelieferten Produkte oder gleichwertige Nachweise, die das Holz bis zum Herkunftsforst zurückverfolgen.',
    source: 'EU-GPP-Kriterien für Möbel (2017); Verordnung (EU) 2023/1115; Gemeinsamer Erlass zur Beschaffung von Holzprodukten (Bund)',
  },
  {
    id: 'env-recycled-materials.award.es',
    criterion: 'env-recycled-materials',
    stage: 'award',
    lang: 'es',
    groups: ['buildings', 'roads'],
    title: 'Criterio de adjudicación: material reciclado en firmes',
    text:
      'Se otorgarán hasta [número] puntos en proporción al porcentaje en masa de material bituminoso fresado, áridos reciclados y otros materiales secundarios que el licitador se comprometa a emplear en las capas de [base / intermedia] del firme. ' +
      'El porcentaje ofertado será condición del contrato y se comprobará con los albaranes y el balance de materiales a la recepción.',
    source: 'Criterios CPE de la UE para diseño, construcción y mantenimiento de carreteras (2016); Directiva 2014/24/UE art. 67',
  },
  {
    id: 'env-recycled-materials.specification.fr.2',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'fr',
    groups: ['furniture', 'buildings', 'paper-printing'],
    title: 'Bois légal et issu de forêts gérées durablement',
    text:
      'Les bois et matériaux à base de bois utilisés pour [le mobilier / les travaux] proviennent de sources légales au sens du règlement (UE) 2023/1115 et, pour au moins [70] % d’entre eux, de forêts gérées durablement. ' +
      'Moyens de preuve : certificats de chaîne de contrôle FSC ou PEFC couvrant les produits livrés, ou toute preuve équivalente permettant de retracer le bois jusqu’à sa forêt d’origine et d’établir qu’il a été récolté légalement dans une forêt gérée durablement.',
    source: 'Critères GPP de l’UE pour le mobilier (2017), bois légal et durable ; règlement (UE) 2023/1115 ; Code de la commande publique art. R2111-12 à R2111-17',
  },
  {
    id: 'env-recycled-materials.award.fr',
    criterion: 'env-recycled-materials',
    stage: 'award',
    lang: 'fr',
    groups: ['buildings', 'roads'],
    title: 'Critère d’attribution : matériaux recyclés et de réemploi',
    text:
      'Jusqu’à [nombre] points sur [total] sont attribués au prorata de la part, en masse, de matériaux recyclés, de réemploi ou secondaires que le soumissionnaire s’engage à mettre en œuvre dans [les couches liées et non liées de la chaussée / les bétons et granulats du bâtiment] : agrégats d’enrobés, granulats recyclés ou secondaires, et substituts du ciment tels que le laitier granulé de haut fourneau moulu. ' +
      'Le taux proposé devient une condition d’exécution du marché ; il est contrôlé au vu des bons de livraison et du bilan matières établi à la réception.',
    source: 'Critères GPP de l’UE pour les routes (2016) et les immeubles de bureaux (2016), critères d’attribution ; Code de la commande publique art. R2152-7 ; loi n° 2020-105 (AGEC) art. 58',
  },
  {
    id: 'env-recycled-materials.performance.fr',
    criterion: 'env-recycled-materials',
    stage: 'performance',
    lang: 'fr',
    title: 'Traçabilité du contenu recyclé et de l’origine du bois',
    text:
      'Pendant l’exécution du marché, le titulaire conserve pour chaque livraison les justificatifs du contenu recyclé et de l’origine du bois (bons de livraison, numéros de certificats de chaîne de contrôle, déclarations du fabricant) et en adresse une synthèse à l’acheteur tous les [nombre] mois. ' +
      'Si le taux de contenu recyclé prévu à son offre n’est pas atteint, le titulaire compense l’écart lors des livraisons suivantes ou, à défaut, se voit appliquer [une pénalité de (montant) par tonne / par point de pourcentage manquant] prévue au CCAP.',
    source: 'Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70 ; critères GPP de l’UE pour le mobilier (2017) et les routes (2016)',
  },
  {
    id: 'env-recycled-materials.specification.de.2',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'de',
    groups: ['paper-printing'],
    title: 'Recyclingpapier',
    text:
      'Kopier- und Druckpapier besteht zu mindestens [100] % aus Altpapierfasern (Altpapier aus dem Post- und Pre-Consumer-Bereich, ohne Fabrikationsausschuss). ' +
      'Nachweis: Blauer Engel, EU-Umweltzeichen oder ein anderes Umweltzeichen des Typs I, das den Altpapieranteil bestätigt, oder eine Erklärung der Papierfabrik zur Faserzusammensetzung, die von einer unabhängigen Stelle bestätigt ist.',
    source: 'EU-GPP-Kriterien für Kopier- und Grafikpapier (2008); § 34 VgV; § 45 KrWG',
  },
  {
    id: 'env-recycled-materials.award.de',
    criterion: 'env-recycled-materials',
    stage: 'award',
    lang: 'de',
    groups: ['buildings', 'roads'],
    title: 'Zuschlagskriterium Recyclingbaustoffe',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden im Verhältnis zum Massenanteil an Recycling-, Rückbau- und Sekundärbaustoffen vergeben, den der Bieter in [den gebundenen und ungebundenen Schichten des Oberbaus / Beton und Gesteinskörnungen des Gebäudes] verbindlich einzusetzen zusagt: Ausbauasphalt, rezyklierte und industriell hergestellte Gesteinskörnungen sowie Zementersatzstoffe wie Hüttensand. ' +
      'Der zugesagte Anteil wird Vertragsbestandteil und bei der Abnahme anhand der Lieferscheine und der Massenbilanz geprüft.',
    source: 'EU-GPP-Kriterien für Straßenbau (2016) und Bürogebäude (2016), Zuschlagskriterien zum Recyclinganteil; § 127 GWB; § 45 KrWG',
  },
  {
    id: 'env-recycled-materials.performance.de',
    criterion: 'env-recycled-materials',
    stage: 'performance',
    lang: 'de',
    title: 'Nachweisführung zu Recyclinganteil und Holzherkunft',
    text:
      'Während der Vertragslaufzeit bewahrt der Auftragnehmer für jede Lieferung die Belege über den Recyclinganteil und die Herkunft des Holzes auf (Lieferscheine, Nummern der Produktkettenzertifikate, Herstellererklärungen) und übermittelt dem Auftraggeber alle [Zahl] Monate eine Zusammenfassung. ' +
      'Wird der im Angebot zugesagte Recyclinganteil unterschritten, gleicht der Auftragnehmer die Fehlmenge mit den nächsten Lieferungen aus; andernfalls wird [eine Vertragsstrafe von (Betrag) je Tonne / je Prozentpunkt] fällig.',
    source: '§ 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70; EU-GPP-Kriterien für Möbel (2017) und Straßenbau (2016)',
  },
  {
    id: 'env-recycled-materials.specification.es',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'es',
    groups: ['paper-printing'],
    title: 'Papel reciclado',
    text:
      'El papel para copias e impresión estará fabricado con al menos un [100] % de fibras recuperadas (papel recuperado posconsumo y preconsumo, excluidos los recortes y desechos de la propia fábrica). ' +
      'Medios de prueba: la etiqueta ecológica de la UE, el Ángel Azul u otra ecoetiqueta de tipo I que certifique el contenido de fibra reciclada, o una declaración del fabricante con la composición fibrosa verificada por un organismo independiente.',
    source: 'Criterios CPE de la UE para papel de copia y papel gráfico (2008); Ley 9/2017 (LCSP) art. 127',
  },
  {
    id: 'env-recycled-materials.specification.es.2',
    criterion: 'env-recycled-materials',
    stage: 'specification',
    lang: 'es',
    groups: ['furniture', 'buildings', 'paper-printing'],
    title: 'Madera legal y procedente de gestión forestal sostenible',
    text:
      'Toda la madera y los materiales derivados de la madera empleados en [el mobiliario / la obra] procederán de fuentes legales conforme al Reglamento (UE) 2023/1115, y al menos el [70] % de bosques gestionados de forma sostenible. ' +
      'Medios de prueba: certificados de cadena de custodia FSC o PEFC que cubran los productos suministrados, u otros medios equivalentes que permitan rastrear la madera hasta el bosque de origen y demuestren que se aprovechó legalmente y de un bosque gestionado de forma sostenible.',
    source: 'Criterios CPE de la UE para mobiliario (2017), madera legal y sostenible; Reglamento (UE) 2023/1115; Ley 9/2017 (LCSP) arts. 126 y 127',
  },
  {
    id: 'env-recycled-materials.performance.es',
    criterion: 'env-recycled-materials',
    stage: 'performance',
    lang: 'es',
    title: 'Justificación del contenido reciclado y del origen de la madera',
    text:
      'Durante la ejecución, el contratista conservará para cada entrega los documentos que acrediten el contenido reciclado y el origen de la madera (albaranes, números de certificado de cadena de custodia, declaraciones del fabricante) y remitirá un resumen al responsable del contrato cada [número] meses. ' +
      'Si no se alcanza el porcentaje de material reciclado ofertado, el contratista compensará la diferencia en las entregas siguientes o, en su defecto, se le impondrá [una penalidad de (importe) por tonelada / por punto porcentual]. Esta obligación tiene el carácter de condición especial de ejecución (arts. 192 y 202 LCSP).',
    source: 'Ley 9/2017 (LCSP) arts. 192 y 202; Directiva 2014/24/UE art. 70; criterios CPE de la UE para mobiliario (2017) y carreteras (2016)',
  },
];
