/**
 * Export and import of the clause library as JSON, checked with zod (extension pages only: never the content
 * script). An import is read and checked whole, previewed (added / changed / unchanged / conflicts), and
 * applied in one IndexedDB transaction: it lands entirely or not at all.
 */
import { z } from 'zod';
import { Stage } from '../../criteria/schema';
import type { LibraryDb } from './db';
import type { Clause } from './types';
import { withWords } from './words';

export const EXPORT_FORMAT = 'tender-lens/clauses';
export const EXPORT_VERSION = 1;
/** Larger than any real library (10,000 long clauses are about 15 MB), small enough to check in a moment. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_CLAUSES = 20_000;

const Content = z.strictObject({
  title: z.string().trim().min(1, 'is empty').max(300, 'is longer than 300 characters'),
  text: z.string().trim().min(1, 'is empty').max(20_000, 'is longer than 20,000 characters'),
  source: z.string().max(1_000, 'is longer than 1,000 characters'),
});

const Timestamp = z.number().int().nonnegative();

export const ExportedClause = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be letters, digits, and . _ : - (at most 128)'),
  origin: z.enum(['catalogue', 'user']),
  criteria: z.array(z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/, 'must be criterion ids such as env-ecolabel')).max(50),
  stage: Stage.nullable(),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en or fr'),
  title: Content.shape.title,
  text: Content.shape.text,
  source: Content.shape.source,
  tags: z.array(z.string().trim().min(1, 'has an empty tag').max(40, 'has a tag longer than 40 characters')).max(30),
  favourite: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  usedAt: Timestamp.nullable(),
  useCount: z.number().int().nonnegative(),
  edited: z.boolean(),
  catalogue: Content.nullable(),
  newerCatalogue: Content.extend({ version: z.string().max(40) }).nullable(),
});
export type ExportedClause = z.infer<typeof ExportedClause>;

export const ExportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  catalogueVersion: z.string().max(40).optional(),
  clauses: z.array(z.unknown()).max(MAX_CLAUSES, `has more than ${MAX_CLAUSES.toLocaleString('en')} clauses`),
});
export type ExportFile = Omit<z.infer<typeof ExportFile>, 'clauses'> & { clauses: ExportedClause[] };

/** The fields of a record that an export keeps, in a fixed order (so that equal clauses give equal JSON). */
export function toExported(c: Clause): ExportedClause {
  return {
    id: c.id,
    origin: c.origin,
    criteria: [...c.criteria],
    stage: c.stage,
    lang: c.lang,
    title: c.title,
    text: c.text,
    source: c.source,
    tags: [...c.tags],
    favourite: c.favourite,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    usedAt: c.usedAt,
    useCount: c.useCount,
    edited: c.edited,
    catalogue: c.catalogue && { title: c.catalogue.title, text: c.catalogue.text, source: c.catalogue.source },
    newerCatalogue: c.newerCatalogue && {
      title: c.newerCatalogue.title,
      text: c.newerCatalogue.text,
      source: c.newerCatalogue.source,
      version: c.newerCatalogue.version,
    },
  };
}

const fromExported = (e: ExportedClause): Clause => withWords({ ...e, deletedAt: null });

/** Every clause not deleted, by id. */
export async function exportLibrary(db: LibraryDb, { now = new Date(), catalogueVersion }: { now?: Date; catalogueVersion?: string } = {}): Promise<ExportFile> {
  const rows = await db.clauses.orderBy('id').filter((c) => c.deletedAt === null).toArray();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    ...(catalogueVersion && { catalogueVersion }),
    clauses: rows.map(toExported),
  };
}

export const exportJson = (file: ExportFile): string => `${JSON.stringify(file, null, 2)}\n`;

// --- Reading a file -------------------------------------------------------------------------------------

export interface ImportError {
  message: string;
  /** The entry (0-based position in "clauses") and the field at fault, when it is one entry's. */
  index?: number;
  field?: string;
}
export type Parsed = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

