// The refusals of the options page in every UI language: a portal address (utils/custom-portals.ts) and a
// clause file (utils/library/transfer.ts) are refused with a code and its parameters, worded by
// utils/portal-error-text.ts and utils/library/import-error-text.ts. Each code is produced by a real input
// here (the tables are typed by the codes: a new code does not compile until it has its case), then written
// in English, French, German and Spanish with its parameters.
import { describe, expect, it } from 'vitest';
import { parsePortalInput, type PortalError, type PortalErrorCode } from '../utils/custom-portals';
import { portalErrorText } from '../utils/portal-error-text';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, importProblemOf, parseImport, type ImportError, type ImportErrorCode } from '../utils/library/transfer';
import { importErrorText } from '../utils/library/import-error-text';
import { UI_LANGUAGES, translator, type UiLang } from '../utils/ui-i18n';

const OTHERS = UI_LANGUAGES.filter((l) => l !== 'en');
const CONTEXT = {
  builtIn: [{ name: 'TED – Tenders Electronic Daily', host: 'ted.europa.eu' }],
  existing: ['https://www.evergabe-online.de/*'],
};

/** An input refused with each code. */
const PORTAL_INPUTS = {
  empty: '   ',
  'not-https': 'http://www.evergabe-online.de',
  'no-host': 'https:///Public/Notice/*',
  'user-info': 'https://me@portal.example.org/',
  port: 'https://portal.example.org:8443/',
  'bad-host': 'https://exa mple.org/',
  wildcard: 'https://www.*.org/*',
  'bad-path': 'https://portal.example.org/a b',
  'built-in': 'https://ted.europa.eu/en/notice/*',
  'already-added': 'www.evergabe-online.de',
} satisfies Record<PortalErrorCode, string>;

function portalError(input: string): PortalError {
  const r = parsePortalInput(input, CONTEXT);
  if (r.ok) throw new Error(`${input} was accepted as ${r.pattern}`);
  return r.error;
}

/** Every parameter value of an error, as the sentence should show it. */
const paramValues = (e: PortalError): string[] => Object.values('params' in e ? e.params : {}).flatMap((v) => (Array.isArray(v) ? v.map(String) : [String(v)]));

/** What every worded refusal must be: whole, with no substitution left, and not in English where it should not. */
function expectWorded(text: string, lang: UiLang, english: string) {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/\$(\d|[A-Za-z_]+\$)/);
  if (lang !== 'en') expect(text).not.toBe(english);
}

describe('portal refusals', () => {
  it.each(Object.entries(PORTAL_INPUTS))('%s: produced by “%s”', (code, input) => {
    expect(portalError(input).code).toBe(code);
  });

  it('a scheme without "//" is refused as such, and "host:port" is a host with a port', () => {
    expect(portalError('mailto:someone@example.org')).toEqual({ code: 'not-https', params: { scheme: 'mailto:' } });
    expect(portalError('portal.example.org:8443').code).toBe('port');
  });

  const cases = Object.keys(PORTAL_INPUTS).flatMap((code) => UI_LANGUAGES.map((lang) => [code, lang] as const));
  it.each(cases)('%s in %s, with its parameters', (code, lang) => {
    const error = portalError(PORTAL_INPUTS[code as PortalErrorCode]);
    const text = portalErrorText(translator(lang), error);
    expectWorded(text, lang, portalErrorText(translator('en'), error));
    for (const value of paramValues(error)) expect(text).toContain(value);
  });

  it('keeps the English wording of before', () => {
    const en = (input: string) => portalErrorText(translator('en'), portalError(input));
    expect(en('http://x.example.org')).toBe('Only https portals can be added (this address starts with http://).');
    expect(en('https://ted.europa.eu/')).toBe('Tender Lens reads TED – Tenders Electronic Daily (ted.europa.eu) already: there is no need to add it.');
    expect(en('https://localhost/')).toBe('“localhost” is not a host name: write it as portal.example.org.');
  });

  it('speaks the language chosen', () => {
    const error = portalError('https://www.*.org/*');
    expect(portalErrorText(translator('fr'), error)).toMatch(/sous-domaines/);
    expect(portalErrorText(translator('de'), error)).toMatch(/Subdomains/);
    expect(portalErrorText(translator('es'), error)).toMatch(/subdominios/);
  });
});

