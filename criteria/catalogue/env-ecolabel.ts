import type { CriterionInput, ModelClause } from '../schema';

export const criterion = {
  id: 'env-ecolabel',
  pillar: 'environment',
  name: {
    en: 'Type I ecolabels as proof, “or equivalent”',
    fr: 'Écolabels de type I comme preuve, « ou équivalent »',
    de: 'Umweltzeichen des Typs I als Nachweis, „oder gleichwertig“',
    es: 'Etiquetas ecológicas de tipo I como prueba, «o equivalente»',
  },
  why: {
    en: 'An ISO 14024 ecolabel bundles independently verified environmental criteria, so the buyer can require them without writing and checking each one.',
    fr: 'Un écolabel ISO 14024 réunit des critères environnementaux vérifiés par un tiers : l’acheteur peut les exiger sans les rédiger ni les contrôler un à un.',
    de: 'Ein Umweltzeichen nach ISO 14024 bündelt von Dritten geprüfte Umweltkriterien: Der Auftraggeber kann sie fordern, ohne jedes einzeln zu formulieren und zu prüfen.',
    es: 'Una etiqueta ecológica ISO 14024 reúne criterios ambientales verificados por terceros: el órgano de contratación puede exigirlos sin redactarlos ni comprobarlos uno a uno.',
  },
  appliesTo: {
    groups: ['ict-devices', 'imaging', 'cleaning', 'furniture', 'textiles', 'paper-printing', 'food-catering'],
  },
  patterns: {
    en: [
      // "ecolabel", "eco-label", "EU Ecolabel", "Nordic Ecolabel", "Austrian Ecolabel", "ecolabelled"
      'eco(?:label| label)',
      'ISO 14024',
      'type (?:I|1) (?:environmental )?(?:eco)?labels?\\b',
      'blue angel',
      'blaue[nr]? engel',
      'nordic swan',
      'svanen',
      'TCO certified',
      'EPEAT',
      'umweltzeichen',
      'milieukeur',
      // FSC and GOTS only with a label word: US notices say "Federal Supply Classes (FSC) 1000-9999" and
      // "COTS/GOTS products" (government off-the-shelf)
      'FSC(?:®|™)?(?: (?:certifi|label|chain of custody|CoC\\b|mix\\b|recycled|100 ?%|or (?:PEFC|equivalent)|and PEFC)| ?/ ?PEFC)',
      'forest stewardship council',
      'PEFC\\b',
      'GOTS(?:®|™)? (?:certifi|label|standard|organic|or equivalent)',
      '(?:certifi\\w*|label\\w*)(?: to| by| under| against)? (?:FSC|GOTS)\\b',
      'global organic textile standard',
      '(?:EU )?organic (?:label|logo)',
      'certified organic',
    ],
    fr: [
      // "écolabel", "éco-label", "Écolabel européen"
      'eco(?:label| label)',
      'ISO 14024',
      'labels? (?:ecologiques?|environnementaux|environnemental)',
      'labels? (?:de )?type (?:I|1)\\b',
      'ange bleu',
      'blaue[nr]? engel',
      'cygne (?:nordique|blanc)',
      'nordic swan',
      'TCO certified',
      'EPEAT',
      'NF environnement',
      'FSC(?:®|™)?(?: (?:certifi|label|chaine de controle|mix\\b|recycle|100 ?%|ou (?:PEFC|equivalent)|et PEFC)| ?/ ?PEFC)',
      'PEFC\\b',
      'GOTS(?:®|™)? (?:certifi|label|ou equivalent)',
      '(?:certifie\\w*|label|bois|papier) (?:FSC|GOTS)\\b',
      'label (?:AB|bio(?:logique)?)\\b',
      'eurofeuille',
    ],
    de: [
      // "Blauer Engel", "Blauen Engel"; "EU-Umweltzeichen", "Österreichisches Umweltzeichen"
      'blaue[nrs]? engel',
      'umweltzeichen\\w*',
      'eco(?:label| label)',
      'ISO 14024',
      'Typ (?:I|1) ?(?:Umwelt)?(?:zeichen|kennzeichnung|label)\\w*',
      'Umwelt ?(?:gutezeichen|siegel|label)\\w*',
      // "oder gleichwertig" only with a label word: "Toner HP 85A oder gleichwertig" names a product, not a label
      '(?:gute|umwelt)?(?:zeichen|siegel|label) oder (?:ein |einem )?gleichwertig\\w*',
      'oder (?:ein |einem |einer )?gleichwertig\\w* (?:Guetezeichen|Gutezeichen|Umweltzeichen|Label|Siegel|Zertifikat)\\w*',
      'nordic swan',
      'nordische[nr]? Schwan',
      'svanen',
      'TCO certified',
      'EPEAT',
      'FSC(?:®|™)?(?: (?:zertifi|oder PEFC|und PEFC|Mix\\b|Recycled|100 ?%|oder gleichwertig)| ?/ ?PEFC)',
      'PEFC\\b',
      'GOTS(?:®|™)? (?:zertifi|oder gleichwertig|Standard)',
      '(?:EU )?Bio ?(?:Siegel|Logo)\\w*',
    ],
    es: [
      // "etiqueta ecológica de la UE", "ecoetiqueta", "Ecolabel"
      'etiquetas? ecologicas?',
      'ecoetiqueta\\w*',
      'eco(?:label| label)',
      'ISO 14024',
      'etiquetas? (?:ambientales? )?(?:de )?tipo (?:I|1)\\b',
      // "o equivalente" only with a label word: "tóner compatible HP 85A o equivalente" names a product
      'o (?:una |otra )?(?:etiqueta|ecoetiqueta|distintivo|sello|certificacion) (?:ecologica |ambiental )?equivalente',
      'angel azul',
      'cisne nordico',
      'nordic swan',
      'blaue[nr]? engel',
      'TCO certified',
      'EPEAT',
      'distintiu de garantia de qualitat ambiental',
      'distintivo de (?:garantia de )?calidad ambiental',
      'AENOR Medio Ambiente',
      'FSC(?:®|™)?(?: (?:certifica|label|cadena de custodia|mix\\b|reciclado|100 ?%|o (?:PEFC|equivalente)|y PEFC)| ?/ ?PEFC)',
      'PEFC\\b',
      'GOTS(?:®|™)? (?:certifica|o equivalente|estandar)',
      '(?:certificad\\w*|madera|papel) (?:FSC|GOTS)\\b',
      '(?:logotipo|etiqueta|sello) (?:ecologico|ecologica|de produccion ecologica|de agricultura ecologica)',
    ],
  },
  fields: [
    // BT-805 says which green public procurement criteria the lot uses. GPP sets verify their criteria with Type I
    // labels "or equivalent" (Directive 2014/24/EU art. 43), which is why criteria.md lists it here.
    // BT-805 "none" is left out on purpose: a notice can still require an ecolabel outside any GPP set, and
    // "absent" would outrank the text that says so.
    { bt: 'BT-805', values: ['eu'], effect: 'present', label: 'EU green public procurement criteria used (BT-805)' },
    { bt: 'BT-805', values: ['national', 'other'], effect: 'present', label: 'National or other green public procurement criteria used (BT-805)' },
  ],
  sources: [
    'Directive 2014/24/EU art. 43 (labels)',
    'Regulation (EC) No 66/2010 (EU Ecolabel)',
    'ISO 14024 (Type I environmental labelling)',
    'EU GPP criteria for computers, monitors, tablets and smartphones (2021)',
    'EU GPP criteria for imaging equipment, consumables and print services (2020)',
    'EU GPP criteria for indoor cleaning services (2018)',
    'EU GPP criteria for furniture (2017)',
    'EU GPP criteria for textile products and services (2017)',
    'EU GPP criteria for copying and graphic paper (2008)',
    'EU GPP criteria for food, catering services and vending machines (2019)',
  ],
} satisfies CriterionInput;

