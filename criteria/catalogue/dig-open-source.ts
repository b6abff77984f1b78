import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'dig-open-source',
  pillar: 'digital',
  name: {
    en: 'Open source and reuse',
    fr: 'Logiciel libre et réutilisation',
    de: 'Open Source und Nachnutzung',
    es: 'Código abierto y reutilización',
  },
  why: {
    en: 'Software paid for with public money can be published under an open-source licence, so that other public bodies reuse it instead of paying again, and the city can have it maintained by any supplier.',
    fr: 'Un logiciel payé sur fonds publics peut être publié sous licence libre : d’autres administrations le réutilisent au lieu de le payer à nouveau, et la ville peut le faire maintenir par n’importe quel prestataire.',
    de: 'Mit öffentlichem Geld bezahlte Software kann unter einer Open-Source-Lizenz veröffentlicht werden: Andere Behörden nutzen sie nach, statt erneut zu zahlen, und die Stadt kann sie von jedem Anbieter pflegen lassen.',
    es: 'El software pagado con dinero público puede publicarse con una licencia de código abierto: otras administraciones lo reutilizan en lugar de pagarlo de nuevo, y la ciudad puede encargar su mantenimiento a cualquier proveedor.',
  },
  appliesTo: {
    groups: ['software-digital'],
  },
  // Not "open" in "open procedure / procédure ouverte / offenes Verfahren / procedimiento abierto", not "COTS/GOTS"
  // (government off-the-shelf), not "Operating environment software" (a UNSPSC label), not "source code escrow"
  // (kept secret with a third party), not "open source intelligence" (OSINT).
  patterns: {
    en: [
      'open ?source\\b(?! intelligence| information| research| data\\b)',
      'EUPL\\b',
      'European Union Public Licen[cs]e',
      'OSI (?:approved|certified|licen[cs]e)',
      'Open Source Initiative',
      '(?:GNU )?(?:A|L)?GPL ?v?[23]',
      'GNU (?:Affero |Lesser )?General Public Licen[cs]e',
      'Apache (?:Licen[cs]e|2\\.0)',
      'MIT licen[cs]e',
      'BSD licen[cs]e',
      'Mozilla Public Licen[cs]e',
      'free (?:and open source|software licen[cs]e)',
      // not "Joe Foss Field" (an airport in a US notice)
      '(?:FOSS|FLOSS) (?:licen[cs]es?|software|solutions?|components?|projects?|polic\\w*)',
      'source code[^.;]{0,60}\\b(?:publish\\w*|public(?:ly)? (?:available|repository)|open licen|repositor\\w*|GitHub|GitLab|Joinup|code\\.europa)',
      '(?:publish\\w*|publication of|release\\w*) (?:of )?(?:the |all )?source code',
      'Standard for Public Code',
      'public code (?:repositor\\w*|base)',
      'Public Money,? Public Code',
      'reuse of (?:existing )?(?:open source |public |government )(?:code|software|solutions|components)',
      'Joinup\\b',
      'code\\.europa\\.eu',
      'Technology Code of Practice',
    ],
    fr: [
      'logiciels? libres?',
      '(?:codes? sources?|composants?) (?:ouverts?|libres?)',
      'sous licence libre',
      'licences? (?:libres?|open source)',
      'open ?source\\b(?! intelligence)',
      'EUPL\\b',
      'CeCILL',
      "code source[^.;]{0,60}\\b(?:publi\\w*|d[ée]pos[ée]\\w*|forge|code\\.gouv|licence)",
      "publication (?:du|des) codes? sources?",
      'code\\.gouv',
      // not "Fort Sill" (a US airport)
      "(?:au|le|du|dans le) SILL\\b",
      'socle interminist[ée]riel de logiciels libres',
      "r[ée]utilisation (?:de|des) (?:logiciels|codes?|composants|solutions) (?:libres|open source|existant\\w*|publi\\w*)",
      'communs num[ée]riques',
      'ADULLACT',
    ],
    de: [
      'Open ?Source\\w*(?! Intelligence)',
      'quelloffen\\w*',
      'offene\\w* Quellcode\\w*',
      'freie\\w* Software',
      'freie\\w* Lizenz\\w*',
      'Quellcode\\w*[^.;]{0,60}\\b(?:veroffentlich\\w*|offen\\w*|Repositor\\w*|OpenCoDE|freie\\w* Lizenz)',
      'OpenCoDE',
      'EUPL\\b',
      'Public Money,? Public Code',
      // "Nachnutzung" alone is also the after-use of a site or building
      'Nachnutz\\w* (?:der |von |fur )?(?:Software|Quellcode|Code|Losung\\w*|Anwendung\\w*|Fachverfahren)',
      'Einer fur Alle',
    ],
    es: [
      'c[oó]digo abierto',
      'software libre',
      'software de fuentes abiertas',
      'licencias? (?:de )?(?:software )?(?:libre|de c[oó]digo abierto)',
      'EUPL\\b',
      'c[oó]digo fuente[^.;]{0,60}\\b(?:publica\\w*|abierto|repositorio|reutiliza\\w*|licencia)',
      'reutilizaci[oó]n (?:de|del) (?:software|c[oó]digo|aplicaciones|soluciones)',
      'Centro de Transferencia de Tecnolog[ií]a',
      // Ley 40/2015 art. 157 and 158: applications owned by administrations are made available for reuse
      '(?:art[ií]culo|art\\.) 15[78]\\b[^.;]{0,30}Ley 40/2015',
    ],
  },
  // No eForms or OCDS field says this.
  fields: [],
  sources: [
    'European Union Public Licence (EUPL) v1.2, Commission Implementing Decision (EU) 2017/863',
    'Open Source Initiative, Open Source Definition and approved licences',
    'Commission Decision C(2021) 8759 on open-source licensing and reuse of Commission software',
    'Regulation (EU) 2024/903 (Interoperable Europe Act) art. 4 (sharing and reuse of solutions)',
    'Standard for Public Code (Foundation for Public Code)',
    'Loi n° 2016-1321 pour une République numérique, art. 2 and 16 (France)',
    'OZG and OpenCoDE, principle "Einer für Alle" (Germany)',
    'Ley 40/2015 art. 157 and 158 (Spain)',
  ],
} satisfies CriterionInput;

