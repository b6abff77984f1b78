/** Reading and writing clauses. Every write puts a fresh object (liveQuery and Dexie hooks see a new value). */
import type { LibraryDb } from './db';
import { STAGES, type Clause, type ClauseDraft, type ClauseOrigin, type Stage } from './types';
import { newClauseRecord, withWords } from './words';

export interface ClauseFilter {
  criterion?: string;
  /** Clause language; a clause in "fr" matches "fr" and "fr-BE". */
  lang?: string;
  /** A clause for any stage (stage null) matches every stage. */
  stage?: Stage;
  tag?: string;
  favourite?: boolean;
  origin?: ClauseOrigin;
}

/** "fr-BE" → "fr": clauses are kept by language, not by region. */
export const baseLanguage = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';

export function matchesFilter(c: Clause, f: ClauseFilter): boolean {
  if (c.deletedAt !== null) return false;
  if (f.criterion && !c.criteria.includes(f.criterion)) return false;
  if (f.lang && c.lang !== baseLanguage(f.lang)) return false;
  if (f.stage && c.stage !== null && c.stage !== f.stage) return false;
  if (f.tag && !c.tags.includes(f.tag)) return false;
  if (f.favourite && !c.favourite) return false;
  if (f.origin && c.origin !== f.origin) return false;
  return true;
}

/** Favourites, then the most recently used, then the user's own before the catalogue's, then by stage and title. */
export function byPreference(a: Clause, b: Clause): number {
  return (
    Number(b.favourite) - Number(a.favourite) ||
    (b.usedAt ?? 0) - (a.usedAt ?? 0) ||
    Number(a.origin === 'catalogue') - Number(b.origin === 'catalogue') ||
    stageRank(a.stage) - stageRank(b.stage) ||
    a.title.localeCompare(b.title)
  );
}
const stageRank = (s: Stage | null) => (s === null ? STAGES.length : STAGES.indexOf(s));

export async function listClauses(db: LibraryDb, filter: ClauseFilter = {}): Promise<Clause[]> {
  // The narrowest index first; the rest of the filter in memory.
  const source = filter.criterion
    ? db.clauses.where('criteria').equals(filter.criterion)
    : filter.tag
      ? db.clauses.where('tags').equals(filter.tag)
      : filter.lang
        ? db.clauses.where('lang').equals(baseLanguage(filter.lang))
        : db.clauses.toCollection();
  const rows = await source.toArray();
  return rows.filter((c) => matchesFilter(c, filter)).sort(byPreference);
}

export const getClause = (db: LibraryDb, id: string): Promise<Clause | undefined> => db.clauses.get(id);

/** Tags in use, sorted. */
export async function allTags(db: LibraryDb): Promise<string[]> {
  return ((await db.clauses.orderBy('tags').uniqueKeys()) as string[]).sort((a, b) => a.localeCompare(b));
}

/** The most recently used clauses, newest first. */
export async function recentlyUsed(db: LibraryDb, limit = 5): Promise<Clause[]> {
  return db.clauses
    .orderBy('usedAt')
    .reverse()
    .filter((c) => c.deletedAt === null)
    .limit(limit)
    .toArray();
}

/** Tags as the library keeps them, within the limits an import checks (so that an export always imports). */
/** Limits of a clause's tags (the import accepts no more: utils/library/transfer.ts). */
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 30;

function cleanTags(tags: readonly string[]): string[] {
  const clean = tags.map((t) => t.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim()).filter(Boolean);
  return [...new Set(clean)].slice(0, MAX_TAGS);
}

function newId(): string {
  return `user-${crypto.randomUUID()}`;
}

export async function createClause(db: LibraryDb, draft: ClauseDraft, now = Date.now()): Promise<Clause> {
  const clause = newClauseRecord(
    {
      id: newId(),
      origin: 'user',
      criteria: [...new Set(draft.criteria)],
      stage: draft.stage,
      lang: baseLanguage(draft.lang),
      title: draft.title.trim(),
      text: draft.text.trim(),
      source: draft.source.trim(),
      tags: cleanTags(draft.tags),
      favourite: draft.favourite ?? false,
    },
    now,
  );
  await db.clauses.add(clause);
  return clause;
}

