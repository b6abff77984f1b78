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
import { criteria as catalogueCriteria } from '../../criteria/catalogue/index';
import { CATALOGUE_VERSION } from '../../criteria/version';
import { useLibrary } from '../../components/use-library';
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
export function App({ builtIn, criteria = catalogueCriteria, openLibrary, download }: Props) {
  const lib = useLibrary(openLibrary);
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
    refresh().catch((e: unknown) => {
      setRows([]);
      setError(`Could not read your portals: ${messageOf(e)}`);
    });
  }, [refresh]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setStatus('');
    const parsed = parsePortalInput(value, { builtIn, existing: (rows ?? []).map((r) => r.pattern) });
    if (!parsed.ok) {
      setError(parsed.error);
      input.current?.focus();
      return;
    }
    setError('');
    setBusy(true);
    requestAccess(parsed.pattern)
      .then(async (granted) => {
        if (!granted) {
          setError(`Your browser did not give Tender Lens access to ${parsed.pattern}, so the portal was not added.`);
          return;
        }
        await addPortal(parsed.pattern);
        setValue('');
        setStatus(`Added ${parsed.pattern}: its pages are checked as you open them.`);
        await refresh();
      })
      .catch((e: unknown) => setError(`Could not add the portal: ${messageOf(e)}`))
      .finally(() => setBusy(false));
  };

  const onRemove = (pattern: string) => {
    setError('');
    setStatus('');
    removePortal(pattern)
      .then(refresh)
      .then(() => {
        setStatus(`Removed ${pattern}: Tender Lens no longer reads its pages.`);
        input.current?.focus();
      })
      .catch((e: unknown) => setError(`Could not remove ${pattern}: ${messageOf(e)}`));
  };

  const onAllow = (pattern: string) => {
    setError('');
    setStatus('');
    requestAccess(pattern)
      .then(async (granted) => {
        if (!granted) {
          setError(`Your browser did not give Tender Lens access to ${pattern}.`);
          return;
        }
        await registerPortal(pattern);
        setStatus(`Access to ${pattern} allowed: its pages are checked as you open them.`);
        await refresh();
      })
      .catch((e: unknown) => setError(`Could not allow access to ${pattern}: ${messageOf(e)}`));
  };

  const names = [...new Set(builtIn.map((b) => b.name))].join(', ');
  return (
    <main class="options">
      <h1>Tender Lens options</h1>
      {lib.kind === 'loading' && <p>Opening the clause library…</p>}
      {lib.kind === 'error' && (
        <section class="card" aria-labelledby="library-title">
          <h2 id="library-title">Clause library</h2>
          <p class="form-error" data-testid="library-error">
            {lib.error.message}
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
      <SettingsSection />
      <section class="card" aria-labelledby="your-portals">
        <h2 id="your-portals">Your portals</h2>
        <p class="intro">
          Tender Lens reads the notices of {names || 'its supported portals'} by itself. Add another portal and its pages
          are checked as you open them: a page that reads like a tender notice is audited and its evidence highlighted,
          other pages are left alone. Your browser asks you to allow access to that portal, and to nothing else.
        </p>
        <form class="add-portal" onSubmit={onSubmit} noValidate>
          <label for="portal-input">Portal address</label>
          <p id="portal-hint" class="hint">
            An https address: a whole site (https://www.evergabe-online.de) or part of it, with * for any text
            (https://www.evergabe-online.de/tenderdetails.html*).
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
              Add portal
            </button>
          </div>
          <p id="portal-error" class="form-error" role="alert">
            {error}
          </p>
        </form>

        <h3 id="portal-list-title">Added portals</h3>
        {rows === null ? (
          <p>Reading your portals…</p>
        ) : rows.length === 0 ? (
          <p class="empty">No portal added yet.</p>
        ) : (
          <ul class="portal-list" aria-labelledby="portal-list-title">
            {rows.map((r) => (
              <li key={r.pattern} data-testid="custom-portal">
                <div class="portal-text">
                  <code class="portal-pattern">{r.pattern}</code>
                  <span class="portal-state">
                    {r.access ? 'Its pages are checked as you open them.' : 'Access withdrawn: its pages are not checked.'}
                  </span>
                </div>
                <div class="portal-actions">
                  {!r.access && (
                    <button type="button" onClick={() => onAllow(r.pattern)} aria-label={`Allow access to ${r.pattern}`}>
                      Allow access
                    </button>
                  )}
                  <button type="button" onClick={() => onRemove(r.pattern)} aria-label={`Remove ${r.pattern}`}>
                    Remove
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
  );
}
