/**
 * The proof a supplier would prepare for each criterion, for the supplier's checklist (checklist.ts). The
 * catalogue says how a criterion is found in a notice, not how a tenderer proves it, so this table says it, in
 * the spirit of Directive 2014/24/EU art. 42–44 and 62 (labels, test reports, certificates "or equivalent") and
 * the "verification" lines of the EU GPP criteria sets. Written for this project, in the four languages of the
 * UI (the `proof_<criterion>` messages); a notice's own words about proof (found in the quote) come first.
 *
 * `null`: the criterion is met by the buyer's own design of the procurement (lots, payment terms, room for
 * innovation): nothing for the supplier to prove, so it is left out of the checklist.
 */
import type { MessageKey } from '../ui-i18n';

export type ProofKind = 'label' | 'certificate' | 'test-report' | 'declaration';
export const PROOF_KINDS: readonly ProofKind[] = ['label', 'certificate', 'test-report', 'declaration'];

export interface ProofHint {
  kinds: ProofKind[];
  /** What to gather, in a few words: a message (public/_locales), in the export's language. */
  what: MessageKey;
}

const p = (kinds: ProofKind[], what: MessageKey): ProofHint => ({ kinds, what });

export const PROOF: Record<string, ProofHint | null> = {
  'dig-ai-accountability': p(['declaration'], 'proof_dig_ai_accountability'),
  'dig-cybersecurity': p(['certificate', 'declaration'], 'proof_dig_cybersecurity'),
  'dig-data-ownership': p(['declaration'], 'proof_dig_data_ownership'),
  'dig-interoperability': p(['declaration', 'test-report'], 'proof_dig_interoperability'),
  'dig-open-source': p(['declaration'], 'proof_dig_open_source'),
  'dig-privacy': p(['declaration', 'certificate'], 'proof_dig_privacy'),
  'eco-fair-payment': null,
  'eco-innovation': null,
  'eco-life-cycle-cost': p(['declaration'], 'proof_eco_life_cycle_cost'),
  'eco-quality-award': p(['declaration'], 'proof_eco_quality_award'),
  'eco-sme-access': null,
  'env-biodiversity': p(['declaration'], 'proof_env_biodiversity'),
  'env-carbon': p(['declaration', 'certificate'], 'proof_env_carbon'),
  'env-clean-vehicles': p(['declaration', 'test-report'], 'proof_env_clean_vehicles'),
  'env-durability-repair': p(['declaration'], 'proof_env_durability_repair'),
  'env-ecolabel': p(['label'], 'proof_env_ecolabel'),
  'env-energy-efficiency': p(['label', 'test-report'], 'proof_env_energy_efficiency'),
  'env-hazardous-substances': p(['declaration', 'test-report'], 'proof_env_hazardous_substances'),
  'env-management-system': p(['certificate'], 'proof_env_management_system'),
  'env-recycled-materials': p(['certificate', 'declaration'], 'proof_env_recycled_materials'),
  'env-renewable-energy': p(['certificate'], 'proof_env_renewable_energy'),
  'env-sustainable-food': p(['label', 'certificate'], 'proof_env_sustainable_food'),
  'env-take-back': p(['declaration'], 'proof_env_take_back'),
  'env-waste-packaging': p(['declaration'], 'proof_env_waste_packaging'),
  'env-water': p(['label', 'test-report'], 'proof_env_water'),
  'prac-monitoring': p(['declaration'], 'proof_prac_monitoring'),
  'prac-outcomes': p(['declaration'], 'proof_prac_outcomes'),
  'prac-performance-clauses': p(['declaration'], 'proof_prac_performance_clauses'),
  'prac-verification': p(['declaration'], 'proof_prac_verification'),
  'soc-accessibility': p(['test-report', 'declaration'], 'proof_soc_accessibility'),
  'soc-community-benefit': p(['declaration'], 'proof_soc_community_benefit'),
  'soc-equality': p(['declaration', 'certificate'], 'proof_soc_equality'),
  'soc-fair-work': p(['declaration'], 'proof_soc_fair_work'),
  'soc-inclusive-employment': p(['declaration'], 'proof_soc_inclusive_employment'),
  'soc-labour-rights': p(['declaration', 'certificate'], 'proof_soc_labour_rights'),
  'soc-reserved': p(['certificate'], 'proof_soc_reserved'),
};

/** For a criterion this table does not know (a newer catalogue): a declaration, the usual minimum. */
export const DEFAULT_PROOF: ProofHint = p(['declaration'], 'proof_default');

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
