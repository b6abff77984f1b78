/**
 * One test per schema upgrade step: a database of the old version with the user's clauses in it, opened by
 * today's code; the user's clauses must survive the step, and then a catalogue update.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import { LATEST_VERSION, LibraryDb, SCHEMA, toV2 } from '../../utils/library/db';
import { listHistory, recordAudit } from '../../utils/library/history';
import { searchClauses } from '../../utils/library/search';
import type { ClauseV1 } from '../../utils/library/types';
import { CATALOGUE_V1, freshName, model } from './helpers';
import { tedReport } from '../export/helpers';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database as version `v` of the code left it: only the versions up to v declared. */
async function oldDatabase(name: string, v: 1 | 2, rows: { clauses: object[]; meta: object[] }) {
  const db = new Dexie(name);
  for (let i = 1; i <= v; i++) db.version(i).stores(SCHEMA[i as 1 | 2]);
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
    expect(db.verno).toBe(LATEST_VERSION);
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

  it('v2 → v3: user clauses, edits and favourites survive; the history table is there, empty, and works', async () => {
    const name = freshName();
    const user = toV2(V1_USER);
    const v2User = { ...user, tags: ['logistics'], favourite: true, usedAt: 5000, useCount: 3 };
    const v2Edited = toV2(V1_EDITED_MODEL);
    const v2Deleted = { ...toV2({ ...V1_USER, id: 'user-deleted', title: 'Old wording' }), deletedAt: 6000 };
    await oldDatabase(name, 2, { clauses: [v2User, v2Edited, v2Deleted], meta: [{ key: 'catalogueVersion', value: 'v1' }] });

    const db = new LibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.clauses.get(v2User.id)).toEqual(v2User);
    expect(await db.clauses.get(v2Edited.id)).toEqual(v2Edited);
    expect(await db.clauses.get(v2Deleted.id)).toEqual(v2Deleted);
    expect(await db.meta.get('catalogueVersion')).toEqual({ key: 'catalogueVersion', value: 'v1' });
    expect((await searchClauses(db, 'réutilisable')).map((h) => h.clause.id)).toEqual([v2User.id]);

    expect(await listHistory(db)).toEqual([]);
    await recordAudit(db, tedReport(), 1000);
    expect((await listHistory(db)).map((e) => e.noticeId)).toEqual(['181161-2020']);
    // and a catalogue update after the upgrade still leaves the user's clauses as they were
    await syncCatalogue(db, CATALOGUE_V1.map((m) => model({ ...m, text: `${m.text} Revised.` })), 'v2');
    expect(await db.clauses.get(v2User.id)).toEqual(v2User);
    expect((await db.clauses.get(v2Edited.id))!.text).toBe(V1_EDITED_MODEL.text);
  });

  it('v1 → v3 in one go: both steps run, user clauses survive', async () => {
    const name = freshName();
    await oldDatabase(name, 1, { clauses: [V1_USER, V1_EDITED_MODEL], meta: [] });
    const db = new LibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.clauses.get(V1_USER.id)).toMatchObject({ criteria: ['env-waste-packaging'], text: V1_USER.text, deletedAt: null });
    expect(await db.history.count()).toBe(0);
  });
});
