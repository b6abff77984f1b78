/**
 * The clause library under bad data and failures (issue #7, part 4), as properties:
 * - a clause file with an entry of the wrong type, too long, or carrying a prototype-pollution key anywhere is
 *   refused, naming the entry and the field, and changes nothing (not even Object.prototype);
 * - a write that fails at any point of an import, a catalogue update or a history update leaves the library
 *   exactly as it was (one IndexedDB transaction each; the failure is a throwing Dexie hook, at every write in turn);
 * - export then import gives back exactly what was there, whatever the texts hold.
 * The existing cases of tests/library/transfer.test.ts are not repeated here.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelClause } from '../../criteria/schema';
import { syncCatalogue } from '../../utils/library/catalogue-sync';
import { createClause, markUsed, setFavourite, updateClause } from '../../utils/library/clauses';
import type { LibraryDb } from '../../utils/library/db';
import { recordAudit } from '../../utils/library/history';
import { applyImport, exportJson, exportLibrary, parseImport, type ExportFile } from '../../utils/library/transfer';
import type { Report } from '../../utils/report';
import { sampleReport } from '../helpers/sample-report';
import { CATALOGUE_V1, draft, freshDb, model } from './helpers';

const dbs: LibraryDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
const now = new Date('2026-01-02T03:04:05Z');

async function sampleLibrary(db = newDb()) {
  await syncCatalogue(db, CATALOGUE_V1, 'v1', { now: 1000 });
  await updateClause(db, 'env-ecolabel.specification.en', { text: 'Edited ecolabel wording for our office supplies.' }, 5000);
  await setFavourite(db, 'env-carbon.award.en', true);
  const mine = await createClause(db, draft({ tags: ['logistics', 'fleet'] }), 4000);
  await markUsed(db, mine.id, 6000);
  return db;
}
const exported = async (db: LibraryDb) => JSON.parse(exportJson(await exportLibrary(db, { now }))) as ExportFile & { clauses: Record<string, unknown>[] };
const refusal = (file: unknown) => {
  const r = parseImport(typeof file === 'string' ? file : JSON.stringify(file));
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('a clause file with a bad entry is refused, naming the entry and the field', () => {
  /** Values of the wrong type for each field of an entry. */
  const WRONG: Record<string, unknown[]> = {
    id: [42, null, true, [], {}, '', 'has space', 'x'.repeat(129)],
    origin: ['catalog', 1, null],
    criteria: ['env-ecolabel', [1], [null], ['Not An Id'], {}],
    stage: ['drafting', 3, []],
    lang: ['English', 'e', 7, null],
    title: [42, null, [], '', '   ', 'x'.repeat(301)],
    text: [false, {}, '', 'x'.repeat(20_001)],
    source: [1, null, 'x'.repeat(1001)],
    tags: ['tag', [''], ['x'.repeat(41)], Array.from({ length: 31 }, (_, i) => `t${i}`), [3]],
    favourite: ['yes', 1, null],
    createdAt: ['2020', -1, 1.5, null],
    updatedAt: ['x', -5],
    usedAt: ['yesterday', 2.5],
    useCount: [-1, '3', 0.5],
    edited: ['no', 0],
    catalogue: ['text', 5, { title: 'T' }, { title: 'T', text: 'x', source: 's', extra: 1 }],
    newerCatalogue: [{ title: 'T', text: 'x', source: 's' }, 'v2'],
  };

  it('whatever the field and the wrong value', async () => {
    const base = await exported(await sampleLibrary());
    const fields = Object.keys(WRONG);
    fc.assert(
      fc.property(fc.nat(base.clauses.length - 1), fc.constantFrom(...fields), fc.nat(100), (index, field, k) => {
        const values = WRONG[field]!;
        const file = structuredClone(base);
        file.clauses[index]![field] = values[k % values.length];
        const e = refusal(file);
        expect(e.index).toBe(index);
        expect(e.field === field || e.field?.startsWith(`${field}.`), `${field} → ${JSON.stringify(e)}`).toBe(true);
        if (field !== 'id') expect(e.entryId).toBe(base.clauses[index]!.id);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('an oversized entry is named, with the limit', async () => {
    const file = await exported(await sampleLibrary());
    file.clauses[2]!.text = 'x'.repeat(20_001);
    expect(refusal(file)).toMatchObject({ code: 'too-long', params: { max: 20_000 }, index: 2, field: 'text', entryId: file.clauses[2]!.id });
  });

  it('a prototype-pollution key anywhere in an entry is refused with its place, and pollutes nothing', async () => {
    const base = await exported(await sampleLibrary());
    const KEY = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(fc.nat(base.clauses.length - 1), KEY, fc.constantFrom('', 'catalogue', 'tags', 'criteria'), (index, key, where) => {
        const entry = JSON.stringify(base.clauses[index]);
        // written into the JSON text: JSON.parse makes "__proto__" an own key, as a file would
        const bad = `{"${key}":{"polluted":true}`;
        const spliced =
          where === ''
            ? `${entry.slice(0, -1)},"${key}":{"polluted":true}}`
            : where === 'catalogue'
              ? entry.replace(/"catalogue":(null|\{)/, (_m, open: string) => `"catalogue":${open === 'null' ? `${bad}}` : `${bad},`}`)
              : entry.replace(new RegExp(`"${where}":\\[(\\])?`), (_m, empty?: string) => `"${where}":[${bad}}${empty ? ']' : ','}`);
        const text = exportJsonWith(base, index, spliced);
        const e = refusal(text);
        expect(e).toMatchObject({ code: 'forbidden-key', params: { key }, index });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  // parseImport looks for those keys in the whole parsed file: 100,000 nested arrays (a 200 kB file) must not
  // overflow the stack (the walk is iterative)
  it('a file nested 100,000 deep is refused with a reason, not a stack overflow', () => {
    const deep = `{"format":"tender-lens/clauses","version":1,"exportedAt":"x","clauses":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    expect(() => parseImport(deep)).not.toThrow();
  });
});

/** The export's JSON text with entry `index` replaced by `entry` (JSON text). */
function exportJsonWith(file: ExportFile & { clauses: unknown[] }, index: number, entry: string): string {
  const parts = file.clauses.map((c, i) => (i === index ? entry : JSON.stringify(c)));
  const { clauses: _omit, ...head } = file;
  return `${JSON.stringify(head).slice(0, -1)},"clauses":[${parts.join(',')}]}`;
}

describe('the library is never half-written', () => {
  type Snapshot = Awaited<ReturnType<typeof snapshot>>;
  const snapshot = async (db: LibraryDb) => ({
    clauses: await db.clauses.orderBy('id').toArray(),
    meta: await db.meta.toArray(),
    history: await db.history.orderBy('id').toArray(),
  });

  /** Every write to the library's tables counted; the k-th one throws (k = 0: none does). */
  function failingAt(db: LibraryDb, k: number) {
    let writes = 0;
    const hook = function () {
      if (++writes === k) throw new Error('disk full');
    };
    const tables = [db.clauses, db.meta, db.history];
    for (const t of tables) for (const kind of ['creating', 'updating', 'deleting'] as const) t.hook(kind as 'creating', hook);
    return {
      writes: () => writes,
      off: () => {
        for (const t of tables) for (const kind of ['creating', 'updating', 'deleting'] as const) t.hook(kind as 'creating').unsubscribe(hook);
      },
    };
  }

  /**
   * Runs `write` on fresh copies of a library: once to count its writes, then once per write with that write
   * failing. After each failure the library is what it was before.
   */
  async function atEveryWrite(setup: (db: LibraryDb) => Promise<void>, write: (db: LibraryDb) => Promise<unknown>) {
    const counting = newDb();
    await setup(counting);
    const count = failingAt(counting, 0);
    await write(counting);
    count.off();
    const total = count.writes();
    expect(total).toBeGreaterThan(1); // several writes, so there is a "half-way"
    for (let k = 1; k <= total; k++) {
      const db = newDb();
      await setup(db);
      const before: Snapshot = await snapshot(db);
      const fail = failingAt(db, k);
      await expect(write(db), `write ${k} of ${total}`).rejects.toThrow(/disk full/);
      fail.off();
      expect(await snapshot(db), `after a failure at write ${k} of ${total}`).toEqual(before);
    }
    return total;
  }

  it('an import', async () => {
    const source = await sampleLibrary();
    const file = (await exported(source)) as unknown as ExportFile;
    const incoming: ExportFile = {
      ...file,
      clauses: [
        ...file.clauses.map((c) => ({ ...c, text: `${c.text} (changed)`, updatedAt: 9_000_000 })),
        ...Array.from({ length: 5 }, (_, i) => ({ ...file.clauses[0]!, id: `user-imported-${i}`, origin: 'user' as const, catalogue: null })),
      ],
    };
    await atEveryWrite(
      async (db) => void (await sampleLibrary(db)),
      (db) => applyImport(db, incoming, 'use-file'),
    );
  });

  it('a catalogue update (added, changed, retired clauses, and the version)', async () => {
    const v2: ModelClause[] = [
      model({ text: 'Changed wording of the ecolabel clause.' }),
      CATALOGUE_V1[2]!,
      model({ id: 'env-water.specification.en', criterion: 'env-water', title: 'Water-saving fittings', text: 'Fittings shall use at most 6 litres per minute.' }),
    ];
    await atEveryWrite(
      async (db) => void (await sampleLibrary(db)),
      (db) => syncCatalogue(db, v2, 'v2', { now: 7000 }),
    );
  });

  it('a history update that drops the oldest entries', async () => {
    const report = (id: string): Report => {
      const r = sampleReport();
      return { ...r, notice: { ...r.notice, id, title: `Notice ${id}` } };
    };
    await atEveryWrite(
      async (db) => {
        for (let i = 0; i < 3; i++) await recordAudit(db, report(`n-${i}`), 1000 + i, 3);
      },
      (db) => recordAudit(db, report('n-new'), 5000, 1),
    );
  });
});

describe('export then import gives back exactly what was there', () => {
  // texts of any kind: scripts of the world, emoji, markup, quotes, line breaks
  const text = (max: number) =>
    fc
      .string({ unit: fc.oneof(fc.constantFrom('<img src=x onerror=alert(1)>', '"', '\\', '\n', '’', 'é', '😀', '\u200d', '\u00a0'), fc.string({ unit: 'grapheme', maxLength: 3 })), minLength: 1, maxLength: max })
      .filter((s) => s.trim().length > 0);
  const clauseDraft = fc.record({
    title: text(40),
    text: text(200),
    source: fc.string({ maxLength: 30 }),
    criteria: fc.subarray(['env-ecolabel', 'env-carbon', 'soc-accessibility', 'env-waste-packaging']),
    stage: fc.constantFrom('selection', 'specification', 'award', 'performance', null),
    lang: fc.constantFrom('en', 'fr', 'de', 'es'),
    // tags within the import's limit of 40 characters (see the failing case below)
    tags: fc.uniqueArray(text(12).filter((t) => t.trim().length <= 40), { maxLength: 4 }),
  });

  it('whatever the clauses hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clauseDraft, { minLength: 1, maxLength: 6 }), fc.boolean(), async (drafts, favourite) => {
        const a = newDb();
        await syncCatalogue(a, CATALOGUE_V1, 'v1', { now: 1000 });
        for (const [i, d] of drafts.entries()) {
          const c = await createClause(a, d as Parameters<typeof createClause>[1], 2000 + i);
          if (favourite && i === 0) await setFavourite(a, c.id, true);
        }
        const json = exportJson(await exportLibrary(a, { now }));
        const parsed = parseImport(json);
        if (!parsed.ok) throw new Error(`refused its own export: ${JSON.stringify(parsed.error)}`);
        const b = newDb();
        await applyImport(b, parsed.file);
        expect(exportJson(await exportLibrary(b, { now }))).toBe(json);
        expect(await b.clauses.orderBy('id').toArray()).toEqual(await a.clauses.orderBy('id').toArray());
      }),
      { numRuns: 25, seed: 13 },
    );
  });

  // an import refuses tags over 40 characters: createClause and updateClause keep tags within that limit, so that
  // the library's own export always imports
  it('a clause with a tag of 41 characters comes back too (clipped to 40)', async () => {
    const a = newDb();
    await createClause(a, draft({ tags: ['x'.repeat(41)] }), 2000);
    const parsed = parseImport(exportJson(await exportLibrary(a, { now })));
    expect(parsed.ok).toBe(true);
  });
});
