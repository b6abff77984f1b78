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
import { STAGE_NAMES, languageLabel, type CriterionInfo } from './labels';

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
  const names = useMemo(() => new Map(criteria.map((c) => [c.id, c.name.en])), [criteria]);
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
      .catch((e: unknown) => n === latest.current && setError(`Could not read the library: ${messageOf(e)}`));
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
      setStatus(`Saved “${c.title}”.`);
    } else {
      const c = await createClause(db, draft);
      returnFocus.current = `edit-${c.id}`;
      setStatus(`Added “${c.title}”.`);
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
      return `Deleted “${c.title}”.`;
    });

  const restore = () =>
    undo &&
    act(async () => {
      const c = await restoreClause(db, undo.token);
      setUndo(null);
      returnFocus.current = `edit-${c.id}`;
      return `Restored “${c.title}”.`;
    });

  const setF = (patch: Partial<ClauseFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const list = rows ?? [];
  return (
    <section class="card" aria-labelledby="library-title">
      <h2 id="library-title">Clause library</h2>
      <p class="intro">
        The model clauses of the catalogue and your own. The popup suggests them for the criteria a notice misses. Your
        edits of a model clause are kept when the catalogue is updated.
      </p>
      <div class="library-search" role="search" aria-label="Clauses">
        <div class="field">
          <label for="library-query">Search</label>
          <input id="library-query" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </div>
        <div class="filters">
          <div class="field">
            <label for="filter-criterion">Criterion</label>
            <select id="filter-criterion" value={filter.criterion ?? ''} onChange={(e) => setF({ criterion: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="">All criteria</option>
              {[...criteria]
                .sort((a, b) => a.name.en.localeCompare(b.name.en))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name.en}
                  </option>
                ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-lang">Language</label>
            <select id="filter-lang" value={filter.lang ?? ''} onChange={(e) => setF({ lang: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="">All languages</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-stage">Part of the tender</label>
            <select
              id="filter-stage"
              value={filter.stage ?? ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                setF({ stage: STAGES.includes(v as Stage) ? (v as Stage) : undefined });
              }}
            >
              <option value="">All parts</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_NAMES[s]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-tag">Tag</label>
            <select id="filter-tag" value={filter.tag ?? ''} onChange={(e) => setF({ tag: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <label class="check filter-fav">
            <input type="checkbox" checked={filter.favourite ?? false} onChange={(e) => setF({ favourite: (e.target as HTMLInputElement).checked || undefined })} />{' '}
            Favourites only
          </label>
        </div>
      </div>

      <div class="library-bar">
        <p class="count" role="status">
          {rows === null ? 'Reading the library…' : list.length === 1 ? '1 clause' : `${list.length} clauses`}
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
          New clause
        </button>
      </div>

      {editing && (
        <ClauseEditor
          key={editing.kind === 'edit' ? editing.clause.id : 'new'}
          heading={editing.kind === 'edit' ? 'Edit clause' : 'New clause'}
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
            Undo: bring back “{undo.title}”
          </button>
        )}
        <p class="form-error" role="alert">
          {error}
        </p>
      </div>

      <ul class="clause-list" aria-label="Clauses">
        {list.slice(0, shown).map((c) => (
          <li key={c.id} class="clause-item" data-testid={`library-${c.id}`}>
            <h3 id={`title-${c.id}`} class="clause-item-title" lang={c.lang}>
              {c.favourite && (
                <span class="fav" role="img" aria-label="Favourite">
                  ★{' '}
                </span>
              )}
              {c.title}
            </h3>
            <p class="clause-item-meta">
              {[
                c.origin === 'catalogue' ? (c.edited ? 'Model clause, edited by you' : 'Model clause') : 'Your clause',
                languageLabel(c.lang),
                c.stage ? STAGE_NAMES[c.stage] : 'Any part',
                ...c.criteria.map((id) => names.get(id) ?? id),
              ].join(' · ')}
              {c.tags.length > 0 && <span class="tags"> · Tags: {c.tags.join(', ')}</span>}
            </p>
            {c.newerCatalogue && <p class="notice-newer">The catalogue has a newer text of this clause. Yours is kept until you choose.</p>}
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
                Edit
              </button>
              <button type="button" aria-describedby={`title-${c.id}`} onClick={() => act(async () => {
                const copy = await duplicateClause(db, c.id);
                returnFocus.current = `edit-${copy.id}`;
                return `Duplicated as “${copy.title}”.`;
              })}>
                Duplicate
              </button>
              <button
                type="button"
                aria-pressed={c.favourite}
                aria-describedby={`title-${c.id}`}
                onClick={() => act(async () => {
                  await setFavourite(db, c.id, !c.favourite);
                  return c.favourite ? `“${c.title}” is no longer a favourite.` : `“${c.title}” is a favourite.`;
                })}
              >
                Favourite
              </button>
              {c.origin === 'catalogue' && (c.edited || c.newerCatalogue) && (
                <button type="button" aria-describedby={`title-${c.id}`} onClick={() => act(async () => {
                  await restoreCatalogueText(db, c.id);
                  return `“${c.title}” now has the catalogue’s text.`;
                })}>
                  Use the catalogue’s text
                </button>
              )}
              <button type="button" aria-describedby={`title-${c.id}`} onClick={() => remove(c)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {list.length > shown && (
        <button type="button" onClick={() => setShown((s) => s + PAGE)}>
          Show {Math.min(PAGE, list.length - shown)} more
        </button>
      )}
    </section>
  );
}
