import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-energy-efficiency',
  pillar: 'environment',
  name: {
    en: 'Energy-efficient products and operations',
    fr: 'Produits et exploitation économes en énergie',
    de: 'Energieeffiziente Produkte und energieeffizienter Betrieb',
    es: 'Productos y funcionamiento eficientes en energía',
  },
  why: {
    en: 'Most of the footprint of equipment, lighting, buildings and data centres comes from the energy they use over their life.',
    fr: 'L’essentiel de l’empreinte des équipements, de l’éclairage, des bâtiments et des centres de données vient de l’énergie consommée pendant leur vie.',
    de: 'Der größte Teil des Fußabdrucks von Geräten, Beleuchtung, Gebäuden und Rechenzentren entsteht durch die Energie, die sie während ihrer Nutzung verbrauchen.',
    es: 'La mayor parte de la huella de los equipos, el alumbrado, los edificios y los centros de datos procede de la energía que consumen durante su vida útil.',
  },
  appliesTo: {
    groups: ['ict-devices', 'imaging', 'data-centres-cloud', 'lighting-signals', 'buildings', 'iot-smart-infrastructure', 'food-catering'],
  },
  patterns: {
    en: [
      'energy star',
      'energy efficien(?:cy|t)\\b',
      'energy (?:label|class|rating)',
      'energy performance',
      'EPC (?:rating|band|class)',
      'typical (?:electricity|energy) consumption',
      'TEC (?:value|limit|requirement)s?\\b',
      'kWh ?/ ?(?:year|yr|annum|a)\\b',
      'kWh per (?:year|annum)',
      'kWh ?/ ?m(?:2|²)',
      '(?:luminous|luminaire|lamp|light source) efficacy',
      '\\d+(?:[.,]\\d+)? ?lm ?/ ?W\\b',
      'lumens? per watt',
      'dimm(?:ing|able|ed)\\b',
      '(?:presence|occupancy|daylight) (?:detect(?:ion|ors?)|sens(?:ors?|ing)|controls?)',
      'constant light output',
      'PUE\\b',
      'power usage effectiveness',
      '(?:ISO/IEC )?30134 2\\b',
      'Code of Conduct (?:on|for) (?:data cent(?:re|er)s?|energy efficiency)',
      'nZEB',
      'nearly zero energy',
      'passiv(?:e house|haus)',
      'eco(?:design| design) (?:regulation|requirements?|directive)',
      '80 plus (?:bronze|silver|gold|platinum|titanium)',
      'SEER\\b',
      'seasonal (?:energy efficiency|space heating energy efficiency|coefficient of performance)',
      '(?:standby|off mode|sleep mode|idle) (?:power|consumption)',
      '(?:power|energy|electricity) consumption (?:of|below|under|not exceeding|limited to|at most|no more than|max(?:imum)?)[^.;]{0,40}\\d(?:[.,]\\d+)? ?k?Wh?\\b',
    ],
    fr: [
      'energy star',
      'efficacite energetique',
      'efficience energetique',
      'econome?s? en energie',
      'etiquet(?:te|age) (?:energetique|energie|de l[’\']energie)',
      'classe (?:d[’\']efficacite )?energ(?:etique|ie)',
      'performances? energetiques?',
      'consommation (?:d[’\']electricite |d[’\']energie |energetique |electrique )?typique',
      'kWh ?/ ?(?:an|annee)\\b',
      'kWh par an',
      'kWh ?/ ?m(?:2|²)',
      'efficacite lumineuse',
      '\\d+(?:[.,]\\d+)? ?lm ?/ ?W\\b',
      'lumens? par watt',
      'gradation (?:de (?:la )?(?:puissance|lumiere|l[’\']eclairage|flux)|du flux|automatique|nocturne|programmee|dynamique)',
      'abaissement (?:de (?:la )?puissance|nocturne|du flux|de l[’\']eclairage)',
      '(?:detecteurs?|detection) de presence',
      'PUE\\b',
      '(?:ISO/IEC )?30134 2\\b',
      'code de conduite (?:europeen )?(?:sur|pour|relatif a) (?:l[’\']efficacite energetique des )?centres? de donnees',
      'batiments? (?:a )?(?:energie positive|basse consommation|passifs?)',
      'BEPOS\\b',
      'BBC (?:Effinergie|renovation)',
      'effinergie',
      'passivhaus',
      'consommation (?:d[’\']energie )?quasi nulle',
      'nZEB',
      'RT ?2012 \\d{1,2} ?%',
      'RE ?2020\\b',
      '(?:reglement|exigences?|directive)[^.;]{0,30}eco(?:conception| conception)',
      '(?:consommation|puissance) en (?:veille|mode arret)',
      'consommation (?:electrique|d[’\']energie|energetique)[^.;]{0,40}\\d(?:[.,]\\d+)? ?k?Wh?\\b',
      'SEER\\b',
    ],
    de: [
      'energy star',
      // Energieeffizienz, Energieeffizienzklasse, energieeffizient; also "Raumheizungs-Energieeffizienz"; not the
      // "Bundesstelle für Energieeffizienz" (an authority that may be the buyer)
      '(?<!(?:Bundesstelle|Agentur|Institut|Kompetenzzentrum|Zentrum) fur )energieeffizien\\w*',
      'Energieverbrauchskennzeichnung\\w*',
      'Energie ?(?:label|kennzeichnung|klasse|effizienzklasse)\\w*',
      'Effizienzklasse\\w*',
      'Energieausweis\\w*',
      '(?:Primar|End)energiebedarf\\w*',
      'typische?n? (?:Strom|Energie)verbrauch\\w*',
      'TEC ?Wert\\w*',
      '(?:Strom|Energie)verbrauch\\w*[^.;]{0,40}\\d(?:[.,]\\d+)? ?k?Wh?\\b',
      'kWh ?/ ?(?:Jahr|a)\\b',
      'kWh pro Jahr',
      'kWh ?/ ?m(?:2|²)',
      '(?:Leuchten)?lichtausbeute',
      '\\d+(?:[.,]\\d+)? ?lm ?/ ?W\\b',
      'Lumen pro Watt',
      'dimmbar\\w*',
      'Dimmung\\w*',
      'Nachtabsenkung\\w*',
      '(?:Prasenz|Bewegungs)melder\\w*',
      'Tageslicht ?(?:sensor|steuerung|regelung|abhangig)\\w*',
      'Konstantlicht\\w*',
      'PUE\\b',
      '(?:ISO/IEC )?30134 2\\b',
      'Verhaltenskodex[^.;]{0,40}Rechenzentr\\w*',
      'Niedrigstenergie ?(?:gebaude|standard|haus)\\w*',
      'nZEB',
      'passivhaus\\w*',
      'Effizienzhaus\\w*',
      'KfW ?(?:40|55|70|Effizienz)\\w*',
      // Ökodesign-Verordnung, Ökodesign-Anforderungen
      'okodesign\\w*',
      '80 plus (?:bronze|silver|gold|platinum|titanium)',
      'SEER\\b',
      'Leistungsaufnahme im (?:Bereitschafts|Aus|Ruhe|Standby|Schein ?aus)\\w*',
      'Standby ?(?:Verbrauch|Leistung)\\w*',
    ],
    es: [
      'energy star',
      'eficiencia energetica',
      'energeticamente eficientes?',
      'eficientes? (?:energeticamente|en (?:el consumo de )?energia)',
      'etiqueta(?:do)? (?:energetic[ao]|de (?:eficiencia )?energ(?:etica|ia))',
      'clase (?:de eficiencia )?energetica',
      'calificacion energetica',
      'consumo (?:electrico |de energia |energetico )?tipico',
      'consumo (?:electrico|de energia|energetico)[^.;]{0,40}\\d(?:[.,]\\d+)? ?k?Wh?\\b',
      'kWh ?/ ?ano\\b',
      'kWh (?:al|por) ano',
      'kWh ?/ ?m(?:2|²)',
      'eficacia luminosa',
      '\\d+(?:[.,]\\d+)? ?lm ?/ ?W\\b',
      'lumenes por vatio',
      // not "altura regulable" (adjustable office chairs)
      'regulacion (?:del flujo|de flujo|del nivel de iluminacion|en funcion de la luz natural)',
      'reduccion del flujo (?:luminoso)?',
      'luminarias? (?:regulables|dimables)',
      '(?:sensores?|detectores?) de presencia',
      'PUE\\b',
      '(?:ISO/IEC )?30134 2\\b',
      'edificios? de consumo (?:de energia )?casi nulo',
      'nZEB',
      'passivhaus',
      'ecodiseno',
      '80 plus (?:bronze|silver|gold|platinum|titanium)',
      'SEER\\b',
      'consumo en (?:modo )?(?:espera|apagado|standby|reposo)',
    ],
  },
  fields: [
    // Energy Efficiency Directive codes (eForms): they name what was bought under the EED and on what basis.
    {
      bt: 'energy-efficiency-item',
      values: ['air-cond', 'building', 'circul', 'computer', 'cook-appl', 'dishwas', 'el-mo-vsd', 'fuel-boil', 'hea-cool', 'hous-freez', 'indus-fan', 'ligh-gea', 'lo-spa-hea', 'mob-pho-ta', 'pow-suppl', 'pow-tra', 'pro-refrig', 'products', 'refri-appl', 'ser-da-sto', 'services', 'spa-com-hea', 'tum-dry', 'tv-nat-law', 'tyres', 'vac-clea', 'ventila', 'wa-hea-tan', 'wa-pu', 'was-ma-dry', 'weld-eq', 'works'],
      effect: 'present',
      label: 'Item bought under the Energy Efficiency Directive (EED)',
    },
    {
      bt: 'energy-efficiency-basis',
      values: ['eco-des', 'eed-spec', 'enrg-lab', 'gpp-crit', 'nzeb-bui'],
      effect: 'present',
      label: 'Energy-efficiency requirement applied (EED basis)',
    },
    {
      bt: 'energy-efficiency-label',
      values: ['ENERA', 'ENERA1', 'ENERA2', 'ENERA3', 'ENERB', 'ENERC', 'ENERD', 'ENERE', 'ENERF', 'ENERG'],
      effect: 'present',
      label: 'EU energy label class required (EED)',
    },
    // In scope of the EED says the obligation exists, not what the notice requires: the basis/label codes above
    // say that. Weak, so that a notice with the scope flag and nothing else is shown as uncertain.
    { bt: 'eed-scope', values: ['true'], effect: 'weak', label: 'Within the scope of the Energy Efficiency Directive' },
    // Climate-change mitigation covers renewables and carbon as much as energy efficiency.
    { bt: 'BT-774', values: ['clim-mitig'], effect: 'weak', label: 'Climate change mitigation declared (BT-774)' },
    // OCDS: the sustainability goal that names exactly this criterion.
    { bt: 'OCDS-goal', values: ['environmental.energyEfficiency'], effect: 'present', label: 'Energy efficiency declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'EU GPP criteria for computers, monitors, tablets and smartphones (2021)',
    'EU GPP criteria for imaging equipment, consumables and print services (2020)',
    'EU GPP criteria for data centres, server rooms and cloud services (2020)',
    'EU GPP criteria for road lighting and traffic signals (2018)',
    'EU GPP criteria for office building design, construction and management (2016)',
    'Directive (EU) 2023/1791 (Energy Efficiency Directive) art. 7 and Annex IV',
    'Regulation (EU) 2017/1369 (energy labelling)',
    'ISO/IEC 30134-2 (power usage effectiveness)',
    'EU Code of Conduct on Data Centre Energy Efficiency',
    'EN 13201-5 (road lighting energy performance indicators)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-energy-efficiency.specification.en',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'en',
    groups: ['ict-devices', 'imaging'],
    title: 'ICT equipment meets the current ENERGY STAR level',
    text:
      'Every [computer / monitor / tablet / printer] supplied under the contract shall meet the energy-efficiency requirements of the ENERGY STAR version in force for its product category on [date of publication of the notice]. ' +
      'Means of proof: the product’s entry in the ENERGY STAR register, a TCO Certified or EPEAT registration that covers this requirement, or a test report from a laboratory accredited to ISO/IEC 17025 showing equivalent performance.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021), energy consumption',
  },
  {
    id: 'env-energy-efficiency.specification.en.2',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'en',
    groups: ['lighting-signals'],
    title: 'Road lighting: luminaire efficacy and dimming',
    text:
      'Each luminaire shall have an efficacy of at least [number] lm/W at a correlated colour temperature of [number] K or less, measured on the complete luminaire. ' +
      'Luminaires shall be dimmable, and the control system shall lower the light output by at least [number] % between [time] and [time], or in response to traffic or presence detection. ' +
      'The tenderer shall state the annual energy consumption indicator (AECI, kWh/m² per year) of the design calculated according to EN 13201-5.',
    source: 'EU GPP criteria for road lighting and traffic signals (2018), luminaire efficacy and lighting controls',
  },
  {
    id: 'env-energy-efficiency.specification.en.3',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'en',
    groups: ['data-centres-cloud'],
    title: 'Data centre: design PUE and Code of Conduct practices',
    text:
      'The design power usage effectiveness (PUE, ISO/IEC 30134-2) of the facility used to deliver the service shall not exceed [number] at [number] % IT load. ' +
      'The operator shall apply the expected practices of the EU Code of Conduct on Data Centre Energy Efficiency, or equivalent measures, and shall list them in its tender. Servers shall meet the ecodesign requirements of Regulation (EU) 2019/424.',
    source: 'EU GPP criteria for data centres, server rooms and cloud services (2020)',
  },
  {
    id: 'env-energy-efficiency.award.en',
    criterion: 'env-energy-efficiency',
    stage: 'award',
    lang: 'en',
    title: 'Points for energy use below the required level',
    text:
      'Up to [number] points out of [total] are awarded for energy efficiency. Each offered model scores in proportion to how far its typical electricity consumption (TEC, kWh/year) lies below the ENERGY STAR limit for its category: [number] points for [number] % below the limit or better, none at the limit. ' +
      'Tenderers shall give the TEC value and the limit for each model, with the supporting registration or test report.',
    source: 'EU GPP criteria for computers, monitors, tablets and smartphones (2021) and imaging equipment (2020), award criteria on energy',
  },
  {
    id: 'env-energy-efficiency.performance.en',
    criterion: 'env-energy-efficiency',
    stage: 'performance',
    lang: 'en',
    title: 'Energy monitoring and reporting during the contract',
    text:
      'Throughout the contract, the contractor shall measure and report to the buyer every [month / year] the energy consumption (kWh) of the [installations / service] and, for data-centre services, the PUE measured according to ISO/IEC 30134-2. ' +
      'Where a reported value is more than [number] % above the value stated in the tender, the contractor shall propose a corrective plan within [number] days and carry it out at its own cost.',
    source: 'EU GPP criteria for data centres, server rooms and cloud services (2020), contract performance clauses',
  },
  {
    id: 'env-energy-efficiency.specification.fr',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'fr',
    groups: ['ict-devices', 'imaging'],
    title: 'Équipements informatiques au niveau ENERGY STAR en vigueur',
    text:
      'Chaque [ordinateur / écran / tablette / imprimante] livré au titre du marché respecte les exigences d’efficacité énergétique de la version du label ENERGY STAR en vigueur pour sa catégorie à la date d’envoi de l’avis. ' +
      'Moyens de preuve : inscription du produit au registre ENERGY STAR, certification TCO Certified ou enregistrement EPEAT couvrant cette exigence, ou rapport d’essai d’un laboratoire accrédité ISO/IEC 17025 démontrant une performance équivalente.',
    source: 'Critères GPP de l’UE pour les ordinateurs, écrans, tablettes et smartphones (2021), consommation d’énergie',
  },
  {
    id: 'env-energy-efficiency.specification.fr.2',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'fr',
    groups: ['lighting-signals'],
    title: 'Éclairage public : efficacité lumineuse et gradation',
    text:
      'Chaque luminaire présente une efficacité lumineuse d’au moins [nombre] lm/W pour une température de couleur au plus égale à [nombre] K, mesurée sur le luminaire complet. ' +
      'Les luminaires sont gradables ; le système de gestion abaisse le flux lumineux d’au moins [nombre] % entre [heure] et [heure], ou en fonction du trafic ou d’une détection de présence. ' +
      'Le candidat indique l’indicateur de consommation énergétique annuelle (AECI, kWh/m² par an) de son projet, calculé selon la norme EN 13201-5.',
    source: 'Critères GPP de l’UE pour l’éclairage public et les feux de signalisation (2018)',
  },
  {
    id: 'env-energy-efficiency.award.fr',
    criterion: 'env-energy-efficiency',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : consommation inférieure au seuil',
    text:
      'Critère d’attribution « performance énergétique » : [nombre] points sur [total]. Chaque modèle proposé est noté en proportion de l’écart entre sa consommation d’électricité typique (TEC, kWh/an) et la limite ENERGY STAR de sa catégorie : [nombre] points pour un écart de [nombre] % ou plus sous la limite, zéro point à la limite. ' +
      'Le soumissionnaire indique, pour chaque modèle, la valeur TEC et la limite applicable, avec l’enregistrement ou le rapport d’essai correspondant.',
    source: 'Critères GPP de l’UE pour les ordinateurs (2021) et les équipements d’impression (2020), critères d’attribution relatifs à l’énergie',
  },
  {
    id: 'env-energy-efficiency.performance.fr',
    criterion: 'env-energy-efficiency',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : suivi des consommations',
    text:
      'Pendant toute la durée du marché, le titulaire mesure et transmet à l’acheteur, chaque [mois / année], la consommation d’énergie (kWh) des [installations / services] et, pour l’hébergement, le PUE mesuré selon la norme ISO/IEC 30134-2. ' +
      'Si une valeur dépasse de plus de [nombre] % celle annoncée dans l’offre, le titulaire propose sous [nombre] jours un plan d’actions correctives qu’il met en œuvre à ses frais.',
    source: 'Critères GPP de l’UE pour les centres de données, salles serveurs et services en nuage (2020), clauses d’exécution',
  },
  {
    id: 'env-energy-efficiency.specification.de',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'de',
    groups: ['ict-devices', 'imaging'],
    title: 'IT-Geräte auf dem aktuellen ENERGY-STAR-Niveau',
    text:
      'Jedes im Rahmen des Auftrags gelieferte [Notebook / Monitor / Tablet / Drucker] erfüllt die Energieeffizienzanforderungen der am Tag der Veröffentlichung der Bekanntmachung gültigen ENERGY-STAR-Version für seine Produktkategorie. ' +
      'Nachweis: Eintrag des Produkts in der ENERGY-STAR-Datenbank, eine TCO-Certified- oder EPEAT-Registrierung, die diese Anforderung abdeckt, oder ein Prüfbericht eines nach ISO/IEC 17025 akkreditierten Labors, der eine gleichwertige Leistung belegt.',
    source: 'EU-GPP-Kriterien für Computer, Monitore, Tablets und Smartphones (2021), Energieverbrauch; § 67 VgV (energieverbrauchsrelevante Leistungen)',
  },
  {
    id: 'env-energy-efficiency.specification.es',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'es',
    groups: ['lighting-signals'],
    title: 'Alumbrado exterior: eficacia luminosa y regulación del flujo',
    text:
      'Cada luminaria tendrá una eficacia luminosa de al menos [número] lm/W con una temperatura de color correlacionada no superior a [número] K, medida sobre la luminaria completa. ' +
      'Las luminarias serán regulables y el sistema de control reducirá el flujo luminoso al menos un [número] % entre las [hora] y las [hora], o en función del tráfico o de la detección de presencia. ' +
      'El licitador indicará el indicador de consumo energético anual (AECI, kWh/m² al año) de su proyecto, calculado según la norma UNE-EN 13201-5.',
    source: 'Criterios CPE de la UE para alumbrado público y semáforos (2018); Real Decreto 1890/2008 (eficiencia energética en instalaciones de alumbrado exterior)',
  },
  {
    id: 'env-energy-efficiency.specification.fr.3',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'fr',
    groups: ['data-centres-cloud'],
    title: 'Centre de données : PUE de conception et code de conduite',
    text:
      'L’indicateur d’efficacité énergétique de conception (PUE, norme ISO/IEC 30134-2) de l’installation utilisée pour la prestation ne dépasse pas [nombre] à [nombre] % de charge informatique. ' +
      'L’exploitant applique les pratiques attendues du code de conduite européen sur l’efficacité énergétique des centres de données, ou des mesures équivalentes, et les énumère dans son offre. ' +
      'Les serveurs respectent les exigences d’écoconception du règlement (UE) 2019/424.',
    source: 'Critères GPP de l’UE pour les centres de données, salles serveurs et services en nuage (2020) ; règlement (UE) 2019/424',
  },
  {
    id: 'env-energy-efficiency.specification.de.2',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'de',
    groups: ['lighting-signals'],
    title: 'Straßenbeleuchtung: Lichtausbeute und Dimmung',
    text:
      'Jede Leuchte erreicht eine Lichtausbeute von mindestens [Zahl] lm/W bei einer ähnlichsten Farbtemperatur von höchstens [Zahl] K, gemessen an der vollständigen Leuchte. ' +
      'Die Leuchten sind dimmbar; die Steuerung senkt den Lichtstrom zwischen [Uhrzeit] und [Uhrzeit] oder verkehrs- bzw. präsenzabhängig um mindestens [Zahl] %. ' +
      'Der Bieter gibt den jährlichen Energieverbrauchsindikator (AECI, kWh/m² pro Jahr) seiner Planung an, berechnet nach DIN EN 13201-5.',
    source: 'EU-GPP-Kriterien für Straßenbeleuchtung und Verkehrssignalanlagen (2018), Lichtausbeute und Lichtsteuerung; VgV § 67',
  },
  {
    id: 'env-energy-efficiency.specification.de.3',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'de',
    groups: ['data-centres-cloud'],
    title: 'Rechenzentrum: Auslegungs-PUE und EU-Verhaltenskodex',
    text:
      'Die Auslegungs-PUE (Power Usage Effectiveness nach ISO/IEC 30134-2) der für die Leistung genutzten Einrichtung beträgt höchstens [Zahl] bei [Zahl] % IT-Last. ' +
      'Der Betreiber wendet die erwarteten Praktiken des EU-Verhaltenskodex für die Energieeffizienz von Rechenzentren oder gleichwertige Maßnahmen an und führt sie im Angebot auf. Die Server erfüllen die Ökodesign-Anforderungen der Verordnung (EU) 2019/424.',
    source: 'EU-GPP-Kriterien für Rechenzentren, Serverräume und Cloud-Dienste (2020); Verordnung (EU) 2019/424; Energieeffizienzgesetz (EnEfG)',
  },
  {
    id: 'env-energy-efficiency.specification.es.2',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'es',
    groups: ['ict-devices', 'imaging'],
    title: 'Equipos informáticos con el nivel ENERGY STAR vigente',
    text:
      'Todos los [ordenadores / monitores / tabletas / impresoras] suministrados en el marco del contrato cumplirán los requisitos de eficiencia energética de la versión de ENERGY STAR vigente para su categoría en [la fecha de publicación del anuncio de licitación]. ' +
      'Medios de prueba: la inscripción del producto en el registro de ENERGY STAR, una certificación TCO Certified o un registro EPEAT que cubra este requisito, o un informe de ensayo de un laboratorio acreditado conforme a ISO/IEC 17025 que demuestre un rendimiento equivalente.',
    source: 'Criterios CPE de la UE para ordenadores, monitores, tabletas y teléfonos inteligentes (2021), consumo de energía; Ley 9/2017 de Contratos del Sector Público arts. 127 y 128',
  },
  {
    id: 'env-energy-efficiency.specification.es.3',
    criterion: 'env-energy-efficiency',
    stage: 'specification',
    lang: 'es',
    groups: ['data-centres-cloud'],
    title: 'Centro de datos: PUE de diseño y Código de Conducta europeo',
    text:
      'La eficacia en el uso de la energía de diseño (PUE, ISO/IEC 30134-2) de la instalación utilizada para prestar el servicio no superará [número] con una carga informática del [número] %. ' +
      'El operador aplicará las prácticas esperadas del Código de Conducta europeo sobre eficiencia energética de los centros de datos, o medidas equivalentes, y las enumerará en su oferta. ' +
      'Los servidores cumplirán los requisitos de diseño ecológico del Reglamento (UE) 2019/424.',
    source: 'Criterios CPE de la UE para centros de datos, salas de servidores y servicios en la nube (2020); Reglamento (UE) 2019/424',
  },
  {
    id: 'env-energy-efficiency.award.de',
    criterion: 'env-energy-efficiency',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Energieverbrauch unter dem geforderten Niveau',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden für die Energieeffizienz vergeben. ' +
      'Jedes angebotene Modell wird danach bewertet, wie weit sein typischer Stromverbrauch (TEC, kWh/Jahr) unter dem ENERGY-STAR-Grenzwert seiner Kategorie liegt: [Zahl] Punkte bei [Zahl] % oder mehr unter dem Grenzwert, null Punkte am Grenzwert, dazwischen anteilig. ' +
      'Die Bieter geben für jedes Modell den TEC-Wert und den Grenzwert an und fügen die Registrierung oder den Prüfbericht bei.',
    source: 'EU-GPP-Kriterien für Computer (2021) und Bildgebungsgeräte (2020), Zuschlagskriterien zur Energie; VgV § 67',
  },
  {
    id: 'env-energy-efficiency.award.es',
    criterion: 'env-energy-efficiency',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: consumo inferior al nivel exigido',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] por la eficiencia energética. ' +
      'Cada modelo ofertado se puntuará en proporción a lo que su consumo eléctrico típico (TEC, kWh/año) quede por debajo del límite ENERGY STAR de su categoría: [número] puntos si queda un [número] % o más por debajo del límite, cero puntos en el límite. ' +
      'Los licitadores indicarán para cada modelo el valor TEC y el límite, con el registro o el informe de ensayo que lo acredite.',
    source: 'Criterios CPE de la UE para ordenadores (2021) y equipos de impresión (2020), criterios de adjudicación sobre energía; Ley 9/2017 de Contratos del Sector Público art. 145',
  },
  {
    id: 'env-energy-efficiency.performance.de',
    criterion: 'env-energy-efficiency',
    stage: 'performance',
    lang: 'de',
    title: 'Energiemonitoring und Berichte während der Vertragslaufzeit',
    text:
      'Während der gesamten Vertragslaufzeit misst der Auftragnehmer den Energieverbrauch (kWh) der [Anlagen / Dienstleistung] und berichtet ihn dem Auftraggeber [monatlich / jährlich], bei Rechenzentrumsleistungen einschließlich der nach ISO/IEC 30134-2 gemessenen PUE. ' +
      'Liegt ein berichteter Wert um mehr als [Zahl] % über dem im Angebot genannten Wert, legt der Auftragnehmer innerhalb von [Zahl] Tagen einen Korrekturplan vor und setzt ihn auf eigene Kosten um.',
    source: 'EU-GPP-Kriterien für Rechenzentren, Serverräume und Cloud-Dienste (2020), Ausführungsbedingungen; GWB § 128 Abs. 2',
  },
  {
    id: 'env-energy-efficiency.performance.es',
    criterion: 'env-energy-efficiency',
    stage: 'performance',
    lang: 'es',
    title: 'Seguimiento e información del consumo energético',
    text:
      'Durante toda la vigencia del contrato, el contratista medirá el consumo de energía (kWh) de [las instalaciones / el servicio] e informará de él al órgano de contratación [mensualmente / anualmente] y, en los servicios de centro de datos, también del PUE medido conforme a ISO/IEC 30134-2. ' +
      'Si un valor supera en más de un [número] % el indicado en la oferta, el contratista propondrá en un plazo de [número] días un plan de medidas correctoras y lo ejecutará a su cargo.',
    source: 'Criterios CPE de la UE para centros de datos, salas de servidores y servicios en la nube (2020), cláusulas de ejecución; Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
