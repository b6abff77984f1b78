import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-clean-vehicles',
  pillar: 'environment',
  name: {
    en: 'Clean and zero-emission vehicles',
    fr: 'Véhicules propres et à émissions nulles',
    de: 'Saubere und emissionsfreie Fahrzeuge',
    es: 'Vehículos limpios y de cero emisiones',
  },
  why: {
    en: 'Road vehicles are a large source of CO2, air pollutants and noise in cities; the Clean Vehicles Directive sets minimum shares of clean vehicles in public purchases.',
    fr: 'Les véhicules routiers émettent une grande part du CO2, des polluants et du bruit en ville ; la directive « véhicules propres » impose des parts minimales de véhicules propres dans les achats publics.',
    de: 'Straßenfahrzeuge verursachen in Städten einen großen Teil von CO2, Luftschadstoffen und Lärm; die Clean-Vehicles-Richtlinie und das Saubere-Fahrzeuge-Beschaffungs-Gesetz schreiben Mindestquoten sauberer Fahrzeuge bei öffentlichen Aufträgen vor.',
    es: 'Los vehículos de carretera causan gran parte del CO2, los contaminantes y el ruido urbanos; la Directiva de vehículos limpios fija cuotas mínimas de vehículos limpios en la contratación pública.',
  },
  appliesTo: {
    groups: ['vehicles-transport', 'waste-services', 'public-space'],
  },
  patterns: {
    en: [
      'clean vehicles? directive',
      '2019/1161\\b',
      '2009/33/(?:EC|CE)\\b',
      'clean vehicles? (?:as defined|within the meaning|according to|under|definition|targets?|share|quota)',
      '(?:share|proportion|percentage|number|minimum|quota) of (?:clean|zero emissions?|low emissions?) (?:light duty |heavy duty )?(?:vehicles|buses|trucks|vans|cars)',
      'clean (?:light duty|heavy duty) vehicles?',
      'zero emissions? (?:vehicles?|bus(?:es)?|coach(?:es)?|trucks?|vans?|cars?|fleet|lorr(?:y|ies)|refuse|sweepers?|at the tailpipe|capable|mode|range)',
      'zero (?:tailpipe|exhaust) emissions?',
      '(?:battery|fuel cell|hydrogen|plug in hybrid) (?:electric )?(?:vehicles?|bus(?:es)?|trucks?|vans?|cars?|lorr(?:y|ies)|refuse)',
      // not "electric vehicle charging points" nor "charge points for plug-in electric vehicles" (Sell2Wales 148037):
      // chargers are bought in this group too
      '(?<!charg[^.;]{0,30})electric (?:vehicles?|bus(?:es)?|coach(?:es)?|trucks?|vans?|cars?|refuse|sweepers?|lorr(?:y|ies)|fleet|minibus(?:es)?)\\b(?! (?:charg|supply equipment|infrastructure))',
      '(?:fully|purely|all|100 ?%) electric\\b',
      'BEVs?\\b',
      'FCEVs?\\b',
      // not the UK "Ultra Low Emission Vehicle Transport Fund" that pays for charge points
      '(?:ultra )?low emission vehicles?\\b(?! (?:transport )?(?:fund|grant|scheme))',
      'ULEVs?\\b',
      'alternative(?:ly)? fuell?ed vehicles?',
      '\\d+(?:[.,]\\d+)? ?g(?:rams?)? ?(?:of )?CO[2₂](?:e|eq)? ?(?:/|per) ?(?:km|kilomet(?:re|er))',
      'g ?CO[2₂] ?/ ?km',
      'euro ?(?:6|VI|7)[a-e]?\\b(?![.,\\s]?\\d)',
      'low (?:noise|rolling resistance) tyres',
      '(?:rolling resistance|rolling noise|tyre noise) class',
      'eco(?:driving| driving)',
      'fuel efficient driving',
    ],
    fr: [
      'directive [^.;]{0,30}vehicules propres',
      '2019/1161\\b',
      '2009/33/(?:CE|EC)\\b',
      'vehicules? propres? (?:au sens|tels? que definis?|definis?|selon|conformement|de la directive|vises)',
      '(?:part|proportion|quota|pourcentage|nombre|taux) (?:minimale? |minimum )?de (?:vehicules|bus|autobus|autocars) (?:propres|a faibles emissions|a tres faibles emissions|a emissions nulles|zero emission|electriques)',
      'vehicules? (?:a|aux) (?:tres )?faibles? emissions?',
      '(?:vehicules?|bus|autobus|autocars?|camions?|bennes?|utilitaires?|flotte|balayeuses?)[^.;]{0,30}(?:zero emissions?|a emissions? nulles?)',
      // not "bornes de recharge pour véhicules électriques": chargers are bought in this group too
      '(?<!(?:recharge|charge|bornes?|IRVE)[^.;]{0,25})(?:vehicules?|bus|autobus|autocars?|camions?|bennes?|utilitaires?|balayeuses?|minibus) (?:a motorisation |a propulsion |a batterie |a traction )?(?:100 ?% )?electriques?',
      '(?:vehicules?|bus|autobus|camions?|bennes?|utilitaires?)[^.;]{0,20}(?:a hydrogene|pile a combustible)',
      'crit[’\']?air (?:0|1|electrique)\\b',
      'euro ?(?:6|VI|7)[a-e]?\\b(?![.,\\s]?\\d)',
      '\\d+(?:[.,]\\d+)? ?g(?:rammes?)? ?(?:de )?CO[2₂] ?(?:/|par) ?(?:km|kilometre)',
      'g ?CO[2₂] ?/ ?km',
      'eco(?:conduite| conduite)',
      'pneumatiques? (?:de classe|a faible (?:bruit|resistance))',
      'classe (?:de resistance au roulement|de bruit de roulement)',
      'L\\.? ?224 (?:7|8)\\b',
    ],
    de: [
      'saubere fahrzeuge beschaffungs ?gesetz',
      'SaubFahrzeugBeschG',
      'clean vehicles? directive',
      '2019/1161\\b',
      '2009/33/(?:EG|EC|CE)\\b',
      // "saubere Fahrzeuge im Sinne ...", "Mindestziele für saubere Fahrzeuge"; not "die Fahrzeuge sind sauber zu halten"
      'saubere[nr]? (?:leichte[nr]? |schwere[nr]? )?(?:strassen|straßen)?(?:nutz)?fahrzeuge? (?:im sinne|gemass|gemäß|nach|nach maßgabe|laut)',
      'sauberer (?:und energieeffizienter )?(?:strassen|straßen)fahrzeuge',
      'saubere[nr]? (?:leichte[nr]?|schwere[nr]?) (?:strassen|straßen)?(?:nutz)?fahrzeug',
      '(?:anteil|quote|mindestanteil|mindestquote|mindestziel\\w*|zielvorgabe\\w*)[^.;]{0,30}(?:saubere[nr]?|emissionsfreie[nr]?|lokal emissionsfreie[nr]?) (?:leichte[nr]? |schwere[nr]? )?(?:fahrzeug|busse|bus|nutzfahrzeug)',
      'emissionsfrei\\w* (?:fahrzeug|bus|busse|nutzfahrzeug|lkw|pkw|transporter|antrieb|flotte|kommunalfahrzeug|mullfahrzeug|abfallsammelfahrzeug|kehrmaschine|kleintransporter|linienbus)',
      // not "Ladesäulen für Elektrofahrzeuge": chargers are bought in this group too
      '(?<!(?:lade|ladung|laden)[^.;]{0,30})elektro ?(?:fahrzeug|bus|auto|lkw|pkw|transporter|nutzfahrzeug|kehrmaschine|kleintransporter|mullfahrzeug|abfallsammelfahrzeug|kleinbus|linienbus)',
      'batterie ?elektrisch',
      'vollelektrisch',
      'rein elektrisch\\w*',
      '(?:brennstoffzellen|wasserstoff) ?(?:fahrzeug|bus|busse|lkw|pkw|antrieb|nutzfahrzeug)',
      'euro ?(?:6|VI|7)[a-e]?\\b(?![.,\\s]?\\d)',
      'abgasnorm euro',
      '\\d+(?:[.,]\\d+)? ?g(?:ramm)? ?CO[2₂] ?(?:/|pro|je) ?(?:km|kilometer)',
      'g ?CO[2₂] ?/ ?km',
      'spritspar',
      '(?:kraftstoff|energie)sparende[nr]? fahrweise',
      'eco ?driving',
      'rollwiderstand',
      '(?:gerausch|larm)arm\\w* reifen',
      'rollgerausch',
    ],
    es: [
      'directiva [^.;]{0,30}vehiculos limpios',
      'clean vehicles? directive',
      '2019/1161\\b',
      '2009/33/(?:CE|EC)\\b',
      'real decreto ?ley 24/2021',
      // "vehículos limpios según ..."; not "los vehículos deberán mantenerse limpios"
      'vehiculos? limpios? (?:segun|conforme|de acuerdo|definidos?|en el sentido|a efectos|en los terminos)',
      'vehiculos? (?:limpios? y )?energeticamente eficientes',
      '(?:cuota|porcentaje|proporcion|numero|objetivos?) (?:minim[oa]s? )?de (?:vehiculos|autobuses|camiones|turismos) (?:limpios|de cero emisiones|de emisiones cero|electricos)',
      '(?:vehiculos?|autobuses?|buses?|camiones?|furgonetas?|turismos?|flota|barredoras?|recolectores?|motocicletas?)[^.;]{0,40}(?:de )?(?:cero emisiones|emisiones cero|0 emisiones)',
      '(?:etiqueta|distintivo) (?:ambiental )?(?:de la )?(?:DGT )?(?:CERO|0 emisiones|ECO)\\b',
      // not "puntos de recarga para vehículos eléctricos": chargers are bought in this group too
      '(?<!(?:recarga|carga|cargadores?|puntos?)[^.;]{0,25})(?:vehiculos?|autobuses?|buses?|camiones?|furgonetas?|turismos?|barredoras?|recolectores?|motocicletas?) (?:100 ?% )?electricos?',
      '(?:vehiculos?|autobuses?|buses?|camiones?|turismos?)[^.;]{0,20}(?:de |a |con |propulsados por )?(?:hidrogeno|pila de combustible)',
      'electricos? (?:puros?|de bateria)',
      'euro ?(?:6|VI|7)[a-e]?\\b(?![.,\\s]?\\d)',
      '\\d+(?:[.,]\\d+)? ?g(?:ramos)? ?(?:de )?CO[2₂] ?(?:/|por) ?(?:km|kilometro)',
      'g ?CO[2₂] ?/ ?km',
      'conduccion (?:eficiente|economica)',
      'eco ?conduccion',
      'neumaticos? (?:de baja resistencia|de bajo ruido|de clase A)',
      'resistencia a la rodadura',
    ],
  },
  fields: [
    { bt: 'BT-717', values: ['true'], effect: 'present', label: 'Within the scope of the Clean Vehicles Directive (BT-717)' },
    // BT-735 and BT-723 are only filled in for lots within the Clean Vehicles Directive.
    { bt: 'BT-735', values: ['veh-acq', 'pass-tran-serv', 'oth-serv-contr'], effect: 'present', label: 'Clean Vehicles Directive contract type (BT-735)' },
    { bt: 'BT-723', values: ['m1', 'm2', 'm3', 'n1', 'n2', 'n3', 'm1-m2-n1', 'n2-n3'], effect: 'present', label: 'Vehicle category under the Clean Vehicles Directive (BT-723)' },
    // Counts of clean and zero-emission vehicles in the result (OPT-156 gives the number; a count of 0 cannot be
    // told apart here, so these rules rely on publishers leaving a zero count out).
    { bt: 'OPT-155', values: ['vehicles-clean', 'vehicles-zero-emission'], effect: 'present', label: 'Clean or zero-emission vehicles reported (OPT-155)' },
    // The total number of vehicles in scope says nothing about how many are clean.
    { bt: 'OPT-155', values: ['vehicles'], effect: 'weak', label: 'Vehicles within the Clean Vehicles Directive reported (OPT-155)' },
    // BT-717 "false" is not listed: it says the purchase is outside the directive, not that clean vehicles were
    // deliberately left out, and a text requirement must still be able to show them.
  ],
  sources: [
    'Directive (EU) 2019/1161 (Clean Vehicles)',
    'Directive 2009/33/EC on clean and energy-efficient road transport vehicles, as amended',
    'EU GPP criteria for road transport (2019)',
    'EU GPP criteria for public space maintenance (2019), vehicles and machinery',
    'Regulation (EC) No 595/2009 (Euro VI) and Regulation (EC) No 715/2007 (Euro 6)',
    'Regulation (EU) 2020/740 (tyre labelling)',
    'Saubere-Fahrzeuge-Beschaffungs-Gesetz (SaubFahrzeugBeschG, Germany, 2021)',
    'Real Decreto-ley 24/2021, transposición de la Directiva (UE) 2019/1161 (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-clean-vehicles.specification.en',
    criterion: 'env-clean-vehicles',
    stage: 'specification',
    lang: 'en',
    title: 'Minimum share of clean and zero-emission vehicles',
    text:
      'At least [number] % of the vehicles [supplied / leased / used to deliver the service] shall be clean vehicles within the meaning of Directive 2009/33/EC as amended by Directive (EU) 2019/1161, and at least [number] % shall be zero-emission vehicles. ' +
      'Light-duty vehicles (M1, M2, N1) shall emit no more than [0 / 50] g CO2/km (WLTP). Heavy-duty vehicles that are not zero-emission shall meet Euro VI [step E] and run on [electricity / hydrogen / biomethane / other alternative fuel listed in the directive]. ' +
      'Means of proof: certificate of conformity or type-approval documents for each vehicle.',
    source: 'Directive (EU) 2019/1161 (Clean Vehicles); EU GPP criteria for road transport (2019)',
  },
  {
    id: 'env-clean-vehicles.award.en',
    criterion: 'env-clean-vehicles',
    stage: 'award',
    lang: 'en',
    title: 'Points for lower tailpipe emissions',
    text:
      'Up to [number] points out of [total] are awarded for the tailpipe CO2 emissions of the offered vehicles (WLTP, g CO2/km, averaged over the fleet offered): the maximum for zero-emission vehicles, none at [number] g CO2/km, in linear proportion between. ' +
      'A further [number] points are awarded for tyres in the best rolling-resistance and external rolling-noise classes of the EU tyre label.',
    source: 'EU GPP criteria for road transport (2019), award criteria on CO2 emissions and tyres',
  },
  {
    id: 'env-clean-vehicles.performance.en',
    criterion: 'env-clean-vehicles',
    stage: 'performance',
    lang: 'en',
    title: 'Service fleet standards, eco-driving and reporting',
    text:
      'Throughout the contract, the contractor shall deliver the service only with vehicles that meet the emission standards stated in its tender; any replacement vehicle shall be at least as clean as the one it replaces. ' +
      'Every driver assigned to the contract shall complete eco-driving training within [number] months of starting and refresh it every [number] years. ' +
      'Each year the contractor shall report the vehicles used (category, fuel or energy, Euro standard), the kilometres driven and the energy or fuel consumed.',
    source: 'EU GPP criteria for road transport (2019) and public space maintenance (2019), contract performance clauses',
  },
  {
    id: 'env-clean-vehicles.specification.fr',
    criterion: 'env-clean-vehicles',
    stage: 'specification',
    lang: 'fr',
    title: 'Part minimale de véhicules propres et à émissions nulles',
    text:
      'Au moins [nombre] % des véhicules [livrés / loués / affectés à la prestation] sont des véhicules propres au sens de la directive 2009/33/CE modifiée par la directive (UE) 2019/1161, dont au moins [nombre] % de véhicules à émissions nulles. ' +
      'Les véhicules légers (M1, M2, N1) émettent au plus [0 / 50] g CO2/km (WLTP). Les véhicules lourds qui ne sont pas à émissions nulles respectent la norme Euro VI [étape E] et fonctionnent [à l’électricité / à l’hydrogène / au biométhane / avec un autre carburant alternatif prévu par la directive]. ' +
      'Justificatifs : certificat de conformité ou documents de réception par type de chaque véhicule.',
    source: 'Directive (UE) 2019/1161 (véhicules propres) ; Code de l’environnement art. L224-7 et L224-8',
  },
  {
    id: 'env-clean-vehicles.award.fr',
    criterion: 'env-clean-vehicles',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : émissions à l’échappement',
    text:
      'Critère d’attribution « performances environnementales des véhicules » : [nombre] points sur [total], selon les émissions de CO2 à l’échappement des véhicules proposés (WLTP, g CO2/km, moyenne de la flotte proposée) : note maximale pour les véhicules à émissions nulles, zéro point à [nombre] g CO2/km, interpolation linéaire entre les deux. ' +
      '[nombre] points supplémentaires pour des pneumatiques des meilleures classes de résistance au roulement et de bruit de roulement externe de l’étiquette européenne des pneumatiques.',
    source: 'Critères GPP de l’UE pour le transport routier (2019), critères d’attribution',
  },
  {
    id: 'env-clean-vehicles.performance.fr',
    criterion: 'env-clean-vehicles',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : flotte, écoconduite et suivi',
    text:
      'Pendant toute la durée du marché, le titulaire n’exécute la prestation qu’avec des véhicules conformes aux normes d’émissions annoncées dans son offre ; tout véhicule de remplacement est au moins aussi performant que celui qu’il remplace. ' +
      'Chaque conducteur affecté au marché suit une formation à l’écoconduite dans les [nombre] mois suivant sa prise de poste, renouvelée tous les [nombre] ans. ' +
      'Chaque année, le titulaire transmet la liste des véhicules utilisés (catégorie, énergie, norme Euro), les kilomètres parcourus et les consommations d’énergie ou de carburant.',
    source: 'Critères GPP de l’UE pour le transport routier (2019) et l’entretien des espaces publics (2019), clauses d’exécution',
  },
  {
    id: 'env-clean-vehicles.specification.de',
    criterion: 'env-clean-vehicles',
    stage: 'specification',
    lang: 'de',
    title: 'Mindestanteil sauberer und emissionsfreier Fahrzeuge',
    text:
      'Mindestens [Zahl] % der [gelieferten / geleasten / für die Dienstleistung eingesetzten] Fahrzeuge sind saubere Fahrzeuge im Sinne der Richtlinie 2009/33/EG in der Fassung der Richtlinie (EU) 2019/1161 und des Saubere-Fahrzeuge-Beschaffungs-Gesetzes, mindestens [Zahl] % sind emissionsfreie Fahrzeuge. ' +
      'Leichte Fahrzeuge (Klassen M1, M2 und N1) stoßen höchstens [0 / 50] g CO2/km (WLTP) aus. ' +
      'Schwere Nutzfahrzeuge, die nicht emissionsfrei sind, erfüllen Euro VI [Stufe E] und werden mit [Strom / Wasserstoff / Biomethan / einem anderen in der Richtlinie genannten alternativen Kraftstoff] betrieben. ' +
      'Nachweis: Übereinstimmungsbescheinigung oder Typgenehmigungsunterlagen für jedes Fahrzeug.',
    source: 'Richtlinie (EU) 2019/1161 (saubere Straßenfahrzeuge); Saubere-Fahrzeuge-Beschaffungs-Gesetz (SaubFahrzeugBeschG); EU-GPP-Kriterien für Straßenverkehr (2019)',
  },
  {
    id: 'env-clean-vehicles.specification.es',
    criterion: 'env-clean-vehicles',
    stage: 'specification',
    lang: 'es',
    title: 'Porcentaje mínimo de vehículos limpios y de emisión cero',
    text:
      'Al menos el [número] % de los vehículos [suministrados / arrendados / adscritos a la prestación del servicio] serán vehículos limpios en el sentido de la Directiva 2009/33/CE, modificada por la Directiva (UE) 2019/1161, y al menos el [número] % serán vehículos de emisión cero. ' +
      'Los vehículos ligeros (M1, M2, N1) no emitirán más de [0 / 50] g CO2/km (WLTP). ' +
      'Los vehículos pesados que no sean de emisión cero cumplirán la norma Euro VI [fase E] y funcionarán con [electricidad / hidrógeno / biometano / otro combustible alternativo previsto en la directiva]. ' +
      'Medios de prueba: certificado de conformidad o documentación de homologación de cada vehículo.',
    source: 'Directiva (UE) 2019/1161 (vehículos limpios), transpuesta por el Real Decreto-ley 24/2021; Criterios CPE de la UE para el transporte por carretera (2019); Ley 9/2017 de Contratos del Sector Público art. 126',
  },
  {
    id: 'env-clean-vehicles.award.de',
    criterion: 'env-clean-vehicles',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium CO2-Emissionen am Auspuff',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden nach den CO2-Emissionen der angebotenen Fahrzeuge am Auspuff vergeben (WLTP, g CO2/km, Durchschnitt der angebotenen Flotte): die Höchstpunktzahl für emissionsfreie Fahrzeuge, null Punkte bei [Zahl] g CO2/km, dazwischen linear. ' +
      'Weitere [Zahl] Punkte erhalten Reifen der besten Klassen für Rollwiderstand und externes Rollgeräusch nach dem EU-Reifenlabel.',
    source: 'EU-GPP-Kriterien für Straßenverkehr (2019), Zuschlagskriterien zu CO2-Emissionen und Reifen; Verordnung (EU) 2020/740 (Reifenkennzeichnung); GWB § 127',
  },
  {
    id: 'env-clean-vehicles.award.es',
    criterion: 'env-clean-vehicles',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: emisiones de escape',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] en función de las emisiones de CO2 de escape de los vehículos ofertados (WLTP, g CO2/km, media de la flota ofertada): la puntuación máxima para los vehículos de emisión cero, cero puntos con [número] g CO2/km y una interpolación lineal entre ambos valores. ' +
      'Se otorgarán [número] puntos adicionales por neumáticos de las mejores clases de resistencia a la rodadura y de ruido de rodadura exterior de la etiqueta europea de neumáticos.',
    source: 'Criterios CPE de la UE para el transporte por carretera (2019), criterios de adjudicación sobre emisiones de CO2 y neumáticos; Reglamento (UE) 2020/740 (etiquetado de neumáticos); Ley 9/2017 de Contratos del Sector Público art. 145',
  },
  {
    id: 'env-clean-vehicles.performance.de',
    criterion: 'env-clean-vehicles',
    stage: 'performance',
    lang: 'de',
    title: 'Flottenstandard, spritsparendes Fahren und Berichte',
    text:
      'Während der gesamten Vertragslaufzeit erbringt der Auftragnehmer die Leistung nur mit Fahrzeugen, die die im Angebot genannten Emissionsstandards erfüllen; ein Ersatzfahrzeug ist mindestens so sauber wie das ersetzte. ' +
      'Alle für den Auftrag eingesetzten Fahrerinnen und Fahrer absolvieren innerhalb von [Zahl] Monaten nach Einsatzbeginn eine Schulung zum kraftstoffsparenden Fahren und frischen sie alle [Zahl] Jahre auf. ' +
      'Der Auftragnehmer berichtet jährlich über die eingesetzten Fahrzeuge (Klasse, Kraftstoff oder Energieträger, Euro-Norm), die gefahrenen Kilometer und den Energie- oder Kraftstoffverbrauch.',
    source: 'EU-GPP-Kriterien für Straßenverkehr (2019) und für die Pflege öffentlicher Räume (2019), Ausführungsbedingungen; GWB § 128 Abs. 2',
  },
  {
    id: 'env-clean-vehicles.performance.es',
    criterion: 'env-clean-vehicles',
    stage: 'performance',
    lang: 'es',
    title: 'Flota del servicio, conducción eficiente e información',
    text:
      'Durante toda la vigencia del contrato, el contratista prestará el servicio únicamente con vehículos que cumplan las normas de emisiones indicadas en su oferta; todo vehículo de sustitución será al menos igual de limpio que el sustituido. ' +
      'Todas las personas conductoras adscritas al contrato recibirán formación en conducción eficiente en los [número] meses siguientes a su incorporación y la renovarán cada [número] años. ' +
      'Cada año, el contratista informará de los vehículos utilizados (categoría, combustible o energía, norma Euro), los kilómetros recorridos y la energía o el combustible consumidos.',
    source: 'Criterios CPE de la UE para el transporte por carretera (2019) y el mantenimiento de espacios públicos (2019), cláusulas de ejecución; Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
