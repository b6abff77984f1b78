/**
 * The library with the catalogue shipped in this build: opened, and its catalogue clauses brought up to date
 * (seeded on first use, refreshed when the catalogue version changed). What the background, the popup and the
 * options page call; one promise per page, so a page opens the database once.
 */
import { modelClauses } from '../../criteria/clauses';
import { CATALOGUE_VERSION } from '../../criteria/version';
import { syncCatalogue, type SyncResult } from './catalogue-sync';
import { DB_NAME, openLibrary, type LibraryDb, type Opened } from './db';
import { libraryError } from './errors';

export function syncBuiltInCatalogue(db: LibraryDb, force = false): Promise<SyncResult> {
  return syncCatalogue(db, modelClauses, CATALOGUE_VERSION, { force });
}

export async function openReadyLibrary(name: string = DB_NAME): Promise<Opened> {
  const opened = await openLibrary(name);
  if (!opened.ok) return opened;
  try {
    await syncBuiltInCatalogue(opened.db);
    return opened;
  } catch (e) {
    opened.db.close();
    return { ok: false, error: libraryError(e) };
  }
}

let ready: Promise<Opened> | null = null;

/** The page's library, opened once; a failure is remembered too (the page says so instead of retrying). */
export function library(): Promise<Opened> {
  ready ??= openReadyLibrary();
  return ready;
}
