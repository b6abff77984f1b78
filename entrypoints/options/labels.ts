/** Names the options page shows for codes, in the UI language. */
import { LANGUAGES, type Criterion } from '../../criteria/schema';
import { capitalise, languageNameIn, type Translator } from '../../utils/ui-i18n';

/** Languages a clause may be written in: the catalogue's, then a few more EU languages users draft in. */
export const CLAUSE_LANGUAGES: readonly string[] = [...LANGUAGES, 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi'];

/** "fr" → "French" / "Français" / "Französisch" / "Francés": a language's name in the UI language, as a label. */
export function languageLabel(code: string, tr: Translator): string {
  return capitalise(languageNameIn(tr.lang, code));
}

export type CriterionInfo = Pick<Criterion, 'id' | 'pillar' | 'name'>;
