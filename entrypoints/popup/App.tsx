import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EmptyState, type PageCheck, type SupportedPortal } from '../../components/EmptyState';
import { PopupFooter } from '../../components/PopupFooter';
import { ReportView } from '../../components/ReportView';
import { uiLanguage, type CriterionText } from '../../components/report-format';
import type { GetReportResponse, PopupMessage, TabMessage } from '../../utils/messages';
import { tabKey } from '../../utils/tab-reports';
import { ENGINE_VERSION } from '../../utils/version';
import { checkErrorMessage, checkPageInTab, pageCheckOf } from './check-active-tab';
import { tabIdFromSearch } from './tab-id';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number | null; response: GetReportResponse }
  | { kind: 'error' };

interface Props {
  catalogue: readonly CriterionText[];
  catalogueVersion?: string;
  /** Listed when the tab has no report. */
  portals: readonly SupportedPortal[];
  /** The popup's query string (default: location.search). */
  search?: string;
  /** UI language for criterion names (default: from navigator.language). */
  language?: string;
}

const NO_REPORT: GetReportResponse = { report: null, highlighted: 0 };

async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  // No "tabs" permission needed: the id of the active tab is always given, only url/title are not.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function fetchReport(tabId: number): Promise<GetReportResponse> {
  const message: PopupMessage = { type: 'get-report', tabId };
  const response = (await browser.runtime.sendMessage(message)) as GetReportResponse | undefined;
  return response ?? NO_REPORT;
}

export function App({ catalogue, catalogueVersion, portals, search = location.search, language = navigator.language }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [check, setCheck] = useState<PageCheck>({ kind: 'idle' });
  const lang = uiLanguage(language);
  const tabId = state.kind === 'ready' ? state.tabId : null;

  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    let latest = 0;
    const fail = (error: unknown) => {
      console.error('Tender Lens: could not read the report', error);
      if (live) setState({ kind: 'error' });
    };
    const load = (id: number) => {
      const n = ++latest; // a slow answer must not overwrite a newer one
      return fetchReport(id).then((response) => {
        if (live && n === latest) setState({ kind: 'ready', tabId: id, response });
      }, fail);
    };
    resolveTabId(search).then((id) => {
      if (!live) return;
      if (id === null) return setState({ kind: 'ready', tabId: null, response: NO_REPORT });
      // Follow the stored report: the popup may open before the page is read, or stay open while it
      // reloads. Subscribed before the first read, so a report stored in between is not missed.
      const key = tabKey(id);
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && key in changes) void load(id);
      };
      browser.storage.onChanged.addListener(onChanged);
      unsubscribe = () => browser.storage.onChanged.removeListener(onChanged);
      return load(id);
    }, fail);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [search]);

  const showEvidence = useCallback(
    async (criterion: string, index: number) => {
      if (tabId === null) return;
      const message: TabMessage = { type: 'show-evidence', criterion, index };
      try {
        // The top frame: the only one whose report the background keeps.
        await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
        setStatus('');
      } catch {
        setStatus('The page did not answer. Reload it and open Tender Lens again.');
      }
    },
    [tabId],
  );

  /** "Check this page": the generic reader in the tab; an audited page's report then arrives like any other. */
  const checkPage = useCallback(async () => {
    if (tabId === null) return;
    setCheck({ kind: 'checking' });
    try {
      const result = await checkPageInTab(tabId);
      setCheck(pageCheckOf(result));
      if (result.status === 'audited') {
        const response = await fetchReport(tabId);
        if (response.report) setState({ kind: 'ready', tabId, response });
      }
    } catch (e) {
      setCheck({ kind: 'error', message: checkErrorMessage(e) });
    }
  }, [tabId]);

  const openOptions = useCallback(() => {
    browser.runtime.openOptionsPage().then(
      () => window.close(),
      (e: unknown) => console.error('Tender Lens: could not open the options page', e),
    );
  }, []);

  const report = state.kind === 'ready' ? state.response.report : null;
  return (
    <div class="popup">
      <main class="popup-main">
        {state.kind === 'loading' && <p class="loading">Reading the report…</p>}
        {state.kind === 'error' && (
          <p class="error" role="alert">
            Could not read this tab’s report. Close and reopen Tender Lens.
          </p>
        )}
        {state.kind === 'ready' &&
          (report ? (
            <ReportView
              report={report}
              highlighted={state.response.highlighted}
              catalogue={catalogue}
              lang={lang}
              onShowEvidence={showEvidence}
            />
          ) : (
            <EmptyState
              portals={portals}
              onCheck={tabId !== null ? checkPage : undefined}
              check={check}
              onOpenOptions={openOptions}
            />
          ))}
        <p class="status" role="status">
          {status}
        </p>
      </main>
      <PopupFooter
        engineVersion={report?.engineVersion ?? ENGINE_VERSION}
        catalogueVersion={report?.catalogueVersion ?? catalogueVersion}
      />
    </div>
  );
}
