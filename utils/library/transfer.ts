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

// The messages of the formats are problem codes (importProblemOf): the UI words them in its language.
const Content = z.strictObject({
  title: z.string().trim().min(1).max(300),
  text: z.string().trim().min(1).max(20_000),
  source: z.string().max(1_000),
});

const Timestamp = z.number().int().nonnegative();

export const ExportedClause = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'bad-id'),
  origin: z.enum(['catalogue', 'user']),
  criteria: z.array(z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/, 'bad-criterion')).max(50),
  stage: Stage.nullable(),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'bad-language'),
  title: Content.shape.title,
  text: Content.shape.text,
  source: Content.shape.source,
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  /** Product groups of a catalogue clause (absent in files of versions before catalogue 2026.11.29-4). */
  groups: z.array(z.string().min(2).max(60)).max(30).optional(),
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
  clauses: z.array(z.unknown()).max(MAX_CLAUSES),
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
    groups: [...(c.groups ?? [])],
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

const fromExported = (e: ExportedClause): Clause => withWords({ ...e, groups: e.groups ?? [], deletedAt: null });

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

/**
 * What is wrong with a file, as a code and its parameters: the options page words it in the UI language
 * (utils/library/import-error-text.ts). Problems of one field come from zod's issues (importProblemOf).
 */
export type ImportProblem =
  /** Sizes in MB, one decimal. */
  | { code: 'too-large'; params: { size: number; max: number } }
  /** `detail`: the JSON parser's own (English) words. */
  | { code: 'not-json'; params: { detail: string } }
  | { code: 'not-clause-file' }
  /** A key that could change an object's prototype (`__proto__`, `constructor`, `prototype`). */
  | { code: 'forbidden-key'; params: { key: string } }
  /** `first`: the 1-based number of the entry that has the id already (the id is the error's `entryId`). */
  | { code: 'duplicate-id'; params: { first: number } }
  | { code: 'missing' }
  | { code: 'unknown-fields'; params: { fields: string[] } }
  /** `expected`: zod's name of the type (string, number, int, boolean, array, object…). */
  | { code: 'wrong-type'; params: { expected: string } }
  /** `values`: the allowed values, as JSON. */
  | { code: 'wrong-value'; params: { values: string[] } }
  | { code: 'empty' }
  /** Characters of a text. */
  | { code: 'too-long'; params: { max: number } }
  /** Items of a list. */
  | { code: 'too-many'; params: { max: number } }
  | { code: 'too-small'; params: { min: number } }
  | { code: 'too-big'; params: { max: number } }
  | { code: 'bad-id' }
  | { code: 'bad-criterion' }
  | { code: 'bad-language' }
  /** Anything else zod finds: its own (English) words, shown as a technical detail. */
  | { code: 'invalid'; params: { detail: string } };
export type ImportErrorCode = ImportProblem['code'];

export type ImportError = ImportProblem & {
  /** The entry (0-based position in "clauses") and the field at fault, when it is one entry's. */
  index?: number;
  field?: string;
  /** The id of that entry, when it has a readable one. */
  entryId?: string;
  /** For `forbidden-key`: the field holding the key (none: the entry, or the file, holds it). */
  parentField?: string;
};
export type Parsed = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

/** Keys that, merged into an object, would change its prototype: never accepted, wherever they stand. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path to the first forbidden key, depth first in document order. Iterative, with each step linked to its
 * parent rather than copying the path: a file of 100,000 nested arrays must get its refusal, not overflow the
 * stack or cost the square of its depth.
 */
function forbiddenKeyPath(root: unknown): (string | number)[] | null {
  interface Step {
    value: unknown;
    key: string | number | null;
    parent: Step | null;
  }
  const pathOf = (step: Step, last: string): (string | number)[] => {
    const out: (string | number)[] = [last];
    for (let s: Step | null = step; s && s.key !== null; s = s.parent) out.push(s.key);
    return out.reverse();
  };
  const stack: Step[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const v = step.value;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: step });
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return pathOf(step, key);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]!], key: keys[i]!, parent: step });
    }
  }
  return null;
}

