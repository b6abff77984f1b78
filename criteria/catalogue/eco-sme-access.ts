import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'eco-sme-access',
  pillar: 'economic',
  name: {
    en: 'Access for small and medium-sized enterprises',
    fr: 'Accès des petites et moyennes entreprises',
    de: 'Zugang für kleine und mittlere Unternehmen',
    es: 'Acceso de las pequeñas y medianas empresas',
  },
  why: {
    en: 'Lots, proportionate turnover and experience requirements and open doors to consortia let small local firms compete, which widens competition and keeps public money in the local economy (Directive 2014/24/EU art. 46 and 58).',
    fr: 'L’allotissement, des exigences de chiffre d’affaires et d’expérience proportionnées et l’ouverture aux groupements permettent aux petites entreprises locales de concourir : plus de concurrence et une dépense publique qui profite au territoire (directive 2014/24/UE, art. 46 et 58).',
    de: 'Lose, angemessene Umsatz- und Erfahrungsanforderungen und zugelassene Bietergemeinschaften ermöglichen kleinen örtlichen Unternehmen die Teilnahme: mehr Wettbewerb, und das öffentliche Geld bleibt in der Region (Richtlinie 2014/24/EU Art. 46 und 58).',
    es: 'La división en lotes, una solvencia proporcionada y la admisión de uniones temporales permiten competir a las pequeñas empresas locales: más competencia y un gasto público que se queda en el territorio (Directiva 2014/24/UE, arts. 46 y 58).',
  },
  appliesTo: { all: true },
  patterns: {
    en: [
      // eForms "This procurement is also suitable for small and medium-sized enterprises (SMEs)"; Contracts Finder
      // "Contract is suitable for SMEs? Yes" (not "… ? No"). Not the ESPD question "Is the economic operator a
      // micro, small or medium-sized enterprise?" nor "Supplier is SME? No" on award pages.
      '(?<!not |not be |not considered )suitable for (?:small and medium|SMEs?\\b)(?!\\W{0,3}no\\b)',
      'SME (?:friendly|participation|access|inclusion)',
      '(?:accessible|open|attractive) to (?:SMEs|small and medium)',
      '(?:participation|involvement) of (?:SMEs|small and medium)',
      'encourag\\w* (?:the )?(?:participation of )?(?:SMEs|small and medium|micro,? small)',
      // TED forms: "This contract is divided into lots: yes" (not ": no")
      '(?<!not |not be |n[’\']t be |cannot be )divided into (?:\\d{1,3} |two |three |four |five |six |seven |eight |nine |ten |several |multiple |separate )?lots\\b(?!\\W{0,3}no\\b)',
      '(?<!no )division into lots\\b(?!\\W{0,3}no\\b)',
      'split into (?:\\d{1,3} |two |three |four |five |several |multiple |separate )?lots\\b',
      'tenders may be submitted for (?:all lots|one lot only|(?:a )?maximum (?:number )?of (?:\\d{1,3}|one|two|three) lots?|one or more lots)',
      'lotting\\b',
      // proportionate turnover: at most twice the contract value (art. 58(3))
      'turnover[^.;]{0,80}\\b(?:twice|two times|2 ?x|double|200 ?%|1[.,]5 times|one and a half times)',
      // consortia and subcontracting open to small firms; not a firm named "… Consortium"
      '(?:consortia|consortium (?:bids|tenders)|joint (?:bids|tenders)|groups? of economic operators|bidding consortia)[^.;]{0,40}\\b(?:welcome|allowed|permitted|accepted|may (?:bid|submit|tender|apply))',
      '(?:bids|tenders) (?:from|by) (?:consortia|groups of economic operators)',
      'sub ?contracting (?:to (?:SMEs|small)[^.;]{0,20})?(?:is |will be )?(?:allowed|permitted|encouraged)',
      // US set-asides reserve the purchase for small businesses; not the FAR clause titles "Notice of Total Small
      // Business Set-Aside" that checklists list whether or not they apply, nor "IS NOT A SMALL BUSINESS SET ASIDE"
      '(?<!notice of [^.;(]{0,60}|not (?:a |an )?(?:total |partial )?)small business set ?aside',
      // not the conditions of a FAR clause's applicability: "…the acquisition-(A) Is set aside for small business
      // concerns; or (B) Cannot be set aside…"
      '(?<!not |not be |cannot be |can ?not be |\\([a-z]\\) ?is )set ?aside (?:exclusively )?for small business',
    ],
    fr: [
      // not "absence d'allotissement", "le marché ne fait pas l'objet d'un allotissement", "marché non alloti"
      "(?<!pas l[’']objet d[’']un |absence d[’']|pas d[’']|sans |pas de )allotissement",
      // "le marché est alloti", "marché alloti en 5 lots"
      "(?<!non |pas |n[’']est pas |ne sera pas )allotie?s?\\b",
      // "Ce marché est divisé en lots : oui" (not ": non")
      '(?<!pas )divis[ée]e?s? en (?:\\d{1,3} )?lots\\b(?!\\W{0,3}non\\b)',
      'd[ée]compos[ée]e?s? en (?:\\d{1,3} )?lots\\b',
      '(?<!non |pas de |sans )division en lots\\b(?!\\W{0,3}non\\b)',
      '(?:convient|adapt[ée]e?s?|ouverte?s?|accessibles?) (?:aussi |[ée]galement )?(?:aux|pour les) (?:PME|petites et moyennes entreprises)',
      "(?:acc[eè]s|participation) des (?:PME|petites et moyennes entreprises|TPE)",
      // proportionate turnover: at most twice the estimated value (R2142-6)
      "chiffre d[’']affaires[^.;]{0,80}(?:deux fois|double)",
      "groupements? (?:d[’']entreprises |d[’']op[ée]rateurs [ée]conomiques )?(?:sont |est )?(?:autoris[ée]s?|admis|accept[ée]s?)",
      'co ?traitance (?:est |sont )?(?:autoris[ée]e|admise)',
    ],
    de: [
      // not "Von einer Losaufteilung wird abgesehen" (GWB § 97(4) reasons for not dividing)
      '(?<!von einer |keine |ohne )Losaufteilung(?![^.;]{0,40}(?:abgesehen|verzichtet|nicht|nein))',
      // "Aufteilung des Auftrags in Lose: ja" (not ": nein")
      '(?<!von einer |keine |ohne )Aufteilung (?:des Auftrags )?in (?:\\d{1,3} )?(?:Fach|Teil)?lose\\b(?!\\W{0,3}nein\\b|[^.;]{0,40}(?:abgesehen|verzichtet|nicht))',
      'in (?:\\d{1,3} )?(?:Fach|Teil)?lose (?:aufgeteilt|unterteilt|eingeteilt|gegliedert)',
      // "5 Fachlose", "8 Teillose (Gebietslose)"
      '(?:Fach|Teil|Gebiets)lose?n?\\b',
      'mittelstandsfreundlich\\w*',
      'mittelstandische\\w* Interessen',
      'KMU ?(?:geeignet|freundlich)',
      '(?:KMU|kleine\\w* und mittlere\\w* Unternehmen)[^.;]{0,10}(?:geeignet|zuganglich)',
      '(?:geeignet|zuganglich) (?:fur|fuer) (?:KMU|kleine\\w* und mittlere\\w* Unternehmen)',
      'Bietergemeinschaften (?:sind |werden )?(?:zugelassen|zulassig|erlaubt|willkommen)',
      'Mindestumsatz[^.;]{0,80}(?:doppelt|zweifach|zweifache)',
    ],
    es: [
      '(?<!no |sin )division en lotes\\b(?!\\W{0,3}no\\b)',
      // "Este contrato se divide en lotes: sí" (not ": no")
      '(?<!no )se divide en (?:\\d{1,3} )?lotes\\b(?!\\W{0,3}no\\b)',
      'dividid[oa] en (?:\\d{1,3} )?lotes\\b(?!\\W{0,3}no\\b)',
      '(?:adecuad\\w*|accesibles?|aptos?|aptas?) (?:tambien )?(?:para|a) (?:las )?(?:pymes|PYME|peque[nñ]as y medianas empresas)',
      '(?:acceso|participacion) de (?:las )?(?:pymes|PYME|peque[nñ]as y medianas empresas)',
      '(?:facilitar|fomentar|favorecer)[^.;]{0,30}(?:pymes|peque[nñ]as y medianas empresas)',
      // solvency: at most one and a half times the value (LCSP art. 87)
      'volumen (?:anual )?de negocios[^.;]{0,80}(?:una vez y media|dos veces|el doble)',
      'uniones? temporales? de (?:empresas|empresarios)[^.;]{0,30}(?:podr[aá]n|se admit|admitid|permitid)',
    ],
  },
  // Met by the buyer's own statement, not by an obligation on the supplier: division into lots, proportionate selection and consortia are the buyer's design.
  statedByBuyer: true,
  fields: [
    { bt: 'BT-726', values: ['true'], effect: 'present', label: 'Suitable for SMEs (BT-726)' },
    // The buyer's own statement that the lot is not suitable for SMEs.
    { bt: 'BT-726', values: ['false'], effect: 'absent', label: 'Not declared suitable for SMEs (BT-726)' },
    { bt: 'OCDS-goal', values: ['social.smeInclusion'], effect: 'present', label: 'Inclusion of SMEs (OCDS sustainability goal)' },
    // derived by the engine from the notice's lots (lot groups excluded)
    { bt: 'lot-count', values: ['several'], effect: 'present', label: 'Divided into lots' },
  ],
  sources: [
    'Directive 2014/24/EU art. 46 (division of contracts into lots) and recital 78',
    'Directive 2014/24/EU art. 58(3) (turnover at most twice the estimated contract value)',
    'Directive 2014/24/EU art. 19(2) and 63 (groups of economic operators, reliance on other entities)',
    'European Code of Best Practices facilitating access by SMEs to public procurement contracts, SEC(2008) 2193',
    'U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
    'Code de la commande publique art. L2113-10 (allotissement) and R2142-6 (France)',
    'GWB § 97(4) (Mittelstandsschutz, Losaufteilung) (Germany)',
    'Ley 9/2017 de Contratos del Sector Público art. 87 and 99.3 (Spain)',
  ],
} satisfies CriterionInput;

