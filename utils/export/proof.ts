/**
 * The proof a supplier would prepare for each criterion, for the supplier's checklist (checklist.ts). The
 * catalogue says how a criterion is found in a notice, not how a tenderer proves it, so this table says it, in
 * the spirit of Directive 2014/24/EU art. 42–44 and 62 (labels, test reports, certificates "or equivalent") and
 * the "verification" lines of the EU GPP criteria sets. Written for this project; a notice's own words about
 * proof (found in the quote) come first.
 *
 * `null`: the criterion is met by the buyer's own design of the procurement (lots, payment terms, room for
 * innovation): nothing for the supplier to prove, so it is left out of the checklist.
 */
export type ProofKind = 'label' | 'certificate' | 'test-report' | 'declaration';
export const PROOF_KINDS: readonly ProofKind[] = ['label', 'certificate', 'test-report', 'declaration'];

export interface ProofHint {
  kinds: ProofKind[];
  /** What to gather, in a few words. */
  what: { en: string; fr: string };
}

const p = (kinds: ProofKind[], en: string, fr: string): ProofHint => ({ kinds, what: { en, fr } });

export const PROOF: Record<string, ProofHint | null> = {
  'dig-ai-accountability': p(['declaration'], 'Description of the system, its data and how its decisions can be explained and audited', 'Description du système, de ses données et de la manière d’expliquer et d’auditer ses décisions'),
  'dig-cybersecurity': p(['certificate', 'declaration'], 'Security certification (ISO/IEC 27001 or equivalent) or a security plan', 'Certification de sécurité (ISO/CEI 27001 ou équivalent) ou plan de sécurité'),
  'dig-data-ownership': p(['declaration'], 'Commitment that the buyer owns the data and gets it back in an open format', 'Engagement que l’acheteur possède les données et les récupère dans un format ouvert'),
  'dig-interoperability': p(['declaration', 'test-report'], 'List of the open standards and interfaces supported, with conformance results', 'Liste des normes ouvertes et interfaces prises en charge, avec les résultats de conformité'),
  'dig-open-source': p(['declaration'], 'Licences of the software delivered and where its source code will be published', 'Licences des logiciels livrés et lieu de publication de leur code source'),
  'dig-privacy': p(['declaration', 'certificate'], 'Data-protection measures (GDPR art. 25 and 28), a processing agreement, any certification', 'Mesures de protection des données (RGPD art. 25 et 28), accord de traitement, certification éventuelle'),
  'eco-fair-payment': null,
  'eco-innovation': null,
  'eco-life-cycle-cost': p(['declaration'], 'Life-cycle cost data: price, energy and consumables, maintenance, end of life', 'Données de coût du cycle de vie : prix, énergie et consommables, entretien, fin de vie'),
  'eco-quality-award': p(['declaration'], 'A technical offer answering each weighted quality criterion', 'Une offre technique répondant à chaque critère de qualité pondéré'),
  'eco-sme-access': null,
  'env-biodiversity': p(['declaration'], 'Method statement on protecting habitats and limiting pollution of soil, water and light', 'Mémoire sur la protection des milieux et la limitation des pollutions du sol, de l’eau et lumineuses'),
  'env-carbon': p(['declaration', 'certificate'], 'Carbon footprint or reduction plan (GHG Protocol, ISO 14064 or equivalent)', 'Bilan carbone ou plan de réduction (GHG Protocol, ISO 14064 ou équivalent)'),
  'env-clean-vehicles': p(['declaration', 'test-report'], 'Vehicle type approval data: emissions class and CO₂ per km', 'Données de réception des véhicules : classe d’émissions et CO₂ par km'),
  'env-durability-repair': p(['declaration'], 'Warranty terms, spare parts and updates available for the required years', 'Conditions de garantie, pièces détachées et mises à jour disponibles pour la durée exigée'),
  'env-ecolabel': p(['label'], 'Ecolabel licence (EU Ecolabel or equivalent Type I label), or proof of meeting its criteria', 'Licence d’écolabel (Écolabel européen ou label de type I équivalent), ou preuve du respect de ses critères'),
  'env-energy-efficiency': p(['label', 'test-report'], 'Energy label or ENERGY STAR registration, or a test report of the energy use', 'Étiquette énergie ou enregistrement ENERGY STAR, ou rapport d’essai de la consommation'),
  'env-hazardous-substances': p(['declaration', 'test-report'], 'Safety data sheets and a declaration of the restricted substances (REACH, RoHS)', 'Fiches de données de sécurité et déclaration des substances restreintes (REACH, RoHS)'),
  'env-management-system': p(['certificate'], 'Environmental management certificate: ISO 14001, EMAS or equivalent', 'Certificat de management environnemental : ISO 14001, EMAS ou équivalent'),
  'env-recycled-materials': p(['certificate', 'declaration'], 'Chain-of-custody certificate (FSC, PEFC or equivalent) or a declaration of recycled content', 'Certificat de chaîne de contrôle (FSC, PEFC ou équivalent) ou déclaration de contenu recyclé'),
  'env-renewable-energy': p(['certificate'], 'Guarantees of origin for the renewable electricity supplied', 'Garanties d’origine de l’électricité renouvelable fournie'),
  'env-sustainable-food': p(['label', 'certificate'], 'Organic or other food certificates for the products supplied', 'Certificats bio ou autres labels alimentaires des produits fournis'),
  'env-take-back': p(['declaration'], 'Take-back plan: collection, reuse, recycling, and the records kept', 'Plan de reprise : collecte, réemploi, recyclage, et justificatifs tenus'),
  'env-waste-packaging': p(['declaration'], 'Packaging and waste plan: reusable or recycled packaging, what is taken back', 'Plan emballages et déchets : emballages réutilisables ou recyclés, ce qui est repris'),
  'env-water': p(['label', 'test-report'], 'Water-use data sheet or label, or a test report of the flow rates', 'Fiche ou label de consommation d’eau, ou rapport d’essai des débits'),
  'prac-monitoring': p(['declaration'], 'Reporting plan: the indicators, how often and in what form', 'Plan de suivi : les indicateurs, la fréquence et la forme des rapports'),
  'prac-outcomes': p(['declaration'], 'How the measurable targets will be met and reported', 'Comment les objectifs mesurables seront atteints et rendus compte'),
  'prac-performance-clauses': p(['declaration'], 'Signed acceptance of the performance conditions, and how they will be met', 'Acceptation signée des conditions d’exécution, et la manière de les remplir'),
  'prac-verification': p(['declaration'], 'The means of proof the notice lists, one by one', 'Les moyens de preuve que l’avis énumère, un à un'),
  'soc-accessibility': p(['test-report', 'declaration'], 'Accessibility conformance report (EN 301 549, WCAG) for what is delivered', 'Rapport de conformité d’accessibilité (EN 301 549, RGAA, WCAG) de ce qui est livré'),
  'soc-community-benefit': p(['declaration'], 'Social value plan: commitments, local benefits, how they are counted', 'Plan de valeur sociale : engagements, retombées locales, leur mesure'),
  'soc-equality': p(['declaration', 'certificate'], 'Equality policy, or a label or certificate of equal treatment', 'Politique d’égalité, ou label ou certificat d’égalité de traitement'),
  'soc-fair-work': p(['declaration'], 'Pay and working-conditions commitments (collective agreement, living wage)', 'Engagements sur la rémunération et les conditions de travail (convention collective, salaire décent)'),
  'soc-inclusive-employment': p(['declaration'], 'Plan for the hours of work or training given to the people named', 'Plan des heures de travail ou de formation réservées aux publics visés'),
  'soc-labour-rights': p(['declaration', 'certificate'], 'Supply-chain due-diligence statement (ILO core conventions), any social audit', 'Déclaration de vigilance sur la chaîne d’approvisionnement (conventions de l’OIT), audit social éventuel'),
  'soc-reserved': p(['certificate'], 'Proof of the status the reservation asks for (sheltered workshop, social enterprise)', 'Preuve du statut exigé par la réservation (entreprise adaptée, structure d’insertion, ESS)'),
};

