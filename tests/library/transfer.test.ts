import { afterEach, describe, expect, it } from 'vitest';
import { createClause, markUsed, setFavourite, updateClause } from '../../utils/library/clauses';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import type { LibraryDb } from '../../utils/library/db';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  applyImport,
  exportJson,
  exportLibrary,
  parseImport,
  previewImport,
  type ExportFile,
} from '../../utils/library/transfer';
import { importErrorText } from '../../utils/library/import-error-text';
import { translator } from '../../utils/ui-i18n';
import { CATALOGUE_V1, draft, freshDb } from './helpers';

const dbs: LibraryDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};

async function sampleLibrary() {
  const db = newDb();
  await syncCatalogue(db, CATALOGUE_V1, 'v1');
  await updateClause(db, 'env-ecolabel.specification.en', { text: 'Edited ecolabel wording for our office supplies.' }, 5000);
  await setFavourite(db, 'env-carbon.award.en', true);
  const mine = await createClause(db, draft({ tags: ['logistics', 'fleet'] }), 4000);
  await markUsed(db, mine.id, 6000);
  await createClause(db, draft({ title: 'Sans étape', lang: 'fr', stage: null, criteria: [], text: 'Clause libre, sans critère ni étape.' }), 4500);
  return db;
}

const parsed = (text: string): ExportFile => {
  const r = parseImport(text);
  if (!r.ok) throw new Error(importErrorText(translator('en'), r.error));
  return r.file;
};
const errorOf = (text: string) => {
  const r = parseImport(text);
  if (r.ok) throw new Error('accepted');
  // the code and its place, with the sentence the options page shows in English
  return { ...r.error, message: importErrorText(translator('en'), r.error) };
};
const now = new Date('2026-01-02T03:04:05Z');

