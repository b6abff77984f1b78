/**
 * What the UI shows when the clause library cannot be used. IndexedDB can be missing (some private windows),
 * full (quota), or newer than this code (a downgrade); the report never depends on it, so the UI shows this
 * message in the clause area and goes on.
 */
export type LibraryErrorKind = 'unavailable' | 'quota' | 'newer' | 'blocked' | 'unknown';

export interface LibraryError {
  kind: LibraryErrorKind;
  /** One or two plain sentences for the user. */
  message: string;
  /** The browser's own words, for a bug report. */
  detail: string;
}

const STILL_WORKS = 'The report still works.';

const namesOf = (e: unknown): string[] => {
  const names: string[] = [];
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 4; depth++) {
    const { name } = x as { name?: unknown };
    if (typeof name === 'string') names.push(name);
    x = (x as { inner?: unknown }).inner;
  }
  return names;
};

export function libraryError(e: unknown): LibraryError {
  const names = namesOf(e);
  const detail = String((e as Error)?.message ?? e);
  const has = (...n: string[]) => names.some((x) => n.includes(x)) || n.some((x) => detail.includes(x));
  if (has('QuotaExceededError')) {
    return { kind: 'quota', detail, message: `The clause library cannot be saved: the browser’s storage for Tender Lens is full. ${STILL_WORKS}` };
  }
  if (has('VersionError')) {
    return { kind: 'newer', detail, message: `The clause library was saved by a newer Tender Lens. Update the extension to use it. ${STILL_WORKS}` };
  }
  if (has('MissingAPIError', 'InvalidStateError', 'SecurityError')) {
    return {
      kind: 'unavailable',
      detail,
      message: `The clause library is not available here: this browser window does not let extensions store data (a private window?). ${STILL_WORKS}`,
    };
  }
  if (has('BlockedError', 'blocked')) {
    return { kind: 'blocked', detail, message: `The clause library is being updated in another Tender Lens window. Close it and try again. ${STILL_WORKS}` };
  }
  return { kind: 'unknown', detail, message: `The clause library could not be opened (${detail}). ${STILL_WORKS}` };
}