/** For a criterion this table does not know (a newer catalogue): a declaration, the usual minimum. */
export const DEFAULT_PROOF: ProofHint = p(['declaration'], 'A declaration that the requirement is met, with its details', 'Une déclaration de respect de l’exigence, avec ses détails');

/**
 * Proof the notice itself names in the passage ("a test report", "certificat", "Prüfbericht", "etiqueta"):
 * English, French, German and Spanish, like the catalogue.
 */
const NAMED: [ProofKind, RegExp][] = [
  ['label', /\b(?:eco-?label|label|écolabel|etiqueta|gütezeichen|umweltzeichen)/i],
  ['certificate', /\b(?:certificat|certificate|certified|certification|zertifi|certificad|ISO \d{4,5})/i],
  ['test-report', /\b(?:test(?:ing)? report|rapport d['’]essai|prüfbericht|informe de ensayo|laboratory|laboratoire|labor\b)/i],
  ['declaration', /\b(?:declaration|déclaration|erklärung|declaración|self-declaration|attestation|statement)/i],
];

export function namedProofs(quote: string): ProofKind[] {
  return NAMED.filter(([, re]) => re.test(quote)).map(([k]) => k);
}

/** The notice's own words first, then the table's; each kind once, in PROOF_KINDS order. */
export function proofFor(criterion: string, quote: string): ProofHint | null {
  const hint = Object.hasOwn(PROOF, criterion) ? PROOF[criterion] : DEFAULT_PROOF;
  if (!hint) return null;
  const named = namedProofs(quote);
  const kinds = named.length ? named : hint.kinds;
  return { kinds: PROOF_KINDS.filter((k) => kinds.includes(k)), what: hint.what };
}
