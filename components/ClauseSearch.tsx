import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ClauseCard, type ClauseView } from './ClauseCard';
import { useI18n } from './i18n';

interface Props {
  search: (query: string) => Promise<readonly ClauseView[]>;
  noticeLanguage?: string;
  onInsert?: (clause: ClauseView) => void;
}

/** A search box over the clause library; results as they are typed (the latest query wins). */
export function ClauseSearch({ search, noticeLanguage, onInsert }: Props) {
  const { t, tn } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<readonly ClauseView[] | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const n = ++latest.current;
    if (!query.trim()) {
      setResults(null);
      return;
    }
    search(query).then(
      (r) => n === latest.current && setResults(r),
      () => n === latest.current && setResults([]),
    );
  }, [query, search]);

  const base = noticeLanguage?.toLowerCase().split('-')[0];
  return (
    <section class="clause-search" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="section-title">
        <label for={`${id}-q`}>{t('clause_search')}</label>
      </h2>
      <input
        id={`${id}-q`}
        type="search"
        class="search-input"
        value={query}
        autoComplete="off"
        spellcheck={false}
        aria-describedby={`${id}-d`}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <p id={`${id}-d`} class="hint">
        {t('clause_searchHint')}
      </p>
      <p class="search-count" role="status">
        {results ? (results.length ? tn('clause_results', results.length) : t('clause_resultsNone')) : ''}
      </p>
      {results && results.length > 0 && (
        <ul class="clauses">
          {results.map((c) => (
            <ClauseCard key={c.id} clause={c} level={3} onInsert={onInsert} showLanguage={c.lang !== base} />
          ))}
        </ul>
      )}
    </section>
  );
}
