import { useId, useState } from 'preact/hooks';
import { ClauseCard, type ClauseView } from './ClauseCard';
import { useI18n } from './i18n';

interface Props {
  criterionName: string;
  clauses: readonly ClauseView[];
  /** The notice's language: clauses in another language say which. */
  noticeLanguage?: string;
  /** Officers see the clauses at once; reviewers and suppliers open them. */
  defaultOpen: boolean;
  onInsert?: (clause: ClauseView) => void;
}

/** The model clauses offered for one missing criterion, behind a disclosure button. */
export function ClauseSuggestions({ criterionName, clauses, noticeLanguage, defaultOpen, onInsert }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const base = noticeLanguage?.toLowerCase().split('-')[0];
  return (
    <div class="suggestions" data-testid="suggestions">
      <button
        type="button"
        class="na-toggle suggestions-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('clause_suggestedFor', clauses.length, criterionName)}
        onClick={() => setOpen(!open)}
      >
        <span class="chevron" aria-hidden="true" />
        {t('clause_suggested')} ({clauses.length})
      </button>
      <div id={id} hidden={!open}>
        {clauses.length === 0 ? (
          <p class="suggestions-none">{t('clause_noSuggestion')}</p>
        ) : (
          <ul class="clauses">
            {clauses.map((c) => (
              <ClauseCard key={c.id} clause={c} level={4} onInsert={onInsert} showLanguage={c.lang !== base} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
