/**
 * The language of the exported files: the UI's (English, French, German or Spanish), whose words are the
 * messages of utils/ui-i18n.ts. Criterion names come from the catalogue, in the same language. Codes (outcomes,
 * stages, kinds of proof) are named through these keys, here and in the popup alike.
 */
import type { Stage } from '../../criteria/schema';
import type { Outcome } from '../report';
import { uiLangOf, type MessageKey, type UiLang } from '../ui-i18n';
import type { ProofKind } from './proof';

export type ExportLang = UiLang;

/** "fr-BE" → "fr"; anything the exports do not speak → "en". */
export const exportLang = (lang: string | undefined): ExportLang => uiLangOf(lang);

export const OUTCOME_KEYS: Record<Outcome, MessageKey> = {
  missing: 'outcome_missing',
  uncertain: 'outcome_uncertain',
  present: 'outcome_present',
  'not-applicable': 'outcome_notApplicable',
};

export const STAGE_KEYS: Record<Stage, MessageKey> = {
  selection: 'stage_selection',
  specification: 'stage_specification',
  award: 'stage_award',
  performance: 'stage_performance',
};

export const PROOF_KIND_KEYS: Record<ProofKind, MessageKey> = {
  label: 'proofKind_label',
  certificate: 'proofKind_certificate',
  'test-report': 'proofKind_testReport',
  declaration: 'proofKind_declaration',
};
