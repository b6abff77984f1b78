/**
 * Why a clause file was refused (parseImport in ./transfer.ts), in the UI's language: where (the file, a field,
 * an entry and its field) and what. Zod's own words appear only as a technical detail of the `invalid` code.
 */
import type { ImportError, ImportProblem } from './transfer';
import type { MessageKey, Translator } from '../ui-i18n';

/** Zod's type names → words; another name is shown as it is. */
const TYPE_WORDS: Record<string, MessageKey> = {
  string: 'importType_string',
  number: 'importType_number',
  int: 'importType_int',
  boolean: 'importType_boolean',
  array: 'importType_array',
  object: 'importType_object',
};

const listOf = (tr: Translator, items: readonly string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(tr.lang, { type }).format(items);

/** Where the problem is: "Entry 3 (id …), field “lang”", "Field “clauses”", "The file". */
function whereOf(tr: Translator, e: ImportError): string {
  const { t } = tr;
  const field = e.code === 'forbidden-key' ? e.parentField : e.field;
  if (e.index === undefined) return field ? t('importError_field', field) : t('importError_file');
  const entry = e.entryId === undefined ? t('importError_entry', e.index + 1) : t('importError_entryWithId', e.index + 1, e.entryId);
  return field ? t('importError_entryField', entry, field) : entry;
}

/** What is wrong there, as the end of a sentence: "is missing", "must be a number". */
function problemOf(tr: Translator, p: ImportProblem): string {
  const { t, tn } = tr;
  switch (p.code) {
    case 'forbidden-key':
      return t('importError_forbiddenKey', p.params.key);
    case 'duplicate-id':
      return t('importError_duplicateId', p.params.first);
    case 'missing':
      return t('importError_missing');
    case 'unknown-fields':
      return tn('importError_unknownFields', p.params.fields.length, listOf(tr, p.params.fields.map((f) => t('common_quoted', f)), 'conjunction'));
    case 'wrong-type': {
      const word = TYPE_WORDS[p.params.expected];
      return t('importError_wrongType', word ? t(word) : p.params.expected);
    }
    case 'wrong-value':
      return t('importError_wrongValue', listOf(tr, p.params.values, 'disjunction'));
    case 'empty':
      return t('importError_empty');
    case 'too-long':
      return t('importError_tooLong', p.params.max);
    case 'too-many':
      return t('importError_tooMany', p.params.max);
    case 'too-small':
      return t('importError_tooSmall', p.params.min);
    case 'too-big':
      return t('importError_tooBig', p.params.max);
    case 'bad-id':
      return t('importError_badId');
    case 'bad-criterion':
      return t('importError_badCriterion');
    case 'bad-language':
      return t('importError_badLanguage');
    case 'invalid':
      return t('importError_invalid', p.params.detail);
    // whole-file problems are sentences of their own (importErrorText)
    case 'too-large':
    case 'not-json':
    case 'not-clause-file':
      return '';
  }
}

/** The sentence the options page shows, ending with "Nothing was imported." */
export function importErrorText(tr: Translator, e: ImportError): string {
  const { t } = tr;
  switch (e.code) {
    case 'too-large':
      return t('transfer_tooLarge', e.params.size, e.params.max);
    case 'not-json':
      return t('importError_notJson', e.params.detail);
    case 'not-clause-file':
      return t('importError_notClauseFile');
    default:
      return t('importError_sentence', t('importError_at', whereOf(tr, e), problemOf(tr, e)));
  }
}
