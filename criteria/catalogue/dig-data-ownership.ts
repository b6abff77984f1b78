import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'dig-data-ownership',
  pillar: 'digital',
  name: {
    en: 'City owns and can reuse its data',
    fr: 'La ville reste propriétaire de ses données et peut les réutiliser',
    de: 'Die Stadt besitzt ihre Daten und kann sie weiterverwenden',
    es: 'La ciudad es dueña de sus datos y puede reutilizarlos',
  },
  why: {
    en: 'Data gathered by a city’s systems is a public asset: if the contract does not say the buyer owns it and gets it back in open formats, the supplier controls what the city can do with it and when it can change supplier.',
    fr: 'Les données collectées par les systèmes d’une ville sont un bien public : si le marché ne dit pas que l’acheteur en est propriétaire et les récupère dans des formats ouverts, le fournisseur décide de leur usage et du moment où la ville peut en changer.',
    de: 'Daten aus den Systemen einer Stadt sind öffentliches Gut: Legt der Vertrag nicht fest, dass sie dem Auftraggeber gehören und in offenen Formaten zurückgegeben werden, bestimmt der Anbieter, was die Stadt damit tun und wann sie den Anbieter wechseln kann.',
    es: 'Los datos que recogen los sistemas de una ciudad son un bien público: si el contrato no dice que pertenecen al comprador y que se devuelven en formatos abiertos, el proveedor decide qué puede hacer la ciudad con ellos y cuándo puede cambiar de proveedor.',
  },
  appliesTo: {
    groups: ['software-digital', 'iot-smart-infrastructure', 'data-centres-cloud'],
  },
  // Not "data" in its everyday senses ("Data Extraction Services", "data entry"), not the portal footer "All
  // content is available under the Open Government Licence", not FAR "Rights in Data--Special Works" in a list
  // of clause titles.
  patterns: {
    en: [
      'data ownership',
      // not "the owner of the data centre"
      '(?:ownership|owner|owners) of (?:all |any |the )?(?:\\w+ )?(?:data|datasets?|databases?)\\b(?! cent(?:re|er)s?\\b| rooms?\\b| halls?\\b)',
      // "All data shall remain the property of the Council"
      '(?:data|datasets?|databases?)\\b(?! cent(?:re|er)s?\\b)[^.;]{0,60}\\b(?:remains?|vests?|become|becomes|is|are) (?:the )?(?:sole |exclusive |absolute )?property of',
      '(?:data|datasets?|databases?)\\b(?! cent(?:re|er)s?\\b)[^.;]{0,60}\\bvest(?:s|ed)? in the (?:authority|council|buyer|client|customer|city|department|trust|contracting authority)',
      '(?:intellectual property|IP|all) rights? (?:in|to|over) (?:all |the )?(?:\\w+ )?(?:data|datasets?|databases?)\\b',
      'data portability',
      'reversibility',
      '(?:return|hand ?over|handover|transfer|export|restitution) of (?:all |the )?(?:buyer(?:[’\']s)? |authority(?:[’\']s)? |council(?:[’\']s)? |customer |client )?data\\b',
      'open data\\b',
      'open (?:data )?licen[cs]es?',
      'creative commons',
      'CC ?BY(?: ?4\\.0|\\b)',
      'CC0\\b',
      'ODbL\\b',
      'open government data',
      'machine ?readable (?:format|form|data|datasets?)',
      'DCAT ?AP',
      'high ?value datasets?',
      '2023/138\\b',
      'Open Data Directive',
      '2019/1024\\b',
      'Data Act\\b',
      '2023/2854\\b',
    ],
    fr: [
      "propri[ée]t[ée] (?:des|de l[’']ensemble des) donn[ée]es",
      // "les données restent la propriété exclusive de la Ville"
      // not "protection des données et propriété intellectuelle"
      "donn[ée]es\\b[^.;]{0,60}\\b(?:propri[ée]t[ée] (?:exclusive |pleine et enti[eè]re )?(?:de|du|des)\\b|appartiennent|appartient)",
      "souverainet[ée] (?:des|sur les) donn[ée]es",
      "(?:restitution|r[ée]cup[ée]ration|r[ée]versibilit[ée]|export|transfert) (?:de l[’']ensemble )?(?:des|de ses) donn[ée]es",
      'r[ée]versibilit[ée]',
      'portabilit[ée] des donn[ée]es',
      'donn[ée]es ouvertes',
      'open data\\b',
      'licence ouverte',
      'Etalab',
      'ODbL\\b',
      'CC ?BY(?: ?4\\.0|\\b)',
      "formats? (?:ouverts? et )?(?:r[ée]utilisables?|exploitables? par (?:une )?machine|lisibles? par (?:une )?machine)",
      'DCAT ?AP',
      "(?:directive|r[eè]glement) (?:europ[ée]en )?sur les donn[ée]es",
      '2019/1024\\b',
      '2023/2854\\b',
    ],
    de: [
      'Dateneigentum',
      'Datenhoheit',
      'Datensouveranitat',
      'Eigentum an (?:den |allen |samtlichen )?(?:\\w+ )?Daten',
      // "Die Daten bleiben Eigentum des Auftraggebers"
      // not "Daten und geistiges Eigentum"
      'Daten\\b[^.;]{0,60}\\b(?:Eigentum (?:des|der|von)\\b|Verfugungsgewalt)',
      '(?:ausschlie(?:ß|ss)liche\\w* |unbeschrankte\\w* )?Nutzungsrechte? an (?:den |allen |samtlichen )?(?:\\w+ )?Daten',
      'Datenportabilitat',
      '(?:Ruckgabe|Herausgabe|Ubergabe|Ruckubertragung|Export) (?:der|aller|samtlicher) (?:\\w+ )?Daten',
      'Datenruckgabe',
      'offene\\w* Daten',
      'Open Data\\b',
      'offene\\w* Lizenz',
      'Datenlizenz Deutschland',
      'maschinenlesbar\\w*',
      'Datennutzungsgesetz',
      'Data Act\\b',
    ],
    es: [
      'propiedad de (?:los|todos los) datos',
      // not "protección de datos y propiedad intelectual"
      'datos\\b[^.;]{0,60}\\b(?:propiedad (?:exclusiva |plena )?de(?:l|\\b)|pertenecen|pertenecer[aá]n)',
      'soberan[ií]a (?:de los|sobre los) datos',
      'portabilidad de (?:los )?datos',
      'reversibilidad',
      '(?:devoluci[oó]n|entrega|restituci[oó]n|exportaci[oó]n|transferencia) de (?:los |todos los |la totalidad de los )?datos',
      'datos abiertos',
      'licencias? abiertas?',
      'reutilizaci[oó]n de (?:los datos|la informaci[oó]n del sector p[uú]blico)',
      'Ley 37/2007\\b',
      'formatos? (?:abiertos? y )?(?:reutilizables?|legibles? por (?:una )?m[aá]quina)',
      'CC ?BY(?: ?4\\.0|\\b)',
      'DCAT ?AP',
      'Reglamento de Datos',
    ],
  },
  // No eForms or OCDS field says this.
  fields: [],
  sources: [
    'Directive (EU) 2019/1024 (open data and re-use of public sector information)',
    'Implementing Regulation (EU) 2023/138 (high-value datasets)',
    'Regulation (EU) 2023/2854 (Data Act), chapter VI (switching between data processing services)',
    'European Commission, Standard contractual clauses for data sharing and the EU model contractual clauses for AI (2023)',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023): open data across the spending life cycle',
    'Code des relations entre le public et l’administration art. L300-4 and L312-1-1 (France)',
    'Datennutzungsgesetz (DNG) and E-Government-Gesetz § 12a (Germany)',
    'Ley 37/2007 sobre reutilización de la información del sector público (Spain)',
  ],
} satisfies CriterionInput;

