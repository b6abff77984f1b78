import { useEffect, useState } from 'preact/hooks';
import type { Download } from '../../components/download';
import { EXPORT_UI } from '../../components/export-strings';
import { PopupFooter } from '../../components/PopupFooter';
import { ReportTools } from '../../components/ReportTools';
import { ReportView } from '../../components/ReportView';
import { uiLanguage, type CriterionText } from '../../components/report-format';
import { useLibrary, useSettings } from '../../components/use-library';
import type { Opened } from '../../utils/library/db';
import { safeUrl } from '../../utils/export/document';
import { getHistoryEntry } from '../../utils/library/history';
import type { HistoryEntry } from '../../utils/library/types';

/** `popup.html?history=<key>`: a past audit, from the options page's history. Null when absent. */
export function historyIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('history');
  return id ? id : null;
}

interface Props {
  id: string;
  catalogue: readonly CriterionText[];
  language?: string;
  openLibrary?: () => Promise<Opened>;
  download?: Download;
}

type State = { kind: 'loading' } | { kind: 'ready'; entry: HistoryEntry } | { kind: 'missing' } | { kind: 'error'; message: string };

/**
 * A past audit shown as the popup shows a live one, read only: no "Show in page" (the page is not open), no
 * clause insertion; Export and the supplier checklist work as for a live report, dated from the audit.
 */
export function HistoryReport({ id, catalogue, language = navigator.language, openLibrary, download }: Props) {
  const lib = useLibrary(openLibrary);
  const settings = useSettings();
  const lang = uiLanguage(language);
  const s = EXPORT_UI[lang === 'fr' ? 'fr' : 'en'];
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (lib.kind === 'error') return setState({ kind: 'error', message: lib.error.message });
    if (lib.kind !== 'ready') return;
    let live = true;
    getHistoryEntry(lib.db, id).then(
      (entry) => live && setState(entry ? { kind: 'ready', entry } : { kind: 'missing' }),
      (e: unknown) => live && setState({ kind: 'error', message: String((e as Error)?.message ?? e) }),
    );
    return () => {
      live = false;
    };
  }, [lib, id]);

  const entry = state.kind === 'ready' ? state.entry : null;
  return (
    <div class="popup popup--history">
      <main class="popup-main">
        {state.kind === 'loading' && <p class="loading">Reading the history…</p>}
        {state.kind === 'missing' && <p class="error">{s.notFound}</p>}
        {state.kind === 'error' && (
          <p class="error" role="alert">
            {state.message}
          </p>
        )}
        {entry && (
          <>
            <p class="history-note" data-testid="history-note">
              {s.savedAudit} <time dateTime={new Date(entry.auditedAt).toISOString()}>{new Date(entry.auditedAt).toLocaleString(language)}</time>.{' '}
              {s.readOnly}
              {safeUrl(entry.url) && (
                <>
                  {' '}
                  <a href={safeUrl(entry.url)!} target="_blank" rel="noreferrer noopener">
                    {s.openNotice}
                  </a>
                </>
              )}
            </p>
            <ReportView report={entry.report} highlighted={0} catalogue={catalogue} lang={lang}>
              <ReportTools report={entry.report} auditedAt={entry.auditedAt} catalogue={catalogue} lang={lang} role={settings.role} download={download} />
            </ReportView>
          </>
        )}
      </main>
      <PopupFooter engineVersion={entry?.engineVersion ?? '–'} catalogueVersion={entry?.catalogueVersion} />
    </div>
  );
}
