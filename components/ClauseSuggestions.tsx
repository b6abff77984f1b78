import { useId, useState } from 'preact/hooks';
import { ClauseCard, type ClauseView } from './ClauseCard';
import { CLAUSE_STRINGS, type UiLang } from './clause-strings';

interface Props {
  criterionName: string;
  clauses: readonly ClauseView[];
  lang: UiLang;
  /** The notice's language: clauses in another language say which. */
  noticeLanguage?: string;
  /** Officers see the clauses at once; reviewers and suppliers open them. */
  defaultOpen: boolean;
  onInsert?: (clause: ClauseView) => void;
}

/** The model clauses offered for one missing criterion, behind a disclosure button. */
export function ClauseSuggestions({ criterionName, clauses, lang, noticeLanguage, defaultOpen, onInsert }: Props) {
  const s = CLAUSE_STRINGS[lang];
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
        aria-label={`${s.suggested} (${clauses.length}): ${criterionName}`}
        onClick={() => setOpen(!open)}
      >
        <span class="chevron" aria-hidden="true" />
        {s.suggested} ({clauses.length})
      </button>
      <div id={id} hidden={!open}>
        {clauses.length === 0 ? (
          <p class="suggestions-none">{s.noSuggestion}</p>
        ) : (
          <ul class="clauses">
            {clauses.map((c) => (
              <ClauseCard key={c.id} clause={c} lang={lang} level={4} onInsert={onInsert} showLanguage={c.lang !== base} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
