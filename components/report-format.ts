/** Pure helpers of the report view: grouping, labels, evidence wording. No DOM, no browser APIs. */
import type { Criterion, Language } from '../criteria/schema';
import type { CriterionResult, Evidence, Outcome } from '../utils/report';
import { languageNameIn, translator, uiLangOf, type PluralKey, type Translator, type UiLang } from '../utils/ui-i18n';

/** What the popup needs of a catalogue criterion (pillar: the report is grouped by it; else from the id). */
export type CriterionText = Pick<Criterion, 'id' | 'name' | 'why'> & Partial<Pick<Criterion, 'pillar'>>;

/** The order the popup lists outcomes in: what to act on first. */
export const GROUP_ORDER: readonly Outcome[] = ['missing', 'uncertain', 'present', 'not-applicable'];

/** An outcome's name ("Missing") and a part of the tender, as message keys (shared with the exports). */
export { OUTCOME_KEYS, STAGE_KEYS } from '../utils/export/labels';

/** An outcome's count ("3 missing"), as a plural message key. */
export const OUTCOME_COUNT_KEYS: Record<Outcome, PluralKey> = {
  missing: 'count_missing',
  uncertain: 'count_uncertain',
  present: 'count_present',
  'not-applicable': 'count_notApplicable',
};

/** The UI language for a browser language: English, French, German or Spanish; English for any other. */
export function uiLanguage(navigatorLanguage: string | undefined): Language & UiLang {
  return uiLangOf(navigatorLanguage);
}

export interface ResultGroup {
  outcome: Outcome;
  results: CriterionResult[];
}

/** Results by outcome in GROUP_ORDER, each group in the report's order; empty groups left out. */
export function groupResults(results: readonly CriterionResult[]): ResultGroup[] {
  return GROUP_ORDER.map((outcome) => ({ outcome, results: results.filter((r) => r.outcome === outcome) })).filter(
    (g) => g.results.length > 0,
  );
}

/**
 * "BT-539 Award criterion type: cost (lot LOT-0001)" for field evidence, "Section II.2.5" for text. The field's
 * label and the section's title are the notice's (or TED's) words; only "lot" and "Section" are ours.
 */
export function evidenceSource(e: Evidence, tr: Translator = translator('en')): string {
  if (e.kind === 'field' && e.field) {
    const { bt, label, value, lot } = e.field;
    return `${bt} ${label}${tr.colon}${value}${lot ? ` ${tr.t('evidence_lot', lot)}` : ''}`;
  }
  return e.label ?? tr.t('evidence_section', e.section);
}

/** Field evidence whose text is just the field's code adds nothing to the source line: no quote then. */
export function shouldQuote(e: Evidence): boolean {
  const text = e.text.trim();
  return text.length > 0 && !(e.kind === 'field' && e.field && text === e.field.value.trim());
}

/** The passage cut around what matched, when the match lies inside it (offsets are in the section's text). */
export function splitMatch(e: Evidence): { before: string; match: string; after: string } | null {
  if (!e.match) return null;
  const from = e.match.start - e.start;
  const to = e.match.end - e.start;
  if (from < 0 || to > e.text.length || from >= to) return null;
  return { before: e.text.slice(0, from), match: e.text.slice(from, to), after: e.text.slice(to) };
}

/** "fr" → "French" / "français" / "Französisch" (in the UI language); "und" → "unknown"; a bad code → itself. */
export function languageName(code: string, tr: Translator = translator('en')): string {
  if (!code || code === 'und') return tr.t('language_unknown');
  return languageNameIn(tr.lang, code);
}

/** A criterion the catalogue does not know (a newer report than the popup's catalogue): show its id. */
export function criterionText(catalogue: ReadonlyMap<string, CriterionText>, id: string, lang: Language) {
  const c = catalogue.get(id);
  return { name: c?.name[lang] ?? id, why: c?.why[lang] ?? null };
}
