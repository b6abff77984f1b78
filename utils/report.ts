/** The engine's output. Plain data, versioned, self-describing (axe-core's envelope, in our domain). */
import type { NoticeFormat } from './notice';

export type Outcome = 'present' | 'missing' | 'uncertain' | 'not-applicable';
export const OUTCOMES: readonly Outcome[] = ['present', 'missing', 'uncertain', 'not-applicable'];

export interface Evidence {
  /** The passage that proves (or, for missing, disproves) the criterion, as it stands in the notice. */
  text: string;
  /** Offsets of `text` in the section's text (for a field: 0 and text.length). */
  start: number;
  end: number;
  /** Id of the notice section it comes from, or "field:<BT>[@<lot>]" for a structured field. */
  section: string;
  /** The label of that section as the source shows it ("II.2.5) Award criteria", "Conditions of performance"). */
  label?: string;
  kind: 'text' | 'field';
  /** weak: points that way without binding the supplier (BT-06 alone, a mention). */
  strength: 'strong' | 'weak';
  /** What matched inside the passage (text evidence): offsets in the section's text. */
  match?: { start: number; end: number };
  /** For field evidence: the business term and what it means. */
  field?: { bt: string; value: string; label: string; lot?: string };
}

export interface CriterionResult {
  id: string;
  outcome: Outcome;
  evidence: Evidence[];
  /** Always set for uncertain; set for missing when a field or a sentence says so explicitly. */
  reason?: string;
  /** The notice's product groups that make it apply (empty for criteria that apply to all). */
  groups: string[];
}

export interface Report {
  engineVersion: string;
  catalogueVersion: string;
  notice: {
    format: NoticeFormat;
    id?: string;
    url?: string;
    title: string;
    language: string;
    cpv: string[];
    buyer?: string;
    /** ISO 3166-1 alpha-2 */
    buyerCountry?: string;
  };
  /** Product groups the notice's CPV codes select (or, without CPV codes, that its title and description name). */
  groups: string[];
  /** Where the groups come from: the CPV codes, the text (no CPV codes), or nowhere. */
  groupsFrom?: 'cpv' | 'text' | 'none';
  results: CriterionResult[];
  counts: Record<Outcome, number>;
}
