import { afterEach, describe, expect, it } from 'vitest';
import { createClause, markUsed, setFavourite } from '../../utils/library/clauses';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import type { LibraryDb } from '../../utils/library/db';
import { suggestClauses } from '../../utils/library/suggest';
import { CATALOGUE_V1, draft, freshDb, model } from './helpers';

let db: LibraryDb;
afterEach(() => db?.close());

describe('suggestions', () => {
  it('offers clauses in the notice’s language, for the stage, favourites and recently used first', async () => {
    db = freshDb();
    await syncCatalogue(db, [...CATALOGUE_V1, model({ id: 'env-ecolabel.award.en', stage: 'award', title: 'Points for labelled products' })], 'v1');
    const mine = await createClause(db, draft({ criteria: ['env-ecolabel'], stage: null, title: 'Our ecolabel clause' }));
    const frMine = await createClause(db, draft({ criteria: ['env-ecolabel'], lang: 'fr', stage: null, title: 'Notre clause écolabel' }));
    const opts = { lang: 'en-GB', fallbackLanguages: ['fr'], stage: null, perCriterion: 5 };

    let s = await suggestClauses(db, ['env-ecolabel', 'soc-accessibility', 'env-water'], opts);
    expect(s.get('env-ecolabel')!.map((c) => c.id)).toEqual([mine.id, 'env-ecolabel.specification.en', 'env-ecolabel.award.en']);
    // no English clause for accessibility: the user's next language
    expect(s.get('soc-accessibility')!.map((c) => c.id)).toEqual(['soc-accessibility.specification.fr']);
    expect(s.get('env-water')).toEqual([]);

    await markUsed(db, 'env-ecolabel.award.en');
    await setFavourite(db, 'env-ecolabel.specification.en', true);
    s = await suggestClauses(db, ['env-ecolabel'], { ...opts, stage: 'award', perCriterion: 2 });
    // specification does not fit the award stage; "any stage" clauses do
    expect(s.get('env-ecolabel')!.map((c) => c.id)).toEqual(['env-ecolabel.award.en', mine.id]);

    s = await suggestClauses(db, ['env-ecolabel'], { ...opts, lang: 'fr' });
    expect(s.get('env-ecolabel')!.map((c) => c.id)).toEqual([frMine.id]);
  });
});