export const clauses: ModelClause[] = [
  {
    id: 'env-ecolabel.specification.en',
    criterion: 'env-ecolabel',
    stage: 'specification',
    lang: 'en',
    title: 'Label criteria required, label accepted as proof',
    text:
      'The [products] shall meet the criteria of [the EU Ecolabel for (product group), Decision (EU) (number)] listed in annex [X]. ' +
      'A product that holds the EU Ecolabel, [another ISO 14024 Type I label such as Blue Angel or the Nordic Swan Ecolabel] or an equivalent label is deemed to comply. ' +
      'Other appropriate means of proof, such as a technical dossier from the manufacturer or a test report from an accredited body, are also accepted where the tenderer had no access to the label within the time limits for reasons it cannot be blamed for.',
    source: 'Directive 2014/24/EU art. 43 (labels); Regulation (EC) No 66/2010 (EU Ecolabel)',
  },
  {
    id: 'env-ecolabel.award.en',
    criterion: 'env-ecolabel',
    stage: 'award',
    lang: 'en',
    title: 'Points for labelled products',
    text:
      'Up to [number] points out of [total] are awarded in proportion to the share of the items in the price schedule that hold the EU Ecolabel, [TCO Certified / EPEAT Gold / Blue Angel / Nordic Swan Ecolabel] or an equivalent ISO 14024 Type I label, or that are shown by other appropriate means to meet that label’s criteria. ' +
      'Tenderers shall mark each labelled item in the price schedule and attach the licence number or the supporting evidence.',
    source: 'Directive 2014/24/EU art. 43 and art. 67; EU GPP criteria for imaging equipment (2020) and cleaning services (2018)',
  },
  {
    id: 'env-ecolabel.performance.en',
    criterion: 'env-ecolabel',
    stage: 'performance',
    lang: 'en',
    title: 'Labels kept valid for replacement and added products',
    text:
      'For the whole term of the contract, any product delivered as a replacement for a tendered product, or added to the catalogue, shall hold the same label as the product it replaces or an equivalent one, or be shown to meet the label’s criteria. ' +
      'The contractor shall send the buyer an updated list of label licences every [number] months and inform it within [number] days if a licence is withdrawn or expires.',
    source: 'Directive 2014/24/EU art. 43 and art. 70 (conditions for performance of contracts)',
  },
  {
    id: 'env-ecolabel.specification.fr',
    criterion: 'env-ecolabel',
    stage: 'specification',
    lang: 'fr',
    title: 'Spécifications techniques fondées sur un écolabel, ou équivalent',
    text:
      'Les [produits] respectent les critères [de l’Écolabel européen pour (groupe de produits), décision (UE) (numéro)] reproduits en annexe [X] du CCTP. ' +
      'Les produits titulaires de l’Écolabel européen, [d’un autre label de type I conforme à la norme ISO 14024, tel que l’Ange bleu ou le Nordic Swan Ecolabel] ou d’un label équivalent sont réputés conformes. ' +
      'Tout autre moyen de preuve approprié, tel qu’un dossier technique du fabricant ou un rapport d’essai d’un organisme accrédité, est accepté lorsque le candidat n’a pas pu obtenir le label dans les délais pour des raisons qui ne lui sont pas imputables.',
    source: 'Directive 2014/24/UE art. 43 (labels) ; Code de la commande publique art. R2111-12 à R2111-17',
  },
  {
    id: 'env-ecolabel.award.fr',
    criterion: 'env-ecolabel',
    stage: 'award',
    lang: 'fr',
    title: 'Critère d’attribution : part de produits écolabellisés',
    text:
      'Critère d’attribution « qualité environnementale des produits » : [nombre] points sur [total], attribués en proportion de la part des articles du bordereau des prix titulaires de l’Écolabel européen, [de TCO Certified / EPEAT Gold / l’Ange bleu] ou d’un label de type I équivalent, ou dont la conformité aux critères du label est démontrée par tout autre moyen approprié. ' +
      'Le soumissionnaire signale dans le bordereau les articles concernés et joint le numéro de licence ou les justificatifs.',
    source: 'Directive 2014/24/UE art. 43 et 67 ; critères GPP de l’UE pour les équipements d’impression (2020)',
  },
  {
    id: 'env-ecolabel.performance.fr',
    criterion: 'env-ecolabel',
    stage: 'performance',
    lang: 'fr',
    title: 'Conditions d’exécution : maintien des labels',
    text:
      'Pendant toute la durée du marché, tout produit livré en remplacement d’un produit de l’offre, ou ajouté au catalogue, est titulaire du même label ou d’un label équivalent, ou sa conformité aux critères du label est démontrée. ' +
      'Le titulaire transmet à l’acheteur la liste à jour des licences tous les [nombre] mois et l’informe sous [nombre] jours du retrait ou de l’expiration d’une licence.',
    source: 'Directive 2014/24/UE art. 43 et 70 (conditions d’exécution)',
  },
  {
    id: 'env-ecolabel.specification.de',
    criterion: 'env-ecolabel',
    stage: 'specification',
    lang: 'de',
    title: 'Kriterien eines Umweltzeichens gefordert, Umweltzeichen als Nachweis',
    text:
      'Die [Produkte] erfüllen die in Anlage [X] wiedergegebenen Kriterien [des EU-Umweltzeichens für (Produktgruppe), Beschluss (EU) (Nummer) / des Blauen Engels DE-UZ (Nummer)]. ' +
      'Bei Produkten, die das EU-Umweltzeichen, den Blauen Engel oder ein gleichwertiges Gütezeichen tragen, wird die Erfüllung vermutet. ' +
      'Andere geeignete Nachweise, etwa ein technisches Dossier des Herstellers oder ein Prüfbericht einer akkreditierten Stelle, werden anerkannt, wenn der Bieter das Gütezeichen aus Gründen, die er nicht zu vertreten hat, nicht fristgerecht erlangen konnte.',
    source: 'Richtlinie 2014/24/EU Art. 43; § 34 VgV (Nachweisführung durch Gütezeichen); Verordnung (EG) Nr. 66/2010',
  },
  {
    id: 'env-ecolabel.specification.es',
    criterion: 'env-ecolabel',
    stage: 'specification',
    lang: 'es',
    title: 'Criterios de una etiqueta ecológica exigidos, etiqueta como prueba',
    text:
      'Los [productos] cumplirán los criterios [de la etiqueta ecológica de la UE para (grupo de productos), Decisión (UE) (número)] recogidos en el anexo [X] del pliego de prescripciones técnicas. ' +
      'Se presumirá el cumplimiento de los productos que ostenten la etiqueta ecológica de la UE u otra etiqueta ecológica tipo I equivalente (ISO 14024). ' +
      'Se aceptarán otros medios de prueba adecuados, como un expediente técnico del fabricante o un informe de ensayo de un organismo acreditado, cuando el licitador no haya podido obtener la etiqueta en plazo por causas que no le sean imputables.',
    source: 'Directiva 2014/24/UE art. 43; Ley 9/2017 de Contratos del Sector Público art. 127 (etiquetas); Reglamento (CE) n.º 66/2010',
  },
  {
    id: 'env-ecolabel.award.de',
    criterion: 'env-ecolabel',
    stage: 'award',
    lang: 'de',
    title: 'Zuschlagskriterium Produkte mit Umweltzeichen',
    text:
      'Bis zu [Zahl] von [Gesamtpunktzahl] Punkten werden im Verhältnis zum Anteil der Positionen des Preisblatts vergeben, die das EU-Umweltzeichen, [TCO Certified / EPEAT Gold / den Blauen Engel / das Nordic Swan Ecolabel] oder ein gleichwertiges Typ-I-Umweltzeichen nach ISO 14024 tragen oder deren Übereinstimmung mit den Kriterien dieses Zeichens durch andere geeignete Nachweise belegt ist. ' +
      'Die Bieter kennzeichnen jede betreffende Position im Preisblatt und fügen die Lizenznummer oder die Nachweise bei.',
    source: 'Richtlinie 2014/24/EU Art. 43 und 67; VgV §§ 34 und 58; EU-GPP-Kriterien für Bildgebungsgeräte (2020) und Reinigungsdienstleistungen (2018)',
  },
  {
    id: 'env-ecolabel.award.es',
    criterion: 'env-ecolabel',
    stage: 'award',
    lang: 'es',
    title: 'Criterio de adjudicación: productos con etiqueta ecológica',
    text:
      'Se otorgarán hasta [número] puntos sobre [total] en proporción al porcentaje de artículos del cuadro de precios que ostenten la etiqueta ecológica de la UE, [TCO Certified / EPEAT Gold / Ángel Azul / Nordic Swan Ecolabel] u otra etiqueta ecológica de tipo I equivalente (ISO 14024), o cuyo cumplimiento de los criterios de esa etiqueta se acredite por otros medios de prueba adecuados. ' +
      'Los licitadores señalarán en el cuadro de precios cada artículo etiquetado y adjuntarán el número de licencia o la documentación acreditativa.',
    source: 'Directiva 2014/24/UE arts. 43 y 67; Ley 9/2017 de Contratos del Sector Público arts. 127 y 145; Criterios CPE de la UE para equipos de impresión (2020) y servicios de limpieza (2018)',
  },
  {
    id: 'env-ecolabel.performance.de',
    criterion: 'env-ecolabel',
    stage: 'performance',
    lang: 'de',
    title: 'Gütezeichen auch für Ersatz- und Zusatzprodukte',
    text:
      'Während der gesamten Vertragslaufzeit tragen Produkte, die anstelle eines angebotenen Produkts geliefert oder in den Katalog aufgenommen werden, dasselbe Gütezeichen wie das ersetzte Produkt oder ein gleichwertiges, oder ihre Übereinstimmung mit den Kriterien des Gütezeichens wird nachgewiesen. ' +
      'Der Auftragnehmer übermittelt dem Auftraggeber alle [Zahl] Monate eine aktualisierte Liste der Lizenzen und informiert ihn innerhalb von [Zahl] Tagen, wenn eine Lizenz entzogen wird oder abläuft.',
    source: 'Richtlinie 2014/24/EU Art. 43 und 70; VgV § 34; GWB § 128 Abs. 2',
  },
  {
    id: 'env-ecolabel.performance.es',
    criterion: 'env-ecolabel',
    stage: 'performance',
    lang: 'es',
    title: 'Mantenimiento de las etiquetas en sustituciones y altas de productos',
    text:
      'Durante toda la vigencia del contrato, todo producto que se entregue en sustitución de uno ofertado, o que se incorpore al catálogo, ostentará la misma etiqueta que el sustituido u otra equivalente, o se acreditará que cumple los criterios de la etiqueta. ' +
      'El contratista remitirá al órgano de contratación cada [número] meses la relación actualizada de licencias e informará en un plazo de [número] días de la retirada o caducidad de cualquiera de ellas.',
    source: 'Directiva 2014/24/UE arts. 43 y 70; Ley 9/2017 de Contratos del Sector Público arts. 127 y 202',
  },
];
