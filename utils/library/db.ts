/**
 * The clause library: one IndexedDB database in the extension's origin (popup, options, background). Never
 * opened from a content script: there IndexedDB belongs to the portal's origin, not to the extension.
 *
 * Every schema version stays declared, in order, with its upgrade step: Dexie upgrades a user's database
 * from whatever version it holds. Add a version, never edit one; tests/library/upgrade.test.ts opens each
 * old version with data and checks that user clauses survive the steps after it.
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { libraryError, type LibraryError } from './errors';
import type { Clause, ClauseV1, HistoryEntry, MetaRow } from './types';
import { withWords } from './words';

export const DB_NAME = 'tender-lens';

export const SCHEMA = {
  /** v1: clauses with one criterion each, and a key-value table (the catalogue version the clauses come from). */
  1: { clauses: 'id, criterion, lang, stage, origin, updatedAt', meta: 'key' },
  /**
   * v2: a clause answers several criteria (*criteria); tags, favourite, recently used, soft delete; a word index
   * (*words, multiEntry) for full-text prefix search.
   */
  2: { clauses: 'id, *criteria, lang, stage, origin, updatedAt, usedAt, *tags, *words', meta: 'key' },
  /**
   * v3: the audit history (history.ts), one row per notice (id: its key), newest first by auditedAt. A new table
   * only: no upgrade step, the clauses are untouched.
   */
  3: { clauses: 'id, *criteria, lang, stage, origin, updatedAt, usedAt, *tags, *words', meta: 'key', history: 'id, auditedAt' },
} as const;

export const LATEST_VERSION = 3;

/** v1 → v2: criterion becomes criteria; new fields get their defaults; the word index is built. */
export function toV2(old: ClauseV1): Clause {
  const { criterion, ...rest } = old;
  return withWords({
    ...rest,
    criteria: criterion ? [criterion] : [],
    tags: [],
    favourite: false,
    usedAt: null,
    useCount: 0,
    deletedAt: null,
    // v1 kept no copy of the catalogue text: an edited clause's base is unknown (the next catalogue sync then
    // offers the catalogue's text beside the user's, if they differ); an unedited one is the catalogue text.
    catalogue: old.origin === 'catalogue' && !old.edited ? { title: old.title, text: old.text, source: old.source } : null,
    newerCatalogue: null,
  });
}

function upgradeToV2(tx: Transaction): Promise<number> {
  return tx
    .table('clauses')
    .toCollection()
    .modify((value: ClauseV1, ref: { value: unknown }) => {
      ref.value = toV2(value);
    });
}

export class LibraryDb extends Dexie {
  clauses!: EntityTable<Clause, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  history!: EntityTable<HistoryEntry, 'id'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA[1]);
    this.version(2).stores(SCHEMA[2]).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA[3]);
  }
}

export type Opened = { ok: true; db: LibraryDb } | { ok: false; error: LibraryError };

/** Opens the library; a failure (no IndexedDB, quota, newer schema) comes back as an error the UI can show. */
export async function openLibrary(name: string = DB_NAME, options?: DexieOptions): Promise<Opened> {
  let db: LibraryDb | null = null;
  try {
    db = new LibraryDb(name, options);
    await db.open();
    return { ok: true, db };
  } catch (e) {
    db?.close();
    return { ok: false, error: libraryError(e) };
  }
}