// No award clause: rewarding a bidder for being small would discriminate by size (Directive 2014/24/EU art. 18);
// access is opened by how the contract is cut up and what is asked of bidders, not by scoring.
export const clauses: ModelClause[] = [
  {
    id: 'eco-sme-access.specification.en',
    criterion: 'eco-sme-access',
    stage: 'specification',
    lang: 'en',
    title: 'Division into lots',
    text:
      'The contract is divided into [number] lots by [geographic area / type of service / product category], as listed in annex [X]. ' +
      'Tenderers may bid for one, several or all lots[; a tenderer may be awarded at most [number] lots]. ' +
      'The buyer has not combined work that small and medium-sized enterprises could deliver separately [or: the reasons for not dividing the contract are set out in the procurement documents].',
    source: 'Directive 2014/24/EU art. 46 (division of contracts into lots)',
  },
  {
    id: 'eco-sme-access.selection.en',
    criterion: 'eco-sme-access',
    stage: 'selection',
    lang: 'en',
    title: 'Proportionate selection criteria, consortia welcome',
    text:
      'The minimum yearly turnover required is [amount], which is no more than twice the estimated yearly value of the lot. ' +
      'Experience is shown by [number] references for contracts of a similar nature, not of a similar size, over the last [number] years. ' +
      'Groups of economic operators, including temporary consortia of small firms, may tender without taking a particular legal form, and tenderers may rely on the capacities of subcontractors or other entities to meet the selection criteria.',
    source: 'Directive 2014/24/EU art. 19(2), 58(3) and 63',
  },
  {
    id: 'eco-sme-access.performance.en',
    criterion: 'eco-sme-access',
    stage: 'performance',
    lang: 'en',
    title: 'Subcontracting opportunities published',
    text:
      'The contractor shall advertise subcontracting opportunities of [amount] or more arising under the contract on [portal], in a way that small and medium-sized enterprises can respond to, and shall report every [number] months the share of the contract value spent with small and medium-sized enterprises.',
    source: 'Directive 2014/24/EU art. 71 (subcontracting); U4SSC Procurement guidelines for smart sustainable cities (ITU, 2023)',
  },
  {
    id: 'eco-sme-access.specification.fr',
    criterion: 'eco-sme-access',
    stage: 'specification',
    lang: 'fr',
    title: 'Allotissement',
    text:
      'Le marché est divisé en [nombre] lots par [secteur géographique / nature de prestation / famille de produits], décrits en annexe [X]. ' +
      'Les candidats peuvent présenter une offre pour un, plusieurs ou tous les lots[ ; un même candidat ne peut se voir attribuer plus de [nombre] lots]. ' +
      'L’acheteur n’a pas regroupé de prestations que des petites et moyennes entreprises pourraient exécuter séparément.',
    source: 'Directive 2014/24/UE art. 46 ; Code de la commande publique art. L2113-10',
  },
  {
    id: 'eco-sme-access.selection.fr',
    criterion: 'eco-sme-access',
    stage: 'selection',
    lang: 'fr',
    title: 'Capacités proportionnées, groupements admis',
    text:
      'Le chiffre d’affaires annuel minimal exigé est de [montant], soit au plus deux fois le montant annuel estimé du lot. ' +
      'L’expérience est appréciée au vu de [nombre] références de nature comparable, sans condition de taille, sur les [nombre] dernières années. ' +
      'Les groupements d’opérateurs économiques sont admis sans forme juridique imposée au stade de la candidature, et les candidats peuvent faire valoir les capacités de sous-traitants ou d’autres entités.',
    source: 'Directive 2014/24/UE art. 19(2), 58(3) et 63 ; Code de la commande publique art. R2142-6',
  },
  {
    id: 'eco-sme-access.specification.de',
    criterion: 'eco-sme-access',
    stage: 'specification',
    lang: 'de',
    title: 'Aufteilung in Lose',
    text:
      'Der Auftrag ist in [Zahl] Lose nach [Gebiet / Leistungsart / Produktgruppe] aufgeteilt, die in Anlage [X] beschrieben sind. ' +
      'Angebote können für ein, mehrere oder alle Lose abgegeben werden[; ein Bieter erhält den Zuschlag für höchstens [Zahl] Lose]. ' +
      'Leistungen, die kleine und mittlere Unternehmen getrennt erbringen können, wurden nicht zusammengefasst.',
    source: 'Richtlinie 2014/24/EU Art. 46; GWB § 97 Abs. 4',
  },
  {
    id: 'eco-sme-access.specification.es',
    criterion: 'eco-sme-access',
    stage: 'specification',
    lang: 'es',
    title: 'División en lotes',
    text:
      'El contrato se divide en [número] lotes por [zona geográfica / tipo de prestación / categoría de producto], descritos en el anexo [X]. ' +
      'Los licitadores pueden presentar oferta a uno, varios o todos los lotes[; un mismo licitador podrá resultar adjudicatario de [número] lotes como máximo]. ' +
      'No se han agrupado prestaciones que las pequeñas y medianas empresas puedan ejecutar por separado.',
    source: 'Directiva 2014/24/UE art. 46; Ley 9/2017 de Contratos del Sector Público art. 99.3',
  },
  {
    id: 'eco-sme-access.selection.de',
    criterion: 'eco-sme-access',
    stage: 'selection',
    lang: 'de',
    title: 'Verhältnismäßige Eignungsanforderungen, Bietergemeinschaften zugelassen',
    text:
      'Der geforderte Mindestjahresumsatz beträgt [Betrag] und damit höchstens das Zweifache des geschätzten Jahreswerts des Loses. ' +
      'Die Erfahrung wird durch [Zahl] Referenzen über Aufträge vergleichbarer Art, nicht vergleichbarer Größe, aus den letzten [Zahl] Jahren nachgewiesen. ' +
      'Bietergemeinschaften, auch aus kleinen Unternehmen, können sich beteiligen, ohne eine bestimmte Rechtsform annehmen zu müssen, und Bieter können sich zum Nachweis der Eignung auf die Kapazitäten von Unterauftragnehmern oder anderen Unternehmen stützen (Eignungsleihe).',
    source: 'Richtlinie 2014/24/EU Art. 19 Abs. 2, Art. 58 Abs. 3 und Art. 63; VgV §§ 43, 45 und 47',
  },
  {
    id: 'eco-sme-access.selection.es',
    criterion: 'eco-sme-access',
    stage: 'selection',
    lang: 'es',
    title: 'Solvencia proporcionada y uniones temporales admitidas',
    text:
      'El volumen anual de negocios mínimo exigido es de [importe], que no excede de una vez y media el valor anual medio estimado del lote. ' +
      'La experiencia se acreditará con [número] trabajos de igual o similar naturaleza, sin exigir un importe similar, realizados en los últimos [número] años. ' +
      'Podrán licitar uniones temporales de empresarios, también de pequeñas empresas, sin necesidad de formalizarlas en escritura pública hasta la adjudicación, y los licitadores podrán basarse en la solvencia de subcontratistas u otras entidades para acreditar la suya.',
    source: 'Directiva 2014/24/UE arts. 19.2, 58.3 y 63; Ley 9/2017 de Contratos del Sector Público arts. 69, 75 y 87',
  },
  {
    id: 'eco-sme-access.performance.fr',
    criterion: 'eco-sme-access',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : publicité des offres de sous-traitance',
    text:
      'Le titulaire publie sur [plateforme] les besoins de sous-traitance d’un montant égal ou supérieur à [montant] nés de l’exécution du marché, de manière à permettre aux petites et moyennes entreprises d’y répondre. ' +
      'Il communique à l’acheteur, tous les [nombre] mois, la part du montant du marché confiée à des petites et moyennes entreprises.',
    source: 'Directive 2014/24/UE art. 71 ; Code de la commande publique art. L2193-1 et suivants (sous-traitance) ; lignes directrices U4SSC (UIT, 2023)',
  },
  {
    id: 'eco-sme-access.performance.de',
    criterion: 'eco-sme-access',
    stage: 'performance',
    lang: 'de',
    title: 'Veröffentlichung von Unteraufträgen',
    text:
      'Der Auftragnehmer veröffentlicht die bei der Ausführung entstehenden Unteraufträge ab einem Wert von [Betrag] auf [Plattform] so, dass kleine und mittlere Unternehmen sich darauf bewerben können. ' +
      'Er berichtet alle [Zahl] Monate, welcher Anteil des Auftragswerts an kleine und mittlere Unternehmen vergeben wurde.',
    source: 'Richtlinie 2014/24/EU Art. 71; GWB § 97 Abs. 4; VgV § 36 (Unteraufträge)',
  },
  {
    id: 'eco-sme-access.performance.es',
    criterion: 'eco-sme-access',
    stage: 'performance',
    lang: 'es',
    title: 'Publicidad de las oportunidades de subcontratación',
    text:
      'El contratista anunciará en [plataforma] las oportunidades de subcontratación de importe igual o superior a [importe] que surjan en la ejecución del contrato, de forma que las pequeñas y medianas empresas puedan presentar ofertas. ' +
      'Informará cada [número] meses del porcentaje del importe del contrato ejecutado por pequeñas y medianas empresas.',
    source: 'Directiva 2014/24/UE art. 71; Ley 9/2017 de Contratos del Sector Público arts. 215 a 217 (subcontratación); Directrices U4SSC (UIT, 2023)',
  },
];
