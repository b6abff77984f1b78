import type { CriterionInput, ModelClause } from '../schema';

// What restricts substances IN THE PRODUCTS bought: RoHS, REACH (Candidate List, SVHC), VOC, formaldehyde,
// halogenated flame retardants, CMR, PFAS, hazard statements. Not bare "hazardous": "hazardous conditions" (IT
// security), "hazardous waste" / "déchets dangereux" / "residuos peligrosos", "matières dangereuses" (transport),
// the Control of Substances Hazardous to Health (COSHH) and the German Gefahrstoffverordnung (worker safety when
// handling chemicals), "Schadstoffsanierung" (asbestos removal). Not bare "REACH": "reach the Government office",
// "reach and frequency". Not bare "CMR": the CMR consignment note of road haulage. Not "flame retardant" alone:
// fire-safety specifications require it.
export const criterion = {
  id: 'env-hazardous-substances',
  pillar: 'environment',
  name: {
    en: 'Hazardous substances restricted',
    fr: 'Substances dangereuses limitées',
    de: 'Beschränkung gefährlicher Stoffe',
    es: 'Restricción de sustancias peligrosas',
  },
  why: {
    en: 'Substances of concern in equipment, furniture, textiles, paints and cleaning products reach users, indoor air and recycling streams; restricting them protects health and keeps materials recyclable.',
    fr: 'Les substances préoccupantes contenues dans les équipements, le mobilier, les textiles, les peintures et les produits d’entretien atteignent les usagers, l’air intérieur et les filières de recyclage ; les limiter protège la santé et préserve le recyclage.',
    de: 'Bedenkliche Stoffe in Geräten, Möbeln, Textilien, Farben und Reinigungsmitteln gelangen zu den Nutzern, in die Innenraumluft und in Recyclingströme; ihre Beschränkung schützt die Gesundheit und erhält die Wiederverwertbarkeit.',
    es: 'Las sustancias preocupantes de equipos, mobiliario, textiles, pinturas y productos de limpieza llegan a los usuarios, al aire interior y a los flujos de reciclaje; restringirlas protege la salud y mantiene los materiales reciclables.',
  },
  appliesTo: {
    groups: ['ict-devices', 'imaging', 'furniture', 'textiles', 'cleaning', 'buildings', 'roads'],
  },
  patterns: {
    en: [
      'RoHS\\b',
      '2011/65/(?:EU|UE)\\b',
      'restriction of (?:the use of )?(?:certain )?hazardous substances',
      'REACH (?:regulation|candidate list|annex (?:XIV|XVII)|art(?:icle|\\.)? ?33|SVHC|complian\\w*|restrictions?|registration|declaration)',
      '1907/2006\\b',
      'substances? of very high concern',
      'SVHCs?\\b',
      'halogenated (?:flame retardants?|organic (?:substances|compounds)|plastics)',
      'brominated flame retardants?',
      'volatile organic compounds?',
      'VOCs? (?:content|emissions?|limits?|levels?|free|concentration)',
      '(?:low|zero|no) VOCs?\\b',
      'formaldehyde (?:emissions?|release|content|class|limits?|free|levels?)',
      '(?:emission )?class E1\\b',
      'E1 (?:emission )?class\\b',
      'CARB (?:phase )?(?:2|II)\\b',
      'CMR (?:substances?|chemicals?|properties)',
      'carcinogenic,? mutagenic',
      // "not classified with hazard statements H340, H350, H360"
      'hazard statements?[^.;]{0,40}\\bH ?\\d{3}',
      'PFAS\\b',
      'per ?and poly ?fluoro\\w*',
      'phthalates?\\b',
      'bisphenol\\w*',
      'heavy metals? (?:content|free|limits?)',
      'free (?:of|from) heavy metals',
      'hexavalent chromium',
      'OEKO ?TEX',
      'bluesign\\w*',
      'ZDHC\\b',
      'restricted substances? lists?',
      'microplastics?\\b',
      '(?:hazardous|harmful|toxic|dangerous) (?:substances|chemicals) (?:restrict\\w*|limit\\w*|free|declaration)',
      '(?:free (?:from|of)|without|restrict\\w* (?:on|of)|limit\\w* (?:on|of)) (?:hazardous|harmful|toxic) (?:substances|chemicals)',
      'EMICODE\\w*',
      'GREENGUARD\\w*',
    ],
    fr: [
      'RoHS\\b',
      '2011/65/(?:UE|EU)\\b',
      '1907/2006\\b',
      '(?:reglement|liste candidate|annexe (?:XIV|XVII)) (?:du reglement )?REACH\\b',
      'REACH (?:liste candidate|annexe)',
      'substances? extremement preoccupantes',
      'SVHC\\b',
      'liste (?:des substances )?candidates?\\b',
      '(?:retardateurs?|ignifugeants?) de flammes? (?:halogenes|bromes)',
      'ignifugeants? (?:halogenes|bromes)',
      'composes organiques volatils',
      '(?:teneur|taux|emissions?|faibles?|sans|limites?) (?:en |de |d[’\'])?COV\\b',
      '(?:emissions?|teneur|degagements?|taux) (?:de |en )formaldehyde',
      'classe E1\\b',
      'substances? CMR\\b',
      'cancerogenes?,? mutagenes?',
      'mentions? de danger[^.;]{0,40}\\bH ?\\d{3}',
      'perturbateurs? endocriniens?',
      'PFAS\\b',
      'phtalates?\\b',
      'bisphenol\\w*',
      '(?:sans|exempts? de|teneur en|limites? en) metaux lourds',
      'etiquet\\w* (?:sanitaire|des emissions)[^.;]{0,60}\\bA\\+',
      'emissions? (?:dans l[’\']air interieur|de polluants volatils)',
      'substances? dangereuses? (?:interdites|restreintes|a restriction)',
      '(?:exempts?|exemptes?|sans|restriction des?|limitation des?) (?:de )?substances? (?:dangereuses|nocives|toxiques)',
      'OEKO ?TEX',
      'microplastiques?',
    ],
    de: [
      'RoHS\\b',
      '2011/65/(?:EU|UE)\\b',
      '1907/2006\\b',
      // REACH-Verordnung, REACH-Kandidatenliste, REACH-konform
      'REACH ?(?:Verordnung|Kandidatenliste|konform|Anhang)\\w*',
      'Kandidatenliste\\w*',
      'besonders besorgniserregend\\w* Stoff\\w*',
      'SVHC\\b',
      '(?:halogeniert|bromiert)\\w* Flammschutzmittel\\w*',
      'fluchtige?n? organische?n? Verbindung\\w*',
      'VOC ?(?:Gehalt|Emission|arm|frei|Grenzwert)\\w*',
      'losemittel ?(?:frei|arm)\\w*',
      // Formaldehydemission, Formaldehydabgabe, formaldehydfrei; Emissionsklasse E1
      'formaldehyd ?(?:emission|abgabe|gehalt|frei|klasse)\\w*',
      'Emissionsklasse E1\\b',
      'CMR ?Stoff\\w*',
      'krebserzeugend\\w*,? (?:erbgutverandernd|mutagen)\\w*',
      // schadstoffarm, schadstofffrei; not "Schadstoffsanierung" (asbestos removal) or vehicle "Schadstoffemissionen"
      'schadstoff ?(?:arm|frei)\\w*',
      'Gefahrenhinweis\\w*[^.;]{0,40}\\bH ?\\d{3}',
      'PFAS\\b',
      'phthalat\\w*',
      'bisphenol\\w*',
      'schwermetall ?frei\\w*',
      'OEKO ?TEX',
      'AgBB\\b',
      'EMICODE\\w*',
      'Mikroplastik\\w*',
    ],
    es: [
      'RoHS\\b',
      '2011/65/(?:UE|EU)\\b',
      '1907/2006\\b',
      'reglamento REACH\\b',
      'REACH (?:lista|anexo)',
      'lista de (?:sustancias )?candidatas',
      'sustancias? (?:extremadamente|altamente|muy) preocupantes',
      'SVHC\\b',
      '(?:retardantes?|pirorretardantes?|ignifugos?) (?:de (?:llama|fuego) )?(?:halogenados|bromados)',
      'compuestos organicos volatiles',
      '(?:contenido|emisiones?|bajo|limites?) (?:en |de )?COV\\b',
      '(?:emisiones?|contenido|liberacion) de formaldehido',
      'clase E1\\b',
      'sustancias? CMR\\b',
      'carcinogen\\w*,? mutagen\\w*',
      'indicaciones? de peligro[^.;]{0,40}\\bH ?\\d{3}',
      'PFAS\\b',
      'ftalatos?\\b',
      'bisfenol\\w*',
      '(?:libres? de|sin|contenido en) metales pesados',
      'sustancias? peligrosas? (?:restringidas|prohibidas)',
      '(?:libres? de|sin|restriccion de(?:l uso de)?|limitacion de) (?:determinadas )?sustancias? (?:peligrosas|nocivas|toxicas)',
      'OEKO ?TEX',
      'microplasticos?',
    ],
  },
  fields: [
    // Pollution prevention covers air, water and noise as much as substances in products: it points this way only.
    { bt: 'BT-774', values: ['pollu-prev'], effect: 'weak', label: 'Pollution prevention and control declared (BT-774)' },
    { bt: 'OCDS-goal', values: ['environmental.pollutionPrevention'], effect: 'weak', label: 'Pollution prevention declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'Directive 2011/65/EU (RoHS)',
    'Regulation (EC) No 1907/2006 (REACH) art. 33 and the Candidate List of substances of very high concern',
    'Regulation (EC) No 1272/2008 (CLP), hazard statements',
    'EU GPP criteria for computers, monitors, tablets and smartphones (2021), hazardous substances',
    'EU GPP criteria for furniture (2017), formaldehyde and VOC emissions',
    'EU GPP criteria for textile products and services (2017), restricted substances',
    'EU GPP criteria for indoor cleaning services (2018)',
    'EU GPP criteria for paints, varnishes and road markings (2018)',
    'EN 717-1 (formaldehyde emission) and EN 16516 (emissions into indoor air)',
  ],
} satisfies CriterionInput;

// No selection clause: restricted substances are a property of the products delivered, proven per product with
// declarations and test reports, not a capacity of the tenderer.
export const clauses: ModelClause[] = [
  {
    id: 'env-hazardous-substances.specification.en',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'en',
    groups: ['ict-devices', 'imaging'],
    title: 'RoHS conformity and declaration of SVHCs',
    text:
      'All electrical and electronic equipment supplied shall conform to Directive 2011/65/EU (RoHS). ' +
      'For each product, the tenderer shall declare any substance on the REACH Candidate List of substances of very high concern (Regulation (EC) No 1907/2006, art. 59) present in a concentration above 0.1 % by weight in any article, with its location in the product. ' +
      'External plastic parts over 25 g shall not contain halogenated flame retardants [unless they are needed for safety and an alternative is not available]. Means of proof: EU declaration of conformity, supplier declaration, or a label that covers these requirements (TCO Certified, EPEAT, EU Ecolabel) or an equivalent one.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021), hazardous substances; Regulation (EC) No 1907/2006 art. 33',
  },
  {
    id: 'env-hazardous-substances.specification.en.2',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'en',
    groups: ['furniture', 'buildings'],
    title: 'Furniture and finishes: formaldehyde and VOC limits',
    text:
      'Wood-based panels used in the furniture shall release no more than [50] % of the formaldehyde emission limit of class E1, tested according to EN 717-1 or an equivalent method. ' +
      'Coatings, adhesives and paints shall not be classified with hazard statements H340, H341, H350, H351, H360 or H361 (carcinogenic, mutagenic or toxic for reproduction) under Regulation (EC) No 1272/2008, and their VOC content shall not exceed [number] g/l. ' +
      'Means of proof: test reports from an accredited laboratory, safety data sheets, or the EU Ecolabel or an equivalent label.',
    source: 'EU GPP criteria for furniture (2017); EU GPP criteria for paints, varnishes and road markings (2018); Regulation (EC) No 1272/2008',
  },
  {
    id: 'env-hazardous-substances.award.en',
    criterion: 'env-hazardous-substances',
    stage: 'award',
    lang: 'en',
    title: 'Points for lower emissions into indoor air',
    text:
      'Up to [number] points out of [total] are awarded to products whose total VOC emissions after 28 days, tested according to EN 16516 or an equivalent method, are below [number] µg/m³, and up to [number] further points to wood-based panels releasing less than [number] mg/m³ formaldehyde. ' +
      'Tenderers shall attach the test reports.',
    source: 'EU GPP criteria for furniture (2017), award criteria on emissions; EN 16516',
  },
  {
    id: 'env-hazardous-substances.performance.en',
    criterion: 'env-hazardous-substances',
    stage: 'performance',
    lang: 'en',
    title: 'Chemicals used during the service and replacement products',
    text:
      'For the whole term of the contract, cleaning and maintenance products used on the buyer’s premises shall not be classified with the hazard statements listed in annex [X], and shall be dosed with dosing systems. ' +
      'Any product delivered as a replacement or added to the range shall meet the same substance requirements as the product tendered. The contractor shall keep the safety data sheets and an up-to-date list of products used and send them to the buyer on request and at least every [number] months.',
    source: 'EU GPP criteria for indoor cleaning services (2018), contract performance clauses; Directive 2014/24/EU art. 70',
  },
  {
    id: 'env-hazardous-substances.specification.fr',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'fr',
    groups: ['ict-devices', 'imaging'],
    title: 'Conformité RoHS et déclaration des substances extrêmement préoccupantes',
    text:
      'Les équipements électriques et électroniques livrés sont conformes à la directive 2011/65/UE (RoHS). ' +
      'Pour chaque produit, le soumissionnaire déclare les substances de la liste candidate du règlement (CE) n° 1907/2006 (REACH) présentes dans un article à une concentration supérieure à 0,1 % en masse, et leur emplacement dans le produit. ' +
      'Les pièces plastiques externes de plus de 25 g ne contiennent pas de retardateurs de flamme halogénés. Moyens de preuve : déclaration UE de conformité, déclaration du fournisseur, ou label couvrant ces exigences (TCO Certified, EPEAT, Écolabel européen) ou équivalent.',
    source: 'Critères GPP de l’UE pour les ordinateurs, écrans, tablettes et smartphones (2021) ; règlement (CE) n° 1907/2006 art. 33',
  },
  {
    id: 'env-hazardous-substances.specification.de',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'de',
    groups: ['ict-devices', 'imaging'],
    title: 'RoHS-Konformität und Angabe besonders besorgniserregender Stoffe',
    text:
      'Alle gelieferten Elektro- und Elektronikgeräte entsprechen der Richtlinie 2011/65/EU (RoHS). ' +
      'Für jedes Produkt gibt der Bieter die Stoffe der REACH-Kandidatenliste (Verordnung (EG) Nr. 1907/2006) an, die in einem Erzeugnis in einer Konzentration von mehr als 0,1 Massenprozent enthalten sind, und wo sie im Produkt verbaut sind. ' +
      'Kunststoffgehäuseteile über 25 g enthalten keine halogenierten Flammschutzmittel. Nachweis: EU-Konformitätserklärung, Herstellererklärung oder ein Gütezeichen, das diese Anforderungen abdeckt (z. B. Blauer Engel, TCO Certified), oder ein gleichwertiges.',
    source: 'EU-GPP-Kriterien für Computer, Monitore, Tablets und Smartphones (2021); Verordnung (EG) Nr. 1907/2006 Art. 33; § 34 VgV',
  },
  {
    id: 'env-hazardous-substances.specification.es',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'es',
    groups: ['furniture', 'buildings'],
    title: 'Mobiliario: emisiones de formaldehído y COV',
    text:
      'Los tableros derivados de la madera del mobiliario no emitirán más del [50] % del límite de emisión de formaldehído de la clase E1, según la norma UNE-EN 717-1 o un método equivalente. ' +
      'Los recubrimientos, adhesivos y pinturas no estarán clasificados con las indicaciones de peligro H340, H350 o H360 conforme al Reglamento (CE) n.º 1272/2008. Medios de prueba: informes de ensayo de un laboratorio acreditado, fichas de datos de seguridad, o la etiqueta ecológica de la UE u otra equivalente.',
    source: 'Criterios CPE de la UE para mobiliario (2017); Reglamento (CE) n.º 1272/2008',
  },
  {
    id: 'env-hazardous-substances.specification.fr.2',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'fr',
    groups: ['furniture', 'buildings'],
    title: 'Mobilier et finitions : formaldéhyde et COV',
    text:
      'Les panneaux à base de bois entrant dans la fabrication du mobilier émettent au plus [50] % de la valeur limite d’émission de formaldéhyde de la classe E1, mesurée selon la norme NF EN 717-1 ou une méthode équivalente. ' +
      'Les revêtements, colles, vernis et peintures ne sont pas classés, au titre du règlement (CE) n° 1272/2008 (CLP), avec les mentions de danger H340, H341, H350, H351, H360 ou H361 (cancérogènes, mutagènes ou toxiques pour la reproduction), et leur teneur en COV n’excède pas [nombre] g/l. ' +
      'Moyens de preuve : rapports d’essai d’un laboratoire accrédité, fiches de données de sécurité, ou Écolabel européen ou tout label équivalent.',
    source: 'Critères GPP de l’UE pour le mobilier (2017) et pour les peintures et vernis (2018) ; règlement (CE) n° 1272/2008 ; Code de la commande publique art. R2111-12 à R2111-17',
  },
  {
    id: 'env-hazardous-substances.award.fr',
    criterion: 'env-hazardous-substances',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : émissions dans l’air intérieur',
    text:
      'Au titre du critère environnemental prévu au RC (article R2152-7 du code de la commande publique), jusqu’à [nombre] points sur [total] sont attribués aux produits dont les émissions totales de COV à 28 jours, mesurées selon la norme NF EN 16516 ou une méthode équivalente, sont inférieures à [nombre] µg/m³, ' +
      'et jusqu’à [nombre] points supplémentaires aux panneaux à base de bois émettant moins de [nombre] mg/m³ de formaldéhyde. Le soumissionnaire joint les rapports d’essai à son offre.',
    source: 'Critères GPP de l’UE pour le mobilier (2017), critères d’attribution ; NF EN 16516 ; Code de la commande publique art. R2152-7',
  },
  {
    id: 'env-hazardous-substances.performance.fr',
    criterion: 'env-hazardous-substances',
    stage: 'performance',
    lang: 'fr',
    title: 'Produits chimiques utilisés pendant l’exécution',
    text:
      'Pendant toute la durée du marché, les produits d’entretien et de maintenance employés dans les locaux de l’acheteur ne relèvent d’aucune des mentions de danger énumérées à l’annexe [X] du CCTP et sont utilisés avec des systèmes de dosage. ' +
      'Tout produit livré en remplacement ou ajouté à la gamme en cours d’exécution respecte les mêmes exigences que le produit retenu dans l’offre. ' +
      'Le titulaire tient à jour la liste des produits utilisés et leurs fiches de données de sécurité, qu’il transmet à l’acheteur sur demande et au moins tous les [nombre] mois. Cette obligation constitue une condition d’exécution au sens de l’article L2112-2 du code de la commande publique.',
    source: 'Critères GPP de l’UE pour les services de nettoyage intérieur (2018), clauses d’exécution ; Code de la commande publique art. L2112-2 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'env-hazardous-substances.specification.de.2',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'de',
    groups: ['furniture', 'buildings'],
    title: 'Möbel und Oberflächen: Formaldehyd und VOC',
    text:
      'Die in den Möbeln verwendeten Holzwerkstoffplatten geben höchstens [50] % des Formaldehyd-Emissionsgrenzwerts der Emissionsklasse E1 ab, geprüft nach DIN EN 717-1 oder einem gleichwertigen Verfahren. ' +
      'Beschichtungen, Klebstoffe, Lacke und Farben sind nach der Verordnung (EG) Nr. 1272/2008 (CLP) nicht mit den Gefahrenhinweisen H340, H341, H350, H351, H360 oder H361 (krebserzeugend, erbgutverändernd oder fortpflanzungsgefährdend) eingestuft; ihr VOC-Gehalt überschreitet [Zahl] g/l nicht. ' +
      'Nachweis: Prüfberichte eines akkreditierten Prüflabors, Sicherheitsdatenblätter oder das EU-Umweltzeichen, der Blaue Engel oder ein gleichwertiges Gütezeichen.',
    source: 'EU-GPP-Kriterien für Möbel (2017) und für Farben, Lacke und Straßenmarkierungen (2018); Verordnung (EG) Nr. 1272/2008; §§ 33 und 34 VgV',
  },
  {
    id: 'env-hazardous-substances.award.de',
    criterion: 'env-hazardous-substances',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Innenraumluft',
    text:
      'Zuschlagskriterium „Emissionen in die Innenraumluft“: Bis zu [Zahl] von [Gesamtzahl] Punkten erhalten Produkte, deren VOC-Gesamtemission nach 28 Tagen, geprüft nach DIN EN 16516 oder einem gleichwertigen Verfahren, unter [Zahl] µg/m³ liegt; ' +
      'bis zu [Zahl] weitere Punkte erhalten Holzwerkstoffplatten mit einer Formaldehydabgabe unter [Zahl] mg/m³. Der Bieter fügt seinem Angebot die Prüfberichte bei.',
    source: 'EU-GPP-Kriterien für Möbel (2017), Zuschlagskriterien zu Emissionen; DIN EN 16516; § 127 GWB, § 58 VgV',
  },
  {
    id: 'env-hazardous-substances.performance.de',
    criterion: 'env-hazardous-substances',
    stage: 'performance',
    lang: 'de',
    title: 'Chemikalien bei der Leistungserbringung',
    text:
      'Während der gesamten Vertragslaufzeit setzt der Auftragnehmer in den Liegenschaften des öffentlichen Auftraggebers nur Reinigungs- und Pflegemittel ein, die mit keinem der in Anlage [X] genannten Gefahrenhinweise eingestuft sind, und dosiert sie über Dosiersysteme. ' +
      'Ersatz- oder Zusatzprodukte, die während der Laufzeit geliefert werden, erfüllen dieselben Stoffanforderungen wie das angebotene Produkt. ' +
      'Der Auftragnehmer führt ein aktuelles Verzeichnis der eingesetzten Mittel mit den Sicherheitsdatenblättern und legt es dem Auftraggeber auf Verlangen, mindestens jedoch alle [Zahl] Monate vor.',
    source: 'EU-GPP-Kriterien für Innenraumreinigung (2018), Vertragserfüllungsklauseln; § 128 Abs. 2 GWB; Richtlinie 2014/24/EU Art. 70',
  },
  {
    id: 'env-hazardous-substances.specification.es.2',
    criterion: 'env-hazardous-substances',
    stage: 'specification',
    lang: 'es',
    groups: ['ict-devices', 'imaging'],
    title: 'Conformidad RoHS y declaración de sustancias extremadamente preocupantes',
    text:
      'Todos los aparatos eléctricos y electrónicos suministrados cumplirán la Directiva 2011/65/UE (RoHS). ' +
      'Para cada producto, el licitador declarará las sustancias de la lista de candidatas del Reglamento (CE) n.º 1907/2006 (REACH) presentes en algún artículo en una concentración superior al 0,1 % en peso, indicando en qué parte del producto se encuentran. ' +
      'Las piezas externas de plástico de más de 25 g no contendrán retardantes de llama halogenados [salvo que sean necesarios por razones de seguridad y no exista alternativa]. ' +
      'Medios de prueba: declaración UE de conformidad, declaración del fabricante, o una etiqueta que cubra estos requisitos (TCO Certified, EPEAT, etiqueta ecológica de la UE) u otra equivalente.',
    source: 'Criterios CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021); Reglamento (CE) n.º 1907/2006 art. 33; Ley 9/2017 (LCSP) arts. 126 y 127',
  },
  {
    id: 'env-hazardous-substances.award.es',
    criterion: 'env-hazardous-substances',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: emisiones al aire interior',
    text:
      'Se otorgarán hasta [número] puntos, sobre un total de [total], a los productos cuyas emisiones totales de COV a los 28 días, ensayadas conforme a la norma UNE-EN 16516 o un método equivalente, sean inferiores a [número] µg/m³, ' +
      'y hasta [número] puntos adicionales a los tableros derivados de la madera con una emisión de formaldehído inferior a [número] mg/m³. El licitador acompañará su oferta de los informes de ensayo.',
    source: 'Criterios CPE de la UE para mobiliario (2017), criterios de adjudicación; UNE-EN 16516; Ley 9/2017 (LCSP) art. 145',
  },
  {
    id: 'env-hazardous-substances.performance.es',
    criterion: 'env-hazardous-substances',
    stage: 'performance',
    lang: 'es',
    title: 'Productos químicos empleados durante la ejecución',
    text:
      'Durante toda la vigencia del contrato, los productos de limpieza y mantenimiento empleados en las dependencias del órgano de contratación no estarán clasificados con ninguna de las indicaciones de peligro del anexo [X] del PPT y se aplicarán mediante sistemas de dosificación. ' +
      'Todo producto que se suministre en sustitución o se añada a la gama cumplirá los mismos requisitos que el ofertado. ' +
      'El contratista mantendrá actualizada la relación de productos utilizados con sus fichas de datos de seguridad y la remitirá al responsable del contrato cuando este la solicite y, como mínimo, cada [número] meses. Esta obligación tiene el carácter de condición especial de ejecución (art. 202 LCSP).',
    source: 'Criterios CPE de la UE para servicios de limpieza de interiores (2018), cláusulas de ejecución; Ley 9/2017 (LCSP) art. 202; Directiva 2014/24/UE art. 70',
  },
];
