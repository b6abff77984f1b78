import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../utils/library/clauses';
import { STAGES, type ClauseDraft, type Stage } from '../../utils/library/types';
import { CLAUSE_LANGUAGES, languageLabel, type CriterionInfo } from './labels';
import { useI18n } from '../../components/i18n';
import { PILLAR_KEYS } from '../../components/pillars';
import { STAGE_KEYS } from '../../components/report-format';
import { PILLARS } from '../../utils/library/settings';

interface Props {
  /** "New clause" or "Edit clause". */
  heading: string;
  initial: ClauseDraft;
  criteria: readonly CriterionInfo[];
  onSave: (draft: ClauseDraft) => Promise<void>;
  onCancel: () => void;
}

type Errors = Partial<Record<'title' | 'text' | 'tags', string>>;

const splitTags = (s: string) => s.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);

/**
 * The form for a new clause or an edit. Focus goes to the title when it opens; a field in error gets
 * aria-invalid and its message, and the focus.
 */
export function ClauseEditor({ heading, initial, criteria, onSave, onCancel }: Props) {
  const tr = useI18n();
  const { t, lang } = tr;
  const id = useId();
  const [d, setD] = useState<ClauseDraft>(initial);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [errors, setErrors] = useState<Errors>({});
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLInputElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const tagsInput = useRef<HTMLInputElement>(null);

  useEffect(() => title.current?.focus(), []);

  const set = <K extends keyof ClauseDraft>(key: K, value: ClauseDraft[K]) => setD((old) => ({ ...old, [key]: value }));

  const submit = (e: Event) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!d.title.trim()) errs.title = t('editor_titleRequired');
    if (!d.text.trim()) errs.text = t('editor_textRequired');
    // said here rather than cut when saved: the library's export must import again, and it takes no longer tag
    const list = [...new Set(splitTags(tags))];
    const long = list.find((tag) => tag.length > MAX_TAG_LENGTH);
    if (long) errs.tags = t('editor_tagTooLong', long, String(MAX_TAG_LENGTH));
    else if (list.length > MAX_TAGS) errs.tags = t('editor_tooManyTags', String(list.length), String(MAX_TAGS));
    setErrors(errs);
    if (errs.title) return title.current?.focus();
    if (errs.text) return text.current?.focus();
    if (errs.tags) return tagsInput.current?.focus();
    setBusy(true);
    setSaveError('');
    onSave({ ...d, tags: splitTags(tags) })
      .catch((err: unknown) => setSaveError(t('editor_saveFailed', String((err as Error)?.message ?? err))))
      .finally(() => setBusy(false));
  };

  const toggleCriterion = (cid: string, on: boolean) =>
    set('criteria', on ? [...d.criteria, cid] : d.criteria.filter((c) => c !== cid));

  return (
    <form class="editor card-inner" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{heading}</h3>
      <div class="field">
        <label for={`${id}-title`}>{t('editor_title')}</label>
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
        <label for={`${id}-text`}>{t('editor_text')}</label>
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
          <label for={`${id}-lang`}>{t('report_language')}</label>
          <select id={`${id}-lang`} value={d.lang} onChange={(e) => set('lang', (e.target as HTMLSelectElement).value)}>
            {[...new Set([...CLAUSE_LANGUAGES, d.lang])].map((l) => (
              <option key={l} value={l}>
                {languageLabel(l, tr)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-stage`}>{t('clause_stage')}</label>
          <select
            id={`${id}-stage`}
            value={d.stage ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              set('stage', STAGES.includes(v as Stage) ? (v as Stage) : null);
            }}
          >
            <option value="">{t('clause_anyStage')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(STAGE_KEYS[s])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset class="criteria-picker">
        <legend>{t('editor_criteria')}</legend>
        <div class="criteria-scroll">
          {PILLARS.map((p) => {
            const list = criteria.filter((c) => c.pillar === p);
            if (!list.length) return null;
            return (
              <div key={p} class="criteria-group" role="group" aria-label={t(PILLAR_KEYS[p])}>
                <p class="criteria-group-name" aria-hidden="true">
                  {t(PILLAR_KEYS[p])}
                </p>
                {list.map((c) => (
                  <label key={c.id} class="check">
                    <input type="checkbox" checked={d.criteria.includes(c.id)} onChange={(e) => toggleCriterion(c.id, (e.target as HTMLInputElement).checked)} />{' '}
                    {c.name[lang] ?? c.name.en}
                  </label>
                ))}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${id}-tags`}>{t('editor_tags')}</label>
        <p id={`${id}-tags-hint`} class="hint">
          {t('editor_tagsHint')}
        </p>
        <input
          id={`${id}-tags`}
          ref={tagsInput}
          value={tags}
          onInput={(e) => setTags((e.target as HTMLInputElement).value)}
          aria-invalid={errors.tags ? 'true' : undefined}
          aria-describedby={errors.tags ? `${id}-tags-hint ${id}-tags-err` : `${id}-tags-hint`}
        />
        {errors.tags && (
          <p id={`${id}-tags-err`} class="field-error">
            {errors.tags}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${id}-source`}>{t('editor_source')}</label>
        <p id={`${id}-source-hint`} class="hint">
          {t('editor_sourceHint')}
        </p>
        <input id={`${id}-source`} value={d.source} maxLength={1000} onInput={(e) => set('source', (e.target as HTMLInputElement).value)} aria-describedby={`${id}-source-hint`} />
      </div>
      <label class="check">
        <input type="checkbox" checked={d.favourite ?? false} onChange={(e) => set('favourite', (e.target as HTMLInputElement).checked)} /> {t('clause_favourite')}
      </label>
      {saveError && (
        <p class="form-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary-button" disabled={busy}>
          {t('editor_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
