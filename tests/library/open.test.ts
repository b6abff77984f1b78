import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLibrary } from '../../utils/library/db';
import { libraryError } from '../../utils/library/errors';
import { freshName } from './helpers';

/** An IndexedDB whose open() fails as a browser's does (private window, full disk). */
function failingFactory(name: string): IDBFactory {
  const real = new IDBFactory();
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'open') {
        return () => {
          throw new DOMException('The operation failed for reasons unrelated to the database itself.', name);
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

describe('a library that cannot open', () => {
  it('gives an error the UI can show, for a window without IndexedDB (private window)', async () => {
    const r = await openLibrary(freshName(), { indexedDB: failingFactory('InvalidStateError'), IDBKeyRange });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('unavailable');
    expect(r.error.message).toMatch(/not available here/);
    expect(r.error.message).toMatch(/The report still works/);
    expect(r.error.detail).toBeTruthy();
  });

  it('says so when storage is full', async () => {
    const r = await openLibrary(freshName(), { indexedDB: failingFactory('QuotaExceededError'), IDBKeyRange });
    expect(!r.ok && r.error.kind).toBe('quota');
  });

  it('says so when the database is newer than this code', async () => {
    // (Dexie 4 opens a higher version with a compatible schema by itself; a VersionError remains possible.)
    const r = await openLibrary(freshName(), { indexedDB: failingFactory('VersionError'), IDBKeyRange });
    expect(!r.ok && r.error.kind).toBe('newer');
    expect(!r.ok && r.error.message).toMatch(/newer Tender Lens/);
  });

  it('opens normally otherwise', async () => {
    const r = await openLibrary(freshName());
    expect(r.ok).toBe(true);
    if (r.ok) closers.push(() => r.db.close());
  });

  it('words unknown failures plainly', () => {
    expect(libraryError(new Error('boom'))).toMatchObject({ kind: 'unknown', detail: 'boom' });
    expect(libraryError({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }).kind).toBe('quota');
  });
});
