import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'eco-life-cycle-cost',
  pillar: 'economic',
  name: {
    en: 'Life-cycle costing',
    fr: 'Coût du cycle de vie',
    de: 'Lebenszykluskosten',
    es: 'Coste del ciclo de vida',
  },
  why: {
    en: 'For equipment, vehicles, lighting and buildings the energy, maintenance and disposal costs often outweigh the purchase price; comparing only prices rewards the dearest option over its life.',
    fr: 'Pour les équipements, véhicules, éclairages et bâtiments, l’énergie, la maintenance et la fin de vie coûtent souvent plus que l’achat ; comparer les seuls prix favorise l’option la plus chère sur la durée.',
    de: 'Bei Geräten, Fahrzeugen, Beleuchtung und Gebäuden kosten Energie, Wartung und Entsorgung oft mehr als die Anschaffung; wer nur Preise vergleicht, wählt über die Lebensdauer die teurere Lösung.',
    es: 'En equipos, vehículos, alumbrado y edificios, la energía, el mantenimiento y el fin de vida suelen costar más que la compra; comparar solo precios favorece la opción más cara a lo largo de su vida útil.',
  },
  appliesTo: {
    groups: ['ict-devices', 'imaging', 'data-centres-cloud', 'vehicles-transport', 'lighting-signals', 'buildings', 'electricity-energy', 'iot-smart-infrastructure'],
  },
  patterns: {
    en: [
      // "life-cycle cost", "lifecycle costs", "life cycle costing"
      'life(?:cycle| cycle) cost',
      'LCC\\b',
      'total cost of ownership',
      // not "TCO Certified", the ecolabel
      'TCO\\b(?![\\s-]*(?:certified|development|label))',
      'whole(?: of)? life cost',
      'costs? in use\\b',
      '(?:cost|costs|price) over the (?:whole |full |entire |expected )?(?:lifetime|life time|service life|lifespan|life cycle|lifecycle|life of the)',
      '(?:energy|running|operating|operational|maintenance|fuel|electricity|disposal|end of life) costs?\\b[^.;]{0,80}\\b(?:evaluat\\w*|assess\\w*|taken into account|included in the (?:evaluation|comparison|cost)|calculat\\w*|scored)',
      '(?:evaluat\\w*|assess\\w*|calculat\\w*|compar\\w*)[^.;]{0,60}\\b(?:energy|running|operating|maintenance|fuel|electricity|disposal) costs?\\b',
      'external (?:environmental )?costs?',
      'cost of (?:CO2|CO₂|carbon|greenhouse gas|GHG) emissions',
      '(?:shadow|social) (?:price|cost) of carbon',
      'cost effectiveness approach',
    ],
    fr: [
      // "coût du cycle de vie", "coûts sur l'ensemble du cycle de vie", "coût de cycle de vie"
      'couts?[^.;]{0,25}cycle de vie',
      'cout global (?:de possession|d[’\']utilisation|actualise|sur la duree)',
      'approche (?:en )?cout global',
      'cout total de (?:possession|detention|propriete)',
      'LCC\\b',
      'TCO\\b(?![\\s-]*(?:certified|development|label))',
      'couts? d[’\'](?:utilisation|exploitation|energie|entretien|maintenance|fonctionnement)[^.;]{0,80}(?:evalu|pris en compte|integre|calcul|note)',
      '(?:evalu|calcul|prise en compte|compar)\\w*[^.;]{0,60}couts? d[’\'](?:utilisation|exploitation|energie|entretien|maintenance|fonctionnement)',
      'externalites environnementales',
      'couts? (?:externes?|environnementaux) (?:lies|imputes)',
      'R\\.? ?2152 (?:9|10)\\b',
    ],
    de: [
      // "Lebenszykluskosten", "Lebenszykluskostenrechnung", "Lebenszyklus-Kosten"
      'Lebenszyklus ?kosten\\w*',
      'Gesamtbetriebskosten',
      'Total Cost of Ownership',
      'TCO\\b(?![\\s-]*(?:certified|development|label))',
      'LCC\\b',
      'Gesamtkosten\\w*[^.;]{0,30}\\b(?:Lebensdauer|Nutzungsdauer|Lebenszyklus|Lebenszeit)',
      '(?:Energie|Betriebs|Wartungs|Unterhalts|Instandhaltungs|Folge|Entsorgungs|Verbrauchs)kosten[^.;]{0,80}\\b(?:berucksichtigt|bewertet|einbezogen|berechnet|gewertet|Wertung|Bewertung)',
      '(?:Bewertung|Berechnung|Berucksichtigung|Einbeziehung|Wertung)[^.;]{0,60}\\b(?:Energie|Betriebs|Wartungs|Unterhalts|Folge|Entsorgungs)kosten',
      'externe\\w* (?:Umwelt)?kosten',
      'Kosten (?:der|fur) (?:CO2|Treibhausgas)\\w*',
      'CO2 ?Schattenpreis\\w*',
      // VgV § 59 (Berechnung von Lebenszykluskosten)
      '59 (?:Abs\\.? ?\\d )?VgV',
    ],
    es: [
      // "coste del ciclo de vida", "costes de ciclo de vida", "costo del ciclo de vida" (Latin America)
      'cost(?:e|o)s? (?:del|de|en el) ciclo de vida',
      'cost(?:e|o) total de (?:propiedad|posesi[oó]n)',
      'Total Cost of Ownership',
      'TCO\\b(?![\\s-]*(?:certified|development|label))',
      'LCC\\b',
      'cost(?:e|o)s? (?:de|del) (?:uso|explotaci[oó]n|funcionamiento|mantenimiento|energ[ií]a|consumo energ[ée]tico)[^.;]{0,80}\\b(?:valora\\w*|evalua\\w*|tendr[aá]n en cuenta|tendr[aá] en cuenta|computa\\w*|calcula\\w*|incluid\\w*)',
      '(?:valoraci[oó]n|evaluaci[oó]n|c[aá]lculo|se (?:valorar[aá]|tendr[aá] en cuenta))[^.;]{0,60}\\bcost(?:e|o)s? (?:de|del) (?:uso|explotaci[oó]n|funcionamiento|mantenimiento|energ[ií]a|consumo)',
      'cost(?:e|o)s? (?:externos?|medioambientales) (?:atribuidos|imputados|vinculados|asociados)',
      'cost(?:e|o) de las emisiones',
      // LCSP art. 148 (cálculo del coste del ciclo de vida)
      '(?:art[ií]culo|art\\.) 148\\b[^.;]{0,20}(?:LCSP|Ley 9/2017)',
    ],
  },
  fields: [
    // Weak, not present: in eForms BT-539 "cost" is meant for cost-effectiveness such as life-cycle cost, but the
    // real-based SDK examples use it for price: cn_25, cn_81 and cn_24_nego_accel say only "Price is not the only
    // award criterion…" under it. A cost criterion is shown as a lead, and the text decides.
    { bt: 'BT-539', values: ['cost'], effect: 'weak', label: 'Award criterion of type cost (BT-539)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 67(2) and art. 68 (life-cycle costing)',
    'Directive (EU) 2019/1161 (Clean Vehicles), operational lifetime costs',
    'European Commission life-cycle costing tools for green public procurement',
    'ISO 15686-5 (buildings and constructed assets, life-cycle costing)',
    'Code de la commande publique art. R2152-9 and R2152-10 (France)',
    'Vergabeverordnung (VgV) § 59 (Germany)',
    'Ley 9/2017 de Contratos del Sector Público art. 148 (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'eco-life-cycle-cost.specification.en',
    criterion: 'eco-life-cycle-cost',
    stage: 'specification',
    lang: 'en',
    title: 'Data needed for the life-cycle cost',
    text:
      'Tenderers shall complete the life-cycle cost data sheet in annex [X] for every item offered: energy consumption under the stated use profile ([number] hours a day, [number] days a year), maintenance intervals and their prices, consumables and spare parts, expected service life, and take-back or disposal cost. ' +
      'The values declared become contractual and are checked during the contract.',
    source: 'Directive 2014/24/EU art. 68(2) (data to be provided by tenderers)',
  },
  {
    id: 'eco-life-cycle-cost.award.en',
    criterion: 'eco-life-cycle-cost',
    stage: 'award',
    lang: 'en',
    title: 'Award on lowest life-cycle cost',
    text:
      'The cost criterion ([number] % of the score) is the life-cycle cost over [number] years, calculated with the model in annex [X] in accordance with art. 68 of Directive 2014/24/EU: purchase price, plus energy cost (declared consumption in kWh per year × [price] per kWh), plus maintenance, consumables and spare parts, plus end-of-life cost, less any guaranteed buy-back value' +
      ' [, plus the cost of CO2 emissions valued at [price] per tonne]. Future costs are discounted at [number] % a year. The tender with the lowest life-cycle cost receives the maximum score; the others score in proportion.',
    source: 'Directive 2014/24/EU art. 67(2) and art. 68',
  },
  {
    id: 'eco-life-cycle-cost.performance.en',
    criterion: 'eco-life-cycle-cost',
    stage: 'performance',
    lang: 'en',
    title: 'Declared energy use guaranteed',
    text:
      'If the energy consumption measured during the first [number] months of operation exceeds the value declared for the life-cycle cost evaluation by more than [number] %, the contractor shall pay the buyer the resulting extra energy cost over the remaining term of the contract, calculated with the model used for the award, or replace the equipment at its own cost.',
    source: 'Directive 2014/24/EU art. 68 and art. 70',
  },
  {
    id: 'eco-life-cycle-cost.specification.fr',
    criterion: 'eco-life-cycle-cost',
    stage: 'specification',
    lang: 'fr',
    title: 'Données nécessaires au calcul du coût du cycle de vie',
    text:
      'Le soumissionnaire complète, pour chaque article proposé, la fiche de données du coût du cycle de vie jointe en annexe [X] : consommation d’énergie selon le profil d’usage indiqué ([nombre] heures par jour, [nombre] jours par an), fréquence et prix de la maintenance, consommables et pièces détachées, durée de vie prévue, coût de reprise ou d’élimination. ' +
      'Les valeurs déclarées ont valeur contractuelle et sont vérifiées en cours d’exécution.',
    source: 'Directive 2014/24/UE art. 68(2) ; Code de la commande publique art. R2152-10',
  },
  {
    id: 'eco-life-cycle-cost.award.fr',
    criterion: 'eco-life-cycle-cost',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : coût du cycle de vie',
    text:
      'Critère d’attribution « coût » ([nombre] % de la note) : coût du cycle de vie sur [nombre] ans, calculé selon le modèle joint en annexe [X] conformément à l’article R2152-10 du Code de la commande publique : prix d’achat, plus coût de l’énergie (consommation déclarée en kWh par an × [prix] par kWh), plus maintenance, consommables et pièces détachées, plus coût de fin de vie, moins la valeur de reprise garantie' +
      ' [, plus le coût des émissions de CO2 valorisées à [prix] par tonne]. Les coûts futurs sont actualisés au taux de [nombre] % par an. L’offre présentant le coût du cycle de vie le plus bas obtient la note maximale ; les autres sont notées au prorata.',
    source: 'Directive 2014/24/UE art. 67(2) et 68 ; Code de la commande publique art. R2152-9 et R2152-10',
  },
  {
    id: 'eco-life-cycle-cost.performance.fr',
    criterion: 'eco-life-cycle-cost',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : garantie de consommation',
    text:
      'Si la consommation d’énergie mesurée pendant les [nombre] premiers mois d’exploitation dépasse de plus de [nombre] % la valeur déclarée pour le calcul du coût du cycle de vie, le titulaire rembourse à l’acheteur le surcoût d’énergie correspondant sur la durée restante du marché, calculé avec le modèle utilisé pour l’attribution, ou remplace les équipements à ses frais.',
    source: 'Directive 2014/24/UE art. 68 et 70',
  },
  {
    id: 'eco-life-cycle-cost.award.de',
    criterion: 'eco-life-cycle-cost',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlag nach den niedrigsten Lebenszykluskosten',
    text:
      'Das Kostenkriterium ([Zahl] % der Wertung) sind die Lebenszykluskosten über [Zahl] Jahre, berechnet nach dem Modell in Anlage [X] gemäß § 59 VgV: Anschaffungspreis, zuzüglich Energiekosten (angegebener Verbrauch in kWh pro Jahr × [Preis] pro kWh), Wartung, Verbrauchsmaterial und Ersatzteile sowie Entsorgungskosten, abzüglich eines garantierten Rückkaufwerts' +
      ' [, zuzüglich der Kosten der CO2-Emissionen zu [Preis] pro Tonne]. Künftige Kosten werden mit [Zahl] % pro Jahr abgezinst. Das Angebot mit den niedrigsten Lebenszykluskosten erhält die volle Punktzahl, die übrigen anteilig.',
    source: 'Richtlinie 2014/24/EU Art. 67 Abs. 2 und Art. 68; VgV § 59',
  },
  {
    id: 'eco-life-cycle-cost.award.es',
    criterion: 'eco-life-cycle-cost',
    stage: 'award',
    lang: 'es',
    title: 'Adjudicación por el menor coste del ciclo de vida',
    text:
      'El criterio de coste ([número] % de la puntuación) es el coste del ciclo de vida a [número] años, calculado con el modelo del anexo [X] conforme al artículo 148 de la Ley 9/2017: precio de adquisición, más coste de la energía (consumo declarado en kWh al año × [precio] por kWh), más mantenimiento, consumibles y repuestos, más coste de fin de vida, menos el valor de recompra garantizado' +
      ' [, más el coste de las emisiones de CO2 valoradas a [precio] por tonelada]. Los costes futuros se actualizan al [número] % anual. La oferta con el menor coste del ciclo de vida obtiene la puntuación máxima y las demás, la proporcional.',
    source: 'Directiva 2014/24/UE arts. 67.2 y 68; Ley 9/2017 de Contratos del Sector Público art. 148',
  },
  {
    id: 'eco-life-cycle-cost.specification.de',
    criterion: 'eco-life-cycle-cost',
    stage: 'specification',
    lang: 'de',
    title: 'Angaben für die Berechnung der Lebenszykluskosten',
    text:
      'Die Bieter füllen für jeden angebotenen Artikel das Datenblatt zu den Lebenszykluskosten in Anlage [X] aus: Energieverbrauch im vorgegebenen Nutzungsprofil ([Zahl] Stunden pro Tag, [Zahl] Tage pro Jahr), Wartungsintervalle und deren Preise, Verbrauchsmaterial und Ersatzteile, erwartete Nutzungsdauer sowie Kosten der Rücknahme oder Entsorgung. ' +
      'Die angegebenen Werte werden Vertragsbestandteil und während der Vertragslaufzeit überprüft.',
    source: 'Richtlinie 2014/24/EU Art. 68 Abs. 2 (von den Bietern bereitzustellende Daten); VgV § 59',
  },
  {
    id: 'eco-life-cycle-cost.specification.es',
    criterion: 'eco-life-cycle-cost',
    stage: 'specification',
    lang: 'es',
    title: 'Datos para el cálculo del coste del ciclo de vida',
    text:
      'Los licitadores cumplimentarán, para cada artículo ofertado, la ficha de datos del coste del ciclo de vida del anexo [X]: consumo de energía con el perfil de uso indicado ([número] horas al día, [número] días al año), periodicidad y precio del mantenimiento, consumibles y piezas de repuesto, vida útil prevista y coste de recogida o eliminación. ' +
      'Los valores declarados tendrán carácter contractual y se comprobarán durante la ejecución.',
    source: 'Directiva 2014/24/UE art. 68.2; Ley 9/2017 de Contratos del Sector Público art. 148',
  },
  {
    id: 'eco-life-cycle-cost.performance.de',
    criterion: 'eco-life-cycle-cost',
    stage: 'performance',
    lang: 'de',
    title: 'Garantie des angegebenen Energieverbrauchs',
    text:
      'Übersteigt der in den ersten [Zahl] Betriebsmonaten gemessene Energieverbrauch den für die Wertung der Lebenszykluskosten angegebenen Wert um mehr als [Zahl] %, erstattet der Auftragnehmer dem Auftraggeber die daraus entstehenden Energiemehrkosten für die Restlaufzeit des Vertrags, berechnet nach dem bei der Zuschlagserteilung verwendeten Modell, oder tauscht die Geräte auf eigene Kosten aus.',
    source: 'Richtlinie 2014/24/EU Art. 68 und 70; VgV § 59; GWB § 128 Abs. 2',
  },
  {
    id: 'eco-life-cycle-cost.performance.es',
    criterion: 'eco-life-cycle-cost',
    stage: 'performance',
    lang: 'es',
    title: 'Garantía del consumo de energía declarado',
    text:
      'Si el consumo de energía medido durante los [número] primeros meses de funcionamiento supera en más de un [número] % el valor declarado para el cálculo del coste del ciclo de vida, el contratista abonará al órgano de contratación el sobrecoste de energía resultante durante el resto de la vigencia del contrato, calculado con el modelo utilizado en la adjudicación, o sustituirá los equipos a su cargo.',
    source: 'Directiva 2014/24/UE arts. 68 y 70; Ley 9/2017 de Contratos del Sector Público arts. 148 y 202',
  },
];