describe('export and import', () => {
  it('export then import gives back exactly the same library', async () => {
    const a = await sampleLibrary();
    const exported = exportJson(await exportLibrary(a, { now, catalogueVersion: 'v1' }));
    const b = newDb();
    const file = parsed(exported);
    const preview = await previewImport(b, file);
    expect(preview.added).toHaveLength(5);
    await applyImport(b, file);
    expect(exportJson(await exportLibrary(b, { now, catalogueVersion: 'v1' }))).toBe(exported);
    expect(await b.clauses.toArray()).toEqual(await a.clauses.toArray());
    // and importing it again into the library it came from changes nothing
    expect(await previewImport(a, file)).toMatchObject({ added: [], changed: [], conflicts: [] });
  });

  it('previews added, changed, unchanged and conflicts, and applies the choice for conflicts', async () => {
    const db = await sampleLibrary();
    const file = parsed(exportJson(await exportLibrary(db, { now })));
    const [first, second, third] = file.clauses.filter((c) => c.origin === 'catalogue');
    // the file is newer for one clause, older for another (changed here since), and has a new one
    const newer = { ...first!, text: 'Newer text from the file.', updatedAt: Date.now() + 60_000 };
    const older = { ...second!, text: 'Older text from the file.', updatedAt: 1 };
    await updateClause(db, second!.id, { text: 'Changed here after the export.' }, 8000);
    const added = { ...third!, id: 'user-new-one', origin: 'user' as const, catalogue: null };
    const edited: ExportFile = { ...file, clauses: file.clauses.map((c) => (c.id === newer.id ? newer : c.id === older.id ? older : c)).concat(added) };

    const preview = await previewImport(db, edited);
    expect(preview.added.map((c) => c.id)).toEqual(['user-new-one']);
    expect(preview.changed.map((c) => c.incoming.id)).toEqual([newer.id]);
    expect(preview.conflicts.map((c) => c.incoming.id)).toEqual([older.id]);
    expect(preview.conflicts[0]!.existing.text).toBe('Changed here after the export.');
    expect(preview.unchanged).toHaveLength(file.clauses.length - 2);

    expect(await applyImport(db, edited, 'keep-mine')).toMatchObject({ added: 1, changed: 1, conflictsKept: 1 });
    expect((await db.clauses.get(older.id))!.text).toBe('Changed here after the export.');
    expect((await db.clauses.get(newer.id))!.text).toBe('Newer text from the file.');
    await applyImport(db, edited, 'use-file');
    expect((await db.clauses.get(older.id))!.text).toBe('Older text from the file.');
  });

  it('applies in one transaction: a failure half-way leaves the library as it was', async () => {
    const db = await sampleLibrary();
    const before = await db.clauses.toArray();
    const file = parsed(exportJson(await exportLibrary(db, { now })));
    const big: ExportFile = {
      ...file,
      clauses: Array.from({ length: 20 }, (_, i) => ({ ...file.clauses[0]!, id: `user-import-${i}`, origin: 'user' as const })),
    };
    let writes = 0;
    const fail = function (this: unknown) {
      if (++writes === 10) throw new Error('disk full');
    };
    db.clauses.hook('creating', fail);
    await expect(applyImport(db, big)).rejects.toThrow(/disk full/);
    db.clauses.hook('creating').unsubscribe(fail);
    expect(await db.clauses.toArray()).toEqual(before);
  });

  it('rejects an invalid entry, naming the entry and the field, and changes nothing', async () => {
    const db = await sampleLibrary();
    const file = JSON.parse(exportJson(await exportLibrary(db, { now })));
    file.clauses[2].lang = 'English';
    const e = errorOf(JSON.stringify(file));
    expect(e).toMatchObject({ index: 2, field: 'lang' });
    expect(e.message).toMatch(/^Entry 3 \(id [^)]+\), field “lang” must be a language code/);
    expect(e.message).toMatch(/Nothing was imported/);

    delete file.clauses[2].lang;
    file.clauses[2].lang = 'en';
    delete file.clauses[4].text;
    expect(errorOf(JSON.stringify(file))).toMatchObject({ index: 4, field: 'text', message: expect.stringMatching(/field “text” is missing/) });
    file.clauses[4].text = 'ok text';
    file.clauses[1].extra = 1;
    expect(errorOf(JSON.stringify(file)).message).toMatch(/Entry 2 .* has an unknown field: “extra”/);
    delete file.clauses[1].extra;
    file.clauses[3].id = file.clauses[0].id;
    expect(errorOf(JSON.stringify(file))).toMatchObject({ index: 3, field: 'id' });
  });

  it('rejects what is not a clause file, or not JSON', () => {
    expect(errorOf('{"format":"something-else","clauses":[]}').message).toMatch(/not a Tender Lens clause file/);
    expect(errorOf('[1,2]').message).toMatch(/not a Tender Lens clause file/);
    expect(errorOf('{not json').message).toMatch(/not valid JSON/);
    expect(errorOf(JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 'x', clauses: {} }))).toMatchObject({ field: 'clauses' });
  });

  it('rejects oversized files and prototype-pollution keys with a clear message', () => {
    expect(errorOf(' '.repeat(MAX_IMPORT_BYTES + 1)).message).toMatch(/too large .* at most 20 MB/);
    const base = { format: EXPORT_FORMAT, version: 1, exportedAt: 'x', clauses: [] as unknown[] };
    const proto = `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"x","clauses":[{"id":"a"},{"id":"b","__proto__":{"polluted":true}}]}`;
    const e = errorOf(proto);
    expect(e).toMatchObject({ index: 1, field: '__proto__' });
    expect(e.message).toMatch(/Entry 2 \(id b\) has the key “__proto__”, which is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf(JSON.stringify({ ...base, constructor: { prototype: 1 } })).message).toMatch(/key “constructor”/);
    expect(errorOf(JSON.stringify({ ...base, clauses: [{ catalogue: { prototype: 1 } }] }))).toMatchObject({ index: 0, field: 'catalogue.prototype' });
  });
});
