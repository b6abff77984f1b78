import { afterEach, describe, expect, it } from 'vitest';
import {
  allTags,
  createClause,
  deleteClause,
  duplicateClause,
  listClauses,
  markUsed,
  purgeDeleted,
  recentlyUsed,
  restoreClause,
  setFavourite,
  updateClause,
} from '../../utils/library/clauses';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import type { LibraryDb } from '../../utils/library/db';
import { searchClauses } from '../../utils/library/search';
import { CATALOGUE_V1, draft, freshDb } from './helpers';

let db: LibraryDb;
afterEach(() => db?.close());

describe('user clauses', () => {
  it('creates a clause with its criteria, stage, language and tags, trimmed', async () => {
    db = freshDb();
    const c = await createClause(db, draft({ title: '  Reusable packaging ', lang: 'en-GB', tags: [' logistics ', 'logistics', ''] }), 1000);
    expect(c).toMatchObject({ origin: 'user', title: 'Reusable packaging', lang: 'en', tags: ['logistics'], criteria: ['env-waste-packaging'], stage: 'performance', createdAt: 1000, usedAt: null });
    expect(c.id).toMatch(/^user-/);
    expect(await db.clauses.get(c.id)).toEqual(c);
  });

  it('edits, and the search index follows the new words', async () => {
    db = freshDb();
    const c = await createClause(db, draft());
    await updateClause(db, c.id, { text: 'Pallets are returned to the depot.', criteria: ['env-waste-packaging', 'env-take-back'], stage: null }, 2000);
    const after = (await db.clauses.get(c.id))!;
    expect(after).toMatchObject({ criteria: ['env-waste-packaging', 'env-take-back'], stage: null, updatedAt: 2000 });
    expect((await searchClauses(db, 'pallets')).map((h) => h.clause.id)).toEqual([c.id]);
    expect(await searchClauses(db, 'crates')).toEqual([]);
  });

  it('duplicates into a new clause of the user', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    await setFavourite(db, 'env-carbon.award.en', true);
    const copy = await duplicateClause(db, 'env-carbon.award.en');
    expect(copy).toMatchObject({ origin: 'user', title: 'Award points for a lower carbon footprint (copy)', favourite: false, criteria: ['env-carbon'], stage: 'award', catalogue: null });
    expect(copy.id).not.toBe('env-carbon.award.en');
  });

  it('deletes with undo: gone from lists and search, back unchanged after restore', async () => {
    db = freshDb();
    const c = await createClause(db, draft());
    const token = await deleteClause(db, c.id);
    expect(await listClauses(db)).toEqual([]);
    expect(await searchClauses(db, 'crates')).toEqual([]);
    expect(await restoreClause(db, token)).toEqual(c);
    expect((await searchClauses(db, 'crates')).map((h) => h.clause.id)).toEqual([c.id]);
  });

  it('purges only the user’s clauses deleted long ago', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    const old = await createClause(db, draft());
    const recent = await createClause(db, draft({ title: 'Recent' }));
    await deleteClause(db, old.id, 100);
    await deleteClause(db, recent.id, 10_000);
    await deleteClause(db, 'env-carbon.award.en', 100);
    expect(await purgeDeleted(db, 5_000)).toBe(1);
    expect(await db.clauses.get(old.id)).toBeUndefined();
    expect(await db.clauses.get(recent.id)).toBeDefined();
    expect(await db.clauses.get('env-carbon.award.en')).toBeDefined();
  });

  it('filters by criterion, language, stage, tag, favourite and origin', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    const any = await createClause(db, draft({ stage: null, tags: ['it', 'logistics'], criteria: ['env-ecolabel'] }));
    await setFavourite(db, any.id, true);
    const ids = async (f: Parameters<typeof listClauses>[1]) => (await listClauses(db, f)).map((c) => c.id);
    expect(await ids({ criterion: 'env-ecolabel' })).toEqual([any.id, 'env-ecolabel.specification.en']); // favourite first
    expect(await ids({ lang: 'fr-BE' })).toEqual(['soc-accessibility.specification.fr']);
    expect(await ids({ stage: 'award' })).toEqual([any.id, 'env-carbon.award.en']); // any stage fits every stage
    expect(await ids({ tag: 'it' })).toEqual([any.id]);
    expect(await ids({ favourite: true })).toEqual([any.id]);
    expect(await ids({ origin: 'user' })).toEqual([any.id]);
    expect(await allTags(db)).toEqual(['it', 'logistics']);
  });

  it('remembers use: recently used first', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    await markUsed(db, 'env-carbon.award.en', 1000);
    await markUsed(db, 'env-ecolabel.specification.en', 2000);
    const again = await markUsed(db, 'env-carbon.award.en', 3000);
    expect(again).toMatchObject({ usedAt: 3000, useCount: 2 });
    expect((await recentlyUsed(db)).map((c) => c.id)).toEqual(['env-carbon.award.en', 'env-ecolabel.specification.en']);
    expect((await listClauses(db))[0]!.id).toBe('env-carbon.award.en');
  });
});
