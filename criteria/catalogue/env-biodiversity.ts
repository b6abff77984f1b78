import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-biodiversity',
  pillar: 'environment',
  name: {
    en: 'Biodiversity and pollution of land, water, light',
    fr: 'Biodiversité et pollutions des sols, de l’eau, lumineuses',
    de: 'Biodiversität und Verschmutzung von Boden, Wasser, Licht',
    es: 'Biodiversidad y contaminación del suelo, el agua y lumínica',
  },
  why: {
    en: 'Parks, verges, streets and building sites are habitats: native planting, no pesticides, peat-free soils, shielded warm-white lighting and quieter machinery keep insects, birds and bats alive and people healthier.',
    fr: 'Parcs, accotements, rues et chantiers sont des habitats : espèces locales, zéro pesticide, terreaux sans tourbe, éclairage dirigé vers le sol en blanc chaud et engins moins bruyants protègent insectes, oiseaux et chauves-souris, et la santé des habitants.',
    de: 'Parks, Straßenränder, Straßen und Baustellen sind Lebensräume: heimische Pflanzen, keine Pestizide, torffreie Substrate, abgeschirmtes warmweißes Licht und leisere Maschinen schützen Insekten, Vögel und Fledermäuse und die Gesundheit der Menschen.',
    es: 'Parques, arcenes, calles y obras son hábitats: especies autóctonas, sin plaguicidas, sustratos sin turba, alumbrado apantallado de luz cálida y maquinaria más silenciosa protegen insectos, aves y murciélagos, y la salud de las personas.',
  },
  appliesTo: {
    groups: ['public-space', 'lighting-signals', 'roads', 'buildings', 'water-infrastructure'],
  },
  patterns: {
    en: [
      // not the buyer's own statutory duty ("the Council has a legal duty to maintain and enhance biodiversity ...
      // must seek to promote the resilience of ecosystems", Sell2Wales 148160), which binds the buyer, not the contractor
      '(?<!dut(?:y|ies) (?:to|of) [^.;]{0,40})biodivers\\w*',
      'BNG\\b',
      'ecolog\\w* (?:surveys?|assessments?|appraisals?|management plans?|clerk of works|enhancements?|mitigation|connectivity|corridors?)',
      'habitats? (?:creation|enhancement|management|protection|regulations|surveys?|loss)',
      'protected (?:species|habitats?)',
      'natura 2000',
      'sites? of special scientific interest',
      '(?:locally |UK |regionally )?native (?:species|plants?|planting|trees?|shrubs?|wildflowers?|hedg\\w*|seeds?|origin|provenance|grasses)',
      'invasive (?:non native |alien )?(?:species|plants|weeds)',
      'wildflower (?:meadows?|planting|seed\\w*|verges?|areas?|strips?)',
      'pollinator\\w*',
      'bee friendly',
      '(?:bird|bat|hedgehog|insect) (?:boxes|bricks|hotels?|friendly|surveys?|roosts?)',
      'nest(?:ing)? (?:boxes|season|birds)',
      'breeding season',
      // pesticides banned, restricted or replaced; not "application of herbicide to pavements", the service bought
      '(?:no|non|without|avoid\\w*|ban\\w*|prohibit\\w*|restrict\\w*|reduc\\w*|minimi[sz]\\w*|phas\\w* out|free from|alternatives? to|instead of)(?: the)?(?: use of)?(?: any)?(?: chemical| synthetic)? (?:pesticides?|herbicides?|glyphosate|weed ?killers?|plant protection products)',
      '(?:pesticide|herbicide|glyphosate|chemical|peat) free',
      'non chemical (?:weed|pest|vegetation)',
      '(?:mechanical|thermal|hot water|foam|manual) weed(?:ing| control)',
      'integrated pest management',
      // not "ipm", images per minute in printer specifications
      'IPM (?:plans?|approach|programmes?|principles|strategy)',
      '2009/128/EC\\b',
      '(?:free (?:of|from)|without|no) peat',
      // lighting: upward light, colour temperature at most 3000 K, obtrusive light
      'ULOR\\b',
      'upward (?:light|flux)',
      'light pollution',
      'light spill',
      'obtrusive light',
      'dark sk(?:y|ies)',
      // a colour temperature of at most 3000 K ("3000 K", "2 700 K", "2.200 K"); not any colour temperature (4000 K)
      '(?:1[ .]?[6-9]|2[ .]?[0-9]|3[ .]?0)00 ?(?:K|kelvin)\\b',
      'amber (?:LEDs?|light\\w*)',
      // outdoor noise; not the noise level of a printer or a computer (ICT specifications), nor a bare dB(A) value
      '(?:site|construction|works|machinery|equipment|traffic|road|outdoor|environmental) noise',
      'noise (?:mitigation|abatement|management plans?|barriers?|insulation of (?:the )?road)',
      'noise (?:limits?|levels?) (?:at|on) (?:the )?(?:site boundary|boundary|nearest|facade|receptors?|dwellings|properties)',
      '2000/14/EC\\b',
      'BS 5228',
      'low noise (?:road )?(?:surfac\\w*|asphalt|pavements?|machinery|equipment|mowers?|tools)',
      'quiet (?:road )?(?:surfac\\w*|asphalt|machinery|equipment)',
      // soil and water
      'pollution (?:prevention|control) (?:plans?|measures|guidance)',
      'spill (?:kits?|prevention|response)',
      'silt (?:fences?|traps?|curtains?)',
      'tree protection (?:plans?|measures|zones?|fencing|barriers?)',
      'root protection areas?',
      'BS 5837',
      '(?:green|living|brown|biodiverse) (?:roofs?|walls?|fa[cç]ades?)',
      '(?:late|reduced|conservation|cut and collect|relaxed) mowing',
      'meadow (?:management|areas?|mix)',
    ],
    fr: [
      'biodiversite',
      'especes? (?:vegetales )?(?:locales|indigenes|autochtones|envahissantes|exotiques envahissantes|protegees)',
      'vegetal local',
      'zero (?:phyto|pesticides?|produits? phytosanitaires?)',
      'aucun (?:produit )?(?:phytosanitaire|pesticide|herbicide)',
      '(?:sans|interdiction|interdit\\w*|proscri\\w*|reduction|suppression|alternatives? (?:aux?|a l[’\']))(?: de)?(?: l[’\']usage| l[’\']utilisation| l[’\']emploi)?(?: des| de| d[’\'])? ?(?:produits phytosanitaires|phytosanitaires|pesticides|herbicides|glyphosate|desherbants chimiques)',
      'loi Labbe',
      '2014 ?110\\b',
      'lutte (?:biologique|integree)',
      'protection biologique integree',
      'desherbage (?:manuel|mecanique|thermique|alternatif|a la vapeur|raisonne)',
      'gestion differenciee',
      'fauche (?:tardive|raisonnee|differenciee)',
      'eco ?paturage',
      '(?:terreaux?|substrats?|supports? de culture) sans tourbe',
      'sans tourbe',
      'pollution lumineuse',
      'nuisances? (?:lumineuses|sonores)',
      'trame (?:noire|verte|bleue)',
      'ULOR\\b',
      'flux (?:lumineux )?(?:montant|emis vers le haut|vers le haut)',
      '(?:1[ .]?[6-9]|2[ .]?[0-9]|3[ .]?0)00 ?(?:K|kelvin)\\b',
      'arrete du 27 decembre 2018',
      // outdoor noise, not the "niveau sonore" of a printer
      'bruits? (?:de chantier|des engins|de voisinage)',
      '(?:engins?|materiels?|outils?|machines?) (?:moins bruyants?|silencieux|insonorises?|a faible (?:niveau sonore|emission sonore))',
      'nichoirs?',
      'gites? a chauves souris',
      'chauves souris',
      'pollinisateurs?',
      'prairies? (?:fleuries|naturelles|mellif\\w*)',
      'haies? (?:champetres|vives|bocageres|diversifiees)',
      'ecologue',
      'inventaires? (?:faune flore|ecologiques?|naturalistes?)',
      'natura 2000',
      '(?:toitures?|murs?|facades?) vegetalise',
      'continuites? ecologiques',
      'compensation ecologique',
      'eviter,? reduire,? compenser',
      'periodes? de nidification',
      'zones? de protection (?:des )?(?:arbres|racines)',
    ],
    de: [
      'biodiversitat',
      'artenvielfalt',
      'artenschutz',
      'heimisch\\w* (?:Arten|Pflanz|Geholz|Wildpflanz|Baum|Baume|Strauch|Straucher|Saatgut|Stauden|Wildkrauter)',
      'gebietseigen',
      'regiosaatgut',
      'autochthon',
      'invasive[nr]? (?:Arten|Neophyten|Pflanzen)',
      'neophyten',
      'pestizidfrei',
      'glyphosatfrei',
      'herbizidfrei',
      '(?:verzicht|verbot)\\w* (?:auf |von )?[^.;]{0,40}(?:pestizid|pflanzenschutzmittel|herbizid|glyphosat|biozid)',
      '(?:pestizid|pflanzenschutzmittel|herbizid|glyphosat)\\w*[^.;]{0,60}(?:verzicht|unzulassig|untersagt|verboten|nicht zulassig)',
      'ohne (?:den )?(?:Einsatz |Verwendung )?(?:von )?(?:chemisch\\w* )?(?:synthetisch\\w* )?(?:Pestizid|Pflanzenschutzmittel|Herbizid|Glyphosat)',
      'integrierte[nr]? (?:Pflanzenschutz|Schadlingsbekampfung)',
      '(?:mechanisch|thermisch)\\w* (?:oder (?:thermisch|mechanisch)\\w* )?(?:Wildkraut|Unkraut|Beikraut)',
      'torffrei',
      'lichtverschmutzung',
      'lichtimmission',
      'insektenfreundlich',
      'fledermausfreundlich',
      'oberen halbraum',
      'ULOR\\b',
      '(?:1[ .]?[6-9]|2[ .]?[0-9]|3[ .]?0)00 ?(?:K|kelvin)\\b',
      // outdoor noise: Lärmschutz, Lärmminderung, AVV Baulärm, 32. BImSchV (machinery outdoors); not "geräuscharm",
      // which Blue Angel printers are
      'larm(?:schutz|minderung|minimierung|grenzwert|reduzier|belastung)',
      'AVV Baularm',
      'baularm',
      '32 ?\\. ?BImSchV',
      'nist(?:kast|hilf|platz|statt)',
      'brut und setzzeit',
      'BNatSchG',
      'fledermaus',
      'bluh(?:wiese|streifen|flache|mischung)',
      'blumenwiese',
      '(?:extensiv|insektenfreundlich)\\w* (?:Mahd|Pflege|Grunland|Wiese)',
      '(?:dach|fassaden)begrunung',
      'baumschutz',
      'DIN 18920',
      'RAS LP 4',
      '(?:okologische|umweltfachliche) baubegleitung',
      'umweltbaubegleitung',
    ],
    es: [
      'biodiversidad',
      'especies? (?:vegetales )?(?:autoctonas|nativas|locales|invasoras|exoticas invasoras|protegidas)',
      'plantas? autoctonas',
      '(?:sin|no se utilizar\\w*|prohib\\w*|reduc\\w*|eliminacion de|alternativas? a)(?: el uso de| la utilizacion de)?(?: los| las| de)? ?(?:productos )?(?:fitosanitarios|plaguicidas|pesticidas|herbicidas|glifosato)',
      'gestion integrada de plagas',
      'lucha (?:biologica|integrada)',
      'control biologico',
      '1311/2012\\b',
      'desbroce (?:manual|mecanico|termico)',
      'sin turba',
      'contaminacion (?:luminica|luminosa|acustica)',
      'FHS(?:inst)?\\b',
      'flujo hemisferico superior',
      '1890/2008\\b',
      '(?:1[ .]?[6-9]|2[ .]?[0-9]|3[ .]?0)00 ?(?:K|kelvin)\\b',
      // outdoor noise (Real Decreto 212/2002, machinery used outdoors), not the noise level of a printer
      'ruido (?:de (?:la )?obra|ambiental|de las obras)',
      'maquinaria (?:de bajo nivel sonoro|silenciosa|de baja emision sonora)',
      '212/2002\\b',
      'cajas? nido',
      'murcielagos',
      'polinizadores',
      'praderas? (?:floridas|naturales)',
      '(?:cubiertas?|tejados?|fachadas?|muros?) (?:verdes|vegetales|vegetadas|ajardinadas)',
      'red natura 2000',
      'siega (?:tardia|diferenciada)',
      'periodo de (?:nidificacion|reproduccion|cria)',
      'proteccion del arbolado',
    ],
  },
  fields: [
    // BT-774 biodiv-eco declares biodiversity as the lot's approach to reducing environmental impacts, and no other
    // criterion shares the code: it says exactly this criterion. The OCDS goal is its mapping (OCDS for eForms).
    { bt: 'BT-774', values: ['biodiv-eco'], effect: 'present', label: 'Protection and restoration of biodiversity and ecosystems declared (BT-774)' },
    { bt: 'OCDS-goal', values: ['environmental.biodiversityProtectionRestoration'], effect: 'present', label: 'Biodiversity protection and restoration declared as a sustainability goal (OCDS)' },
    // Pollution prevention is shared with env-hazardous-substances: it points this way without settling it.
    { bt: 'BT-774', values: ['pollu-prev'], effect: 'weak', label: 'Pollution prevention and control declared (BT-774)' },
    { bt: 'OCDS-goal', values: ['environmental.pollutionPrevention'], effect: 'weak', label: 'Pollution prevention declared as a sustainability goal (OCDS)' },
  ],
  sources: [
    'EU GPP criteria for public space maintenance (2019), gardening products and services',
    'EU GPP criteria for road lighting and traffic signals (2018), light pollution',
    'EU GPP criteria for road design, construction and maintenance (2016), noise and pollution',
    'EU GPP criteria for office building design, construction and management (2016)',
    'Directive 2009/128/EC (sustainable use of pesticides, integrated pest management)',
    'Regulation (EU) No 1143/2014 (invasive alien species)',
    'Directive 2000/14/EC (noise of outdoor equipment)',
    'Regulation (EU) 2024/1991 (nature restoration)',
    'Arrêté du 27 décembre 2018 relatif à la prévention des nuisances lumineuses (France)',
    'Real Decreto 1890/2008, eficiencia energética en alumbrado exterior (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-biodiversity.selection.en',
    criterion: 'env-biodiversity',
    stage: 'selection',
    lang: 'en',
    title: 'Staff competent in ecological management',
    text:
      'Tenderers shall show that the staff who will [plan / supervise] the work are competent in [integrated pest management and non-chemical weed control / ecological management of green spaces / habitat protection on construction sites], ' +
      'with [a relevant qualification at level [X] / at least [number] years of relevant experience] for each, and describe at least [number] contracts of a similar nature in the last [number] years in which no chemical pesticides were used or habitats were protected and enhanced.',
    source: 'EU GPP criteria for public space maintenance (2019), selection criterion on competences; Directive 2014/24/EU art. 58(4)',
  },
  {
    id: 'env-biodiversity.specification.en',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'en',
    groups: ['public-space', 'roads', 'buildings', 'water-infrastructure'],
    title: 'No pesticides, native plants, peat-free soils',
    text:
      'No chemical plant protection products or biocides shall be used on the sites, except [named exceptions, such as invasive species control approved in writing by the buyer]; weeds on hard surfaces shall be controlled by mechanical, thermal or hot-water methods. ' +
      'New planting shall use species native to the region or proven non-invasive and of value to pollinators, from [local provenance] where available. Growing media, soil improvers and mulch shall be peat-free.',
    source: 'EU GPP criteria for public space maintenance (2019); Directive 2009/128/EC; Regulation (EU) No 1143/2014',
  },
  {
    id: 'env-biodiversity.specification.en.2',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'en',
    groups: ['lighting-signals'],
    title: 'Lighting that limits light pollution',
    text:
      'Luminaires shall emit no light above the horizontal once installed (upward light output ratio, ULOR, of 0 %, or at most [1] % where [heritage lanterns] are required), and their correlated colour temperature shall not exceed [3000] K, or [2200] K near [named habitats or dark areas]. ' +
      'Lighting shall be dimmed or switched off when not needed according to the schedule in annex [X]. Tenderers shall provide the photometric files and data sheets showing compliance.',
    source: 'EU GPP criteria for road lighting and traffic signals (2018), light pollution criteria',
  },
  {
    id: 'env-biodiversity.award.en',
    criterion: 'env-biodiversity',
    stage: 'award',
    lang: 'en',
    title: 'Points for a biodiversity plan',
    text:
      'Up to [number] points out of [total] are awarded for a biodiversity plan for the sites, judged on [the habitats created or enhanced (wildflower areas, hedges, nesting boxes), the reduction of mowing where safe, the measures to protect wildlife during the work, and how results will be monitored]. ' +
      'The measures offered become contract conditions.',
    source: 'EU GPP criteria for public space maintenance (2019), award criteria; Regulation (EU) 2024/1991 (nature restoration)',
  },
  {
    id: 'env-biodiversity.performance.en',
    criterion: 'env-biodiversity',
    stage: 'performance',
    lang: 'en',
    title: 'Wildlife protected during the work, and reported',
    text:
      'Hedge and tree cutting shall not take place during the bird nesting season ([1 March] to [31 August]) unless a competent person has checked the area for active nests the same day. ' +
      'Machinery used on the contract shall meet the noise limits of Directive 2000/14/EC [with a margin of [3] dB(A)]. ' +
      'The contractor shall keep a record of every product applied and every habitat measure carried out, and report it to the buyer every [number] months.',
    source: 'EU GPP criteria for public space maintenance (2019), contract performance clauses; Directive 2000/14/EC',
  },
  {
    id: 'env-biodiversity.selection.fr',
    criterion: 'env-biodiversity',
    stage: 'selection',
    lang: 'fr',
    title: 'Compétences du personnel en gestion écologique',
    text:
      'Le candidat justifie que le personnel chargé de [concevoir / encadrer] les prestations possède des compétences en [protection biologique intégrée et désherbage non chimique / gestion écologique des espaces verts / préservation des habitats sur les chantiers], attestées pour chacun par [un diplôme ou une qualification de niveau [X] / au moins [nombre] ans d’expérience dans le domaine]. ' +
      'Il présente au moins [nombre] références de nature comparable, exécutées au cours des [nombre] dernières années sans recours aux produits phytopharmaceutiques chimiques ou avec protection et mise en valeur des habitats.',
    source: 'Critères GPP de l’UE pour l’entretien des espaces publics (2019), critère de sélection relatif aux compétences ; directive 2014/24/UE art. 58(4) ; Code de la commande publique art. L2142-1',
  },
  {
    id: 'env-biodiversity.selection.de',
    criterion: 'env-biodiversity',
    stage: 'selection',
    lang: 'de',
    title: 'Fachkunde des Personals in ökologischer Pflege',
    text:
      'Der Bieter weist nach, dass das mit der [Planung / Überwachung] betraute Personal fachkundig ist in [integriertem Pflanzenschutz und nichtchemischer Beikrautregulierung / ökologischer Grünflächenpflege / Schutz von Lebensräumen auf Baustellen], jeweils durch [einen einschlägigen Abschluss mindestens auf DQR-Niveau [X] / mindestens [Zahl] Jahre einschlägige Berufserfahrung]. ' +
      'Er benennt mindestens [Zahl] vergleichbare Aufträge aus den letzten [Zahl] Jahren, bei denen keine chemischen Pflanzenschutzmittel eingesetzt oder Lebensräume geschützt und aufgewertet wurden.',
    source: 'EU-GPP-Kriterien für die Pflege öffentlicher Räume (2019), Eignungskriterium Fachkunde; Richtlinie 2014/24/EU Art. 58 Abs. 4; VgV § 46',
  },
  {
    id: 'env-biodiversity.selection.es',
    criterion: 'env-biodiversity',
    stage: 'selection',
    lang: 'es',
    title: 'Competencia del personal en gestión ecológica',
    text:
      'Los licitadores acreditarán que el personal que [planificará / supervisará] los trabajos es competente en [gestión integrada de plagas y control no químico de la vegetación espontánea / gestión ecológica de zonas verdes / protección de hábitats en obra], mediante [una titulación o cualificación profesional de nivel [X] / al menos [número] años de experiencia pertinente] en cada caso. ' +
      'Describirán al menos [número] contratos de naturaleza similar ejecutados en los últimos [número] años en los que no se utilizaron plaguicidas químicos o se protegieron y mejoraron hábitats.',
    source: 'Criterios CPE de la UE para el mantenimiento de espacios públicos (2019), criterio de selección sobre competencias; Directiva 2014/24/UE art. 58.4; Ley 9/2017 de Contratos del Sector Público art. 90',
  },
  {
    id: 'env-biodiversity.specification.fr',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'fr',
    groups: ['public-space', 'roads', 'buildings', 'water-infrastructure'],
    title: 'Zéro pesticide, espèces locales, supports de culture sans tourbe',
    text:
      'Aucun produit phytopharmaceutique chimique ni biocide n’est utilisé sur les sites, sauf [exceptions désignées, par exemple la lutte contre une espèce exotique envahissante autorisée par écrit par l’acheteur], en cohérence avec l’interdiction faite aux personnes publiques par l’article L253-7 du code rural et de la pêche maritime ; le désherbage des surfaces minérales se fait par des moyens mécaniques, thermiques ou à l’eau chaude. ' +
      'Les nouvelles plantations utilisent des espèces indigènes de la région, ou dont le caractère non envahissant est établi et qui sont favorables aux pollinisateurs, [d’origine locale (marque « Végétal local » ou équivalent)] lorsqu’elles sont disponibles. ' +
      'Les supports de culture, amendements et paillages sont sans tourbe.',
    source: 'Critères GPP de l’UE pour l’entretien des espaces publics (2019) ; directive 2009/128/CE ; Code rural et de la pêche maritime art. L253-7 ; règlement (UE) n° 1143/2014',
  },
  {
    id: 'env-biodiversity.specification.de',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'de',
    groups: ['public-space', 'roads', 'buildings', 'water-infrastructure'],
    title: 'Keine Pestizide, gebietseigene Pflanzen, torffreie Substrate',
    text:
      'Auf den Flächen werden keine chemischen Pflanzenschutzmittel oder Biozide eingesetzt, ausgenommen [benannte Ausnahmen, etwa die vom Auftraggeber schriftlich genehmigte Bekämpfung invasiver Arten]; ' +
      'Beikraut auf befestigten Flächen wird mechanisch, thermisch oder mit Heißwasser entfernt. ' +
      'Für Neupflanzungen werden in der Region heimische oder nachweislich nicht invasive, für Bestäuber wertvolle Arten verwendet, soweit verfügbar [aus gebietseigener Herkunft]. Pflanzsubstrate, Bodenverbesserer und Mulch sind torffrei.',
    source: 'EU-GPP-Kriterien für die Pflege öffentlicher Räume (2019); Richtlinie 2009/128/EG; Pflanzenschutzgesetz § 12 Abs. 2; BNatSchG § 40; Verordnung (EU) Nr. 1143/2014',
  },
  {
    id: 'env-biodiversity.specification.es',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'es',
    groups: ['public-space', 'roads', 'buildings', 'water-infrastructure'],
    title: 'Sin plaguicidas, especies autóctonas y sustratos sin turba',
    text:
      'No se utilizarán productos fitosanitarios químicos ni biocidas en los espacios objeto del contrato, salvo [excepciones expresas, como el control de especies exóticas invasoras autorizado por escrito por el órgano de contratación]; la vegetación espontánea en superficies duras se eliminará por medios mecánicos, térmicos o con agua caliente. ' +
      'Las nuevas plantaciones emplearán especies autóctonas de la región, o de carácter no invasor acreditado y de interés para los polinizadores, [de procedencia local] cuando estén disponibles. Los sustratos, enmiendas y acolchados no contendrán turba.',
    source: 'Criterios CPE de la UE para el mantenimiento de espacios públicos (2019); Directiva 2009/128/CE (Real Decreto 1311/2012); Real Decreto 630/2013 (Catálogo español de especies exóticas invasoras); Ley 9/2017 de Contratos del Sector Público art. 126',
  },
  {
    id: 'env-biodiversity.specification.fr.2',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'fr',
    groups: ['lighting-signals'],
    title: 'Éclairage limitant la pollution lumineuse',
    text:
      'Une fois installés, les luminaires n’émettent aucune lumière au-dessus de l’horizontale (proportion de flux émis vers le haut, ULOR, de 0 %, ou au plus [1] % lorsque [des lanternes patrimoniales] sont exigées), et leur température de couleur proximale ne dépasse pas [3000] K, ou [2200] K à proximité [d’habitats désignés ou de secteurs de trame noire]. ' +
      'L’éclairage est abaissé ou éteint en dehors des besoins selon le calendrier figurant en annexe [X] du CCTP. Le candidat fournit les fichiers photométriques et les fiches techniques démontrant la conformité.',
    source: 'Critères GPP de l’UE pour l’éclairage public et les feux de signalisation (2018), critères relatifs à la pollution lumineuse ; arrêté du 27 décembre 2018 relatif à la prévention, à la réduction et à la limitation des nuisances lumineuses',
  },
  {
    id: 'env-biodiversity.specification.de.2',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'de',
    groups: ['lighting-signals'],
    title: 'Beleuchtung mit geringer Lichtverschmutzung',
    text:
      'Die Leuchten strahlen im eingebauten Zustand kein Licht oberhalb der Horizontalen ab (oberer Lichtstromanteil, ULOR, 0 %, höchstens [1] %, wo [historische Leuchten] verlangt werden), und ihre ähnlichste Farbtemperatur beträgt höchstens [3000] K, in der Nähe [benannter Lebensräume oder Dunkelräume] höchstens [2200] K. ' +
      'Die Beleuchtung wird nach dem Zeitplan in Anlage [X] gedimmt oder abgeschaltet, wenn sie nicht benötigt wird. Die Bieter legen zum Nachweis die photometrischen Dateien und Datenblätter vor.',
    source: 'EU-GPP-Kriterien für Straßenbeleuchtung und Verkehrssignalanlagen (2018), Kriterien zur Lichtverschmutzung; BNatSchG § 41a',
  },
  {
    id: 'env-biodiversity.specification.es.2',
    criterion: 'env-biodiversity',
    stage: 'specification',
    lang: 'es',
    groups: ['lighting-signals'],
    title: 'Alumbrado que limita la contaminación lumínica',
    text:
      'Una vez instaladas, las luminarias no emitirán luz por encima del plano horizontal (flujo hemisférico superior instalado del 0 %, o como máximo del [1] % cuando se exijan [faroles de carácter histórico]), y su temperatura de color correlacionada no superará [3000] K, o [2200] K en las proximidades de [hábitats o zonas oscuras designados]. ' +
      'El alumbrado se reducirá o apagará cuando no sea necesario, según el horario del anexo [X] del PPT. Los licitadores aportarán los ficheros fotométricos y las fichas técnicas que acrediten el cumplimiento.',
    source: 'Criterios CPE de la UE para alumbrado público y semáforos (2018), criterios de contaminación lumínica; Real Decreto 1890/2008 (eficiencia energética en instalaciones de alumbrado exterior)',
  },
  {
    id: 'env-biodiversity.award.fr',
    criterion: 'env-biodiversity',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : plan en faveur de la biodiversité',
    text:
      'Critère d’attribution « biodiversité » : [nombre] points sur [total], attribués au plan de gestion de la biodiversité proposé pour les sites, apprécié au regard [des habitats créés ou améliorés (prairies fleuries, haies, nichoirs), de la réduction des tontes lorsque la sécurité le permet (gestion différenciée), des mesures de protection de la faune pendant les travaux et des modalités de suivi des résultats]. ' +
      'Les mesures proposées deviennent des conditions d’exécution du marché.',
    source: 'Critères GPP de l’UE pour l’entretien des espaces publics (2019), critères d’attribution ; Code de la commande publique art. R2152-7 ; règlement (UE) 2024/1991 (restauration de la nature)',
  },
  {
    id: 'env-biodiversity.award.de',
    criterion: 'env-biodiversity',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Biodiversitätskonzept',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden für ein Biodiversitätskonzept für die Flächen vergeben, bewertet nach [den geschaffenen oder aufgewerteten Lebensräumen (Blühflächen, Hecken, Nisthilfen), der Verringerung der Mahd, wo die Verkehrssicherheit es zulässt, den Maßnahmen zum Schutz wildlebender Tiere während der Arbeiten und der Erfolgskontrolle]. ' +
      'Die angebotenen Maßnahmen werden Ausführungsbedingungen des Vertrags.',
    source: 'EU-GPP-Kriterien für die Pflege öffentlicher Räume (2019), Zuschlagskriterien; GWB § 127; Verordnung (EU) 2024/1991 (Wiederherstellung der Natur)',
  },
  {
    id: 'env-biodiversity.award.es',
    criterion: 'env-biodiversity',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: plan de biodiversidad',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] por un plan de biodiversidad para los espacios, valorando [los hábitats creados o mejorados (praderas floridas, setos, cajas nido), la reducción de siegas cuando la seguridad lo permita, las medidas de protección de la fauna durante los trabajos y el seguimiento de los resultados]. ' +
      'Las medidas ofertadas se incorporarán al contrato como condiciones especiales de ejecución.',
    source: 'Criterios CPE de la UE para el mantenimiento de espacios públicos (2019), criterios de adjudicación; Ley 9/2017 de Contratos del Sector Público arts. 145 y 202; Reglamento (UE) 2024/1991 (restauración de la naturaleza)',
  },
  {
    id: 'env-biodiversity.performance.fr',
    criterion: 'env-biodiversity',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : protection de la faune et suivi',
    text:
      'La taille des haies et l’élagage des arbres n’ont pas lieu pendant la période de nidification des oiseaux (du [1er mars] au [31 août]), sauf si une personne compétente a vérifié le jour même l’absence de nid occupé dans la zone. ' +
      'Les engins utilisés pour l’exécution du marché respectent les limites d’émissions sonores de la directive 2000/14/CE [avec une marge de [3] dB(A)]. ' +
      'Le titulaire tient un registre de chaque produit appliqué et de chaque action menée en faveur des habitats, qu’il transmet à l’acheteur tous les [nombre] mois.',
    source: 'Critères GPP de l’UE pour l’entretien des espaces publics (2019), clauses d’exécution ; directive 2000/14/CE ; Code de l’environnement art. L411-1 ; Code de la commande publique art. L2112-2',
  },
  {
    id: 'env-biodiversity.performance.de',
    criterion: 'env-biodiversity',
    stage: 'performance',
    lang: 'de',
    title: 'Schutz wildlebender Tiere während der Arbeiten, mit Bericht',
    text:
      'Unbeschadet des § 39 Abs. 5 BNatSchG finden Hecken- und Gehölzschnitte während der Brutzeit ([1. März] bis [30. September]) nur statt, wenn eine fachkundige Person die Fläche am selben Tag kontrolliert und keine besetzten Nester festgestellt hat. ' +
      'Die bei der Ausführung eingesetzten Maschinen halten die Geräuschgrenzwerte der Richtlinie 2000/14/EG (32. BImSchV) [mit einem Abstand von [3] dB(A)] ein. ' +
      'Der Auftragnehmer dokumentiert jedes ausgebrachte Mittel und jede durchgeführte Lebensraummaßnahme und berichtet dem Auftraggeber alle [Zahl] Monate darüber.',
    source: 'EU-GPP-Kriterien für die Pflege öffentlicher Räume (2019), Ausführungsbedingungen; Richtlinie 2000/14/EG; BNatSchG § 39 Abs. 5; GWB § 128 Abs. 2',
  },
  {
    id: 'env-biodiversity.performance.es',
    criterion: 'env-biodiversity',
    stage: 'performance',
    lang: 'es',
    title: 'Protección de la fauna durante los trabajos e información',
    text:
      'No se realizarán podas de setos ni de arbolado durante el periodo de nidificación de las aves (del [1 de marzo] al [31 de agosto]), salvo que una persona competente haya comprobado ese mismo día que no hay nidos ocupados en la zona. ' +
      'La maquinaria empleada en el contrato cumplirá los límites de emisión sonora de la Directiva 2000/14/CE [con un margen de [3] dB(A)]. ' +
      'El contratista llevará un registro de cada producto aplicado y de cada actuación en favor de los hábitats, y lo remitirá al órgano de contratación cada [número] meses.',
    source: 'Criterios CPE de la UE para el mantenimiento de espacios públicos (2019), cláusulas de ejecución; Directiva 2000/14/CE (Real Decreto 212/2002); Ley 42/2007 del Patrimonio Natural y de la Biodiversidad; Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
