import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-sustainable-food',
  pillar: 'environment',
  name: {
    en: 'Sustainable food and menus',
    fr: 'Alimentation et menus durables',
    de: 'Nachhaltige Lebensmittel und Speisepläne',
    es: 'Alimentación y menús sostenibles',
  },
  why: {
    en: 'Food is a large share of a public buyer’s environmental footprint: organic and seasonal produce, more plant-based meals, higher animal welfare, sustainable fish and fair trade cut emissions and pesticide use and support fair supply chains.',
    fr: 'L’alimentation pèse lourd dans l’empreinte environnementale d’un acheteur public : produits bio et de saison, davantage de repas végétariens, bien-être animal, pêche durable et commerce équitable réduisent émissions et pesticides et soutiennent des filières justes.',
    de: 'Lebensmittel machen einen großen Teil des ökologischen Fußabdrucks öffentlicher Auftraggeber aus: Bio- und Saisonware, mehr pflanzliche Gerichte, mehr Tierwohl, nachhaltiger Fisch und fairer Handel senken Emissionen und Pestizideinsatz und stärken faire Lieferketten.',
    es: 'La alimentación pesa mucho en la huella ambiental de un comprador público: productos ecológicos y de temporada, más platos vegetales, bienestar animal, pesca sostenible y comercio justo reducen emisiones y plaguicidas y apoyan cadenas de suministro justas.',
  },
  appliesTo: {
    groups: ['food-catering'],
  },
  patterns: {
    en: [
      // organic food; not "organic waste", "volatile organic compounds" or "organic growth"
      'organic (?:food|produce|products? (?:from|certified)|ingredients|milk|dairy|meat|poultry|fruits?|vegetables|eggs|bread|cereals|flour|pasta|rice|coffee|tea|juices?|farming|agriculture|production|certified|certification|standards?|share|items|catering)',
      'organically (?:grown|produced|farmed|reared)',
      'certified organic',
      '(?:EU )?organic (?:label|logo)',
      '2018/848\\b',
      '834/2007\\b',
      'soil association',
      'food for life',
      'seasonal (?:produce|fruits?|vegetables|food|products|menus?|ingredients)',
      'fruit and vegetables in season',
      'vegetarian (?:options?|menus?|meals?|dishes|days?|alternatives?|choices?|mains?|main courses?)',
      'vegan\\w*',
      // plant-based food, not "plant-based hydraulic oil" for machinery
      'plant based (?:menus?|meals?|dishes|options?|food|diets?|proteins?|alternatives?|days?|choices?|mains?|main courses?|milks?|drinks|products|ingredients)',
      'meat free',
      'meatless',
      'flexitarian',
      'plant (?:proteins?|based proteins?)',
      // the welfare of farmed animals for food; not "the welfare of the dogs must meet ... the Animal Welfare Act 2006"
      // (eforms cn_81.xml, military working dogs)
      'animal welfare[^.;]{0,40}(?:meat|poultry|eggs|dairy|milk|pork|chicken|beef|livestock|farm\\w*|food|produce)',
      '(?:meat|poultry|eggs|dairy|milk|pork|chicken|beef|livestock|farmed|food|produce)[^.;]{0,40}animal welfare',
      'free range',
      'outdoor (?:reared|bred|raised)',
      'higher welfare',
      'cage free',
      'RSPCA Assured',
      '(?:better|european) chicken commitment',
      // MSC/ASC only with a label word: "MSc" is a degree
      '(?:MSC|ASC)(?:®|™)? (?:certifi\\w*|label\\w*|ecolabel|chain of custody|standard|or equivalent|fish|seafood)',
      'marine stewardship council',
      'aquaculture stewardship council',
      'sustainabl\\w* (?:sourced |caught |farmed |managed )?(?:fish|seafood|fisheries|palm oil|soy|soya|cocoa|coffee)',
      'fish to avoid',
      'good fish guide',
      // not the "Fair Trade Commission" or "Office of Fair Trading"
      'fair ?trade\\b(?! commission)',
      'rainforest alliance',
      'RSPO\\b',
      'deforestation free',
      'government buying standards? (?:for )?food',
      'GBSF\\b',
      'LEAF marque',
    ],
    fr: [
      'agriculture biologique',
      '(?:denrees|aliments|repas|ingredients|fruits|legumes|viandes?|produits laitiers|laitages|pain|(?:oe|œ)ufs|lait|yaourts|volailles?|composantes?) (?:issus de l[’\']agriculture )?bio(?:logiques?)?\\b',
      // "produits bio", but not "produits biologiques" (biologics, laboratory reagents)
      'produits(?: alimentaires| agricoles)? bio\\b',
      '\\d+ ?% (?:de produits |de denrees |en valeur )?(?:bio|biologiques|issus de l[’\']agriculture biologique)\\b',
      'label (?:AB|bio)\\b',
      'EGalim',
      'L ?230 ?5 ?1\\b',
      'produits durables et de qualite',
      'label rouge',
      'haute valeur environnementale',
      'HVE\\b',
      'signes? (?:officiels? )?(?:d[’\']identification )?de (?:la )?qualite et de l[’\']origine',
      'SIQO\\b',
      '(?:produits?|fruits?|legumes?|aliments|denrees|ingredients|menus?) de saison',
      'saisonnalite',
      '(?:menus?|repas|plats?|options?|alternatives?|offre) (?:quotidienne? )?vegetarien',
      'vegetalien\\w*',
      'vegan\\w*',
      'proteines vegetales',
      'bien etre animal[^.;]{0,40}(?:viandes?|volailles?|(?:oe|œ)ufs|lait|elevages?|produits|denrees|alimentaire)',
      '(?:viandes?|volailles?|(?:oe|œ)ufs|lait|elevages?|produits|denrees|alimentaire)[^.;]{0,40}bien etre animal',
      'elev\\w* en plein air',
      '(?:oe|œ)ufs? (?:de poules )?(?:elevees )?(?:en plein air|au sol|bio|de categorie (?:0|1))',
      'peche durable',
      '(?:MSC|ASC)(?:®|™)? (?:certifi\\w*|label\\w*|ou equivalent)',
      'commerce equitable',
      'max havelaar',
      'fair ?trade\\b',
    ],
    de: [
      // Bio-Anteil, Bio-Lebensmittel, Bioprodukte, Bio-Siegel; not "Biomüll", "Biologie", "Biotonne"
      'bio ?(?:anteil|lebensmittel|produkt|qualitat|zertifi|siegel|ware|rohstoff|obst|gemuse|fleisch|milch|eier|zutat|komponent|kontrollstelle|verordnung|landbau|erzeugnis|brot|kaffee)',
      'DE OKO \\d{3}',
      '(?:okologisch|biologisch)\\w* (?:erzeugt|Landbau|Landwirtschaft|Anbau|Erzeugung|Tierhaltung)',
      'kontrolliert biologisch',
      '2018/848\\b',
      'bioland',
      'naturland\\b',
      // seasonal food; not "saisonale Schwankungen" (seasonal swings in demand)
      'saisonal\\w* (?:und regional\\w* )?(?:Produkt|Lebensmittel|Obst|Gemuse|Zutat|Speise|Gericht|Ware|Erzeugnis|Kuche|Angebot)',
      'regional\\w* und saisonal',
      'saisonkalender',
      'vegetarisch',
      'vegan\\w*',
      'fleischlos',
      'fleischfrei',
      'pflanzlich\\w* (?:Gericht|Alternativ|Menu|Kost|Protein|Speise)',
      'tierwohl ?(?:label|kennzeichen|siegel|standard|stufe)',
      '(?:fleisch|eier|milch|geflugel|schwein|rind|tierisch\\w* (?:produkt|lebensmittel)|lebensmittel)[^.;]{0,40}tierwohl',
      'tierwohl\\w*[^.;]{0,40}(?:fleisch|eier|milch|geflugel|schwein|rind|tierisch|lebensmittel|nutztier)',
      'haltungs(?:form|stufe) ?[234]\\b',
      'freiland(?:haltung|eier)',
      '(?:MSC|ASC)(?:®|™)? ?(?:zertifi\\w*|siegel|label|oder gleichwertig)',
      'nachhaltig\\w* (?:Fischerei|Fisch|Fischfang|Aquakultur)',
      'fair gehandelt',
      'fair\\w* handel',
      'fair ?trade\\b',
      'DGE ?qualitatsstandard',
    ],
    es: [
      '(?:produccion|agricultura|ganaderia) ecologica',
      '(?:alimentos?|ingredientes?|frutas?|verduras?|hortalizas|leche|lacteos|carnes?|huevos?|legumbres|cereales|aceite|pan|materias primas alimentarias)(?: frescas?| frescos?)? (?:de origen |procedentes? de (?:la )?(?:agricultura|produccion) )?ecologic',
      '\\d+ ?% de (?:los )?(?:alimentos|productos alimentarios|ingredientes)[^.;]{0,30}ecologic',
      '2018/848\\b',
      '(?:alimentos|productos|frutas?|verduras?|hortalizas|pescados?|ingredientes|menus?) de temporada',
      '(?:menus?|platos?|opciones?|alternativas?) vegetarian',
      'vegano\\w*',
      'vegan\\w*',
      'proteinas? vegetales?',
      'bienestar animal[^.;]{0,40}(?:carnes?|aves|huevos|leche|lacteos|ganader\\w*|granjas?|productos|alimentos)',
      '(?:carnes?|aves|huevos|leche|lacteos|ganader\\w*|granjas?|productos|alimentos)[^.;]{0,40}bienestar animal',
      '(?:huevos?|gallinas?) camper',
      'cria en libertad',
      'pesca sostenible',
      'pescado (?:sostenible|certificado)',
      '(?:MSC|ASC)(?:®|™)? (?:certifica\\w*|sello|o equivalente)',
      'comercio justo',
      'fair ?trade\\b',
    ],
  },
  // No eForms or OCDS field names food sustainability; BT-805 (GPP criteria used) is weighed by env-ecolabel.
  fields: [],
  sources: [
    'EU GPP criteria for food, catering services and vending machines (2019), food procurement and menus',
    'Regulation (EU) 2018/848 (organic production and labelling)',
    'Farm to Fork Strategy, COM(2020) 381',
    'Code rural et de la pêche maritime art. L230-5-1 (loi EGalim, France)',
    'DGE-Qualitätsstandards für die Verpflegung (Germany)',
    'UK Government Buying Standards for Food and Catering Services',
  ],
} satisfies CriterionInput;