type Place = Pick<ImportError, 'index' | 'field' | 'entryId'>;

/** Entry, its id and field from a path such as ["clauses", 2, "lang"]; or the file's field. */
function place(path: readonly PropertyKey[], clauses: readonly unknown[] = []): Place {
  if (path[0] === 'clauses' && typeof path[1] === 'number') {
    const index = path[1];
    const field = path.slice(2).map(String).join('.') || undefined;
    const id = (clauses[index] as { id?: unknown } | undefined)?.id;
    return { index, ...(field && { field }), ...(typeof id === 'string' && id.length <= 128 && { entryId: id }) };
  }
  const field = path.map(String).join('.');
  return field ? { field } : {};
}

/** Whether the path ends at a key its object lacks (zod says "expected string, received undefined"). */
function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
  let v = data;
  for (const key of path.slice(0, -1)) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return !!v && typeof v === 'object' && !Object.prototype.hasOwnProperty.call(v, path[path.length - 1]!);
}

const asJson = (v: unknown): string => (typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v)));

const FORMAT_CODES = new Set(['bad-id', 'bad-criterion', 'bad-language']);

/** A zod issue → a problem the UI words in every language; zod's own words only in the fallback. */
export function importProblemOf(issue: z.core.$ZodIssue, data: unknown): ImportProblem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length && isAbsent(data, issue.path)) return { code: 'missing' };
      return { code: 'wrong-type', params: { expected: issue.expected } };
    case 'unrecognized_keys':
      return { code: 'unknown-fields', params: { fields: issue.keys } };
    case 'invalid_value':
      return { code: 'wrong-value', params: { values: issue.values.map(asJson) } };
    case 'invalid_format':
      if (FORMAT_CODES.has(issue.message)) return { code: issue.message as 'bad-id' | 'bad-criterion' | 'bad-language' };
      break;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'empty' };
      if (issue.origin === 'number' || issue.origin === 'int') return { code: 'too-small', params: { min: Number(issue.minimum) } };
      break;
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too-long', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { code: 'too-many', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'number' || issue.origin === 'int') return { code: 'too-big', params: { max: Number(issue.maximum) } };
      break;
  }
  return { code: 'invalid', params: { detail: issue.message } };
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function parseImport(text: string): Parsed {
  const fail = (error: ImportError): Parsed => ({ ok: false, error });
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  if (text.length > MAX_IMPORT_BYTES || byteLength(text) > MAX_IMPORT_BYTES) {
    return fail({ code: 'too-large', params: { size: mb(byteLength(text)), max: mb(MAX_IMPORT_BYTES) } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail({ code: 'not-json', params: { detail: (e as Error).message } });
  }
  const bad = forbiddenKeyPath(data);
  if (bad) {
    const key = String(bad[bad.length - 1]);
    const at = place(bad.slice(0, -1), Array.isArray((data as { clauses?: unknown })?.clauses) ? (data as { clauses: unknown[] }).clauses : []);
    return fail({
      code: 'forbidden-key',
      params: { key },
      ...at,
      field: at.field ? `${at.field}.${key}` : key,
      ...(at.field && { parentField: at.field }),
    });
  }
  const head = ExportFile.safeParse(data);
  if (!head.success) {
    const issue = head.error.issues[0]!;
    if (issue.path[0] === 'format' || (issue.path.length === 0 && issue.code === 'invalid_type')) return fail({ code: 'not-clause-file' });
    return fail({ ...importProblemOf(issue, data), ...place(issue.path) });
  }
  const clauses: ExportedClause[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < head.data.clauses.length; i++) {
    const entry = ExportedClause.safeParse(head.data.clauses[i]);
    if (!entry.success) {
      const issue = entry.error.issues[0]!;
      return fail({ ...importProblemOf(issue, head.data.clauses[i]), ...place(['clauses', i, ...issue.path], head.data.clauses) });
    }
    const first = seen.get(entry.data.id);
    if (first !== undefined) {
      return fail({ code: 'duplicate-id', params: { first: first + 1 }, index: i, field: 'id', entryId: entry.data.id });
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