// No selection clause: experience of open-source development is better asked as part of technical capacity for
// the service, and a licence policy is a term of the contract.
export const clauses: ModelClause[] = [
  {
    id: 'dig-open-source.specification.en',
    criterion: 'dig-open-source',
    stage: 'specification',
    lang: 'en',
    title: 'Software developed under the contract released as open source',
    text:
      'All source code, documentation and build scripts developed under this contract shall be released under the European Union Public Licence v1.2 [or another OSI-approved licence chosen by the buyer] and published in [the buyer’s public repository / code.europa.eu] from the first release, with a licence file, instructions to build and deploy, and no dependency on components whose licence does not allow this. ' +
      'The contractor shall list all third-party components and their licences in each release.',
    source: 'EUPL v1.2; Commission Decision C(2021) 8759; Standard for Public Code',
  },
  {
    id: 'dig-open-source.award.en',
    criterion: 'dig-open-source',
    stage: 'award',
    lang: 'en',
    title: 'Points for reusing existing public code',
    text:
      'Up to [number] points out of [total] are awarded for the extent to which the proposed solution reuses and improves existing open-source software already used by public bodies (for example listed on code.europa.eu, Joinup, code.gouv.fr or OpenCoDE) rather than building new code, and contributes its improvements back to those projects.',
    source: 'Regulation (EU) 2024/903 (Interoperable Europe Act) art. 4; Standard for Public Code',
  },
  {
    id: 'dig-open-source.performance.en',
    criterion: 'dig-open-source',
    stage: 'performance',
    lang: 'en',
    title: 'Code kept public and buildable',
    text:
      'Throughout the contract, the contractor shall keep the public repository up to date with every change within [number] days of its deployment, keep the software buildable from that repository alone, and hand over administrator rights to the repository to the buyer at the end of the contract.',
    source: 'Standard for Public Code; Directive 2014/24/EU art. 70',
  },
  {
    id: 'dig-open-source.specification.fr',
    criterion: 'dig-open-source',
    stage: 'specification',
    lang: 'fr',
    title: 'Code développé publié sous licence libre',
    text:
      'Le code source, la documentation et les scripts de construction développés dans le cadre du marché sont publiés sous licence EUPL v1.2 [ou une autre licence libre de la liste fixée par le décret n° 2021-1559] sur [la forge publique de l’acheteur / code.gouv.fr] dès la première version, avec un fichier de licence, les instructions de construction et de déploiement, et sans dépendance à des composants dont la licence l’interdit.',
    source: 'Loi n° 2016-1321 pour une République numérique ; décret n° 2021-1559 ; EUPL v1.2',
  },
  {
    id: 'dig-open-source.specification.de',
    criterion: 'dig-open-source',
    stage: 'specification',
    lang: 'de',
    title: 'Veröffentlichung als Open Source',
    text:
      'Der im Rahmen des Auftrags entwickelte Quellcode, die Dokumentation und die Build-Skripte werden unter der EUPL v1.2 [oder einer anderen von der OSI anerkannten Lizenz] ab der ersten Version auf [OpenCoDE / dem Repository des Auftraggebers] veröffentlicht, mit Lizenzdatei, Anleitung zu Build und Betrieb und ohne Abhängigkeit von Komponenten, deren Lizenz dies ausschließt.',
    source: 'EUPL v1.2; OpenCoDE; Verordnung (EU) 2024/903 (Interoperable Europe Act)',
  },
  {
    id: 'dig-open-source.specification.es',
    criterion: 'dig-open-source',
    stage: 'specification',
    lang: 'es',
    title: 'Publicación del código con licencia de código abierto',
    text:
      'El código fuente, la documentación y los scripts de construcción desarrollados en el marco del contrato se publicarán con licencia EUPL v1.2 [u otra licencia de código abierto aprobada por la OSI] en [el Centro de Transferencia de Tecnología / el repositorio del órgano de contratación] desde la primera versión, con el fichero de licencia, las instrucciones de construcción y despliegue, y sin dependencias de componentes cuya licencia lo impida.',
    source: 'Ley 40/2015 arts. 157 y 158; EUPL v1.2',
  },
  {
    id: 'dig-open-source.award.fr',
    criterion: 'dig-open-source',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : réutilisation de logiciels libres existants',
    text:
      'Critère d’attribution « réutilisation » : [nombre] points sur [total], selon la mesure dans laquelle la solution proposée réutilise et améliore des logiciels libres déjà utilisés par des acteurs publics (par exemple référencés sur code.gouv.fr, dans le socle interministériel de logiciels libres, sur code.europa.eu ou sur Joinup) plutôt que de développer du code nouveau, et reverse ses améliorations aux projets concernés.',
    source: 'Règlement (UE) 2024/903 (règlement pour une Europe interopérable) art. 4 ; loi n° 2016-1321 pour une République numérique art. 16 ; Code de la commande publique art. R2152-7 ; Standard for Public Code',
  },
  {
    id: 'dig-open-source.award.de',
    criterion: 'dig-open-source',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Nachnutzung vorhandener Open-Source-Software',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden dafür vergeben, in welchem Umfang die angebotene Lösung Open-Source-Software, die bereits in der öffentlichen Verwaltung genutzt wird (etwa auf OpenCoDE, code.europa.eu oder Joinup verzeichnet), nachnutzt und weiterentwickelt, statt neuen Code zu erstellen, und die Verbesserungen in diese Projekte zurückführt.',
    source: 'Verordnung (EU) 2024/903 (Verordnung für ein interoperables Europa) Art. 4; GWB § 127; Standard for Public Code',
  },
  {
    id: 'dig-open-source.award.es',
    criterion: 'dig-open-source',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: reutilización de software público',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] según el grado en que la solución propuesta reutilice y mejore software de código abierto ya utilizado por administraciones públicas (por ejemplo, el disponible en el Centro de Transferencia de Tecnología, en code.europa.eu o en Joinup), en lugar de desarrollar código nuevo, y aporte sus mejoras a esos proyectos.',
    source: 'Ley 40/2015 arts. 157 y 158 (reutilización de sistemas y aplicaciones); Reglamento (UE) 2024/903 art. 4; Ley 9/2017 de Contratos del Sector Público art. 145',
  },
  {
    id: 'dig-open-source.performance.fr',
    criterion: 'dig-open-source',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : dépôt public à jour et autonome',
    text:
      'Pendant toute la durée du marché, le titulaire publie dans le dépôt public chaque modification dans les [nombre] jours suivant son déploiement, veille à ce que le logiciel puisse être construit à partir de ce seul dépôt et, en fin de marché, transfère à l’acheteur les droits d’administration du dépôt.',
    source: 'Standard for Public Code ; directive 2014/24/UE art. 70',
  },
  {
    id: 'dig-open-source.performance.de',
    criterion: 'dig-open-source',
    stage: 'performance',
    lang: 'de',
    title: 'Öffentliches Repository aktuell und eigenständig baubar',
    text:
      'Während der gesamten Vertragslaufzeit überträgt der Auftragnehmer jede Änderung innerhalb von [Zahl] Tagen nach ihrer Inbetriebnahme in das öffentliche Repository, hält die Software allein aus diesem Repository baubar und überträgt dem Auftraggeber bei Vertragsende die Administrationsrechte am Repository.',
    source: 'Standard for Public Code; GWB § 128 Abs. 2',
  },
  {
    id: 'dig-open-source.performance.es',
    criterion: 'dig-open-source',
    stage: 'performance',
    lang: 'es',
    title: 'Repositorio público actualizado y compilable',
    text:
      'Durante toda la ejecución del contrato, el contratista incorporará al repositorio público cada cambio en los [número] días siguientes a su despliegue, garantizará que el software pueda compilarse a partir de ese único repositorio y, al término del contrato, transferirá al órgano de contratación los derechos de administración del repositorio.',
    source: 'Standard for Public Code; Ley 40/2015 art. 157; Directiva 2014/24/UE art. 70',
  },
];
