/** The clause library and the user's settings, for the popup and the options page. */
import { useEffect, useState } from 'preact/hooks';
import type { Opened, LibraryDb } from '../utils/library/db';
import type { LibraryError } from '../utils/library/errors';
import { library } from '../utils/library/ready';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../utils/library/settings';
import type { MessageKey, Translator } from '../utils/ui-i18n';

export type LibraryState = { kind: 'loading' } | { kind: 'ready'; db: LibraryDb } | { kind: 'error'; error: LibraryError };

/** Opens the library once (seeding it on first use); a failure becomes a state the UI shows, never a throw. */
export function useLibrary(open: () => Promise<Opened> = library): LibraryState {
  const [state, setState] = useState<LibraryState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    open().then(
      (o) => live && setState(o.ok ? { kind: 'ready', db: o.db } : { kind: 'error', error: o.error }),
      (e: unknown) =>
        live && setState({ kind: 'error', error: { kind: 'unknown', detail: String(e), message: 'The clause library could not be opened. The report still works.' } }),
    );
    return () => {
      live = false;
    };
  }, [open]);
  return state;
}

/** `initial`: settings read before the first render (the page's language from the start, no flash of another). */
export function useSettings(initial: Settings = DEFAULT_SETTINGS): Settings {
  const [settings, setSettings] = useState<Settings>(initial);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setSettings(s),
      () => {},
    );
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

const LIBRARY_ERROR_KEYS: Record<LibraryError['kind'], MessageKey> = {
  quota: 'libErr_quota',
  newer: 'libErr_newer',
  unavailable: 'libErr_unavailable',
  blocked: 'libErr_blocked',
  unknown: 'libErr_unknown',
};

/**
 * Why the library cannot be used, in the UI language. The error's own message is the English text
 * (utils/library/errors.ts); other languages say the same by its kind.
 */
export function libraryErrorMessage(tr: Translator, error: LibraryError): string {
  return tr.lang === 'en' ? error.message : tr.t(LIBRARY_ERROR_KEYS[error.kind], error.detail);
}
