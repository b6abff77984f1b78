/**
 * One test per schema upgrade step: a database of the old version with the user's clauses in it, opened by
 * today's code; the user's clauses must survive the step, and then a catalogue update.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import { LATEST_VERSION, LibraryDb, SCHEMA } from '../../utils/library/db';
import { searchClauses } from '../../utils/library/search';
import type { ClauseV1 } from '../../utils/library/types';
import { CATALOGUE_V1, freshName, model } from './helpers';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database as version `v` of the code left it: only the versions up to v declared. */
async function oldDatabase(name: string, v: 1, rows: { clauses: object[]; meta: object[] }) {
  const db = new Dexie(name);
  for (let i = 1; i <= v; i++) db.version(i).stores(SCHEMA[i as 1]);
  await db.open();
  await db.table('clauses').bulkAdd(rows.clauses);
  await db.table('meta').bulkAdd(rows.meta);
  db.close();
}

const V1_USER: ClauseV1 = {
  id: 'user-6f1c',
  origin: 'user',
  criterion: 'env-waste-packaging',
  stage: 'performance',
  lang: 'fr',
  title: 'Emballages réutilisables',
  text: 'Les livraisons se font en caisses réutilisables, reprises par le titulaire à la livraison suivante.',
  source: 'Notre rédaction',
  edited: false,
  createdAt: 1000,
  updatedAt: 2000,
};
const V1_EDITED_MODEL: ClauseV1 = {
  ...CATALOGUE_V1[0]!,
  criterion: CATALOGUE_V1[0]!.criterion,
  origin: 'catalogue',
  text: 'Our agreed wording of the ecolabel requirement, reviewed by legal.',
  edited: true,
  createdAt: 1000,
  updatedAt: 3000,
};
const V1_MODEL: ClauseV1 = { ...CATALOGUE_V1[2]!, origin: 'catalogue', edited: false, createdAt: 1000, updatedAt: 1000 };

describe('schema upgrades', () => {
  it('declares every version, the latest last', () => {
    expect(Object.keys(SCHEMA).map(Number)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    const db = new LibraryDb(freshName());
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('v1 → v2: user clauses and edits survive the upgrade, then a catalogue update', async () => {
    const name = freshName();
    await oldDatabase(name, 1, { clauses: [V1_USER, V1_EDITED_MODEL, V1_MODEL], meta: [{ key: 'catalogueVersion', value: 'v1' }] });

    const db = new LibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    const user = await db.clauses.get(V1_USER.id);
    expect(user).toMatchObject({
      id: V1_USER.id,
      origin: 'user',
      criteria: ['env-waste-packaging'],
      stage: 'performance',
      lang: 'fr',
      title: V1_USER.title,
      text: V1_USER.text,
      tags: [],
      favourite: false,
      usedAt: null,
      deletedAt: null,
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(user).not.toHaveProperty('criterion');
    // the new word index works on the upgraded rows
    expect((await searchClauses(db, 'réutilisable')).map((h) => h.clause.id)).toEqual([V1_USER.id]);
    expect((await db.clauses.where('criteria').equals('env-waste-packaging').primaryKeys())).toEqual([V1_USER.id]);

    // then the catalogue changes every clause: the user's clause and the user's edit stay
    const v2 = CATALOGUE_V1.map((m) => model({ ...m, text: `${m.text} Revised in v2 of the catalogue.` }));
    await syncCatalogue(db, v2, 'v2');
    expect(await db.clauses.get(V1_USER.id)).toEqual(user);
    const edited = (await db.clauses.get(V1_EDITED_MODEL.id))!;
    expect(edited.text).toBe(V1_EDITED_MODEL.text);
    expect(edited.edited).toBe(true);
    expect(edited.newerCatalogue?.text).toBe(v2[0]!.text);
    // an unedited catalogue clause takes the new text
    expect((await db.clauses.get(V1_MODEL.id))!.text).toBe(v2[2]!.text);
  });
});