// ---- clause files -------------------------------------------------------------------------------------------

const clause = (over: Record<string, unknown> = {}) => ({
  id: 'user-1',
  origin: 'user',
  criteria: ['env-ecolabel'],
  stage: 'award',
  lang: 'en',
  title: 'A title',
  text: 'A text.',
  source: '',
  tags: [],
  favourite: false,
  createdAt: 1,
  updatedAt: 1,
  usedAt: null,
  useCount: 0,
  edited: false,
  catalogue: null,
  newerCatalogue: null,
  ...over,
});
const file = (clauses: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', clauses, ...over });
const without = (key: string) => {
  const c: Record<string, unknown> = clause();
  delete c[key];
  return c;
};

/** A file refused with each code; `invalid` (what zod finds beyond the mapped issues) has no file: see below. */
const IMPORT_FILES = {
  'too-large': ' '.repeat(MAX_IMPORT_BYTES + 1),
  'not-json': '{not json',
  'not-clause-file': '{"format":"something-else","clauses":[]}',
  'forbidden-key': `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"x","clauses":[{"id":"a"},{"id":"b","catalogue":{"__proto__":{}}}]}`,
  'duplicate-id': file([clause(), clause({ id: 'user-2' }), clause()]),
  missing: file([clause(), without('text')]),
  'unknown-fields': file([clause({ extra: 1, more: 2 })]),
  'wrong-type': file([clause({ useCount: 'many' })]),
  'wrong-value': file([clause({ origin: 'somewhere' })]),
  empty: file([clause({ title: '   ' })]),
  'too-long': file([clause({ title: 'x'.repeat(301) })]),
  'too-many': file([clause({ tags: Array.from({ length: 31 }, (_, i) => `t${i}`) })]),
  'too-small': file([clause({ createdAt: -1 })]),
  'too-big': file([clause({ createdAt: 2 ** 60 })]),
  'bad-id': file([clause({ id: 'has spaces' })]),
  'bad-criterion': file([clause({ criteria: ['Ecolabel'] })]),
  'bad-language': file([clause({ lang: 'English' })]),
  invalid: null,
} satisfies Record<ImportErrorCode, string | null>;

/** A problem zod reports that Tender Lens has no words for: its English text stays, as a detail. */
const INVALID: ImportError = {
  ...importProblemOf({ code: 'not_multiple_of', divisor: 5, input: 7, path: ['useCount'], message: 'Invalid number: must be a multiple of 5' }, {}),
  index: 0,
  field: 'useCount',
  entryId: 'user-1',
};

const NOTHING_IMPORTED: Record<UiLang, string> = {
  en: 'Nothing was imported.',
  fr: 'Rien n’a été importé.',
  de: 'Es wurde nichts importiert.',
  es: 'No se ha importado nada.',
};

function importError(code: ImportErrorCode): ImportError {
  const text = IMPORT_FILES[code];
  if (text === null) return INVALID;
  const r = parseImport(text);
  if (r.ok) throw new Error(`${code}: accepted`);
  return r.error;
}

describe('clause file refusals', () => {
  it.each(Object.keys(IMPORT_FILES))('%s: produced by a file', (code) => {
    expect(importError(code as ImportErrorCode).code).toBe(code);
  });

  it('place the problem: entry, its id and field', () => {
    expect(importError('missing')).toMatchObject({ index: 1, field: 'text', entryId: 'user-1' });
    expect(importError('duplicate-id')).toMatchObject({ index: 2, field: 'id', entryId: 'user-1', params: { first: 1 } });
    expect(importError('forbidden-key')).toMatchObject({ index: 1, field: 'catalogue.__proto__', parentField: 'catalogue', params: { key: '__proto__' } });
    expect(importError('wrong-value')).toMatchObject({ params: { values: ['"catalogue"', '"user"'] } });
    expect(importError('unknown-fields')).toMatchObject({ index: 0, params: { fields: ['extra', 'more'] } });
  });

  const cases = Object.keys(IMPORT_FILES).flatMap((code) => UI_LANGUAGES.map((lang) => [code, lang] as const));
  it.each(cases)('%s in %s, with its parameters and place', (code, lang) => {
    const tr = translator(lang);
    const error = importError(code as ImportErrorCode);
    const text = importErrorText(tr, error);
    expectWorded(text, lang, importErrorText(translator('en'), error));
    // numbers written the language's way; the expected type in the language's words (tested below)
    for (const [name, value] of Object.entries('params' in error ? error.params : {})) {
      if (name === 'expected') continue;
      const shown: unknown = typeof value === 'number' ? tr.num(value) : value;
      for (const v of Array.isArray(shown) ? shown : [shown]) expect(text, name).toContain(String(v));
    }
    if (error.index !== undefined) expect(text).toContain(String(error.index + 1));
    if (error.entryId) expect(text).toContain(error.entryId);
    // the field at fault is named (the key itself, for a forbidden key)
    if (error.field) expect(text).toContain(error.code === 'forbidden-key' ? (error.parentField ?? '') : error.field);
    // every refusal says that nothing was imported, in the language's own words
    expect(text.endsWith(NOTHING_IMPORTED[lang]), text).toBe(true);
    // zod's English only as the parenthesised detail of `invalid`
    if (code !== 'invalid') expect(text).not.toMatch(/Invalid input|expected|Too (big|small)|Unrecognized/);
  });

  it('keeps zod’s own words only as a technical detail in parentheses', () => {
    expect(INVALID.code).toBe('invalid');
    expect(importErrorText(translator('de'), INVALID)).toBe(
      'Eintrag 1 (ID user-1), Feld „useCount“: ist ungültig (Invalid number: must be a multiple of 5). Es wurde nichts importiert.',
    );
  });

  it('reads as a sentence in each language', () => {
    const words = (lang: UiLang, code: ImportErrorCode) => importErrorText(translator(lang), importError(code));
    expect(words('en', 'bad-language')).toBe('Entry 1 (id user-1), field “lang” must be a language code such as en or fr. Nothing was imported.');
    expect(words('fr', 'bad-language')).toBe('Entrée 1 (id user-1), champ « lang » : doit être un code de langue, comme en ou fr. Rien n’a été importé.');
    expect(words('es', 'bad-language')).toBe('Entrada 1 (id user-1), campo «lang»: debe ser un código de idioma como en o fr. No se ha importado nada.');
    expect(words('en', 'wrong-value')).toBe('Entry 1 (id user-1), field “origin” must be "catalogue" or "user". Nothing was imported.');
    expect(words('de', 'unknown-fields')).toBe('Eintrag 1 (ID user-1): die Felder „extra“ und „more“ sind unbekannt. Es wurde nichts importiert.');
    expect(words('fr', 'too-long')).toBe('Entrée 1 (id user-1), champ « title » : plus de 300 caractères. Rien n’a été importé.');
    expect(words('en', 'forbidden-key')).toBe(
      'Entry 2 (id b), field “catalogue” has the key “__proto__”, which is not allowed (it could change how the data is read). Nothing was imported.',
    );
    expect(words('es', 'too-large')).toMatch(/^El archivo es demasiado grande \(20 MB\); una importación no puede superar 20 MB\./);
  });

  it.each(OTHERS)('%s names the expected types in its own words', (lang) => {
    const text = importErrorText(translator(lang), importError('wrong-type'));
    expect(text).not.toContain('number');
    expect(text).toContain(translator(lang).t('importType_number'));
  });
});
