/**
 * One runner for every criterion's unit cases (cases/<id>.json): each case becomes a one-section text notice,
 * goes through the engine with the whole catalogue, and the criterion's outcome must be the one the case states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, compileCatalogue } from '../utils/engine';
import type { Notice } from '../utils/notice';
import { criteria } from './catalogue/index';
import { productGroups } from './product-groups';
import { CriterionCase, type Criterion } from './schema';
import { CATALOGUE_VERSION } from './version';

const casesDir = new URL('./cases/', import.meta.url);
const cpvCodes = readFileSync(new URL('../../shared/data/cpv_en.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!)
  .filter((code) => /^\d{8}$/.test(code));

/** The group whose prefix is the longest prefix of the code (product-groups.md). */
function groupOf(code: string): string | undefined {
  let best: { id: string; len: number } | undefined;
  for (const g of productGroups) {
    for (const p of g.cpvPrefixes) if (code.startsWith(p) && p.length > (best?.len ?? 0)) best = { id: g.id, len: p.length };
  }
  return best?.id;
}

/**
 * A CPV code for cases that give none: the first real code that selects the criterion's first group; for
 * criteria that apply by kind or contract nature, a portable computer (a goods group bought as supplies).
 */
function defaultCpv(c: Criterion): string {
  const group = c.appliesTo.groups?.[0];
  if (!group) return '30213100';
  const code = cpvCodes.find((code) => groupOf(code) === group);
  if (!code) throw new Error(`no CPV code selects ${group}`);
  return code;
}

const catalogue = compileCatalogue(criteria, productGroups, CATALOGUE_VERSION);
const files = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();

for (const file of files) {
  const id = file.slice(0, -'.json'.length);
  const criterion = criteria.find((c) => c.id === id);
  const cases = CriterionCase.array().parse(JSON.parse(readFileSync(new URL(file, casesDir), 'utf8')));

  describe(`${id} cases`, () => {
    it('has a criterion', () => expect(criterion, `no criterion for cases/${file}`).toBeDefined());
    if (!criterion) return;
    const cpv = defaultCpv(criterion);

    cases.forEach((c, i) => {
      it(`${id} [${c.lang}] case ${i + 1} (${c.note}) → ${c.expect}`, () => {
        const contractNature = c.contractNature ?? criterion.appliesTo.natures?.[0];
        const notice: Notice = {
          format: 'text',
          title: 'Case',
          language: c.lang,
          cpv: c.cpv ?? [cpv],
          ...(contractNature ? { contractNature } : {}),
          sections: [{ id: 's1', label: 'Case', kind: c.kind ?? 'other', text: c.text }],
          fields: [],
          gaps: [],
        };
        const result = audit(notice, catalogue).results.find((r) => r.id === id);
        expect(result, `no result for ${id}`).toBeDefined();
        expect(result!.outcome, JSON.stringify({ text: c.text, reason: result!.reason, evidence: result!.evidence.map((e) => e.text) })).toBe(c.expect);
      });
    });
  });
}
