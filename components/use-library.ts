/** The clause library and the user's settings, for the popup and the options page. */
import { useEffect, useState } from 'preact/hooks';
import type { Opened, LibraryDb } from '../utils/library/db';
import type { LibraryError } from '../utils/library/errors';
import { library } from '../utils/library/ready';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../utils/library/settings';

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

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
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
