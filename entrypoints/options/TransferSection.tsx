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
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Export the library as JSON; import a file after a preview of what it changes, all or nothing. */
export function TransferSection({ db, catalogueVersion, onImported, download = downloadFile }: Props) {
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
      setStatus(`Exported ${plural(file.clauses.length, 'clause', 'clauses')}.`);
    } catch (e) {
      setError(`Could not export the library: ${messageOf(e)}`);
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
      setError(`The file is too large (${(f.size / 1024 / 1024).toFixed(1)} MB); an import can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was imported.`);
      return;
    }
    try {
      const parsed = parseImport(await f.text());
      if (!parsed.ok) {
        setError(parsed.error.message);
        return;
      }
      const preview = await previewImport(db, parsed.file);
      setChoice('keep-mine');
      setPending({ file: parsed.file, preview, name: f.name });
      queueMicrotask(() => previewHeading.current?.focus());
    } catch (err) {
      setError(`Could not read the file: ${messageOf(err)}`);
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
      const parts = [`${r.added} added`, `${r.changed} changed`, `${r.unchanged} unchanged`];
      if (r.conflictsKept) parts.push(`${r.conflictsKept} kept as yours`);
      if (r.conflictsReplaced) parts.push(`${r.conflictsReplaced} replaced by the file’s`);
      setStatus(`Imported: ${parts.join(', ')}.`);
      onImported();
      fileInput.current?.focus();
    } catch (e) {
      setError(`The import failed and nothing was changed: ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const onCancel = () => {
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
    setStatus('Import cancelled: nothing was changed.');
    fileInput.current?.focus();
  };

  const p = pending?.preview;
  return (
    <section class="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export</h2>
      <p class="intro">
        Export your library as a JSON file, to keep it or share it with colleagues. An import shows what it will change
        before anything is saved, and is saved whole or not at all.
      </p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export the library
        </button>
      </div>
      <div class="field">
        <label for={`${id}-file`}>Import a file</label>
        <p id={`${id}-hint`} class="hint">
          A Tender Lens clause file (.json), at most {MAX_IMPORT_BYTES / 1024 / 1024} MB.
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
            What importing {pending.name} will do
          </h3>
          <ul class="preview-counts">
            <li>{plural(p.added.length, 'new clause', 'new clauses')}</li>
            <li>{plural(p.changed.length, 'clause changed', 'clauses changed')}</li>
            <li>{plural(p.unchanged.length, 'clause unchanged', 'clauses unchanged')}</li>
            <li>{plural(p.conflicts.length, 'conflict', 'conflicts')}</li>
          </ul>
          {p.changed.length > 0 && (
            <details>
              <summary>Changed clauses</summary>
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
                {plural(p.conflicts.length, 'clause was', 'clauses were')} changed here after the file was made:{' '}
                {p.conflicts.map((c) => `“${c.existing.title}”`).join(', ')}
              </legend>
              <label class="check">
                <input type="radio" name={`${id}-choice`} checked={choice === 'keep-mine'} onChange={() => setChoice('keep-mine')} /> Keep mine
              </label>
              <label class="check">
                <input type="radio" name={`${id}-choice`} checked={choice === 'use-file'} onChange={() => setChoice('use-file')} /> Use the file’s
              </label>
            </fieldset>
          )}
          <div class="actions">
            <button type="button" class="primary-button" onClick={onApply} disabled={busy}>
              Import
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
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
