import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClauseView } from '../../components/ClauseCard';
import { ClauseSearch } from '../../components/ClauseSearch';
import { ClauseSuggestions } from '../../components/ClauseSuggestions';
import { I18nProvider, browserLanguage } from '../../components/i18n';
import { EmptyState, type PageCheck, type SupportedPortal } from '../../components/EmptyState';
import { PopupFooter } from '../../components/PopupFooter';
import { ReportView } from '../../components/ReportView';
import { ReportTools } from '../../components/ReportTools';
import type { Download } from '../../components/download';
import { recordAudit } from '../../utils/library/history';
import { pillarOf } from '../../components/pillars';
import { STAGE_KEYS, type CriterionText } from '../../components/report-format';
import { markUsed } from '../../utils/library/clauses';
import type { Opened } from '../../utils/library/db';
import { searchClauses } from '../../utils/library/search';
import { saveSettings, type Settings } from '../../utils/library/settings';
import { suggestClauses } from '../../utils/library/suggest';
import { STAGES, type Clause, type Stage } from '../../utils/library/types';
import type { GetReportResponse, PopupMessage, TabMessage } from '../../utils/messages';
import { takeClausesRequest } from '../../utils/open-clauses';
import type { CriterionResult } from '../../utils/report';
import { tabKey } from '../../utils/tab-reports';
import { ENGINE_VERSION } from '../../utils/version';
import { resolveUiLang, translator } from '../../utils/ui-i18n';
import { checkErrorMessage, checkPageInTab, pageCheckOf } from './check-active-tab';
import { criterionFromSearch, focusCriterion } from './focus-criterion';
import { insertIntoTab, type InsertOutcome } from './insert-clause';
import { insertOutcomeText } from './insert-outcome';
import { tabIdFromSearch } from './tab-id';
import { libraryErrorMessage, useLibrary, useSettings } from '../../components/use-library';

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
  /**
   * The browser's language (default: browser.i18n.getUILanguage()). The UI speaks it (English, French, German
   * or Spanish; English for others) unless the user chose a language in the options.
   */
  language?: string;
  /** The settings as read before the first render (default: the defaults until storage answers). */
  initialSettings?: Settings;
  /** Opens the clause library (default: the extension's, seeded from the catalogue). */
  openLibrary?: () => Promise<Opened>;
  /** Saves an export (default: a download through a link). */
  download?: Download;
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

