import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  allTags,
  createClause,
  deleteClause,
  duplicateClause,
  restoreClause,
  setFavourite,
  updateClause,
  restoreCatalogueText,
  type ClauseFilter,
  type RestoreToken,
} from '../../utils/library/clauses';
import type { LibraryDb } from '../../utils/library/db';
import { searchClauses } from '../../utils/library/search';
import { STAGES, type Clause, type ClauseDraft, type Stage } from '../../utils/library/types';
import { ClauseEditor } from './ClauseEditor';
import { languageLabel, type CriterionInfo } from './labels';
import { useI18n } from '../../components/i18n';
import { STAGE_KEYS } from '../../components/report-format';

interface Props {
  db: LibraryDb;
  criteria: readonly CriterionInfo[];
  /** Bumped by an import: the list reads the library again. */
  revision: number;
}

type Editing = { kind: 'new' } | { kind: 'edit'; clause: Clause } | null;

const PAGE = 50;
const messageOf = (e: unknown) => String((e as Error)?.message ?? e);

const EMPTY_DRAFT: ClauseDraft = { title: '', text: '', source: '', criteria: [], stage: null, lang: 'en', tags: [], favourite: false };

/** The clause library: search, filters, and each clause's actions; one editor at a time. */
export function LibrarySection({ db, criteria, revision }: Props) {
  const tr = useI18n();
  const { t, tn, lang } = tr;
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ClauseFilter>({});
  const [rows, setRows] = useState<Clause[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<{ token: RestoreToken; title: string } | null>(null);
  const [tick, setTick] = useState(0);
  const undoButton = useRef<HTMLButtonElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  /** Where the focus goes back to when the editor closes: the opener, or the saved clause's Edit button. */
  const returnFocus = useRef<string | null>(null);
  const latest = useRef(0);
  const names = useMemo(() => new Map(criteria.map((c) => [c.id, c.name[lang] ?? c.name.en])), [criteria, lang]);
  const refresh = () => setTick((t) => t + 1);

  useEffect(() => {
    const n = ++latest.current;
    Promise.all([searchClauses(db, query, filter, { limit: Infinity, maxRead: Infinity }), allTags(db), db.clauses.orderBy('lang').uniqueKeys()])
      .then(([hits, t, langs]) => {
        if (n !== latest.current) return;
        setRows(hits.map((h) => h.clause));
        setTags(t);
        setLanguages(langs as string[]);
      })
      .catch((e: unknown) => n === latest.current && setError(t('library_readFailed', messageOf(e))));
  }, [db, query, filter, tick, revision]);

  useEffect(() => setShown(PAGE), [query, filter]);

  // After the list re-renders, put the focus where the last action said.
  useEffect(() => {
    const target = returnFocus.current;
    if (!target || editing) return;
    const el = document.getElementById(target);
    if (el) {
      el.focus();
      returnFocus.current = null;
    }
  }, [rows, editing]);

  const act = useCallback(async (what: () => Promise<string>) => {
    setError('');
    try {
      setStatus(await what());
      refresh();
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  const save = async (draft: ClauseDraft) => {
    if (editing?.kind === 'edit') {
      const c = await updateClause(db, editing.clause.id, draft);
      returnFocus.current = `edit-${c.id}`;
      setStatus(t('library_saved', c.title));
    } else {
      const c = await createClause(db, draft);
      returnFocus.current = `edit-${c.id}`;
      setStatus(t('library_added', c.title));
    }
    setUndo(null);
    setEditing(null);
    refresh();
  };

  const remove = (c: Clause) =>
    act(async () => {
      const token = await deleteClause(db, c.id);
      setUndo({ token, title: c.title });
      queueMicrotask(() => undoButton.current?.focus());
      return t('library_deleted', c.title);
    });

  const restore = () =>
    undo &&
    act(async () => {
      const c = await restoreClause(db, undo.token);
      setUndo(null);
      returnFocus.current = `edit-${c.id}`;
      return t('library_restored', c.title);
    });

  const setF = (patch: Partial<ClauseFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const list = rows ?? [];
  return (
    <section class="card" aria-labelledby="library-title">
      <h2 id="library-title">{t('library_title')}</h2>
      <p class="intro">{t('library_intro')}</p>
      <div class="library-search" role="search" aria-label={t('library_clauses')}>
        <div class="field">
          <label for="library-query">{t('library_search')}</label>
          <input id="library-query" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </div>
        <div class="filters">
          <div class="field">
            <label for="filter-criterion">{t('library_criterion')}</label>
            <select id="filter-criterion" value={filter.criterion ?? ''} onChange={(e) => setF({ criterion: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="">{t('library_allCriteria')}</option>
              {[...criteria]
                .sort((a, b) => names.get(a.id)!.localeCompare(names.get(b.id)!, lang))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {names.get(c.id)}
                  </option>
                ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-lang">{t('report_language')}</label>
            <select id="filter-lang" value={filter.lang ?? ''} onChange={(e) => setF({ lang: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="">{t('library_allLanguages')}</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l, tr)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-stage">{t('clause_stage')}</label>
            <select
              id="filter-stage"
              value={filter.stage ?? ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                setF({ stage: STAGES.includes(v as Stage) ? (v as Stage) : undefined });
              }}
            >
              <option value="">{t('library_allStages')}</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(STAGE_KEYS[s])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-tag">{t('library_tag')}</label>
            <select id="filter-tag" value={filter.tag ?? ''} onChange={(e) => setF({ tag: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="">{t('library_allTags')}</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <label class="check filter-fav">
            <input type="checkbox" checked={filter.favourite ?? false} onChange={(e) => setF({ favourite: (e.target as HTMLInputElement).checked || undefined })} />{' '}
            {t('library_favouritesOnly')}
          </label>
        </div>
      </div>

      <div class="library-bar">
        <p class="count" role="status">
          {rows === null ? t('library_reading') : tn('library_count', list.length)}
        </p>
        <button
          type="button"
          ref={newButton}
          id="new-clause"
          class="primary-button"
          onClick={() => {
            returnFocus.current = 'new-clause';
            setEditing({ kind: 'new' });
          }}
        >
          {t('library_new')}
        </button>
      </div>

      {editing && (
        <ClauseEditor
          key={editing.kind === 'edit' ? editing.clause.id : 'new'}
          heading={editing.kind === 'edit' ? t('library_editHeading') : t('library_new')}
          initial={editing.kind === 'edit' ? { ...editing.clause } : EMPTY_DRAFT}
          criteria={criteria}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}

      <div class="library-messages">
        <p class="status" role="status">
          {status}
        </p>
        {undo && (
          <button type="button" ref={undoButton} class="undo-button" onClick={restore}>
            {t('library_undo', undo.title)}
          </button>
        )}
        <p class="form-error" role="alert">
          {error}
        </p>
      </div>

      <ul class="clause-list" aria-label={t('library_clauses')}>
        {list.slice(0, shown).map((c) => (
          <li key={c.id} class="clause-item" data-testid={`library-${c.id}`}>
            <h3 id={`title-${c.id}`} class="clause-item-title" lang={c.lang}>
              {c.favourite && (
                <span class="fav" role="img" aria-label={t('clause_favourite')}>
                  ★{' '}
                </span>
              )}
              {c.title}
            </h3>
            <p class="clause-item-meta">
              {[
                c.origin === 'catalogue' ? (c.edited ? t('library_modelEdited') : t('library_model')) : t('library_yours'),
                languageLabel(c.lang, tr),
                c.stage ? t(STAGE_KEYS[c.stage]) : t('clause_anyStage'),
                ...c.criteria.map((id) => names.get(id) ?? id),
              ].join(' · ')}
              {c.tags.length > 0 && <span class="tags"> · {t('library_tags', c.tags.join(', '))}</span>}
            </p>
            {c.newerCatalogue && <p class="notice-newer">{t('library_newer')}</p>}
            <p class="clause-item-text" lang={c.lang}>
              {c.text}
            </p>
            <div class="clause-item-actions">
              <button
                type="button"
                id={`edit-${c.id}`}
                aria-describedby={`title-${c.id}`}
                onClick={() => {
                  returnFocus.current = `edit-${c.id}`;
                  setEditing({ kind: 'edit', clause: c });
                }}
              >
                {t('library_edit')}
              </button>
              <button type="button" aria-describedby={`title-${c.id}`} onClick={() => act(async () => {
                const copy = await duplicateClause(db, c.id);
                returnFocus.current = `edit-${copy.id}`;
                return t('library_duplicated', copy.title);
              })}>
                {t('library_duplicate')}
              </button>
              <button
                type="button"
                aria-pressed={c.favourite}
                aria-describedby={`title-${c.id}`}
                onClick={() => act(async () => {
                  await setFavourite(db, c.id, !c.favourite);
                  return c.favourite ? t('library_notFavourite', c.title) : t('library_isFavourite', c.title);
                })}
              >
                {t('clause_favourite')}
              </button>
              {c.origin === 'catalogue' && (c.edited || c.newerCatalogue) && (
                <button type="button" aria-describedby={`title-${c.id}`} onClick={() => act(async () => {
                  await restoreCatalogueText(db, c.id);
                  return t('library_catalogueTextDone', c.title);
                })}>
                  {t('library_useCatalogue')}
                </button>
              )}
              <button type="button" aria-describedby={`title-${c.id}`} onClick={() => remove(c)}>
                {t('common_delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {list.length > shown && (
        <button type="button" onClick={() => setShown((s) => s + PAGE)}>
          {t('library_showMore', Math.min(PAGE, list.length - shown))}
        </button>
      )}
    </section>
  );
}
