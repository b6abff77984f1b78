/**
 * Brings the library's catalogue clauses up to the catalogue shipped with the extension: at install, and
 * whenever the catalogue version changes. The user's work wins: a clause the user edited keeps the user's
 * text, and the catalogue's newer text is kept beside it (newerCatalogue) until the user picks one.
 */
import type { ModelClause } from '../../criteria/schema';
import type { LibraryDb } from './db';
import type { Clause, ClauseContent } from './types';
import { newClauseRecord, withWords } from './words';

export const CATALOGUE_VERSION_KEY = 'catalogueVersion';

export interface SyncResult {
  /** Nothing to do: the library already holds this catalogue version. */
  skipped: boolean;
  added: number;
  updated: number;
  /** Edited by the user, and the catalogue has a newer text: kept, newer text recorded. */
  newerKept: number;
  /** Gone from the catalogue: removed, or kept as the user's own clause when the user had changed it. */
  removed: number;
  retiredToUser: number;
}

const sameContent = (a: ClauseContent | null | undefined, b: ClauseContent): boolean =>
  !!a && a.title === b.title && a.text === b.text && a.source === b.source;

const contentOf = (m: ModelClause): ClauseContent => ({ title: m.title, text: m.text, source: m.source });

/** The product groups a catalogue clause is written for (the catalogue's, never the user's: not editable). */
const groupsOf = (m: ModelClause): string[] => m.groups ?? [];
const sameGroups = (c: Clause, m: ModelClause): boolean => (c.groups ?? []).join() === groupsOf(m).join();

function fromCatalogue(m: ModelClause, now: number): Clause {
  const content = contentOf(m);
  return newClauseRecord({ id: m.id, origin: 'catalogue', criteria: [m.criterion], stage: m.stage, lang: m.lang, groups: groupsOf(m), ...content, catalogue: content }, now);
}

/** Something of the user's that removal would lose. */
const userTouched = (c: Clause) => c.edited || c.favourite || c.tags.length > 0 || c.useCount > 0;

export async function syncCatalogue(
  db: LibraryDb,
  clauses: readonly ModelClause[],
  version: string,
  { force = false, now = Date.now() }: { force?: boolean; now?: number } = {},
): Promise<SyncResult> {
  const result: SyncResult = { skipped: false, added: 0, updated: 0, newerKept: 0, removed: 0, retiredToUser: 0 };
  // One transaction, with the version checked inside it: the popup and the background may both start a sync;
  // IndexedDB runs their transactions one after the other, and the second then finds nothing to do.
  await db.transaction('rw', db.clauses, db.meta, async () => {
    const stored = await db.meta.get(CATALOGUE_VERSION_KEY);
    if (!force && stored?.value === version) {
      result.skipped = true;
      return;
    }
    const ids = new Set(clauses.map((m) => m.id));
    const existing = await db.clauses.bulkGet(clauses.map((m) => m.id));
    const writes: Clause[] = [];
    clauses.forEach((m, i) => {
      const old = existing[i];
      const content = contentOf(m);
      if (!old) {
        writes.push(fromCatalogue(m, now));
        result.added++;
        return;
      }
      if (old.origin === 'catalogue' && !old.edited) {
        const same = sameContent(old, content) && old.stage === m.stage && old.lang === m.lang && old.criteria.join() === m.criterion && sameGroups(old, m);
        if (same && sameContent(old.catalogue, content)) return;
        // favourite, tags, use and a soft delete are the user's: kept
        writes.push(
          withWords({ ...old, ...content, criteria: [m.criterion], stage: m.stage, lang: m.lang, groups: groupsOf(m), catalogue: content, newerCatalogue: null }),
        );
        result.updated++;
        return;
      }
      // The user's version (edited, or a retired clause the user kept): never overwritten. Its groups are the
      // catalogue's (the user cannot edit them), brought up to date whatever happens to the text.
      if (sameContent(old, content)) {
        // the catalogue now says what the user wrote: nothing is pending any more
        if (old.newerCatalogue || !sameContent(old.catalogue, content) || old.origin !== 'catalogue' || old.edited || !sameGroups(old, m)) {
          writes.push({ ...old, origin: 'catalogue', edited: false, groups: groupsOf(m), catalogue: content, newerCatalogue: null });
          result.updated++;
        }
        return;
      }
      const textUnchanged =
        (sameContent(old.catalogue, content) && !old.newerCatalogue) ||
        (!!old.newerCatalogue && sameContent(old.newerCatalogue, content) && old.newerCatalogue.version === version);
      if (textUnchanged) {
        if (!sameGroups(old, m)) {
          writes.push({ ...old, groups: groupsOf(m) });
          result.updated++;
        }
        return;
      }
      writes.push({
        ...old,
        origin: 'catalogue',
        edited: true,
        groups: groupsOf(m),
        newerCatalogue: sameContent(old.catalogue, content) ? null : { ...content, version },
      });
      result.newerKept++;
    });

    // Catalogue clauses the catalogue no longer has: dropped, unless the user made them theirs.
    const gone = (await db.clauses.where('origin').equals('catalogue').toArray()).filter((c) => !ids.has(c.id));
    const drop: string[] = [];
    for (const c of gone) {
      if (userTouched(c) && c.deletedAt === null) {
        writes.push({ ...c, origin: 'user', catalogue: null, newerCatalogue: null, edited: false });
        result.retiredToUser++;
      } else {
        drop.push(c.id);
        result.removed++;
      }
    }
    await db.clauses.bulkPut(writes);
    await db.clauses.bulkDelete(drop);
    await db.meta.put({ key: CATALOGUE_VERSION_KEY, value: version });
  });
  return result;
}
