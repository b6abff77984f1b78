/** Names the options page shows for codes (English: the options page's own words are English). */
import { LANGUAGES, type Criterion } from '../../criteria/schema';
import { PILLAR_LABELS } from '../../components/pillars';
import { STAGE_LABELS } from '../../components/clause-strings';

export const STAGE_NAMES = STAGE_LABELS.en;
export const PILLAR_NAMES = PILLAR_LABELS.en;

/** Languages a clause may be written in: the catalogue's, then a few more EU languages users draft in. */
export const CLAUSE_LANGUAGES: readonly string[] = [...LANGUAGES, 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi'];

export function languageLabel(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type CriterionInfo = Pick<Criterion, 'id' | 'pillar' | 'name'>;
