import { afterEach, describe, expect, it } from 'vitest';
import { modelClauses } from '../../criteria/clauses';
import { CATALOGUE_VERSION } from '../../criteria/version';
import { CATALOGUE_VERSION_KEY, syncCatalogue } from '../../utils/library/catalogue-sync';
import { createClause, deleteClause, setFavourite, updateClause, restoreCatalogueText } from '../../utils/library/clauses';
import type { LibraryDb } from '../../utils/library/db';
import { openReadyLibrary } from '../../utils/library/ready';
import { CATALOGUE_V1, draft, freshDb, freshName, model } from './helpers';

let db: LibraryDb;
afterEach(() => db?.close());

describe('catalogue sync', () => {
  it('seeds every model clause of the shipped catalogue, once', async () => {
    const opened = await openReadyLibrary(freshName());
    if (!opened.ok) throw new Error(opened.error.message);
    db = opened.db;
    expect(await db.clauses.count()).toBe(modelClauses.length);
    expect((await db.meta.get(CATALOGUE_VERSION_KEY))?.value).toBe(CATALOGUE_VERSION);
    const first = modelClauses[0]!;
    const stored = await db.clauses.get(first.id);
    expect(stored).toMatchObject({ origin: 'catalogue', criteria: [first.criterion], stage: first.stage, lang: first.lang, text: first.text, edited: false });
    // a second run with the same version does nothing
    expect((await syncCatalogue(db, modelClauses, CATALOGUE_VERSION)).skipped).toBe(true);
  });

  it('refreshes unedited clauses when the catalogue version changes, keeping favourite, tags and use', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    await setFavourite(db, 'env-ecolabel.specification.en', true);
    await updateClause(db, 'env-ecolabel.specification.en', { tags: ['it'] });
    const v2 = [model({ text: 'The products shall carry the EU Ecolabel or a type I label of ISO 14024, or prove the same.' }), ...CATALOGUE_V1.slice(1)];
    const r = await syncCatalogue(db, v2, 'v2');
    expect(r).toMatchObject({ skipped: false, added: 0, updated: 1, newerKept: 0 });
    const c = (await db.clauses.get('env-ecolabel.specification.en'))!;
    expect(c.text).toBe(v2[0]!.text);
    expect(c).toMatchObject({ favourite: true, tags: ['it'], edited: false, newerCatalogue: null });
    expect(c.catalogue?.text).toBe(v2[0]!.text);
  });

  it('never overwrites what the user edited: the newer catalogue text is kept beside it', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    await updateClause(db, 'env-ecolabel.specification.en', { text: 'My own ecolabel wording, agreed with our lawyers last year.' });
    const v2text = 'The products shall carry the EU Ecolabel or a type I label of ISO 14024, or prove the same.';
    const r = await syncCatalogue(db, [model({ text: v2text }), ...CATALOGUE_V1.slice(1)], 'v2');
    expect(r.newerKept).toBe(1);
    let c = (await db.clauses.get('env-ecolabel.specification.en'))!;
    expect(c.text).toBe('My own ecolabel wording, agreed with our lawyers last year.');
    expect(c.edited).toBe(true);
    expect(c.newerCatalogue).toMatchObject({ text: v2text, version: 'v2' });
    // the user may then take the catalogue's text
    c = await restoreCatalogueText(db, c.id);
    expect(c).toMatchObject({ text: v2text, edited: false, newerCatalogue: null });
  });

  it("keeps each catalogue clause's product groups up to date, edited or not, without touching the user's text", async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    expect((await db.clauses.get('env-ecolabel.specification.en'))!.groups).toEqual([]);
    await updateClause(db, 'env-carbon.award.en', { text: 'Our own carbon award wording, with our own weighting of 15 points.' });
    const v2 = CATALOGUE_V1.map((m) => ({ ...m, groups: m.id === 'soc-accessibility.specification.fr' ? undefined : ['buildings', 'roads'] }));
    const r = await syncCatalogue(db, v2, 'v2');
    expect(r).toMatchObject({ added: 0, updated: 2, newerKept: 0 });
    expect((await db.clauses.get('env-ecolabel.specification.en'))!.groups).toEqual(['buildings', 'roads']);
    const edited = (await db.clauses.get('env-carbon.award.en'))!;
    expect(edited).toMatchObject({ groups: ['buildings', 'roads'], edited: true, newerCatalogue: null });
    expect(edited.text).toBe('Our own carbon award wording, with our own weighting of 15 points.');
    expect((await db.clauses.get('soc-accessibility.specification.fr'))!.groups).toEqual([]);
  });

  it('an edit put back to the catalogue text is no longer an edit', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    const id = 'env-carbon.award.en';
    expect((await updateClause(db, id, { title: 'Carbon points' })).edited).toBe(true);
    expect((await updateClause(db, id, { title: CATALOGUE_V1[2]!.title })).edited).toBe(false);
  });

  it('adds new catalogue clauses, drops retired ones, and keeps retired ones the user made theirs', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    await setFavourite(db, 'soc-accessibility.specification.fr', true);
    const added = model({ id: 'env-water.performance.en', criterion: 'env-water', stage: 'performance', title: 'Water metering', text: 'The contractor meters water use on site monthly and reports it to the buyer every quarter.' });
    const r = await syncCatalogue(db, [CATALOGUE_V1[0]!, added], 'v2');
    expect(r).toMatchObject({ added: 1, removed: 1, retiredToUser: 1 });
    expect(await db.clauses.get('env-carbon.award.en')).toBeUndefined();
    expect(await db.clauses.get('soc-accessibility.specification.fr')).toMatchObject({ origin: 'user', favourite: true });
    expect(await db.clauses.get('env-water.performance.en')).toMatchObject({ origin: 'catalogue' });
  });

  it('does not bring back a catalogue clause the user deleted, and leaves user clauses alone', async () => {
    db = freshDb();
    await syncCatalogue(db, CATALOGUE_V1, 'v1');
    await deleteClause(db, 'env-carbon.award.en');
    const mine = await createClause(db, draft());
    await syncCatalogue(db, CATALOGUE_V1, 'v2');
    expect((await db.clauses.get('env-carbon.award.en'))?.deletedAt).not.toBeNull();
    expect(await db.clauses.get(mine.id)).toEqual(mine);
  });

  it('runs once when two pages sync at the same time', async () => {
    db = freshDb();
    const [a, b] = await Promise.all([syncCatalogue(db, CATALOGUE_V1, 'v1'), syncCatalogue(db, CATALOGUE_V1, 'v1')]);
    expect([a.skipped, b.skipped].sort()).toEqual([false, true]);
    expect(await db.clauses.count()).toBe(CATALOGUE_V1.length);
  });
});