export function App({ catalogue, catalogueVersion, portals, search = location.search, language = browserLanguage(), initialSettings, openLibrary, download }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [check, setCheck] = useState<PageCheck>({ kind: 'idle' });
  const tabId = state.kind === 'ready' ? state.tabId : null;
  const lib = useLibrary(openLibrary);
  const settings = useSettings(initialSettings);
  const lang = resolveUiLang(settings.uiLanguage, language);
  const tr = translator(lang);
  const { t } = tr;
  const [focus, setFocus] = useState<string | null>(() => criterionFromSearch(search));
  const [suggestions, setSuggestions] = useState<ReadonlyMap<string, Clause[]>>(new Map());
  const [insertStatus, setInsertStatus] = useState('');
  /** Bumped when a clause is used: suggestions re-order (recently used first). */
  const [used, setUsed] = useState(0);
  const byId = useMemo(() => new Map(catalogue.map((c) => [c.id, c])), [catalogue]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

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
      // Opened from the in-page panel's "Model clauses" through the toolbar popup: the criterion it asked for.
      if (criterionFromSearch(search) === null) {
        takeClausesRequest(id).then(
          (c) => live && c && setFocus(c),
          () => {},
        );
      }
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
        setStatus(t('popup_pageNoAnswer'));
      }
    },
    [tabId, t],
  );

  /** "Check this page": the generic reader in the tab; an audited page's report then arrives like any other. */
  const checkPage = useCallback(async () => {
    if (tabId === null) return;
    setCheck({ kind: 'checking' });
    try {
      const result = await checkPageInTab(tabId);
      setCheck(pageCheckOf(result, tr));
      if (result.status === 'audited') {
        const response = await fetchReport(tabId);
        if (response.report) setState({ kind: 'ready', tabId, response });
      }
    } catch (e) {
      setCheck({ kind: 'error', message: checkErrorMessage(e, tr) });
    }
  }, [tabId, tr]);

  const openOptions = useCallback(() => {
    browser.runtime.openOptionsPage().then(
      () => window.close(),
      (e: unknown) => console.error('Tender Lens: could not open the options page', e),
    );
  }, []);

  const report = state.kind === 'ready' ? state.response.report : null;
  /** The exports' audit date: when this report reached the popup (the stored report carries no date). */
  const auditedAt = useMemo(() => Date.now(), [report]);

  // The history (options page): every report the popup shows, the latest per notice. Never in the way of the
  // report: a library that cannot open or write only loses the entry.
  useEffect(() => {
    if (lib.kind !== 'ready' || !report) return;
    recordAudit(lib.db, report, auditedAt).catch((e: unknown) => console.warn('Tender Lens: audit not kept in the history', e));
  }, [lib, report, auditedAt]);

  // Model clauses for the missing criteria of the pillars the user follows.
  useEffect(() => {
    if (lib.kind !== 'ready' || !report) return;
    let live = true;
    const ids = report.results
      .filter((r) => r.outcome === 'missing' && settings.pillars.some((p) => p === pillarOf(r.id, byId)))
      .map((r) => r.id);
    // (a report kept from an older version may lack groups: then they are unknown)
    const noticeGroups = report.groups ?? [];
    const groupsOf = new Map(report.results.map((r) => [r.id, r.groups?.length ? r.groups : noticeGroups]));
    suggestClauses(lib.db, ids, {
      lang: report.notice.language,
      fallbackLanguages: settings.languages,
      stage: settings.stage,
      perCriterion: settings.ambition === 'core' ? 1 : 8,
      groupsFor: (id) => groupsOf.get(id) ?? noticeGroups,
    }).then(
      (map) => live && setSuggestions(map),
      (e: unknown) => console.error('Tender Lens: could not read the clause library', e),
    );
    return () => {
      live = false;
    };
  }, [lib, report, settings, byId, used]);

  // popup.html?criterion=<id> (or the panel's request): scroll to that criterion once its row is there.
  useEffect(() => {
    if (focus && report && focusCriterion(focus)) setFocus(null);
  }, [focus, report, suggestions]);

  const insert = useCallback(
    async (clause: ClauseView) => {
      if (tabId === null) return;
      setInsertStatus(t('clause_inserting'));
      let outcome: InsertOutcome;
      try {
        outcome = await insertIntoTab(tabId, clause.text, tr);
      } catch (e) {
        outcome = { kind: 'failed', reason: String((e as Error)?.message ?? e) };
      }
      setInsertStatus(insertOutcomeText(tr, outcome));
      if (outcome.kind !== 'failed' && lib.kind === 'ready') {
        markUsed(lib.db, clause.id).then(
          () => setUsed((n) => n + 1),
          () => {}, // a clause deleted meanwhile, or a full disk: the insertion itself happened
        );
      }
    },
    [tabId, lib, tr],
  );

  const searchLibrary = useCallback(
    async (query: string) => (lib.kind === 'ready' ? (await searchClauses(lib.db, query, {}, { limit: 20 })).map((h) => h.clause) : []),
    [lib],
  );

  const onInsert = tabId !== null ? insert : undefined;
  const noticeLanguage = report?.notice.language && report.notice.language !== 'und' ? report.notice.language : undefined;

  const renderSuggestions = (result: CriterionResult, name: string) => {
    if (result.outcome !== 'missing' || lib.kind !== 'ready' || !suggestions.has(result.id)) return null;
    return (
      <ClauseSuggestions
        criterionName={name}
        clauses={suggestions.get(result.id) ?? []}
        noticeLanguage={noticeLanguage}
        defaultOpen={settings.role === 'officer'}
        onInsert={onInsert}
      />
    );
  };

  const clauseTools = state.kind === 'ready' && (
    <div class="clause-tools" data-testid="clause-tools">
      {lib.kind === 'error' && (
        <p class="library-error" data-testid="library-error">
          {libraryErrorMessage(tr, lib.error)}
        </p>
      )}
      {lib.kind === 'loading' && <p class="loading">{t('clause_loading')}</p>}
      {lib.kind === 'ready' && (
        <>
          {report && (
            <p class="stage-picker">
              <label for="stage-select">{t('clause_stage')}</label>{' '}
              <select
                id="stage-select"
                value={settings.stage ?? ''}
                onChange={(e) => {
                  const v = (e.target as HTMLSelectElement).value;
                  void saveSettings({ stage: STAGES.includes(v as Stage) ? (v as Stage) : null });
                }}
              >
                <option value="">{t('clause_anyStage')}</option>
                {STAGES.map((st) => (
                  <option key={st} value={st}>
                    {t(STAGE_KEYS[st])}
                  </option>
                ))}
              </select>
            </p>
          )}
          <ClauseSearch search={searchLibrary} noticeLanguage={noticeLanguage} onInsert={onInsert} />
        </>
      )}
    </div>
  );

  return (
    <I18nProvider lang={lang}>
      <div class="popup">
        <main class="popup-main">
          {state.kind === 'loading' && <p class="loading">{t('popup_loading')}</p>}
          {state.kind === 'error' && (
            <p class="error" role="alert">
              {t('popup_error')}
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
                renderExtra={renderSuggestions}
                focusCriterion={focus ?? undefined}
              >
                <ReportTools report={report} auditedAt={auditedAt} catalogue={catalogue} lang={lang} role={settings.role} download={download} />
                {clauseTools}
              </ReportView>
            ) : (
              <>
                <EmptyState
                  portals={portals}
                  onCheck={tabId !== null ? checkPage : undefined}
                  check={check}
                  onOpenOptions={openOptions}
                />
                {clauseTools}
              </>
            ))}
          <p class="status" role="status">
            {status}
          </p>
          <p class="insert-status" role="status" data-testid="insert-status">
            {insertStatus}
          </p>
        </main>
        <PopupFooter
          engineVersion={report?.engineVersion ?? ENGINE_VERSION}
          catalogueVersion={report?.catalogueVersion ?? catalogueVersion}
        />
      </div>
    </I18nProvider>
  );
}
