import { useId, useState } from 'preact/hooks';
import type { ExportDocument } from '../utils/export/document';
import { REPORT_FORMATS, reportFile, type ReportFormat } from '../utils/export/formats';
import { downloadFile, type Download } from './download';
import { useI18n } from './i18n';

interface Props {
  /** Made on demand: an export reads the report as it is when clicked. */
  doc: () => ExportDocument;
  download?: Download;
}

const FORMAT_NAMES: Record<Exclude<ReportFormat, 'html'>, string> = { markdown: 'Markdown', csv: 'CSV', json: 'JSON' };

/**
 * "Export": a disclosure button that shows one button per format (the WAI-ARIA disclosure pattern; a menu
 * would need arrow-key handling for four items). Each saves the file at once and says so in a live region.
 */
export function ExportMenu({ doc, download = downloadFile }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');

  const save = (format: ReportFormat) => {
    try {
      const file = reportFile(doc(), format);
      download(file);
      setStatus(format === 'html' ? t('export_savedHtml', file.name) : t('export_saved', file.name));
    } catch (e) {
      setStatus(t('export_failed', String((e as Error)?.message ?? e)));
    }
  };

  return (
    <div class="export-menu" data-testid="export-menu">
      <button type="button" class="tool-toggle" aria-expanded={open} aria-controls={`${id}-f`} onClick={() => setOpen(!open)}>
        <span class="chevron" aria-hidden="true" />
        {t('export_button')}
      </button>
      <div id={`${id}-f`} class="export-formats" role="group" aria-label={t('export_as')} hidden={!open}>
        {REPORT_FORMATS.map((f) => (
          <button key={f} type="button" class="tool-button" onClick={() => save(f)}>
            {f === 'html' ? t('export_html') : FORMAT_NAMES[f]}
          </button>
        ))}
      </div>
      <p class="tool-status" role="status">
        {status}
      </p>
    </div>
  );
}
