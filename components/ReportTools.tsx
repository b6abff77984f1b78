import { useCallback, useMemo } from 'preact/hooks';
import type { Language } from '../criteria/schema';
import { supplierChecklist } from '../utils/export/checklist';
import { exportDocument } from '../utils/export/document';
import type { Role } from '../utils/library/settings';
import type { Report } from '../utils/report';
import type { Download } from './download';
import { ExportMenu } from './ExportMenu';
import { I18nProvider } from './i18n';
import type { CriterionText } from './report-format';
import { SupplierChecklist } from './SupplierChecklist';

interface Props {
  report: Report;
  /** When the report was made or shown (ms since 1970): the exports' audit date. */
  auditedAt: number;
  catalogue: readonly CriterionText[];
  /** The popup's UI language: the exports are written in it, with the criterion names the popup shows. */
  lang: Language;
  role: Role;
  download?: Download;
}

/** Under the report's summary: Export, and the supplier's checklist (open for the supplier role). */
export function ReportTools({ report, auditedAt, catalogue, lang, role, download }: Props) {
  const doc = useCallback(() => exportDocument(report, { auditedAt, lang, catalogue }), [report, auditedAt, lang, catalogue]);
  const items = useMemo(() => supplierChecklist(report, { lang, catalogue }), [report, lang, catalogue]);
  const noticeLanguage = report.notice.language && report.notice.language !== 'und' ? report.notice.language : undefined;
  return (
    <I18nProvider lang={lang}>
      <div class="report-tools" data-testid="report-tools">
        <ExportMenu doc={doc} download={download} />
        <SupplierChecklist
          // a role changed in the options while the popup is open: the fold follows
          key={role}
          items={items}
          doc={doc}
          noticeLanguage={noticeLanguage}
          defaultOpen={role === 'supplier'}
          download={download}
        />
      </div>
    </I18nProvider>
  );
}
