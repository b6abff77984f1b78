import { useId, useMemo, useState } from 'preact/hooks';
import type { ChecklistItem } from '../utils/export/checklist';
import type { ExportDocument } from '../utils/export/document';
import { CHECKLIST_FORMATS, checklistFile, type ChecklistFormat } from '../utils/export/formats';
import { PROOF_KIND_KEYS, STAGE_KEYS } from '../utils/export/labels';
import { STAGES } from '../utils/library/types';
import { downloadFile, type Download } from './download';
import { useI18n } from './i18n';

interface Props {
  items: readonly ChecklistItem[];
  doc: () => ExportDocument;
  /** The notice's language, for the quotes (screen-reader pronunciation). */
  noticeLanguage?: string;
  /** Open at first: the supplier role; folded for the others. */
  defaultOpen: boolean;
  download?: Download;
}

const FORMAT_NAMES: Record<ChecklistFormat, string> = { markdown: 'Markdown', csv: 'CSV' };

/**
 * What the tender asks of the supplier, stage by stage: the requirement, the proof to prepare, and the notice's
 * words. A disclosure (heading button), open for suppliers. Quotes are text nodes only: page text never becomes
 * markup.
 */
export function SupplierChecklist({ items, doc, noticeLanguage, defaultOpen, download = downloadFile }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [status, setStatus] = useState('');
  const stages = useMemo(() => STAGES.map((stage) => ({ stage, items: items.filter((i) => i.stage === stage) })).filter((g) => g.items.length), [items]);

  const save = (format: ChecklistFormat) => {
    try {
      const file = checklistFile(doc(), items, format);
      download(file);
      setStatus(t('export_saved', file.name));
    } catch (e) {
      setStatus(t('export_failed', String((e as Error)?.message ?? e)));
    }
  };

  return (
    <section class="supplier-checklist" aria-labelledby={`${id}-h`} data-testid="supplier-checklist">
      <h2 id={`${id}-h`} class="tool-heading">
        <button type="button" class="tool-toggle" aria-expanded={open} aria-controls={`${id}-b`} onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          {t('checklist_title')} <span class="group-count">({items.length})</span>
        </button>
      </h2>
      <div id={`${id}-b`} hidden={!open}>
        <p class="tool-intro">{items.length ? t('checklist_intro') : t('checklist_empty')}</p>
        {stages.map((g) => (
          <div key={g.stage} class="checklist-stage">
            <h3 class="checklist-stage-name">{t(STAGE_KEYS[g.stage])}</h3>
            <ul class="checklist-items">
              {g.items.map((i) => (
                <li key={`${i.criterion}-${i.stage}`} class="checklist-item" data-testid={`checklist-${i.criterion}-${i.stage}`}>
                  <p class="checklist-name" lang={lang}>
                    {i.name}
                  </p>
                  <p class="checklist-proof">
                    <span class="checklist-proof-label">{t('checklist_proof')}:</span> {i.proof.map((k) => t(PROOF_KIND_KEYS[k])).join(', ')}
                    {' · '}
                    <span lang={lang}>{i.what}</span>
                  </p>
                  {i.quote && (
                    <blockquote class="evidence-text" lang={noticeLanguage}>
                      {i.quote}
                    </blockquote>
                  )}
                  <p class="evidence-meta">{i.source}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {items.length > 0 && (
          <div class="checklist-export" role="group" aria-label={t('checklist_exportAs')}>
            <span class="checklist-export-label" aria-hidden="true">
              {t('export_button')}:
            </span>
            {CHECKLIST_FORMATS.map((f) => (
              <button key={f} type="button" class="tool-button" onClick={() => save(f)}>
                {FORMAT_NAMES[f]}
              </button>
            ))}
          </div>
        )}
        <p class="tool-status" role="status">
          {status}
        </p>
      </div>
    </section>
  );
}
