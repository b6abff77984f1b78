/** What the popup says after "Insert", in the UI language (apart from insert-clause.ts, which tests replace). */
import type { InsertFailure } from '../../utils/messages';
import type { MessageKey, Translator } from '../../utils/ui-i18n';
import type { InsertOutcome } from './insert-clause';

const FAILURE_KEYS: Record<InsertFailure, MessageKey> = {
  'no-field': 'insertFail_noField',
  'field-gone': 'insertFail_fieldGone',
  'read-only': 'insertFail_readOnly',
  refused: 'insertFail_refused',
  error: 'insertFail_error',
};

/** The page's reason, in words; a reason this popup does not know (a newer content script) as it is. */
export const failureText = (tr: Translator, reason: InsertFailure): string =>
  Object.hasOwn(FAILURE_KEYS, reason) ? tr.t(FAILURE_KEYS[reason]) : String(reason);

/** What the popup says after "Insert". */
export function insertOutcomeText(tr: Translator, o: InsertOutcome): string {
  if (o.kind === 'inserted') return tr.t('insert_done', o.field || tr.t('insert_theField'));
  if (o.kind === 'copied') return tr.t('insert_copied');
  return tr.t('insert_failed', o.reason || tr.t('insert_noAnswer'));
}

