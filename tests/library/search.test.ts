import { afterEach, describe, expect, it } from 'vitest';
import { createClause, markUsed, setFavourite } from '../../utils/library/clauses';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import type { LibraryDb } from '../../utils/library/db';
import { MAX_READ, searchClauses } from '../../utils/library/search';
import { withWords } from '../../utils/library/words';
import { CATALOGUE_V1, draft, freshDb } from './helpers';

let db: LibraryDb;
afterEach(() => db?.close());
const ids = async (q: string, f = {}) => (await searchClauses(db, q, f)).map((h) => h.clause.id);

describe('search', () => {
  it('matches word prefixes, every word of the query, diacritics folded both ways', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    expect(await ids('ecolab')).toEqual(['env-ecolabel.specification.en']);
    expect(await ids('ÉCOLABEL équivalent')).toEqual(['env-ecolabel.specification.en']);
    expect(await ids('accessibilite numeriques')).toEqual(['soc-accessibility.specification.fr']);
    expect(await ids('ecolabel carbon')).toEqual([]);
    expect(await ids('301 549')).toEqual(['soc-accessibility.specification.fr']);
    // two-letter words match whole words only: "gr" is not a prefix search
    expect(await ids('gr')).toEqual([]);
  });

  it('ranks title words over text words, then favourites and recently used', async () => {
    db = freshDb();
    const inText = await createClause(db, draft({ title: 'Delivery rules', text: 'Crates and pallets are reusable and returned to the depot.' }));
    const inTitle = await createClause(db, draft({ title: 'Pallets', text: 'Everything delivered on them comes back to the depot.' }));
    expect(await ids('pallets')).toEqual([inTitle.id, inText.id]);
    const a = await createClause(db, draft({ title: 'Depot A', text: 'Returns go to depot A.' }));
    const b = await createClause(db, draft({ title: 'Depot B', text: 'Returns go to depot B.' }));
    await setFavourite(db, b.id, true);
    expect((await ids('returns')).slice(0, 2)).toEqual([b.id, a.id]);
    await setFavourite(db, b.id, false);
    await markUsed(db, a.id);
    expect((await ids('returns')).slice(0, 2)).toEqual([a.id, b.id]);
  });

  it('applies the filter, and lists everything for an empty query', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    expect(await ids('the', { lang: 'fr' })).toEqual([]);
    expect((await ids('')).sort()).toEqual(CATALOGUE_V1.map((m) => m.id).sort());
    expect(await ids('', { stage: 'award' })).toEqual(['env-carbon.award.en']);
  });

  it('with many matches, still puts the title match and the favourite first', async () => {
    db = freshDb();
    const rows = Array.from({ length: MAX_READ * 3 }, (_, i) =>
      withWords({
        id: `user-${String(i).padStart(4, '0')}`,
        origin: 'user' as const,
        criteria: [],
        stage: null,
        lang: 'en',
        title: `Clause ${i}`,
        text: 'Common wording about recycling that every clause of this library shares.',
        source: '',
        tags: [],
        favourite: i === MAX_READ + 50,
        createdAt: 0,
        updatedAt: 0,
        usedAt: null,
        useCount: 0,
        deletedAt: null,
        edited: false,
        catalogue: null,
        newerCatalogue: null,
      }),
    );
    const titled = MAX_READ * 2;
    rows[titled] = withWords({ ...rows[titled]!, title: 'Recycling plan' });
    await db.clauses.bulkAdd(rows);
    const hits = await searchClauses(db, 'recycling', {}, { limit: 10 });
    const id = (i: number) => `user-${String(i).padStart(4, '0')}`;
    expect(hits.map((h) => h.clause.id).slice(0, 2)).toEqual([id(titled), id(MAX_READ + 50)]);
    expect(hits).toHaveLength(10);
  });
});
