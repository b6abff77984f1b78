import { useId, useState } from 'preact/hooks';
import type { Clause } from '../utils/library/types';
import { useI18n } from './i18n';
import { STAGE_KEYS, languageName } from './report-format';

export type ClauseView = Pick<Clause, 'id' | 'title' | 'text' | 'lang' | 'stage' | 'favourite' | 'origin'>;

interface Props {
  clause: ClauseView;
  /** h3 under a section heading, h4 under a criterion's. */
  level: 3 | 4;
  /** Absent: no Insert button (no tab to insert into). */
  onInsert?: (clause: ClauseView) => void;
  /** Show the clause's language (when it is not the notice's). */
  showLanguage?: boolean;
}

/** Longer clauses show their first lines until opened (the whole text stays in the page for screen readers). */
const CLIP_AT = 220;

/**
 * One clause, with its Insert button. The button's name is just "Insert" (the UI's word for it); which clause
 * it inserts is its description (the clause title), so that a list of them still reads well.
 */
export function ClauseCard({ clause, level, onInsert, showLanguage }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const [open, setOpen] = useState(false);
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const long = clause.text.length > CLIP_AT;
  const meta = [clause.stage ? t(STAGE_KEYS[clause.stage]) : null, showLanguage ? languageName(clause.lang, tr) : null].filter(Boolean).join(' · ');
  return (
    <li class="clause" data-testid={`clause-${clause.id}`}>
      <Heading id={`${id}-t`} class="clause-title" lang={clause.lang}>
        {clause.favourite && (
          <span class="clause-fav" role="img" aria-label={t('clause_favourite')}>
            ★{' '}
          </span>
        )}
        {clause.title}
      </Heading>
      {meta && <p class="clause-meta">{meta}</p>}
      <p id={`${id}-x`} class={long && !open ? 'clause-text clause-text--clipped' : 'clause-text'} lang={clause.lang}>
        {clause.text}
      </p>
      <div class="clause-actions">
        {onInsert && (
          <button type="button" class="insert-button" aria-describedby={`${id}-t`} onClick={() => onInsert(clause)}>
            {t('clause_insert')}
          </button>
        )}
        {long && (
          <button type="button" class="link-button" aria-expanded={open} aria-controls={`${id}-x`} onClick={() => setOpen(!open)}>
            {open ? t('clause_hideText') : t('clause_showText')}
          </button>
        )}
      </div>
    </li>
  );
}
