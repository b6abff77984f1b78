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

  it('offers a clause written for some product groups only to notices of those groups, first', async () => {
    db = freshDb();
    const spec = (id: string, title: string, groups?: string[]) =>
      model({ id: `env-energy-efficiency.specification.en${id}`, criterion: 'env-energy-efficiency', title, ...(groups && { groups }) });
    await syncCatalogue(
      db,
      [
        spec('', 'ICT equipment meets the current ENERGY STAR level', ['ict-devices', 'imaging']),
        spec('.2', 'Road lighting: luminaire efficacy and dimming', ['lighting-signals']),
        model({ id: 'env-energy-efficiency.award.en', criterion: 'env-energy-efficiency', stage: 'award', title: 'Points for energy use below the required level' }),
      ],
      'v1',
    );
    const opts = { lang: 'en', fallbackLanguages: [], stage: null, perCriterion: 5 };
    const ids = async (groups: string[]) =>
      (await suggestClauses(db, ['env-energy-efficiency'], { ...opts, groupsFor: () => groups })).get('env-energy-efficiency')!.map((c) => c.title);

    // a street-lighting notice: the lighting clause first, the clause for any purchase next, never ENERGY STAR
    expect(await ids(['lighting-signals'])).toEqual(['Road lighting: luminaire efficacy and dimming', 'Points for energy use below the required level']);
    expect(await ids(['ict-devices'])).toEqual(['ICT equipment meets the current ENERGY STAR level', 'Points for energy use below the required level']);
    // groups unknown: everything, the clause for any purchase first
    expect((await ids([]))[0]).toBe('Points for energy use below the required level');
    expect(await ids([])).toHaveLength(3);
    // a favourite stays first, whatever it was written for
    await setFavourite(db, 'env-energy-efficiency.award.en', true);
    expect((await ids(['lighting-signals']))[0]).toBe('Points for energy use below the required level');
  });
});
