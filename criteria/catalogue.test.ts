/**
 * Meta-tests of the catalogue: they enforce its conventions, so that a criterion added by hand cannot be
 * half-wired (refined-github's build/features.test.ts does the same for its features).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criteria } from './catalogue/index';
import { modelClauses } from './clauses';
import { validatedClauses, validatedCriteria, validatedGroups } from './index';
import { productGroups } from './product-groups';
import { CriterionCase, LANGUAGES, Stage, type Criterion, type ModelClause } from './schema';
import { CATALOGUE_HASH, CATALOGUE_VERSION } from './version';
import { catalogueIds, clausesSource, indexSource } from '../scripts/catalogue';
import { compilePattern, indexKeys } from '../utils/patterns';

const catalogueDir = new URL('./catalogue/', import.meta.url);
const casesDir = new URL('./cases/', import.meta.url);
const cpvFile = new URL('../../shared/data/cpv_en.tsv', import.meta.url);

/** Criterion files: catalogue/<id>.ts, without index.ts and tests. */
const files = readdirSync(catalogueDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

const modules = import.meta.glob<{ criterion: Criterion; clauses: ModelClause[] }>(['./catalogue/*.ts', '!./catalogue/index.ts'], {
  eager: true,
});
const moduleOf = (id: string) => {
  const m = modules[`./catalogue/${id}.ts`];
  if (!m) throw new Error(`catalogue/${id}.ts was not loaded`);
  return m;
};

const cpvCodes = readFileSync(cpvFile, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!)
  .filter((code) => /^\d{8}$/.test(code));

describe('catalogue files', () => {
  it('has criterion files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('ids are unique and equal to the file names', () => {
    const ids = criteria.map((c) => c.id);
    expect(new Set(ids).size, 'duplicate criterion id').toBe(ids.length);
    for (const f of files) expect(moduleOf(f).criterion.id, `catalogue/${f}.ts`).toBe(f);
  });

  it('every file is listed in catalogue/index.ts, sorted by id', () => {
    const ids = criteria.map((c) => c.id);
    expect(ids).toEqual(files);
    expect([...ids].sort()).toEqual(ids);
    for (const f of files) expect(criteria, `catalogue/index.ts does not import ${f}`).toContain(moduleOf(f).criterion);
  });

  it('every file is listed in clauses.ts', () => {
    const src = readFileSync(new URL('./clauses.ts', import.meta.url), 'utf8');
    for (const f of files) {
      expect(src, `clauses.ts does not import ./catalogue/${f}`).toContain(`from './catalogue/${f}'`);
      for (const clause of moduleOf(f).clauses) expect(modelClauses, `${clause.id} is not in modelClauses`).toContain(clause);
    }
    expect(modelClauses.length).toBe(files.reduce((n, f) => n + moduleOf(f).clauses.length, 0));
  });

  it('criterion files hold data only: one type import from the schema, no zod, no other module', () => {
    for (const f of files) {
      const src = readFileSync(new URL(`${f}.ts`, catalogueDir), 'utf8');
      const imports = src.split('\n').filter((line) => /^\s*import\b/.test(line));
      expect(imports, `catalogue/${f}.ts`).toEqual([`import type { CriterionInput, ModelClause } from '../schema';`]);
      expect(src, `catalogue/${f}.ts`).toMatch(/^export const criterion = \{$/m);
      expect(src, `catalogue/${f}.ts`).toMatch(/^\} satisfies CriterionInput;$/m);
      expect(src, `catalogue/${f}.ts`).toMatch(/^export const clauses: ModelClause\[\] = \[$/m);
    }
  });

  it('catalogue/index.ts imports criteria only, never clauses', () => {
    const src = readFileSync(new URL('index.ts', catalogueDir), 'utf8');
    expect(src).not.toMatch(/\bclauses\b.*from/);
  });
});

describe('catalogue data', () => {
  it('validates against the schemas', () => {
    expect(validatedCriteria).toHaveLength(criteria.length);
    expect(validatedClauses).toHaveLength(modelClauses.length);
    expect(validatedGroups).toHaveLength(productGroups.length);
  });

  it('every language has patterns', () => {
    for (const c of criteria) for (const lang of LANGUAGES) expect(c.patterns[lang].length, `${c.id} [${lang}]`).toBeGreaterThan(0);
  });

  it('every pattern compiles as a JavaScript RegExp (flags giu) and with the engine compiler', () => {
    for (const c of criteria) {
      for (const lang of LANGUAGES) {
        for (const p of c.patterns[lang]) {
          expect(() => new RegExp(p, 'giu'), `${c.id} [${lang}] /${p}/`).not.toThrow();
          expect(() => compilePattern(p), `${c.id} [${lang}] /${p}/`).not.toThrow();
        }
      }
    }
  });

  it('every pattern starts with letters the matcher can index (so a notice is read in one pass)', () => {
    for (const c of criteria) {
      for (const lang of LANGUAGES) {
        for (const p of c.patterns[lang]) {
          expect(indexKeys(p), `${c.id} [${lang}] /${p}/ may start with anything: begin it with a word`).not.toBeNull();
        }
      }
    }
  });

  it('patterns name evidence, not binding words (the engine decides what binds)', () => {
    const binding = /\b(?:must|shall|should|(?:is|are) required|doi(?:t|vent)|devr(?:a|ont)|(?:est|sont) exig)\b/i;
    for (const c of criteria) for (const lang of LANGUAGES) for (const p of c.patterns[lang]) expect(p, `${c.id} [${lang}]`).not.toMatch(binding);
  });

  it('patterns are not duplicated within a language', () => {
    for (const c of criteria) {
      for (const lang of LANGUAGES) {
        const list = c.patterns[lang];
        expect(new Set(list).size, `${c.id} [${lang}]`).toBe(list.length);
      }
    }
  });

  it('every group referenced by appliesTo exists', () => {
    const ids = new Set(productGroups.map((g) => g.id));
    for (const c of criteria) for (const g of c.appliesTo.groups ?? []) expect(ids.has(g), `${c.id} applies to unknown group ${g}`).toBe(true);
  });

  it('every CPV prefix of product-groups.ts starts at least one CPV code', () => {
    expect(cpvCodes.length).toBeGreaterThan(9000);
    for (const g of productGroups) {
      for (const p of g.cpvPrefixes) expect(cpvCodes.some((code) => code.startsWith(p)), `${g.id}: no CPV code starts with ${p}`).toBe(true);
    }
  });
});

describe('model clauses', () => {
  it('ids are unique', () => {
    const ids = modelClauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every criterion has at least one English clause', () => {
    for (const c of criteria) expect(modelClauses.some((m) => m.criterion === c.id && m.lang === 'en'), c.id).toBe(true);
  });

  it('each clause belongs to the file it is in, and its id says its criterion, stage and language', () => {
    for (const f of files) {
      for (const clause of moduleOf(f).clauses) {
        expect(clause.criterion, clause.id).toBe(f);
        const [criterion, stage, lang] = clause.id.split('.');
        expect(criterion, clause.id).toBe(clause.criterion);
        expect(stage, clause.id).toBe(clause.stage);
        expect(lang, clause.id).toBe(clause.lang);
        expect(Stage.options).toContain(clause.stage);
      }
    }
  });

  it('every clause exists in every language: each stage of a criterion has clauses in all four or in none', () => {
    const missing: string[] = [];
    for (const c of criteria) {
      for (const stage of Stage.options) {
        const langs = new Set(modelClauses.filter((m) => m.criterion === c.id && m.stage === stage).map((m) => m.lang));
        if (langs.size === 0) continue;
        for (const lang of LANGUAGES) if (!langs.has(lang)) missing.push(`${c.id}.${stage}.${lang}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("a clause's product groups exist and are groups its criterion applies to", () => {
    const known = new Set(productGroups.map((g) => g.id));
    const wrong: string[] = [];
    for (const m of modelClauses) {
      const criterion = criteria.find((c) => c.id === m.criterion)!;
      const of = criterion.appliesTo.groups;
      for (const g of m.groups ?? []) {
        if (!known.has(g)) wrong.push(`${m.id}: no product group ${g}`);
        else if (of && !of.includes(g)) wrong.push(`${m.id}: ${m.criterion} does not apply to ${g}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a clause written for some groups exists for those groups in every language', () => {
    // (the clauses of a stage are not numbered alike in every language, and a national law may add one: each English
    // clause's groups must be those of a clause of the same stage in each language)
    const missing: string[] = [];
    for (const m of modelClauses.filter((x) => x.lang === 'en')) {
      const groups = (m.groups ?? []).join(',');
      for (const lang of LANGUAGES) {
        const same = modelClauses.some((x) => x.criterion === m.criterion && x.stage === m.stage && x.lang === lang && (x.groups ?? []).join(',') === groups);
        if (!same) missing.push(`${m.id} (${groups || 'any group'}): none in ${lang}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a stage has as many clauses in each language as in English, or more (a national law may need two)', () => {
    const short: string[] = [];
    for (const c of criteria) {
      for (const stage of Stage.options) {
        const count = (lang: string) => modelClauses.filter((m) => m.criterion === c.id && m.stage === stage && m.lang === lang).length;
        for (const lang of LANGUAGES) if (count(lang) < count('en')) short.push(`${c.id}.${stage}.${lang}: ${count(lang)} for ${count('en')} in English`);
      }
    }
    expect(short).toEqual([]);
  });
});

describe('unit cases', () => {
  const caseFiles = readdirSync(casesDir).filter((f) => f.endsWith('.json'));

  it('every cases file belongs to a criterion', () => {
    for (const f of caseFiles) expect(files, `cases/${f}`).toContain(f.slice(0, -'.json'.length));
  });

  it('every criterion has cases: per language at least one present and one that is not', () => {
    for (const id of files) {
      expect(caseFiles, `cases/${id}.json is missing`).toContain(`${id}.json`);
      const cases = CriterionCase.array().parse(JSON.parse(readFileSync(new URL(`${id}.json`, casesDir), 'utf8')));
      for (const lang of LANGUAGES) {
        const mine = cases.filter((c) => c.lang === lang);
        expect(mine.some((c) => c.expect === 'present'), `${id} [${lang}] has no present case`).toBe(true);
        expect(mine.some((c) => c.expect !== 'present'), `${id} [${lang}] has no case that is not present`).toBe(true);
      }
      for (const c of cases) for (const code of c.cpv ?? []) expect(cpvCodes, `${id}: unknown CPV ${code}`).toContain(code);
    }
  });
});

describe('generated files', () => {
  it('catalogue/index.ts and clauses.ts list every criterion file (`npx tsx scripts/catalogue.ts index`)', () => {
    const ids = catalogueIds();
    expect(readFileSync(new URL('./catalogue/index.ts', import.meta.url), 'utf8')).toBe(indexSource(ids));
    expect(readFileSync(new URL('./clauses.ts', import.meta.url), 'utf8')).toBe(clausesSource(ids));
  });
});

describe('catalogue version', () => {
  it('CATALOGUE_HASH matches the data (bump CATALOGUE_VERSION when the data change)', () => {
    const hash = createHash('sha256').update(JSON.stringify({ criteria, modelClauses, productGroups })).digest('hex');
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
    expect(CATALOGUE_HASH, 'catalogue changed: run `npx tsx scripts/catalogue.ts stamp YYYY.MM.DD-N` with a new version').toBe(hash);
  });
});