/** Keys that, merged into an object, would change its prototype: never accepted, wherever they stand. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeyPath(v: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const found = forbiddenKeyPath(v[i], [...path, i]);
      if (found) return found;
    }
  } else if (v && typeof v === 'object') {
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const found = forbiddenKeyPath((v as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** "Entry 3 (id …), field "lang"" from a path such as ["clauses", 2, "lang"]. */
function place(path: readonly PropertyKey[], clauses: readonly unknown[] = []): { where: string; index?: number; field?: string } {
  if (path[0] === 'clauses' && typeof path[1] === 'number') {
    const index = path[1];
    const field = path.slice(2).map(String).join('.') || undefined;
    const id = (clauses[index] as { id?: unknown } | undefined)?.id;
    const entry = `Entry ${index + 1}${typeof id === 'string' && id.length <= 128 ? ` (id ${id})` : ''}`;
    return { where: field ? `${entry}, field “${field}”` : entry, index, ...(field && { field }) };
  }
  const field = path.map(String).join('.');
  return field ? { where: `Field “${field}”`, field } : { where: 'The file' };
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function parseImport(text: string): Parsed {
  const fail = (message: string, extra: Omit<ImportError, 'message'> = {}): Parsed => ({ ok: false, error: { message, ...extra } });
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (text.length > MAX_IMPORT_BYTES || byteLength(text) > MAX_IMPORT_BYTES) {
    return fail(`The file is too large (${mb(byteLength(text))}); an import can be at most ${mb(MAX_IMPORT_BYTES)}. Nothing was imported.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`The file is not valid JSON (${(e as Error).message}). Nothing was imported.`);
  }
  const bad = forbiddenKeyPath(data);
  if (bad) {
    const key = String(bad[bad.length - 1]);
    const { where, ...at } = place(bad.slice(0, -1), Array.isArray((data as { clauses?: unknown })?.clauses) ? (data as { clauses: unknown[] }).clauses : []);
    return fail(`${where} has the key “${key}”, which is not allowed (it could change how the data is read). Nothing was imported.`, {
      ...at,
      field: at.field ? `${at.field}.${key}` : key,
    });
  }
  const head = ExportFile.safeParse(data);
  if (!head.success) {
    const issue = head.error.issues[0]!;
    if (issue.path[0] === 'format' || (issue.path.length === 0 && issue.code === 'invalid_type')) {
      return fail('This is not a Tender Lens clause file (it has no "format": "tender-lens/clauses"). Nothing was imported.');
    }
    const { where, ...at } = place(issue.path);
    return fail(`${where} ${issue.message}. Nothing was imported.`, at);
  }
  const clauses: ExportedClause[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < head.data.clauses.length; i++) {
    const entry = ExportedClause.safeParse(head.data.clauses[i]);
    if (!entry.success) {
      const issue = entry.error.issues[0]!;
      const { where, ...at } = place(['clauses', i, ...issue.path], head.data.clauses);
      const message =
        issue.code === 'unrecognized_keys' ? `has unknown fields: ${issue.keys.join(', ')}` : issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
      return fail(`${where} ${message}. Nothing was imported.`, at);
    }
    const first = seen.get(entry.data.id);
    if (first !== undefined) {
      return fail(`Entry ${i + 1}, field “id”: ${entry.data.id} is already the id of entry ${first + 1}. Nothing was imported.`, { index: i, field: 'id' });
    }
    seen.set(entry.data.id, i);
    clauses.push(entry.data);
  }
  return { ok: true, file: { ...head.data, clauses } };
}

// --- Preview and apply -----------------------------------------------------------------------------------

export interface ImportChange {
  incoming: ExportedClause;
  existing: ExportedClause;
}

export interface ImportPreview {
  added: ExportedClause[];
  /** The file's version is newer (or the local one was deleted): the file's replaces it. */
  changed: ImportChange[];
  unchanged: ExportedClause[];
  /** The local version was changed after the file's: the user chooses which to keep. */
  conflicts: ImportChange[];
}

export type ConflictChoice = 'keep-mine' | 'use-file';

const same = (a: ExportedClause, b: ExportedClause) => JSON.stringify(a) === JSON.stringify(b);

async function plan(db: LibraryDb, file: ExportFile): Promise<ImportPreview> {
  const existing = await db.clauses.bulkGet(file.clauses.map((c) => c.id));
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], conflicts: [] };
  file.clauses.forEach((incoming, i) => {
    const old = existing[i];
    if (!old) return void preview.added.push(incoming);
    const mine = toExported(old);
    if (old.deletedAt === null && same(mine, incoming)) return void preview.unchanged.push(incoming);
    if (old.deletedAt === null && old.updatedAt > incoming.updatedAt) return void preview.conflicts.push({ incoming, existing: mine });
    preview.changed.push({ incoming, existing: mine });
  });
  return preview;
}

export function previewImport(db: LibraryDb, file: ExportFile): Promise<ImportPreview> {
  return db.transaction('r', db.clauses, () => plan(db, file));
}

export interface ImportResult {
  added: number;
  changed: number;
  unchanged: number;
  conflictsKept: number;
  conflictsReplaced: number;
}

/**
 * Applies an import in one transaction, planned again inside it (the library may have changed since the
 * preview). Any failure (quota, a write error) rolls the whole import back.
 */
export async function applyImport(db: LibraryDb, file: ExportFile, conflicts: ConflictChoice = 'keep-mine'): Promise<ImportResult> {
  return db.transaction('rw', db.clauses, async () => {
    const p = await plan(db, file);
    const take = [...p.added, ...p.changed.map((c) => c.incoming), ...(conflicts === 'use-file' ? p.conflicts.map((c) => c.incoming) : [])];
    await db.clauses.bulkPut(take.map(fromExported));
    return {
      added: p.added.length,
      changed: p.changed.length,
      unchanged: p.unchanged.length,
      conflictsKept: conflicts === 'keep-mine' ? p.conflicts.length : 0,
      conflictsReplaced: conflicts === 'use-file' ? p.conflicts.length : 0,
    };
  });
}
