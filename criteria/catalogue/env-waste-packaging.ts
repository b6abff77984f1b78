import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-waste-packaging',
  pillar: 'environment',
  name: {
    en: 'Waste prevention and packaging',
    fr: 'Prévention des déchets et emballages',
    de: 'Abfallvermeidung und Verpackung',
    es: 'Prevención de residuos y envases',
  },
  why: {
    en: 'The cheapest waste to manage is the waste never made: reusable and minimal packaging, no single-use tableware, less food thrown away and construction waste recovered instead of landfilled.',
    fr: 'Le déchet le moins coûteux est celui qu’on ne produit pas : emballages réutilisables et réduits, pas de vaisselle jetable, moins de gaspillage alimentaire, déchets de chantier valorisés plutôt qu’enfouis.',
    de: 'Der günstigste Abfall ist der, der nicht entsteht: Mehrweg- und sparsame Verpackung, kein Einweggeschirr, weniger Lebensmittelverschwendung, Bau- und Abbruchabfälle verwertet statt deponiert.',
    es: 'El residuo más barato es el que no se genera: envases reutilizables y mínimos, sin vajilla de un solo uso, menos desperdicio alimentario y residuos de obra valorizados en lugar de llevados a vertedero.',
  },
  appliesTo: {
    groups: ['food-catering', 'buildings', 'roads', 'cleaning', 'ict-devices', 'furniture'],
  },
  patterns: {
    en: [
      // packaging that is reusable, returnable, minimal or absent; not "prices include packaging and delivery"
      '(?:reusable|returnable|re usable|refillable|minimal|minimi[sz]ed|reduced|recyclable|compostable|bulk|plastic free) packaging',
      '(?:without|free (?:of|from)|avoid\\w*|reduc\\w*|minimi[sz]\\w*|eliminat\\w*|excess\\w*|unnecessary|over) (?:plastic |excess\\w* |unnecessary |secondary |single use )?packaging',
      'packaging (?:take ?back|return scheme|returned|minimi[sz]\\w*|reduction|free)',
      // the supplier takes its packaging away; not "collection of packaging", the round that a waste contract buys
      '(?:take ?back|return\\w*|remov\\w*) (?:of )?(?:all |the )?(?:delivery |transport |used )?packaging',
      'single use (?:plastics?|items|packaging|cups|cutlery|tableware|crockery|bottles|containers|sachets|portions?)',
      '2019/904\\b',
      '2025/40\\b',
      '94/62/EC\\b',
      'reusable (?:tableware|crockery|cutlery|cups|containers|dishes|bags|boxes|crates|totes|pallets|transport packaging)',
      '(?:tap|mains) water (?:instead of|rather than|in place of) bottled',
      // food waste: prevention, measurement, redistribution; not a food-waste collection round
      'food waste (?:prevention|reduction|monitoring|measurement|audits?|plans?|management plans?|targets?|reporting)',
      '(?:prevent\\w*|reduc\\w*|minimi[sz]\\w*|avoid\\w*|measur\\w*|monitor\\w*|record\\w*) (?:of )?(?:the )?(?:avoidable |plate |kitchen )?food waste',
      'avoidable food waste',
      '(?:surplus|unsold|leftover) food',
      'food (?:redistribution|donation)',
      // construction and demolition waste recovered, not just "removed from site"
      '(?:construction|demolition|C ?& ?D|site|excavation) waste[^.;]{0,60}(?:reus|re use|recycl|recover|divert|segregat|separat)',
      '(?:reus|re use|recycl|recover|divert)\\w*[^.;]{0,40}(?:construction|demolition|C ?& ?D) waste',
      '\\d+ ?% (?:by weight )?of (?:the |all )?(?:non hazardous )?(?:construction|demolition|C ?& ?D|site|excavation) waste',
      // the contractor's plan, not the council's municipal waste plan
      '(?:site|construction|project|contract) waste management plans?',
      'waste management plans? for the (?:site|works|project|contract)',
      'SWMP\\b',
      'resource management plans?',
      '(?:pre ?demolition|pre ?refurbishment) audit',
      'selective demolition',
      '(?:diverted|diversion) from landfill',
      'landfill diversion',
      'zero waste to landfill',
      'waste hierarchy',
      'waste (?:prevention|minimi[sz]ation|reduction) (?:plans?|measures|strategy|targets?)',
      'waste (?:separation|segregation|sorting)',
      '(?:separat|segregat|sort)\\w* (?:of )?(?:the |all )?(?:waste|recyclables)',
    ],
    fr: [
      'emballages? (?:reutilisables?|reemployables?|consignes?|recyclables?|reduits?|minimaux|minimal|compostables?|retournables?)',
      // not "collecte des emballages", the round that a waste contract buys
      '(?:sans|reduction (?:des |de l[’\'])?|limitation (?:des |de l[’\'])?|suppression (?:des |de l[’\'])?|reprise (?:des |de l[’\'])?) ?(?:sur)?emballages?',
      'suremballage',
      '(?:livraison|conditionnement|distribution|vente) en vrac',
      'conditionnements? (?:reutilisables?|consignes?|reduits?)',
      'plastiques? a usage unique',
      '(?:vaisselle|gobelets?|couverts|contenants?|barquettes|bouteilles) (?:en plastique )?(?:a usage unique|jetables?|reutilisables?|lavables?|reemployables?)',
      '2019/904\\b',
      'gaspillage alimentaire',
      'dons? (?:alimentaires|des (?:excedents|invendus|surplus))',
      '(?:excedents|invendus) alimentaires',
      // site waste sorted and recovered, not just "évacuation des déchets de chantier"
      '(?:valoris\\w*|recycl\\w*|reemploi|reutilis\\w*|tri|prevention|reduction|suivi|tracabilite)[^.;]{0,30}dechets (?:de chantier|du BTP|de construction|de demolition|du batiment)',
      'dechets (?:de chantier|du BTP|de construction|de demolition|du batiment)[^.;]{0,40}(?:valoris|recycl|reemploi|reutilis|tri\\b|tries)',
      '(?:diagnostic|diagnostics) (?:PEMD|produits,? equipements,? materiaux et dechets|dechets)',
      'PEMD\\b',
      'SOGED\\b',
      'schema d[’\']organisation (?:et de (?:suivi|gestion) )?(?:de l[’\']elimination )?des dechets',
      'tri des (?:dechets|biodechets)',
      'valorisation (?:matiere )?(?:d[’\']au moins|de \\d+)',
      '\\d+ ?% (?:en (?:masse|poids) )?des dechets',
      'prevention des dechets',
    ],
    de: [
      // Mehrwegverpackung, Mehrweggeschirr, Mehrwegbecher, Mehrwegsystem, Mehrwegpaletten
      'mehrweg',
      'verpackungs(?:arm|frei|reduzier|vermeid|minimier|rucknahme)',
      '(?:Reduzierung|Vermeidung|Verringerung|Minimierung|Rucknahme|Rucknahmepflicht) (?:von |der )?(?:Um)?verpackung',
      'verpackungs(?:gesetz|verordnung)',
      'VerpackG\\b',
      'einweg(?:kunststoff|plastik|geschirr|besteck|becher|verpackung|artikel|produkt|flasche)',
      '2019/904\\b',
      'lebensmittelverschwendung',
      '(?:Vermeidung|Reduzierung|Reduktion|Verringerung|Minimierung|Erfassung|Messung) (?:von |der )?(?:Lebensmittel|Speise)(?:abf|rest|verschwendung|verlust)',
      '(?:lebensmittel|speise)(?:abfall|abfalle|rest|reste)(?:vermeidung|reduzierung|reduktion|monitoring|messung|erfassung)',
      // surplus food passed on; not "Abgabe von Speisen", which is the catering itself
      '(?:weitergabe|spende\\w*) (?:von |der )?(?:uberschuss|uberschussig|nicht verbraucht|ubrig gebliebe)',
      'lebensmittelspende',
      // construction waste recovered, not just "Entsorgung der Bauabfälle"
      '(?:bau und abbruch|bau|abbruch|ruckbau)abf\\w*[^.;]{0,60}(?:verwert|recycl|wiederverwend|aufbereit|getrennt|trenn|vermeid)',
      '(?:verwert|recycl|wiederverwend|trenn)\\w*[^.;]{0,40}(?:bau und abbruch|bau|abbruch|ruckbau)abf',
      'ruckbaukonzept',
      'abfallvermeidung',
      'abfalltrennung',
      'abfallhierarchie',
      'verwertungsquote',
    ],
    es: [
      '(?:envases|envase|embalajes?) (?:reutilizables?|retornables?|reciclables?|minimos?|reducidos?|compostables?)',
      // not "recogida de envases", the round that a waste contract buys
      '(?:sin|reduccion (?:de|del)|minimizacion (?:de|del)|retirada (?:de|del)) (?:los )?(?:envases|embalajes?|sobreembalajes?)',
      'sobreembalaje',
      'plasticos? de un solo uso',
      '(?:vajilla|vasos?|cubiertos|envases|recipientes|botellas|productos) (?:de plastico )?(?:de un solo uso|desechables|reutilizables)',
      '2019/904\\b',
      'desperdicio (?:alimentario|de alimentos)',
      'perdidas y (?:el )?desperdicio',
      'Ley 1/2025\\b',
      'donacion (?:de (?:los )?)?(?:excedentes|alimentos)',
      'excedentes alimentarios',
      // works waste recovered, not just removed (Real Decreto 105/2008)
      'residuos de construccion y demolicion[^.;]{0,60}(?:valoriz|recicl|reutiliz|separa|gestion)',
      '(?:valoriz|recicl|reutiliz|separa)\\w*[^.;]{0,40}residuos de (?:construccion|demolicion|obra)',
      'estudio de gestion de (?:los )?residuos',
      'plan de gestion de (?:los )?residuos (?:de (?:construccion|la obra|obra))',
      '105/2008\\b',
      'separacion (?:en origen )?(?:de (?:los )?)?residuos',
      'jerarquia de (?:los )?residuos',
      'prevencion de (?:los )?residuos',
      '(?:valorizacion|reciclaje|reutilizacion) (?:de (?:al menos )?(?:el )?)?\\d+ ?%',
      '\\d+ ?% de los residuos',
    ],
  },
  fields: [
    // Circular economy also covers durability, repair and recycled content: it points this way without saying
    // that packaging or waste is addressed.
    { bt: 'BT-774', values: ['circ-econ'], effect: 'weak', label: 'Transition to a circular economy declared (BT-774)' },
    // Waste reduction is this criterion exactly (no eForms code maps to it: publishers declare it themselves).
    { bt: 'OCDS-goal', values: ['environmental.wasteReduction'], effect: 'present', label: 'Waste reduction declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'EU GPP criteria for food, catering services and vending machines (2019), food waste, packaging and single-use items',
    'EU GPP criteria for office building design, construction and management (2016), construction and demolition waste',
    'EU GPP criteria for road design, construction and maintenance (2016), construction and demolition waste',
    'EU GPP criteria for indoor cleaning services (2018), packaging of cleaning products',
    'EU GPP criteria for computers, monitors, tablets and smartphones (2021), packaging',
    'EU GPP criteria for furniture (2017), packaging',
    'Directive 2008/98/EC (Waste Framework) art. 4 (waste hierarchy) and art. 11(2)(b) (70 % of construction and demolition waste)',
    'Directive (EU) 2019/904 (single-use plastics)',
    'Regulation (EU) 2025/40 (packaging and packaging waste)',
    'EU Construction and Demolition Waste Management Protocol (2016)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-waste-packaging.selection.en',
    criterion: 'env-waste-packaging',
    stage: 'selection',
    lang: 'en',
    groups: ['buildings', 'roads'],
    title: 'Experience of managing construction waste',
    text:
      'Tenderers shall show experience of managing construction and demolition waste on at least [number] projects of a similar scale completed in the last [number] years, giving for each the waste management plan used and the share of non-hazardous waste (by weight) that was prepared for reuse, recycled or otherwise recovered, with the waste transfer records that support it.',
    source: 'EU GPP criteria for office building design, construction and management (2016) and road design, construction and maintenance (2016), selection criteria; Directive 2014/24/EU art. 58(4)',
  },
  {
    id: 'env-waste-packaging.specification.en',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'en',
    groups: ['food-catering'],
    title: 'Reusable service ware, minimal packaging, food waste plan',
    text:
      'Meals and drinks served on the buyer’s premises shall be served with reusable crockery, glasses and cutlery; single-use items are allowed only for [takeaway / events / hygiene reasons stated by the buyer], and then shall not be made of plastic. ' +
      'Products shall be delivered in bulk, in reusable transport packaging or in packaging made of a single recyclable material, and the contractor shall take back transport packaging free of charge. ' +
      'Before the service starts, the contractor shall submit a plan to prevent avoidable food waste (portion planning, menu planning, stock management) and to donate safe surplus food.',
    source: 'EU GPP criteria for food, catering services and vending machines (2019), food waste and single-use items; Directive (EU) 2019/904',
  },
  {
    id: 'env-waste-packaging.specification.en.2',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'en',
    groups: ['buildings', 'roads'],
    title: 'Construction and demolition waste recovered',
    text:
      'Before [demolition / strip-out] the contractor shall carry out a pre-demolition audit that lists the materials and components that can be reused or recycled. ' +
      'At least [70] % by weight of the non-hazardous construction and demolition waste produced on site (excluding naturally occurring soil and stone) shall be prepared for reuse, recycled or otherwise recovered as material, in line with a site waste management plan submitted with the tender.',
    source: 'Directive 2008/98/EC art. 11(2)(b); EU Construction and Demolition Waste Management Protocol (2016); EU GPP criteria for office buildings (2016)',
  },
  {
    id: 'env-waste-packaging.award.en',
    criterion: 'env-waste-packaging',
    stage: 'award',
    lang: 'en',
    title: 'Points for a higher recovery rate or reusable packaging',
    text:
      'Up to [number] points out of [total] are awarded for commitments beyond the minimum: [for works] each additional [5] percentage points of construction and demolition waste recovered as material above the required [70] % earns [number] points; ' +
      '[for supplies] deliveries in reusable transport packaging that the supplier collects earn [number] points. The commitments become contract conditions.',
    source: 'EU GPP criteria for office buildings (2016) and food, catering services and vending machines (2019), award criteria',
  },
  {
    id: 'env-waste-packaging.performance.en',
    criterion: 'env-waste-packaging',
    stage: 'performance',
    lang: 'en',
    title: 'Waste measured and reported',
    text:
      'The contractor shall measure [food waste by category (preparation, serving, plate) for [number] weeks each year / the weight of each waste stream leaving the site] and report it to the buyer every [number] months with the waste transfer notes, ' +
      'together with the actions taken to reduce it. Where a stated target is missed, the contractor shall propose corrective action within [number] days.',
    source: 'EU GPP criteria for food, catering services and vending machines (2019), contract performance clauses; Directive 2014/24/EU art. 70',
  },
  {
    id: 'env-waste-packaging.specification.fr',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'fr',
    groups: ['food-catering'],
    title: 'Vaisselle réutilisable, emballages réduits, lutte contre le gaspillage',
    text:
      'Les repas et boissons servis dans les locaux de l’acheteur le sont dans de la vaisselle réutilisable ; les contenants à usage unique ne sont admis que pour [la vente à emporter / les événements] et ne sont jamais en plastique. ' +
      'Les denrées sont livrées en vrac ou dans des conditionnements réutilisables ou mono-matériau recyclables, dont le titulaire assure la reprise sans frais. ' +
      'Avant le démarrage, le titulaire remet un plan de lutte contre le gaspillage alimentaire (grammages, planification des menus, gestion des stocks) et organise le don des excédents consommables.',
    source: 'Critères GPP de l’UE pour l’alimentation et la restauration (2019) ; loi n° 2020-105 (AGEC) ; directive (UE) 2019/904',
  },
  {
    id: 'env-waste-packaging.selection.fr',
    criterion: 'env-waste-packaging',
    stage: 'selection',
    lang: 'fr',
    groups: ['buildings', 'roads'],
    title: 'Références en gestion des déchets de chantier',
    text:
      'Le candidat justifie de son expérience en gestion des déchets de chantier de construction et de démolition par au moins [nombre] références d’opérations d’ampleur comparable achevées au cours des [nombre] dernières années, ' +
      'en indiquant pour chacune le schéma d’organisation et de gestion des déchets (SOGED) appliqué et la part, en masse, des déchets non dangereux préparés en vue du réemploi, recyclés ou valorisés autrement, justifiée par les bons de pesée et les attestations des installations de traitement.',
    source: 'Critères GPP de l’UE pour les immeubles de bureaux (2016) et les routes (2016), critères de sélection ; directive 2014/24/UE art. 58 § 4 ; arrêté du 22 mars 2019 (capacités techniques et professionnelles)',
  },
  {
    id: 'env-waste-packaging.specification.fr.2',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'fr',
    groups: ['buildings', 'roads'],
    title: 'Déchets de chantier : diagnostic ressources et valorisation',
    text:
      'Avant [la démolition / le curage], le titulaire réalise un diagnostic ressources recensant les matériaux et équipements pouvant être réemployés ou recyclés [, en complément du diagnostic PEMD fourni par le maître d’ouvrage]. ' +
      'Au moins [70] % en masse des déchets non dangereux de construction et de démolition produits sur le chantier (hors terres et cailloux naturels non pollués) sont préparés en vue du réemploi, recyclés ou font l’objet d’une autre valorisation matière, conformément au SOGED remis avec l’offre.',
    source: 'Directive 2008/98/CE art. 11 § 2 b) ; protocole de l’UE sur la gestion des déchets de construction et de démolition (2016) ; critères GPP de l’UE pour les immeubles de bureaux (2016) ; Code de la construction et de l’habitation (diagnostic PEMD)',
  },
  {
    id: 'env-waste-packaging.award.fr',
    criterion: 'env-waste-packaging',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : valorisation accrue ou emballages réutilisables',
    text:
      'Jusqu’à [nombre] points sur [total] récompensent les engagements allant au-delà des exigences minimales : [pour les travaux] [nombre] points par tranche supplémentaire de [5] points de pourcentage de déchets de construction et de démolition valorisés sous forme de matière au-delà des [70] % exigés ; ' +
      '[pour les fournitures] [nombre] points pour une livraison dans des emballages de transport réutilisables repris par le fournisseur. Les engagements pris deviennent des conditions d’exécution du marché.',
    source: 'Critères GPP de l’UE pour les immeubles de bureaux (2016) et pour l’alimentation et la restauration (2019), critères d’attribution ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-waste-packaging.performance.fr',
    criterion: 'env-waste-packaging',
    stage: 'performance',
    lang: 'fr',
    title: 'Pesée et suivi des déchets',
    text:
      'Le titulaire mesure [les déchets alimentaires par catégorie (préparation, service, retours plateaux) pendant [nombre] semaines chaque année / le poids de chaque flux de déchets évacué du chantier] et en rend compte à l’acheteur tous les [nombre] mois, avec les bons de pesée ou bordereaux de suivi et les actions engagées pour réduire ces déchets. ' +
      'Lorsqu’un objectif fixé n’est pas atteint, il propose des mesures correctives sous [nombre] jours. Ces obligations constituent des conditions d’exécution au sens de l’article L2112-2 du code de la commande publique.',
    source: 'Code de la commande publique art. L2112-2 ; critères GPP de l’UE pour l’alimentation et la restauration (2019), clauses d’exécution ; loi n° 2016-138 relative à la lutte contre le gaspillage alimentaire',
  },
  {
    id: 'env-waste-packaging.selection.de',
    criterion: 'env-waste-packaging',
    stage: 'selection',
    lang: 'de',
    groups: ['buildings', 'roads'],
    title: 'Referenzen im Management von Bau- und Abbruchabfällen',
    text:
      'Der Bieter weist Erfahrung im Umgang mit Bau- und Abbruchabfällen durch mindestens [Zahl] Referenzprojekte vergleichbarer Größenordnung nach, die in den letzten [Zahl] Jahren abgeschlossen wurden. ' +
      'Für jedes Projekt gibt er das angewandte Entsorgungskonzept und den Anteil (nach Gewicht) der nicht gefährlichen Abfälle an, der zur Wiederverwendung vorbereitet, recycelt oder sonst verwertet wurde, belegt durch Wiegescheine und Entsorgungsnachweise.',
    source: 'EU-GPP-Kriterien für Bürogebäude (2016) und Straßenbau (2016), Eignungskriterien; Richtlinie 2014/24/EU Art. 58 Abs. 4; § 122 GWB',
  },
  {
    id: 'env-waste-packaging.specification.de',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'de',
    groups: ['food-catering'],
    title: 'Mehrweggeschirr, wenig Verpackung, Konzept gegen Lebensmittelabfälle',
    text:
      'Speisen und Getränke in den Räumen des Auftraggebers werden mit Mehrweggeschirr, -gläsern und -besteck ausgegeben; Einwegartikel sind nur für [Außer-Haus-Verkauf / Veranstaltungen / vom Auftraggeber genannte Hygienegründe] zulässig und dürfen dann nicht aus Kunststoff bestehen. ' +
      'Waren werden lose, in Mehrweg-Transportverpackungen oder in sortenreinen, recyclingfähigen Verpackungen angeliefert; Transportverpackungen nimmt der Auftragnehmer kostenlos zurück. ' +
      'Vor Leistungsbeginn legt der Auftragnehmer ein Konzept zur Vermeidung von Lebensmittelabfällen (Portionsplanung, Speiseplanung, Lagerhaltung) und zur Weitergabe genusstauglicher Überschüsse vor.',
    source: 'EU-GPP-Kriterien für Lebensmittel, Verpflegungsdienstleistungen und Verkaufsautomaten (2019); Richtlinie (EU) 2019/904; Einwegkunststoffverbotsverordnung; § 31 VgV',
  },
  {
    id: 'env-waste-packaging.specification.de.2',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'de',
    groups: ['buildings', 'roads'],
    title: 'Verwertung von Bau- und Abbruchabfällen',
    text:
      'Vor [dem Rückbau / der Entkernung] erstellt der Auftragnehmer ein Rückbau- und Verwertungskonzept, das die wiederverwendbaren und recycelbaren Bauteile und Materialien erfasst. ' +
      'Mindestens [70] Gewichtsprozent der auf der Baustelle anfallenden nicht gefährlichen Bau- und Abbruchabfälle (ohne natürlich vorkommendes Bodenmaterial und Steine) werden zur Wiederverwendung vorbereitet, recycelt oder sonst stofflich verwertet, nach Maßgabe des mit dem Angebot vorgelegten Entsorgungskonzepts.',
    source: 'Richtlinie 2008/98/EG Art. 11 Abs. 2 Buchst. b; EU-Protokoll für die Bewirtschaftung von Bau- und Abbruchabfällen (2016); EU-GPP-Kriterien für Bürogebäude (2016); Gewerbeabfallverordnung (Bau- und Abbruchabfälle)',
  },
  {
    id: 'env-waste-packaging.award.de',
    criterion: 'env-waste-packaging',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium höhere Verwertungsquote oder Mehrwegverpackung',
    text:
      'Bis zu [Zahl] von [Gesamtzahl] Punkten werden für Zusagen über die Mindestanforderungen hinaus vergeben: [bei Bauleistungen] [Zahl] Punkte je weitere [5] Prozentpunkte stofflich verwerteter Bau- und Abbruchabfälle über die geforderten [70] % hinaus; ' +
      '[bei Lieferungen] [Zahl] Punkte für die Anlieferung in Mehrweg-Transportverpackungen, die der Lieferant wieder abholt. Die Zusagen werden Vertragsbestandteil.',
    source: 'EU-GPP-Kriterien für Bürogebäude (2016) und für Lebensmittel und Verpflegungsdienstleistungen (2019), Zuschlagskriterien; § 127 GWB',
  },
  {
    id: 'env-waste-packaging.performance.de',
    criterion: 'env-waste-packaging',
    stage: 'performance',
    lang: 'de',
    title: 'Abfälle erfassen und berichten',
    text:
      'Der Auftragnehmer erfasst [die Lebensmittelabfälle nach Art (Zubereitung, Ausgabe, Tellerreste) an [Zahl] Wochen pro Jahr / das Gewicht jeder von der Baustelle abgefahrenen Abfallfraktion] und berichtet dem Auftraggeber alle [Zahl] Monate darüber, mit den Wiegescheinen bzw. Entsorgungsnachweisen und den ergriffenen Maßnahmen zur Verringerung. ' +
      'Wird ein vorgegebenes Ziel verfehlt, schlägt er innerhalb von [Zahl] Tagen Abhilfemaßnahmen vor.',
    source: '§ 128 Abs. 2 GWB; EU-GPP-Kriterien für Lebensmittel und Verpflegungsdienstleistungen (2019), Vertragserfüllungsklauseln; Richtlinie 2014/24/EU Art. 70',
  },
  {
    id: 'env-waste-packaging.selection.es',
    criterion: 'env-waste-packaging',
    stage: 'selection',
    lang: 'es',
    groups: ['buildings', 'roads'],
    title: 'Experiencia en gestión de residuos de construcción y demolición',
    text:
      'Los licitadores acreditarán su experiencia en la gestión de residuos de construcción y demolición mediante al menos [número] obras de características similares ejecutadas en los últimos [número] años, ' +
      'indicando para cada una el plan de gestión de residuos aplicado y el porcentaje en peso de residuos no peligrosos destinados a preparación para la reutilización, reciclado u otras formas de valorización, respaldado por los certificados de los gestores autorizados.',
    source: 'Criterios CPE de la UE para edificios de oficinas (2016) y carreteras (2016), criterios de selección; Directiva 2014/24/UE art. 58.4; Ley 9/2017 (LCSP) art. 88',
  },
  {
    id: 'env-waste-packaging.specification.es',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'es',
    groups: ['food-catering'],
    title: 'Vajilla reutilizable, envases mínimos y plan contra el desperdicio',
    text:
      'Las comidas y bebidas servidas en las dependencias del órgano de contratación se servirán con vajilla, cristalería y cubiertos reutilizables; solo se admitirán artículos de un solo uso para [comida para llevar / eventos / razones higiénicas indicadas por el órgano de contratación], y en ese caso no serán de plástico. ' +
      'Los productos se entregarán a granel, en envases de transporte reutilizables o en envases de un único material reciclable, y el contratista retirará sin coste los envases de transporte. ' +
      'Antes del inicio del servicio, el contratista presentará un plan de prevención del desperdicio alimentario (planificación de raciones y menús, gestión de existencias) y de donación de los excedentes aptos para el consumo.',
    source: 'Criterios CPE de la UE para alimentación, servicios de restauración y máquinas expendedoras (2019); Directiva (UE) 2019/904; Ley 7/2022 de residuos y suelos contaminados para una economía circular; Ley 1/2025 de prevención de las pérdidas y el desperdicio alimentario',
  },
  {
    id: 'env-waste-packaging.specification.es.2',
    criterion: 'env-waste-packaging',
    stage: 'specification',
    lang: 'es',
    groups: ['buildings', 'roads'],
    title: 'Valorización de residuos de construcción y demolición',
    text:
      'Antes de [la demolición / el desmantelamiento interior], el contratista realizará un estudio previo que inventaríe los materiales y elementos reutilizables o reciclables. ' +
      'Al menos el [70] % en peso de los residuos no peligrosos de construcción y demolición generados en la obra (excluidos los suelos y piedras naturales) se destinará a preparación para la reutilización, reciclado u otra valorización de materiales, conforme al plan de gestión de residuos presentado con la oferta.',
    source: 'Directiva 2008/98/CE art. 11.2.b); Protocolo de la UE de gestión de residuos de construcción y demolición (2016); criterios CPE de la UE para edificios de oficinas (2016); Real Decreto 105/2008; Ley 7/2022 de residuos y suelos contaminados para una economía circular',
  },
  {
    id: 'env-waste-packaging.award.es',
    criterion: 'env-waste-packaging',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: mayor valorización o envases reutilizables',
    text:
      'Se otorgarán hasta [número] puntos, sobre un total de [total], por compromisos que superen los mínimos: [en obras] [número] puntos por cada [5] puntos porcentuales adicionales de residuos de construcción y demolición valorizados como materiales por encima del [70] % exigido; ' +
      '[en suministros] [número] puntos por la entrega en envases de transporte reutilizables que recoja el proveedor. Los compromisos ofertados serán condiciones de ejecución del contrato.',
    source: 'Criterios CPE de la UE para edificios de oficinas (2016) y para alimentación y servicios de restauración (2019), criterios de adjudicación; Ley 9/2017 (LCSP) art. 145',
  },
  {
    id: 'env-waste-packaging.performance.es',
    criterion: 'env-waste-packaging',
    stage: 'performance',
    lang: 'es',
    title: 'Medición y seguimiento de los residuos',
    text:
      'El contratista medirá [el desperdicio alimentario por categoría (preparación, servicio, restos en plato) durante [número] semanas al año / el peso de cada flujo de residuos que salga de la obra] e informará al responsable del contrato cada [número] meses, adjuntando los documentos de identificación de residuos o certificados de los gestores y las medidas adoptadas para reducirlos. ' +
      'Si no se alcanza un objetivo fijado, propondrá medidas correctoras en [número] días. Esta obligación es condición especial de ejecución (art. 202 LCSP).',
    source: 'Ley 9/2017 (LCSP) art. 202; criterios CPE de la UE para alimentación y servicios de restauración (2019), cláusulas de ejecución; Directiva 2014/24/UE art. 70',
  },
];
