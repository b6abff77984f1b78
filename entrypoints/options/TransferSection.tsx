import { useId, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import {
  MAX_IMPORT_BYTES,
  applyImport,
  exportJson,
  exportLibrary,
  parseImport,
  previewImport,
  type ConflictChoice,
  type ExportFile,
  type ImportPreview,
} from '../../utils/library/transfer';
import { importErrorText } from '../../utils/library/import-error-text';
import { useI18n } from '../../components/i18n';

interface Props {
  db: LibraryDb;
  catalogueVersion: string;
  /** After an import: the library list reads again. */
  onImported: () => void;
  /** Saves a file (default: a download through a link). */
  download?: (name: string, text: string) => void;
}

function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const messageOf = (e: unknown) => String((e as Error)?.message ?? e);

/** Export the library as JSON; import a file after a preview of what it changes, all or nothing. */
export function TransferSection({ db, catalogueVersion, onImported, download = downloadFile }: Props) {
  const tr = useI18n();
  const { t, tn, num } = tr;
  const maxMb = MAX_IMPORT_BYTES / 1024 / 1024;
  const id = useId();
  const [pending, setPending] = useState<{ file: ExportFile; preview: ImportPreview; name: string } | null>(null);
  const [choice, setChoice] = useState<ConflictChoice>('keep-mine');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const onExport = async () => {
    setError('');
    try {
      const file = await exportLibrary(db, { catalogueVersion });
      const day = file.exportedAt.slice(0, 10);
      download(`tender-lens-clauses-${day}.json`, exportJson(file));
      setStatus(tn('transfer_exported', file.clauses.length));
    } catch (e) {
      setError(t('transfer_exportFailed', messageOf(e)));
    }
  };

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    setError('');
    setStatus('');
    setPending(null);
    if (!f) return;
    // Refused before reading it: a huge file would freeze the page.
    if (f.size > MAX_IMPORT_BYTES) {
      setError(t('transfer_tooLarge', num(Math.round((f.size / 1024 / 1024) * 10) / 10), maxMb));
      return;
    }
    try {
      const parsed = parseImport(await f.text());
      if (!parsed.ok) {
        setError(importErrorText(tr, parsed.error));
        return;
      }
      const preview = await previewImport(db, parsed.file);
      setChoice('keep-mine');
      setPending({ file: parsed.file, preview, name: f.name });
      queueMicrotask(() => previewHeading.current?.focus());
    } catch (err) {
      setError(t('transfer_readFailed', messageOf(err)));
    }
  };

  const onApply = async () => {
    if (!pending) return;
    setBusy(true);
    setError('');
    try {
      const r = await applyImport(db, pending.file, choice);
      setPending(null);
      if (fileInput.current) fileInput.current.value = '';
      const parts = [tn('transfer_added', r.added), tn('transfer_changed', r.changed), tn('transfer_unchanged', r.unchanged)];
      if (r.conflictsKept) parts.push(tn('transfer_kept', r.conflictsKept));
      if (r.conflictsReplaced) parts.push(tn('transfer_replaced', r.conflictsReplaced));
      setStatus(t('transfer_imported', parts.join(', ')));
      onImported();
      fileInput.current?.focus();
    } catch (e) {
      setError(t('transfer_failed', messageOf(e)));
    } finally {
      setBusy(false);
    }
  };

  const onCancel = () => {
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
    setStatus(t('transfer_cancelled'));
    fileInput.current?.focus();
  };

  const p = pending?.preview;
  return (
    <section class="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer_title')}</h2>
      <p class="intro">{t('transfer_intro')}</p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t('transfer_export')}
        </button>
      </div>
      <div class="field">
        <label for={`${id}-file`}>{t('transfer_importFile')}</label>
        <p id={`${id}-hint`} class="hint">
          {t('transfer_hint', maxMb)}
        </p>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={onFile}
          aria-describedby={`${id}-hint ${id}-error`}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
      <p id={`${id}-error`} class="form-error" role="alert">
        {error}
      </p>
      {pending && p && (
        <div class="preview card-inner" data-testid="import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>
            {t('transfer_previewTitle', pending.name)}
          </h3>
          <ul class="preview-counts">
            <li>{tn('transfer_new', p.added.length)}</li>
            <li>{tn('transfer_changedCount', p.changed.length)}</li>
            <li>{tn('transfer_unchangedCount', p.unchanged.length)}</li>
            <li>{tn('transfer_conflicts', p.conflicts.length)}</li>
          </ul>
          {p.changed.length > 0 && (
            <details>
              <summary>{t('transfer_changedList')}</summary>
              <ul>
                {p.changed.map((c) => (
                  <li key={c.incoming.id}>{c.incoming.title}</li>
                ))}
              </ul>
            </details>
          )}
          {p.conflicts.length > 0 && (
            <fieldset>
              <legend>
                {tn('transfer_conflictLegend', p.conflicts.length, p.conflicts.map((c) => t('common_quoted', c.existing.title)).join(', '))}
              </legend>
              <label class="check">
                <input type="radio" name={`${id}-choice`} checked={choice === 'keep-mine'} onChange={() => setChoice('keep-mine')} /> {t('transfer_keepMine')}
              </label>
              <label class="check">
                <input type="radio" name={`${id}-choice`} checked={choice === 'use-file'} onChange={() => setChoice('use-file')} /> {t('transfer_useFile')}
              </label>
            </fieldset>
          )}
          <div class="actions">
            <button type="button" class="primary-button" onClick={onApply} disabled={busy}>
              {t('transfer_import')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