// No selection clause: owning the data is a term of the contract, not a capacity of the bidder.
export const clauses: ModelClause[] = [
  {
    id: 'dig-data-ownership.specification.en',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'en',
    title: 'The buyer owns the data',
    text:
      'All data collected, generated or processed by the solution for the buyer, including sensor readings, logs, derived data and metadata, are the property of the buyer. ' +
      'The contractor may use them only to perform the contract and may not sell, share, or use them to train products for other customers without the buyer’s written consent. ' +
      'The buyer may access and download all its data at any time, free of charge, through [an API / export function] in [CSV / JSON / GeoJSON / other open format] with the documentation of the data model.',
    source: 'Regulation (EU) 2023/2854 (Data Act); U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'dig-data-ownership.specification.en.2',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'en',
    title: 'Open data publication',
    text:
      'The datasets listed in annex [X] shall be published on [the city’s open data portal] under [CC BY 4.0 / another open licence], in machine-readable open formats, with DCAT-AP metadata, updated at least [every (number) minutes / daily], and where they are high-value datasets, through an API as Implementing Regulation (EU) 2023/138 requires.',
    source: 'Directive (EU) 2019/1024; Implementing Regulation (EU) 2023/138; DCAT-AP',
  },
  {
    id: 'dig-data-ownership.award.en',
    criterion: 'dig-data-ownership',
    stage: 'award',
    lang: 'en',
    title: 'Points for open data beyond the minimum',
    text:
      'Up to [number] points out of [total] are awarded for datasets beyond those in annex [X] that the tenderer commits to publish as open data under [CC BY 4.0] in real time or near real time, scored by their usefulness to residents and businesses as set out in the scoring grid.',
    source: 'Directive (EU) 2019/1024; U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'dig-data-ownership.performance.en',
    criterion: 'dig-data-ownership',
    stage: 'performance',
    lang: 'en',
    title: 'Data returned and deleted at the end of the contract',
    text:
      'On expiry or termination, the contractor shall return all the buyer’s data within [number] days, complete and in the open formats agreed, assist the buyer or a new supplier in importing them, and then delete every copy it or its subcontractors hold, confirming the deletion in writing. ' +
      'No fee other than [the agreed exit charge / none] may be charged for the return of the data.',
    source: 'Regulation (EU) 2023/2854 (Data Act) art. 23 to 31 (switching); Directive 2014/24/EU art. 70',
  },
  {
    id: 'dig-data-ownership.specification.fr',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'fr',
    title: 'Propriété et accès aux données',
    text:
      'L’ensemble des données collectées, produites ou traitées par la solution pour le compte de l’acheteur, y compris les mesures des capteurs, les journaux, les données dérivées et les métadonnées, sont la propriété de l’acheteur. ' +
      'Le titulaire ne peut les utiliser que pour l’exécution du marché. L’acheteur peut à tout moment y accéder et les télécharger gratuitement, au moyen [d’une API / d’une fonction d’export], dans un format ouvert et réutilisable accompagné de la description du modèle de données.',
    source: 'Règlement (UE) 2023/2854 (règlement sur les données) ; code des relations entre le public et l’administration art. L300-4',
  },
  {
    id: 'dig-data-ownership.performance.fr',
    criterion: 'dig-data-ownership',
    stage: 'performance',
    lang: 'fr',
    title: 'Réversibilité et restitution des données',
    text:
      'À l’échéance ou en cas de résiliation, le titulaire restitue à l’acheteur, sous [nombre] jours et sans frais, l’intégralité des données dans les formats ouverts convenus, assiste l’acheteur ou le nouveau titulaire pour leur reprise, puis détruit toutes les copies qu’il détient ou que détiennent ses sous-traitants et en atteste par écrit.',
    source: 'Règlement (UE) 2023/2854 art. 23 à 31 ; directive 2014/24/UE art. 70',
  },
  {
    id: 'dig-data-ownership.specification.de',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'de',
    title: 'Daten gehören dem Auftraggeber',
    text:
      'Alle Daten, die die Lösung für den Auftraggeber erhebt, erzeugt oder verarbeitet, einschließlich Messwerte, Protokolle, abgeleiteter Daten und Metadaten, sind Eigentum des Auftraggebers. ' +
      'Der Auftragnehmer darf sie nur zur Erfüllung des Auftrags nutzen. Der Auftraggeber kann jederzeit kostenlos über [eine API / eine Exportfunktion] in einem offenen, maschinenlesbaren Format mit Beschreibung des Datenmodells auf alle Daten zugreifen.',
    source: 'Verordnung (EU) 2023/2854 (Data Act); Datennutzungsgesetz',
  },
  {
    id: 'dig-data-ownership.specification.es',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'es',
    title: 'Propiedad de los datos',
    text:
      'Todos los datos recogidos, generados o tratados por la solución por cuenta del órgano de contratación, incluidas las lecturas de sensores, registros, datos derivados y metadatos, son propiedad del órgano de contratación. ' +
      'El contratista solo podrá utilizarlos para la ejecución del contrato. El órgano de contratación podrá acceder a ellos y descargarlos en cualquier momento y sin coste, mediante [una API / una función de exportación], en un formato abierto y reutilizable con la descripción del modelo de datos.',
    source: 'Reglamento (UE) 2023/2854 (Reglamento de Datos); Ley 37/2007 sobre reutilización de la información del sector público',
  },
  {
    id: 'dig-data-ownership.specification.fr.2',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'fr',
    title: 'Publication en données ouvertes',
    text:
      'Les jeux de données listés en annexe [X] du CCTP sont publiés sur [le portail de données ouvertes de la collectivité / data.gouv.fr] sous [Licence Ouverte 2.0 / CC BY 4.0 / une autre licence ouverte], dans des formats ouverts et lisibles par machine, avec des métadonnées conformes à DCAT-AP, et mis à jour au moins [toutes les (nombre) minutes / chaque jour]. ' +
      'Lorsqu’il s’agit de séries de données de forte valeur, ils sont également mis à disposition par une API, comme l’exige le règlement d’exécution (UE) 2023/138.',
    source: 'Directive (UE) 2019/1024 ; règlement d’exécution (UE) 2023/138 ; code des relations entre le public et l’administration art. L312-1-1 ; DCAT-AP',
  },
  {
    id: 'dig-data-ownership.specification.de.2',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'de',
    title: 'Bereitstellung als offene Daten',
    text:
      'Die in Anlage [X] aufgeführten Datensätze werden auf [dem Open-Data-Portal der Kommune / GovData] unter [der Datenlizenz Deutschland – Namensnennung – 2.0 / CC BY 4.0 / einer anderen offenen Lizenz] in offenen, maschinenlesbaren Formaten mit Metadaten nach DCAT-AP.de veröffentlicht und mindestens [alle (Zahl) Minuten / täglich] aktualisiert. ' +
      'Handelt es sich um hochwertige Datensätze, werden sie zusätzlich über eine Programmierschnittstelle (API) bereitgestellt, wie es die Durchführungsverordnung (EU) 2023/138 verlangt.',
    source: 'Richtlinie (EU) 2019/1024; Durchführungsverordnung (EU) 2023/138; Datennutzungsgesetz (DNG); DCAT-AP.de',
  },
  {
    id: 'dig-data-ownership.specification.es.2',
    criterion: 'dig-data-ownership',
    stage: 'specification',
    lang: 'es',
    title: 'Publicación como datos abiertos',
    text:
      'Los conjuntos de datos relacionados en el anexo [X] del PPT se publicarán en [el portal de datos abiertos del ayuntamiento / datos.gob.es] con licencia [CC BY 4.0 / otra licencia abierta], en formatos abiertos y legibles por máquina, con metadatos conformes a DCAT-AP, y se actualizarán al menos [cada (número) minutos / diariamente]. ' +
      'Cuando se trate de conjuntos de datos de alto valor, se ofrecerán además mediante una API, como exige el Reglamento de Ejecución (UE) 2023/138.',
    source: 'Directiva (UE) 2019/1024; Reglamento de Ejecución (UE) 2023/138; Ley 37/2007 sobre reutilización de la información del sector público; DCAT-AP',
  },
  {
    id: 'dig-data-ownership.award.fr',
    criterion: 'dig-data-ownership',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : données ouvertes supplémentaires',
    text:
      'Critère d’attribution « ouverture des données » : [nombre] points sur [total], attribués pour les jeux de données, au-delà de ceux de l’annexe [X], que le soumissionnaire s’engage à publier en données ouvertes sous [Licence Ouverte 2.0 / CC BY 4.0], en temps réel ou quasi réel. ' +
      'Chaque jeu est noté selon son utilité pour les habitants et les entreprises, d’après la grille de notation du règlement de la consultation.',
    source: 'Directive (UE) 2019/1024 ; Code de la commande publique art. R2152-7 ; lignes directrices U4SSC pour les achats des villes intelligentes et durables (UIT, 2023)',
  },
  {
    id: 'dig-data-ownership.award.de',
    criterion: 'dig-data-ownership',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium zusätzliche offene Daten',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden für Datensätze über die in Anlage [X] genannten hinaus vergeben, die der Bieter in Echtzeit oder nahezu in Echtzeit als offene Daten unter [CC BY 4.0 / der Datenlizenz Deutschland – Namensnennung – 2.0] zu veröffentlichen zusagt. ' +
      'Bewertet wird der Nutzen jedes Datensatzes für die Einwohnerschaft und die Unternehmen nach der Bewertungsmatrix der Vergabeunterlagen.',
    source: 'Richtlinie (EU) 2019/1024; GWB § 127; VgV § 58; U4SSC-Leitlinien für die Beschaffung intelligenter und nachhaltiger Städte (ITU, 2023)',
  },
  {
    id: 'dig-data-ownership.award.es',
    criterion: 'dig-data-ownership',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: datos abiertos adicionales',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] por los conjuntos de datos, además de los del anexo [X], que el licitador se comprometa a publicar como datos abiertos con licencia [CC BY 4.0] en tiempo real o casi real, valorados por su utilidad para la ciudadanía y las empresas conforme a la tabla de puntuación del PCAP.',
    source: 'Directiva (UE) 2019/1024; Ley 9/2017 de Contratos del Sector Público art. 145; Directrices U4SSC de contratación para ciudades inteligentes y sostenibles (UIT, 2023)',
  },
  {
    id: 'dig-data-ownership.performance.de',
    criterion: 'dig-data-ownership',
    stage: 'performance',
    lang: 'de',
    title: 'Rückgabe und Löschung der Daten bei Vertragsende',
    text:
      'Bei Ablauf oder Kündigung des Vertrags gibt der Auftragnehmer dem Auftraggeber innerhalb von [Zahl] Tagen sämtliche Daten vollständig und in den vereinbarten offenen Formaten zurück, unterstützt den Auftraggeber oder einen neuen Auftragnehmer bei der Übernahme und löscht anschließend alle Kopien bei sich und seinen Unterauftragnehmern; die Löschung bestätigt er schriftlich. ' +
      'Für die Rückgabe der Daten wird [kein Entgelt / nur das vereinbarte Ausstiegsentgelt] berechnet.',
    source: 'Verordnung (EU) 2023/2854 (Data Act) Art. 23 bis 31 (Wechsel zwischen Datenverarbeitungsdiensten); GWB § 128 Abs. 2',
  },
  {
    id: 'dig-data-ownership.performance.es',
    criterion: 'dig-data-ownership',
    stage: 'performance',
    lang: 'es',
    title: 'Devolución y supresión de los datos al término del contrato',
    text:
      'A la finalización o resolución del contrato, el contratista devolverá al órgano de contratación, en un plazo de [número] días, la totalidad de sus datos, completos y en los formatos abiertos acordados, asistirá al órgano de contratación o al nuevo contratista en su incorporación y, a continuación, suprimirá todas las copias que conserven él o sus subcontratistas, certificándolo por escrito. ' +
      'La devolución de los datos no dará lugar a más cargo que [el coste de salida pactado / ninguno].',
    source: 'Reglamento (UE) 2023/2854 (Reglamento de Datos) arts. 23 a 31; Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
