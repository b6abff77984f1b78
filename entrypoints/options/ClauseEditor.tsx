import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { STAGES, type ClauseDraft, type Stage } from '../../utils/library/types';
import { CLAUSE_LANGUAGES, PILLAR_NAMES, STAGE_NAMES, languageLabel, type CriterionInfo } from './labels';
import { PILLARS } from '../../utils/library/settings';

interface Props {
  /** "New clause" or "Edit clause". */
  heading: string;
  initial: ClauseDraft;
  criteria: readonly CriterionInfo[];
  onSave: (draft: ClauseDraft) => Promise<void>;
  onCancel: () => void;
}

type Errors = Partial<Record<'title' | 'text', string>>;

const splitTags = (s: string) => s.split(',').map((t) => t.trim()).filter(Boolean);

/**
 * The form for a new clause or an edit. Focus goes to the title when it opens; a field in error gets
 * aria-invalid and its message, and the focus.
 */
export function ClauseEditor({ heading, initial, criteria, onSave, onCancel }: Props) {
  const id = useId();
  const [d, setD] = useState<ClauseDraft>(initial);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [errors, setErrors] = useState<Errors>({});
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLInputElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);

  useEffect(() => title.current?.focus(), []);

  const set = <K extends keyof ClauseDraft>(key: K, value: ClauseDraft[K]) => setD((old) => ({ ...old, [key]: value }));

  const submit = (e: Event) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!d.title.trim()) errs.title = 'Give the clause a title.';
    if (!d.text.trim()) errs.text = 'Write the clause’s text.';
    setErrors(errs);
    if (errs.title) return title.current?.focus();
    if (errs.text) return text.current?.focus();
    setBusy(true);
    setSaveError('');
    onSave({ ...d, tags: splitTags(tags) })
      .catch((err: unknown) => setSaveError(`Could not save the clause: ${String((err as Error)?.message ?? err)}`))
      .finally(() => setBusy(false));
  };

  const toggleCriterion = (cid: string, on: boolean) =>
    set('criteria', on ? [...d.criteria, cid] : d.criteria.filter((c) => c !== cid));

  return (
    <form class="editor card-inner" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{heading}</h3>
      <div class="field">
        <label for={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          ref={title}
          value={d.title}
          maxLength={300}
          onInput={(e) => set('title', (e.target as HTMLInputElement).value)}
          aria-invalid={errors.title ? 'true' : undefined}
          aria-describedby={errors.title ? `${id}-title-err` : undefined}
        />
        {errors.title && (
          <p id={`${id}-title-err`} class="field-error">
            {errors.title}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${id}-text`}>Text</label>
        <textarea
          id={`${id}-text`}
          ref={text}
          rows={7}
          value={d.text}
          maxLength={20000}
          lang={d.lang}
          onInput={(e) => set('text', (e.target as HTMLTextAreaElement).value)}
          aria-invalid={errors.text ? 'true' : undefined}
          aria-describedby={errors.text ? `${id}-text-err` : undefined}
        />
        {errors.text && (
          <p id={`${id}-text-err`} class="field-error">
            {errors.text}
          </p>
        )}
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-lang`}>Language</label>
          <select id={`${id}-lang`} value={d.lang} onChange={(e) => set('lang', (e.target as HTMLSelectElement).value)}>
            {[...new Set([...CLAUSE_LANGUAGES, d.lang])].map((l) => (
              <option key={l} value={l}>
                {languageLabel(l)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-stage`}>Part of the tender</label>
          <select
            id={`${id}-stage`}
            value={d.stage ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              set('stage', STAGES.includes(v as Stage) ? (v as Stage) : null);
            }}
          >
            <option value="">Any part</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_NAMES[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset class="criteria-picker">
        <legend>Criteria it answers</legend>
        <div class="criteria-scroll">
          {PILLARS.map((p) => {
            const list = criteria.filter((c) => c.pillar === p);
            if (!list.length) return null;
            return (
              <div key={p} class="criteria-group" role="group" aria-label={PILLAR_NAMES[p]}>
                <p class="criteria-group-name" aria-hidden="true">
                  {PILLAR_NAMES[p]}
                </p>
                {list.map((c) => (
                  <label key={c.id} class="check">
                    <input type="checkbox" checked={d.criteria.includes(c.id)} onChange={(e) => toggleCriterion(c.id, (e.target as HTMLInputElement).checked)} />{' '}
                    {c.name.en}
                  </label>
                ))}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${id}-tags`}>Tags</label>
        <p id={`${id}-tags-hint`} class="hint">
          Separated by commas: IT, catering, 2026 framework.
        </p>
        <input id={`${id}-tags`} value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} aria-describedby={`${id}-tags-hint`} />
      </div>
      <div class="field">
        <label for={`${id}-source`}>Source</label>
        <p id={`${id}-source-hint`} class="hint">
          What it draws on, if anything: a directive, a guideline, your legal team.
        </p>
        <input id={`${id}-source`} value={d.source} maxLength={1000} onInput={(e) => set('source', (e.target as HTMLInputElement).value)} aria-describedby={`${id}-source-hint`} />
      </div>
      <label class="check">
        <input type="checkbox" checked={d.favourite ?? false} onChange={(e) => set('favourite', (e.target as HTMLInputElement).checked)} /> Favourite
      </label>
      {saveError && (
        <p class="form-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary-button" disabled={busy}>
          Save clause
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
