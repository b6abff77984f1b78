import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  addPortal,
  hasAccess,
  loadPortals,
  parsePortalInput,
  registerPortal,
  removePortal,
  type CustomPortal,
} from '../../utils/custom-portals';
import { portalErrorText } from '../../utils/portal-error-text';
import { criteria as catalogueCriteria } from '../../criteria/catalogue/index';
import { CATALOGUE_VERSION } from '../../criteria/version';
import { I18nProvider, browserLanguage } from '../../components/i18n';
import { libraryErrorMessage, useLibrary, useSettings } from '../../components/use-library';
import type { Settings } from '../../utils/library/settings';
import { resolveUiLang, translator } from '../../utils/ui-i18n';
import type { Opened } from '../../utils/library/db';
import type { CriterionInfo } from './labels';
import { LibrarySection } from './LibrarySection';
import { SettingsSection } from './SettingsSection';
import { TransferSection } from './TransferSection';
import { HistorySection } from './HistorySection';

interface Row extends CustomPortal {
  /** Whether the browser grants access to the portal (the user may withdraw it in the browser's settings). */
  access: boolean;
}

interface Props {
  /** The portals Tender Lens reads by itself (not to be added again). */
  builtIn: readonly { name: string; host: string }[];
  /** Criteria the clause editor and filters offer (default: the catalogue's). */
  criteria?: readonly CriterionInfo[];
  /** Opens the clause library (default: the extension's). */
  openLibrary?: () => Promise<Opened>;
  /** Saves an export (default: a download). */
  download?: (name: string, text: string) => void;
  /** The browser's language (default: browser.i18n's); the language chosen in the settings comes first. */
  language?: string;
  initialSettings?: Settings;
}

const messageOf = (e: unknown) => String((e as Error)?.message ?? e);

/**
 * Asks the browser for access to one portal. Called synchronously from the click or the submit: a permission
 * prompt needs the user's gesture, which Firefox no longer sees after an `await`.
 */
function requestAccess(pattern: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [pattern] });
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * The options page: the clause library (with import and export), settings, and "Your portals", the portals
 * whose pages the generic reader checks as they open.
 */
export function App({ builtIn, criteria = catalogueCriteria, openLibrary, download, language = browserLanguage(), initialSettings }: Props) {
  const lib = useLibrary(openLibrary);
  const settings = useSettings(initialSettings);
  const lang = resolveUiLang(settings.uiLanguage, language);
  const tr = translator(lang);
  const { t } = tr;
  const [revision, setRevision] = useState(0);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const list = await loadPortals();
    setRows(await Promise.all(list.map(async (p) => ({ ...p, access: await hasAccess(p.pattern) }))));
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
  }, [lang, t]);

  useEffect(() => {
    refresh().catch((e: unknown) => {
      setRows([]);
      setError(t('portals_readFailed', messageOf(e)));
    });
  }, [refresh]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setStatus('');
    const parsed = parsePortalInput(value, { builtIn, existing: (rows ?? []).map((r) => r.pattern) });
    if (!parsed.ok) {
      setError(portalErrorText(tr, parsed.error));
      input.current?.focus();
      return;
    }
    setError('');
    setBusy(true);
    requestAccess(parsed.pattern)
      .then(async (granted) => {
        if (!granted) {
          setError(t('portals_denied', parsed.pattern));
          return;
        }
        await addPortal(parsed.pattern);
        setValue('');
        setStatus(t('portals_added', parsed.pattern));
        await refresh();
      })
      .catch((e: unknown) => setError(t('portals_addFailed', messageOf(e))))
      .finally(() => setBusy(false));
  };

  const onRemove = (pattern: string) => {
    setError('');
    setStatus('');
    removePortal(pattern)
      .then(refresh)
      .then(() => {
        setStatus(t('portals_removed', pattern));
        input.current?.focus();
      })
      .catch((e: unknown) => setError(t('portals_removeFailed', pattern, messageOf(e))));
  };

  const onAllow = (pattern: string) => {
    setError('');
    setStatus('');
    requestAccess(pattern)
      .then(async (granted) => {
        if (!granted) {
          setError(t('portals_allowDenied', pattern));
          return;
        }
        await registerPortal(pattern);
        setStatus(t('portals_allowed', pattern));
        await refresh();
      })
      .catch((e: unknown) => setError(t('portals_allowFailed', pattern, messageOf(e))));
  };

  const names = [...new Set(builtIn.map((b) => b.name))].join(', ');
  return (
    <I18nProvider lang={lang}>
      <main class="options">
        <h1>{t('options_title')}</h1>
        {lib.kind === 'loading' && <p>{t('clause_loading')}</p>}
        {lib.kind === 'error' && (
          <section class="card" aria-labelledby="library-title">
            <h2 id="library-title">{t('library_title')}</h2>
            <p class="form-error" data-testid="library-error">
              {libraryErrorMessage(tr, lib.error)}
            </p>
          </section>
        )}
        {lib.kind === 'ready' && (
          <>
            <LibrarySection db={lib.db} criteria={criteria} revision={revision} />
            <TransferSection db={lib.db} catalogueVersion={CATALOGUE_VERSION} onImported={() => setRevision((r) => r + 1)} download={download} />
            <HistorySection db={lib.db} />
          </>
        )}
        <SettingsSection browserLang={language} />
        <section class="card" aria-labelledby="your-portals">
          <h2 id="your-portals">{t('portals_title')}</h2>
          <p class="intro">{t('portals_intro', names || t('portals_supportedFallback'))}</p>
          <form class="add-portal" onSubmit={onSubmit} noValidate>
            <label for="portal-input">{t('portals_address')}</label>
            <p id="portal-hint" class="hint">
              {t('portals_hint')}
            </p>
            <div class="add-row">
              <input
                id="portal-input"
                ref={input}
                type="url"
                inputMode="url"
                autoComplete="url"
                spellcheck={false}
                value={value}
                onInput={(e) => setValue((e.target as HTMLInputElement).value)}
                aria-describedby="portal-hint portal-error"
                aria-invalid={error ? 'true' : undefined}
              />
              <button type="submit" class="primary-button" disabled={busy}>
                {t('portals_add')}
              </button>
            </div>
            <p id="portal-error" class="form-error" role="alert">
              {error}
            </p>
          </form>

          <h3 id="portal-list-title">{t('portals_listTitle')}</h3>
          {rows === null ? (
            <p>{t('portals_loading')}</p>
          ) : rows.length === 0 ? (
            <p class="empty">{t('portals_none')}</p>
          ) : (
            <ul class="portal-list" aria-labelledby="portal-list-title">
              {rows.map((r) => (
                <li key={r.pattern} data-testid="custom-portal">
                  <div class="portal-text">
                    <code class="portal-pattern">{r.pattern}</code>
                    <span class="portal-state">
                      {r.access ? t('portals_checked') : t('portals_withdrawn')}
                    </span>
                  </div>
                  <div class="portal-actions">
                    {!r.access && (
                      <button type="button" onClick={() => onAllow(r.pattern)} aria-label={t('portals_allowLabel', r.pattern)}>
                        {t('portals_allow')}
                      </button>
                    )}
                    <button type="button" onClick={() => onRemove(r.pattern)} aria-label={t('portals_removeLabel', r.pattern)}>
                      {t('portals_remove')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p class="status" role="status">
            {status}
          </p>
        </section>
      </main>
    </I18nProvider>
  );
}
