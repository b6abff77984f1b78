import { useEffect, useState } from 'preact/hooks';
import type { Download } from '../../components/download';
import { I18nProvider, browserLanguage } from '../../components/i18n';
import { PopupFooter } from '../../components/PopupFooter';
import { ReportTools } from '../../components/ReportTools';
import { ReportView } from '../../components/ReportView';
import type { CriterionText } from '../../components/report-format';
import { libraryErrorMessage, useLibrary, useSettings } from '../../components/use-library';
import type { Opened } from '../../utils/library/db';
import { safeUrl } from '../../utils/export/document';
import { getHistoryEntry } from '../../utils/library/history';
import type { HistoryEntry } from '../../utils/library/types';
import type { Settings } from '../../utils/library/settings';
import { resolveUiLang, translator } from '../../utils/ui-i18n';

/** `popup.html?history=<key>`: a past audit, from the options page's history. Null when absent. */
export function historyIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('history');
  return id ? id : null;
}

interface Props {
  id: string;
  catalogue: readonly CriterionText[];
  /** The browser's language (default: browser.i18n's); the user's choice in the options comes first. */
  language?: string;
  initialSettings?: Settings;
  openLibrary?: () => Promise<Opened>;
  download?: Download;
}

type State = { kind: 'loading' } | { kind: 'ready'; entry: HistoryEntry } | { kind: 'missing' } | { kind: 'error'; message: string };

/**
 * A past audit shown as the popup shows a live one, read only: no "Show in page" (the page is not open), no
 * clause insertion; Export and the supplier checklist work as for a live report, dated from the audit.
 */
export function HistoryReport({ id, catalogue, language = browserLanguage(), initialSettings, openLibrary, download }: Props) {
  const lib = useLibrary(openLibrary);
  const settings = useSettings(initialSettings);
  const lang = resolveUiLang(settings.uiLanguage, language);
  const tr = translator(lang);
  const { t, parts } = tr;
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    if (lib.kind === 'error') return setState({ kind: 'error', message: libraryErrorMessage(tr, lib.error) });
    if (lib.kind !== 'ready') return;
    let live = true;
    getHistoryEntry(lib.db, id).then(
      (entry) => live && setState(entry ? { kind: 'ready', entry } : { kind: 'missing' }),
      (e: unknown) => live && setState({ kind: 'error', message: String((e as Error)?.message ?? e) }),
    );
    return () => {
      live = false;
    };
  }, [lib, id, tr]);

  const entry = state.kind === 'ready' ? state.entry : null;
  return (
    <I18nProvider lang={lang}>
      <div class="popup popup--history">
        <main class="popup-main">
          {state.kind === 'loading' && <p class="loading">{t('history_loading')}</p>}
          {state.kind === 'missing' && <p class="error">{t('history_notFound')}</p>}
          {state.kind === 'error' && (
            <p class="error" role="alert">
              {state.message}
            </p>
          )}
          {entry && (
            <>
              <p class="history-note" data-testid="history-note">
                {parts(
                  'history_savedAudit',
                  <time dateTime={new Date(entry.auditedAt).toISOString()}>{new Date(entry.auditedAt).toLocaleString(lang)}</time>,
                )}{' '}
                {t('history_readOnly')}
                {safeUrl(entry.url) && (
                  <>
                    {' '}
                    <a href={safeUrl(entry.url)!} target="_blank" rel="noreferrer noopener">
                      {t('history_openNotice')}
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
    </I18nProvider>
  );
}
