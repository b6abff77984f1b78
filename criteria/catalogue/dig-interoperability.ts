import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'dig-interoperability',
  pillar: 'digital',
  name: {
    en: 'Open standards, interoperability, no lock-in',
    fr: 'Normes ouvertes, interopérabilité, pas de dépendance',
    de: 'Offene Standards, Interoperabilität, keine Herstellerabhängigkeit',
    es: 'Estándares abiertos, interoperabilidad, sin dependencia del proveedor',
  },
  why: {
    en: 'Systems built on open standards, documented APIs and common data models can be connected, extended and replaced without depending on one supplier.',
    fr: 'Des systèmes fondés sur des normes ouvertes, des API documentées et des modèles de données communs peuvent être reliés, étendus et remplacés sans dépendre d’un seul fournisseur.',
    de: 'Systeme auf Grundlage offener Standards, dokumentierter Schnittstellen und gemeinsamer Datenmodelle lassen sich verbinden, erweitern und ersetzen, ohne von einem Anbieter abhängig zu sein.',
    es: 'Los sistemas basados en estándares abiertos, APIs documentadas y modelos de datos comunes pueden conectarse, ampliarse y sustituirse sin depender de un único proveedor.',
  },
  // criteria.md limits lighting and vehicles to connected purchases; applicability cannot say "connected", so
  // those groups are listed in full and a plain luminaire or bus purchase will show this criterion as missing.
  appliesTo: {
    groups: ['software-digital', 'iot-smart-infrastructure', 'data-centres-cloud', 'lighting-signals', 'vehicles-transport'],
  },
  patterns: {
    en: [
      'interoperab',
      'open (?:and (?:documented|published|standard) )?(?:standards?|protocols?|interfaces?|APIs?|file formats?|data formats?|formats?)\\b',
      '(?:documented|published|standardi[sz]ed) (?:and (?:open|documented|published) )?(?:APIs?|interfaces)\\b',
      'OpenAPI',
      'non proprietary (?:formats?|standards?|protocols?|interfaces?|data)',
      // not "lock in the prices"
      '(?:vendor|supplier|proprietary|technology|technological) lock ?in\\b',
      'lock ?in (?:effects?|risks?)',
      'avoid\\w* (?:any )?lock ?in\\b',
      'export\\w*[^.;]{0,40}\\b(?:open|standard|non proprietary|machine readable) (?:data |file )?formats?',
      'data portability',
      'exit (?:plan|strategy|management plan)',
      'reversibility',
      'NGSI ?LD',
      'FIWARE',
      'oneM2M',
      'SensorThings',
      'smart data models?',
      'minimal interoperability mechanisms?',
      'OASC MIMs?',
      '(?:ISO/IEC )?30182\\b',
      'DATEX ?II',
      'GTFS',
      'NeTEx',
      'ITxPT',
      'TALQ',
      'uCIFI',
      'OCPP\\b',
      'OCPI\\b',
      'MQTT\\b',
      'LoRaWAN',
      'CityGML',
      'European Interoperability Framework',
    ],
    fr: [
      'interoperab',
      '(?:standards?|normes?|formats?|protocoles?|interfaces?) (?:ouverte?s?|non proprietaires?)',
      'API (?:ouvertes?|documentees?|publiques?|standardisees?)',
      'interfaces? (?:de programmation )?(?:documentees?|standardisees?|publiques?)',
      'OpenAPI',
      'dependance[^.;]{0,30}(?:fournisseur|editeur|prestataire|titulaire|constructeur|technologie proprietaire)',
      '(?:effets?|risques?) de (?:verrouillage|captivite)',
      '(?:verrouillage|enfermement) (?:technologique|proprietaire|fournisseur)',
      // patterns run on every language: a bare "lock in" would find "lock in the prices" in English text
      '(?:effets?|risques?|situations?) de lock ?in\\b',
      'vendor lock ?in\\b',
      '(?:export|extraction|restitution|recuperation)\\w*[^.;]{0,40}formats? (?:ouverts?|standards?|standardises?|non proprietaires?|interoperables?|reutilisables?)',
      'portabilite des donnees',
      'reversibilite',
      'plan de (?:sortie|reversibilite)',
      'NGSI ?LD',
      'FIWARE',
      'oneM2M',
      'SensorThings',
      'smart data models?',
      '(?:ISO/IEC )?30182\\b',
      'DATEX ?II',
      'GTFS',
      'NeTEx',
      'TALQ',
      'OCPP\\b',
      'MQTT\\b',
      'LoRaWAN',
      'CityGML',
    ],
    // "offenes Verfahren" and "procedimiento abierto" are procedure types: "offen" and "abierto" only count after
    // a word that names a standard, an interface or a format.
    de: [
      'Interoperab',
      'offene\\w* (?:Standards?|Normen|Schnittstellen\\w*|Datenformate?n?|Dateiformate?n?|Formate?n?|Protokolle?n?|APIs?)\\b',
      '(?:offengelegte|dokumentierte|standardisierte|veroffentlichte)\\w* (?:Schnittstellen\\w*|APIs?|Datenformate?n?|Protokolle?n?)\\b',
      'OpenAPI',
      '(?:Hersteller|Anbieter|Lieferanten)abhangigkeit\\w*',
      // not "produktneutral" (a specification without brand names, VgV § 31(6))
      '(?:hersteller|anbieter)unabhangig\\w*',
      'Lock ?in ?Effekt\\w*',
      'Vendor Lock ?in\\b',
      '(?:Export|Ruckgabe|Herausgabe|Ubergabe)\\w*[^.;]{0,40}\\b(?:offene|standardisierte|maschinenlesbare|nicht proprietare)\\w* (?:Daten|Datei)?formate?n?',
      'Datenportabilitat',
      'Exit ?(?:Strategie|Plan|Management)\\w*',
      'Ausstiegs(?:strategie|plan)\\w*',
      'NGSI ?LD',
      'FIWARE',
      'oneM2M',
      'SensorThings',
      'DATEX ?II',
      'GTFS',
      'NeTEx',
      'TALQ',
      'OCPP\\b',
      'LoRaWAN',
      'CityGML',
      // German public-sector data exchange standards (XÖV family)
      'XOV ?(?:Standard|konform)\\w*',
      'XPlanung',
      'XBau\\b',
      'Europaische\\w* Interoperabilitatsrahmen',
    ],
    es: [
      'interoperab',
      '(?:est[aá]ndares|normas|formatos|protocolos|interfaces|APIs?) (?:abiert[oa]s|no propietari[oa]s)',
      'APIs? (?:documentadas?|p[uú]blicas?)',
      'interfaces? (?:de programaci[oó]n )?(?:documentadas?|estandarizadas?|p[uú]blicas?)',
      'OpenAPI',
      'dependencia[^.;]{0,30}\\b(?:proveedor|fabricante|tecnol[oó]gica|contratista)',
      'cautividad tecnol[oó]gica',
      '(?:bloqueo|cautividad) (?:del |de )?(?:proveedor|fabricante)',
      'vendor lock ?in\\b',
      '(?:exportaci[oó]n|devoluci[oó]n|entrega|extracci[oó]n)\\w*[^.;]{0,40}\\bformatos? (?:abiertos?|est[aá]ndar\\w*|no propietarios?|reutilizables?)',
      'portabilidad de (?:los )?datos',
      'reversibilidad',
      'plan de (?:salida|reversibilidad|devoluci[oó]n)',
      'Esquema Nacional de Interoperabilidad',
      'NGSI ?LD',
      'FIWARE',
      'oneM2M',
      'SensorThings',
      'DATEX ?II',
      'GTFS',
      'NeTEx',
      'TALQ',
      'OCPP\\b',
      'LoRaWAN',
      'CityGML',
    ],
  },
  // No eForms field says this.
  fields: [],
  sources: [
    'COM(2013) 455 Against lock-in: building open ICT systems by making better use of standards in public procurement',
    'Regulation (EU) 2024/903 (Interoperable Europe Act)',
    'European Interoperability Framework (2017)',
    'ETSI GS CIM 009 (NGSI-LD API)',
    'OASC Minimal Interoperability Mechanisms (MIMs)',
    'ISO/IEC 30182 (smart city concept model)',
    'OpenAPI Specification',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
    'Référentiel général d’interopérabilité (RGI, France)',
    'XÖV standards of the IT-Planungsrat (Germany)',
    'Real Decreto 4/2010, Esquema Nacional de Interoperabilidad (Spain)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'dig-interoperability.specification.en',
    criterion: 'dig-interoperability',
    stage: 'specification',
    lang: 'en',
    title: 'Open standards, documented APIs and standard data models',
    text:
      'Every function and all data of the solution shall be reachable through APIs documented in the OpenAPI Specification version [3.x] (or an equivalent open specification), handed to the buyer free of charge and without restriction on their use by the buyer or third parties it appoints. ' +
      'Data exchanged or published by the solution shall follow [NGSI-LD with Smart Data Models / OGC SensorThings / DATEX II / GTFS / other open standard] as listed in annex [X]. ' +
      'No function shall depend on a protocol or file format whose specification is not publicly available.',
    source: 'COM(2013) 455 Against lock-in; OASC Minimal Interoperability Mechanisms; ETSI GS CIM 009 (NGSI-LD)',
  },
  {
    id: 'dig-interoperability.award.en',
    criterion: 'dig-interoperability',
    stage: 'award',
    lang: 'en',
    title: 'Points for the use of open standards',
    text:
      'Up to [number] points out of [total] are awarded for interoperability: [number] points for each open standard from the list in annex [X] (for example the OASC MIMs, NGSI-LD, oneM2M, OGC SensorThings, TALQ) that the solution implements natively and that the tenderer shows working in a demonstration or a reference installation, up to the maximum. ' +
      'Gateways or converters that need a licence from the tenderer count for half.',
    source: 'COM(2013) 455 Against lock-in; U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'dig-interoperability.performance.en',
    criterion: 'dig-interoperability',
    stage: 'performance',
    lang: 'en',
    title: 'Exit plan and data hand-over in open formats',
    text:
      'Within [number] months of the start of the contract, the contractor shall deliver an exit plan approved by the buyer and keep it up to date. ' +
      'On expiry or termination, it shall hand over within [number] days, at no extra cost, all data, metadata and configurations in open, documented formats ([CSV / JSON / GeoJSON / other]) together with the description of their data model, keep the APIs running for a transition period of [number] days, and help the new supplier take over.',
    source: 'COM(2013) 455 Against lock-in; Regulation (EU) 2024/903 (Interoperable Europe Act)',
  },
  {
    id: 'dig-interoperability.specification.fr',
    criterion: 'dig-interoperability',
    stage: 'specification',
    lang: 'fr',
    title: 'Normes ouvertes, API documentées, modèles de données standard',
    text:
      'Toutes les fonctions et toutes les données de la solution sont accessibles par des API documentées selon la spécification OpenAPI version [3.x] (ou une spécification ouverte équivalente), remises gratuitement à l’acheteur, sans restriction d’utilisation par l’acheteur ou par les tiers qu’il désigne. ' +
      'Les données échangées ou publiées respectent [NGSI-LD et les Smart Data Models / OGC SensorThings / DATEX II / GTFS / autre norme ouverte] figurant en annexe [X] du CCTP, ainsi que le référentiel général d’interopérabilité. ' +
      'Aucune fonction ne dépend d’un protocole ou d’un format de fichier dont la spécification n’est pas publique.',
    source: 'COM(2013) 455 ; mécanismes d’interopérabilité minimaux de l’OASC ; référentiel général d’interopérabilité (RGI)',
  },
  {
    id: 'dig-interoperability.award.fr',
    criterion: 'dig-interoperability',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : recours aux normes ouvertes',
    text:
      'Critère d’attribution « interopérabilité » : [nombre] points sur [total]. [nombre] points par norme ouverte de la liste figurant en annexe [X] (par exemple MIMs de l’OASC, NGSI-LD, oneM2M, OGC SensorThings, TALQ) mise en œuvre nativement par la solution et démontrée lors d’une démonstration ou sur une installation de référence, dans la limite du maximum. ' +
      'Les passerelles ou convertisseurs soumis à une licence du soumissionnaire comptent pour moitié.',
    source: 'COM(2013) 455 ; Lignes directrices U4SSC pour les achats des villes intelligentes et durables (UIT, 2023)',
  },
  {
    id: 'dig-interoperability.performance.fr',
    criterion: 'dig-interoperability',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : réversibilité et restitution des données',
    text:
      'Dans les [nombre] mois suivant le début du marché, le titulaire remet un plan de réversibilité validé par l’acheteur, qu’il tient à jour. ' +
      'À l’échéance ou en cas de résiliation, il restitue sous [nombre] jours, sans surcoût, l’ensemble des données, métadonnées et paramétrages dans des formats ouverts et documentés ([CSV / JSON / GeoJSON / autre]) avec la description de leur modèle de données, maintient les API en service pendant une période de transition de [nombre] jours et accompagne la reprise par le nouveau prestataire.',
    source: 'COM(2013) 455 ; règlement (UE) 2024/903 (règlement pour une Europe interopérable)',
  },
  {
    id: 'dig-interoperability.specification.de',
    criterion: 'dig-interoperability',
    stage: 'specification',
    lang: 'de',
    title: 'Offene Standards, dokumentierte Schnittstellen, Standard-Datenmodelle',
    text:
      'Alle Funktionen und Daten der Lösung sind über Schnittstellen zugänglich, die in der OpenAPI-Spezifikation Version [3.x] (oder einer gleichwertigen offenen Spezifikation) dokumentiert und dem Auftraggeber kostenlos und ohne Beschränkung der Nutzung durch ihn oder von ihm beauftragte Dritte übergeben werden. ' +
      'Ausgetauschte oder veröffentlichte Daten folgen [NGSI-LD mit Smart Data Models / OGC SensorThings / DATEX II / XÖV-Standard / anderer offener Standard] gemäß Anlage [X]. Keine Funktion darf von einem Protokoll oder Dateiformat abhängen, dessen Spezifikation nicht öffentlich verfügbar ist.',
    source: 'COM(2013) 455 Against lock-in; OASC Minimal Interoperability Mechanisms; ETSI GS CIM 009 (NGSI-LD)',
  },
  {
    id: 'dig-interoperability.specification.es',
    criterion: 'dig-interoperability',
    stage: 'specification',
    lang: 'es',
    title: 'Estándares abiertos, APIs documentadas y modelos de datos estándar',
    text:
      'Todas las funciones y datos de la solución serán accesibles mediante APIs documentadas conforme a la especificación OpenAPI versión [3.x] (u otra especificación abierta equivalente), que se entregarán al órgano de contratación sin coste y sin restricciones de uso por este o por terceros que designe. ' +
      'Los datos intercambiados o publicados seguirán [NGSI-LD con Smart Data Models / OGC SensorThings / DATEX II / otro estándar abierto] según el anexo [X], de acuerdo con el Esquema Nacional de Interoperabilidad. Ninguna función dependerá de un protocolo o formato cuya especificación no sea pública.',
    source: 'COM(2013) 455 Against lock-in; Real Decreto 4/2010 (Esquema Nacional de Interoperabilidad); ETSI GS CIM 009 (NGSI-LD)',
  },
  {
    id: 'dig-interoperability.award.de',
    criterion: 'dig-interoperability',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Nutzung offener Standards',
    text:
      'Zuschlagskriterium „Interoperabilität“: bis zu [Zahl] von [Gesamtpunktzahl] Punkten. ' +
      'Je offenem Standard aus der Liste in Anlage [X] (zum Beispiel OASC-MIMs, NGSI-LD, oneM2M, OGC SensorThings, TALQ), den die Lösung nativ unterstützt und den der Bieter in einer Vorführung oder an einer Referenzinstallation funktionsfähig zeigt, werden [Zahl] Punkte vergeben, bis zur Höchstpunktzahl. ' +
      'Gateways oder Konverter, für die eine Lizenz des Bieters erforderlich ist, zählen zur Hälfte.',
    source: 'COM(2013) 455 Against lock-in; GWB § 127; VgV § 58; U4SSC-Leitlinien für die Beschaffung intelligenter und nachhaltiger Städte (ITU, 2023)',
  },
  {
    id: 'dig-interoperability.award.es',
    criterion: 'dig-interoperability',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: uso de estándares abiertos',
    text:
      'Criterio «interoperabilidad»: hasta [número] puntos sobre [total]. ' +
      'Se otorgarán [número] puntos por cada estándar abierto de la lista del anexo [X] (por ejemplo, los MIMs de OASC, NGSI-LD, oneM2M, OGC SensorThings o TALQ) que la solución implemente de forma nativa y cuyo funcionamiento demuestre el licitador en una demostración o en una instalación de referencia, hasta el máximo. ' +
      'Las pasarelas o conversores que requieran una licencia del licitador computarán la mitad.',
    source: 'COM(2013) 455 Against lock-in; Ley 9/2017 de Contratos del Sector Público art. 145; Directrices U4SSC de contratación para ciudades inteligentes y sostenibles (UIT, 2023)',
  },
  {
    id: 'dig-interoperability.performance.de',
    criterion: 'dig-interoperability',
    stage: 'performance',
    lang: 'de',
    title: 'Ausstiegsplan und Datenübergabe in offenen Formaten',
    text:
      'Innerhalb von [Zahl] Monaten nach Vertragsbeginn legt der Auftragnehmer einen Ausstiegsplan (Exit-Plan) zur Freigabe durch den Auftraggeber vor und hält ihn aktuell. ' +
      'Bei Ablauf oder Kündigung übergibt er innerhalb von [Zahl] Tagen ohne Mehrkosten sämtliche Daten, Metadaten und Konfigurationen in offenen, dokumentierten Formaten ([CSV / JSON / GeoJSON / andere]) mit Beschreibung des Datenmodells, hält die Schnittstellen für eine Übergangszeit von [Zahl] Tagen in Betrieb und unterstützt die Übernahme durch den neuen Auftragnehmer.',
    source: 'COM(2013) 455 Against lock-in; Verordnung (EU) 2024/903 (Verordnung für ein interoperables Europa); GWB § 128 Abs. 2',
  },
  {
    id: 'dig-interoperability.performance.es',
    criterion: 'dig-interoperability',
    stage: 'performance',
    lang: 'es',
    title: 'Plan de reversibilidad y entrega de datos en formatos abiertos',
    text:
      'En los [número] meses siguientes al inicio del contrato, el contratista presentará un plan de reversibilidad para su aprobación por el órgano de contratación y lo mantendrá actualizado. ' +
      'A la finalización o resolución del contrato, entregará en un plazo de [número] días, sin coste adicional, todos los datos, metadatos y configuraciones en formatos abiertos y documentados ([CSV / JSON / GeoJSON / otro]) con la descripción de su modelo de datos, mantendrá las APIs en servicio durante un periodo de transición de [número] días y colaborará en el traspaso al nuevo contratista.',
    source: 'COM(2013) 455 Against lock-in; Reglamento (UE) 2024/903 (Ley de la Europa Interoperable); Ley 9/2017 de Contratos del Sector Público art. 202',
  },
];