// No selection clause: what proves this criterion is the food served, checked through specifications, award
// criteria and performance clauses; a caterer's past menus say little about the ones it will serve under this contract.
export const clauses: ModelClause[] = [
  {
    id: 'env-sustainable-food.specification.en',
    criterion: 'env-sustainable-food',
    stage: 'specification',
    lang: 'en',
    title: 'Minimum organic share, seasonal and plant-based menus',
    text:
      'At least [number] % of the food and drink supplied, by purchase value over each year, shall be organic under Regulation (EU) 2018/848 or an equivalent scheme, including at least [product groups, such as milk, eggs, fruit and vegetables]. ' +
      'Fresh fruit and vegetables shall follow the seasonal calendar in annex [X]. A vegetarian main dish shall be offered every day, and at least [one] fully plant-based menu every week. ' +
      'Fish and seafood shall not come from stocks listed as overfished in [the reference list] and shall hold the MSC or ASC label or show equivalent proof of sustainable fishing or farming.',
    source: 'EU GPP criteria for food, catering services and vending machines (2019), technical specifications on food procurement and menus; Regulation (EU) 2018/848',
  },
  {
    id: 'env-sustainable-food.award.en',
    criterion: 'env-sustainable-food',
    stage: 'award',
    lang: 'en',
    title: 'Points for organic, fair trade and animal welfare beyond the minimum',
    text:
      'Up to [number] points out of [total] are awarded for commitments beyond the minimum: [number] points for each additional [5] percentage points of organic food by value; [number] points if all coffee, tea, cocoa and bananas are Fairtrade certified or equivalent; ' +
      '[number] points if all eggs and [poultry / pork] come from free-range or higher-welfare systems certified by [scheme] or equivalent. The commitments become contract conditions.',
    source: 'EU GPP criteria for food, catering services and vending machines (2019), award criteria',
  },
  {
    id: 'env-sustainable-food.performance.en',
    criterion: 'env-sustainable-food',
    stage: 'performance',
    lang: 'en',
    title: 'Purchases reported against the commitments',
    text:
      'Every [number] months the contractor shall send the buyer a report of its food purchases for the contract by value, showing the share of organic, seasonal, fair trade and certified fish and animal-welfare products, with invoices or certificates for a sample chosen by the buyer. ' +
      'Where a committed share is not met over [a year], the contractor shall propose corrective measures within [number] days, and [the penalty in clause X] applies.',
    source: 'EU GPP criteria for food, catering services and vending machines (2019), contract performance clauses; Directive 2014/24/EU art. 70',
  },
  {
    id: 'env-sustainable-food.specification.fr',
    criterion: 'env-sustainable-food',
    stage: 'specification',
    lang: 'fr',
    title: 'Produits durables et de qualité, bio, menus végétariens',
    text:
      'Au moins [50] % des produits servis, en valeur d’achat annuelle, sont des produits durables et de qualité au sens de l’article L230-5-1 du code rural et de la pêche maritime, dont au moins [20] % issus de l’agriculture biologique. ' +
      'Les fruits et légumes frais respectent le calendrier de saisonnalité de l’annexe [X]. Un menu végétarien est proposé au moins [une fois par semaine / chaque jour en option].',
    source: 'Code rural et de la pêche maritime art. L230-5-1 et L230-5-6 (loi EGalim) ; critères GPP de l’UE pour l’alimentation et la restauration (2019)',
  },
  {
    id: 'env-sustainable-food.award.fr',
    criterion: 'env-sustainable-food',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : bio, commerce équitable et bien-être animal',
    text:
      'Jusqu’à [nombre] points sur [total] récompensent les engagements allant au-delà des minima du CCTP : [nombre] points par tranche supplémentaire de [5] points de pourcentage de produits issus de l’agriculture biologique, en valeur ; [nombre] points si la totalité du café, du thé, du cacao et des bananes est issue du commerce équitable (Fairtrade / Max Havelaar ou équivalent) ; ' +
      '[nombre] points si la totalité des œufs et de la viande de [volaille / porc] provient d’élevages en plein air ou à bien-être animal supérieur, certifiés [label] ou équivalent. Les engagements pris deviennent des conditions d’exécution du marché.',
    source: 'Critères GPP de l’UE pour l’alimentation et la restauration (2019), critères d’attribution ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-sustainable-food.performance.fr',
    criterion: 'env-sustainable-food',
    stage: 'performance',
    lang: 'fr',
    title: 'Bilan des achats alimentaires au regard des engagements',
    text:
      'Tous les [nombre] mois, le titulaire remet à l’acheteur un bilan en valeur de ses achats de denrées pour le marché, faisant apparaître la part des produits biologiques, de saison, issus du commerce équitable, des produits de la mer certifiés et des produits répondant aux exigences de bien-être animal, avec les factures ou certificats d’un échantillon choisi par l’acheteur. ' +
      'Si une part sur laquelle il s’est engagé n’est pas atteinte sur [une année], il propose des mesures correctives sous [nombre] jours et [la pénalité prévue à l’article X du CCAP] est appliquée.',
    source: 'Code de la commande publique art. L2112-2 ; critères GPP de l’UE pour l’alimentation et la restauration (2019), clauses d’exécution ; directive 2014/24/UE art. 70',
  },
  {
    id: 'env-sustainable-food.specification.de',
    criterion: 'env-sustainable-food',
    stage: 'specification',
    lang: 'de',
    title: 'Bio-Mindestanteil, saisonale und pflanzliche Speisen',
    text:
      'Mindestens [Zahl] % der gelieferten Lebensmittel und Getränke, bemessen am jährlichen Einkaufswert, stammen aus ökologischer Erzeugung nach der Verordnung (EU) 2018/848 oder einem gleichwertigen System, darunter mindestens [Produktgruppen wie Milch, Eier, Obst und Gemüse]. ' +
      'Frisches Obst und Gemüse richtet sich nach dem Saisonkalender in Anlage [X]. Täglich wird ein vegetarisches Hauptgericht angeboten, wöchentlich mindestens [ein] rein pflanzliches Menü. ' +
      'Fisch und Meeresfrüchte stammen nicht aus Beständen, die in [der Referenzliste] als überfischt geführt werden, und tragen das MSC- oder ASC-Siegel oder sind durch einen gleichwertigen Nachweis nachhaltiger Fischerei oder Aquakultur belegt.',
    source: 'EU-GPP-Kriterien für Lebensmittel, Verpflegungsdienstleistungen und Verkaufsautomaten (2019), technische Spezifikationen; Verordnung (EU) 2018/848; § 31 und § 34 VgV',
  },
  {
    id: 'env-sustainable-food.award.de',
    criterion: 'env-sustainable-food',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Bio, fairer Handel und Tierwohl',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden für Zusagen über die Mindestanforderungen hinaus vergeben: [Zahl] Punkte je weitere [5] Prozentpunkte Bio-Anteil am Einkaufswert; [Zahl] Punkte, wenn Kaffee, Tee, Kakao und Bananen vollständig Fairtrade-zertifiziert oder gleichwertig sind; ' +
      '[Zahl] Punkte, wenn alle Eier und das gesamte [Geflügel- / Schweinefleisch] aus Freiland- oder höheren Tierwohl-Haltungsformen stammen, die nach [Programm] oder gleichwertig zertifiziert sind. Die Zusagen werden Vertragsbestandteil.',
    source: 'EU-GPP-Kriterien für Lebensmittel, Verpflegungsdienstleistungen und Verkaufsautomaten (2019), Zuschlagskriterien; § 127 GWB; § 58 VgV',
  },
  {
    id: 'env-sustainable-food.performance.de',
    criterion: 'env-sustainable-food',
    stage: 'performance',
    lang: 'de',
    title: 'Einkaufsnachweise zu den Zusagen',
    text:
      'Der Auftragnehmer legt dem Auftraggeber alle [Zahl] Monate eine wertmäßige Aufstellung seiner Lebensmitteleinkäufe für diesen Auftrag vor, aus der die Anteile an Bio-, Saison-, Fairtrade-, zertifizierten Fisch- und Tierwohlprodukten hervorgehen, und fügt für eine vom Auftraggeber gewählte Stichprobe Rechnungen oder Zertifikate bei. ' +
      'Wird ein zugesagter Anteil über [ein Jahr] verfehlt, schlägt der Auftragnehmer innerhalb von [Zahl] Tagen Abhilfemaßnahmen vor; zudem gilt [die Vertragsstrafe nach Ziffer X].',
    source: '§ 128 Abs. 2 GWB; EU-GPP-Kriterien für Lebensmittel und Verpflegungsdienstleistungen (2019), Vertragserfüllungsklauseln; Richtlinie 2014/24/EU Art. 70',
  },
  {
    id: 'env-sustainable-food.specification.es',
    criterion: 'env-sustainable-food',
    stage: 'specification',
    lang: 'es',
    title: 'Porcentaje mínimo ecológico, temporada y menús vegetales',
    text:
      'Al menos el [número] % de los alimentos y bebidas suministrados, en valor de compra anual, procederá de la producción ecológica conforme al Reglamento (UE) 2018/848 o a un sistema equivalente, incluidos como mínimo [grupos de productos, como leche, huevos, frutas y hortalizas]. ' +
      'Las frutas y hortalizas frescas se ajustarán al calendario de temporada del anexo [X] del PPT. Se ofrecerá cada día un plato principal vegetariano y, al menos, [un] menú íntegramente vegetal a la semana. ' +
      'El pescado y el marisco no procederán de poblaciones calificadas como sobreexplotadas en [la lista de referencia] y contarán con el sello MSC o ASC u otra prueba equivalente de pesca o acuicultura sostenibles.',
    source: 'Criterios CPE de la UE para alimentación, servicios de restauración y máquinas expendedoras (2019), especificaciones técnicas; Reglamento (UE) 2018/848; Ley 9/2017 (LCSP) arts. 126 y 127',
  },
  {
    id: 'env-sustainable-food.award.es',
    criterion: 'env-sustainable-food',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: ecológico, comercio justo y bienestar animal',
    text:
      'Se otorgarán hasta [número] puntos, sobre un total de [total], por compromisos que superen los mínimos del PPT: [número] puntos por cada [5] puntos porcentuales adicionales de alimentos ecológicos en valor; [número] puntos si todo el café, té, cacao y plátano cuenta con certificación de comercio justo (Fairtrade o equivalente); ' +
      '[número] puntos si todos los huevos y la carne de [ave / porcino] proceden de sistemas de cría al aire libre o de mayor bienestar animal certificados por [esquema] o equivalente. Los compromisos ofertados serán condiciones de ejecución del contrato.',
    source: 'Criterios CPE de la UE para alimentación, servicios de restauración y máquinas expendedoras (2019), criterios de adjudicación; Ley 9/2017 (LCSP) art. 145',
  },
  {
    id: 'env-sustainable-food.performance.es',
    criterion: 'env-sustainable-food',
    stage: 'performance',
    lang: 'es',
    title: 'Informe de compras frente a los compromisos',
    text:
      'Cada [número] meses, el contratista remitirá al responsable del contrato un informe de sus compras de alimentos para el contrato, en valor, con el porcentaje de productos ecológicos, de temporada, de comercio justo, de pescado certificado y de bienestar animal, y aportará facturas o certificados de una muestra elegida por el órgano de contratación. ' +
      'Si no se alcanza un porcentaje comprometido en [un año], el contratista propondrá medidas correctoras en [número] días y se aplicará [la penalidad prevista en la cláusula X del PCAP]. Esta obligación es condición especial de ejecución (arts. 192 y 202 LCSP).',
    source: 'Ley 9/2017 (LCSP) arts. 192 y 202; criterios CPE de la UE para alimentación y servicios de restauración (2019), cláusulas de ejecución; Directiva 2014/24/UE art. 70',
  },
];
