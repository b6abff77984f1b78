import { useId, useState } from 'preact/hooks';
import type { ExportDocument } from '../utils/export/document';
import { REPORT_FORMATS, reportFile, type ReportFormat } from '../utils/export/formats';
import type { UiLang } from './clause-strings';
import { downloadFile, type Download } from './download';
import { EXPORT_UI } from './export-strings';

interface Props {
  /** Made on demand: an export reads the report as it is when clicked. */
  doc: () => ExportDocument;
  lang: UiLang;
  download?: Download;
}

/**
 * "Export": a disclosure button that shows one button per format (the WAI-ARIA disclosure pattern; a menu
 * would need arrow-key handling for four items). Each saves the file at once and says so in a live region.
 */
export function ExportMenu({ doc, lang, download = downloadFile }: Props) {
  const s = EXPORT_UI[lang];
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');

  const save = (format: ReportFormat) => {
    try {
      const file = reportFile(doc(), format);
      download(file);
      setStatus(s.saved(file.name, format));
    } catch (e) {
      setStatus(s.failed(String((e as Error)?.message ?? e)));
    }
  };

  return (
    <div class="export-menu" data-testid="export-menu">
      <button type="button" class="tool-toggle" aria-expanded={open} aria-controls={`${id}-f`} onClick={() => setOpen(!open)}>
        <span class="chevron" aria-hidden="true" />
        {s.export}
      </button>
      <div id={`${id}-f`} class="export-formats" role="group" aria-label={s.exportAs} hidden={!open}>
        {REPORT_FORMATS.map((f) => (
          <button key={f} type="button" class="tool-button" onClick={() => save(f)}>
            {s.format(f)}
          </button>
        ))}
      </div>
      <p class="tool-status" role="status">
        {status}
      </p>
    </div>
  );
}