async function change(db: LibraryDb, id: string, f: (c: Clause) => Clause): Promise<Clause> {
  return db.transaction('rw', db.clauses, async () => {
    const c = await db.clauses.get(id);
    if (!c) throw new Error(`No clause ${id}`);
    const next = withWords(f(c));
    await db.clauses.put(next);
    return next;
  });
}

/**
 * Saves the user's changes. A catalogue clause becomes "edited" once its title, text or source differ from the
 * catalogue's (and stops being so if the user puts the catalogue's text back): only then do catalogue updates
 * leave it alone.
 */
export function updateClause(db: LibraryDb, id: string, patch: Partial<ClauseDraft>, now = Date.now()): Promise<Clause> {
  return change(db, id, (c) => {
    const next: Clause = {
      ...c,
      ...(patch.title !== undefined && { title: patch.title.trim() }),
      ...(patch.text !== undefined && { text: patch.text.trim() }),
      ...(patch.source !== undefined && { source: patch.source.trim() }),
      ...(patch.criteria !== undefined && { criteria: [...new Set(patch.criteria)] }),
      ...(patch.stage !== undefined && { stage: patch.stage }),
      ...(patch.lang !== undefined && { lang: baseLanguage(patch.lang) }),
      ...(patch.tags !== undefined && { tags: cleanTags(patch.tags) }),
      ...(patch.favourite !== undefined && { favourite: patch.favourite }),
      updatedAt: now,
    };
    if (next.origin === 'catalogue') {
      const base = c.catalogue;
      next.edited = !base || base.title !== next.title || base.text !== next.text || base.source !== next.source;
    }
    return next;
  });
}

/** A copy the user owns: same words, no favourite, no use history. */
export async function duplicateClause(db: LibraryDb, id: string, now = Date.now()): Promise<Clause> {
  const c = await db.clauses.get(id);
  if (!c) throw new Error(`No clause ${id}`);
  return createClause(db, { ...c, title: `${c.title} (copy)`, favourite: false }, now);
}

/** What "Undo" needs to bring a deleted clause back. */
export interface RestoreToken {
  id: string;
  deletedAt: number;
}

/** Soft delete: the clause leaves lists and search at once, and restoreClause brings it back unchanged. */
export async function deleteClause(db: LibraryDb, id: string, now = Date.now()): Promise<RestoreToken> {
  await change(db, id, (c) => ({ ...c, deletedAt: now }));
  return { id, deletedAt: now };
}

export async function restoreClause(db: LibraryDb, token: RestoreToken): Promise<Clause> {
  return change(db, token.id, (c) => ({ ...c, deletedAt: null }));
}

/**
 * Removes for good the user's clauses deleted before `before`. Deleted catalogue clauses stay, as markers, so
 * that the next catalogue update does not bring back what the user removed.
 */
export async function purgeDeleted(db: LibraryDb, before: number): Promise<number> {
  return db.clauses
    .filter((c) => c.origin === 'user' && c.deletedAt !== null && c.deletedAt < before)
    .delete();
}

export function setFavourite(db: LibraryDb, id: string, favourite: boolean): Promise<Clause> {
  // not an edit of the clause: updatedAt stays (it orders import conflicts by the clause's words)
  return change(db, id, (c) => ({ ...c, favourite }));
}

/** Recently used: called when a clause is inserted or copied. */
export function markUsed(db: LibraryDb, id: string, now = Date.now()): Promise<Clause> {
  return change(db, id, (c) => ({ ...c, usedAt: now, useCount: c.useCount + 1 }));
}

/** Replaces the user's edit of a catalogue clause with the catalogue's text (the newer one if there is one). */
export function restoreCatalogueText(db: LibraryDb, id: string, now = Date.now()): Promise<Clause> {
  return change(db, id, (c) => {
    const text = c.newerCatalogue ?? c.catalogue;
    if (!text) return c;
    const content = { title: text.title, text: text.text, source: text.source };
    return { ...c, ...content, catalogue: content, newerCatalogue: null, edited: false, updatedAt: now };
  });
}
