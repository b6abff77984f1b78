/**
 * One runner for every criterion's unit cases (cases/<id>.json): each case becomes a one-section text notice,
 * goes through the engine with the whole catalogue, and the criterion's outcome must be the one the case states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, compileCatalogue } from '../utils/engine';
import { criteria } from './catalogue/index';
import { productGroups } from './product-groups';
import { caseNotice, cpvCodesOf, defaultCpv } from './case-notice';
import { CriterionCase } from './schema';
import { CATALOGUE_VERSION } from './version';

const casesDir = new URL('./cases/', import.meta.url);
const cpvCodes = cpvCodesOf(readFileSync(new URL('../../shared/data/cpv_en.tsv', import.meta.url), 'utf8'));

const catalogue = compileCatalogue(criteria, productGroups, CATALOGUE_VERSION);
const files = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();

for (const file of files) {
  const id = file.slice(0, -'.json'.length);
  const criterion = criteria.find((c) => c.id === id);
  const cases = CriterionCase.array().parse(JSON.parse(readFileSync(new URL(file, casesDir), 'utf8')));

  describe(`${id} cases`, () => {
    it('has a criterion', () => expect(criterion, `no criterion for cases/${file}`).toBeDefined());
    if (!criterion) return;
    const cpv = defaultCpv(criterion, cpvCodes);

    cases.forEach((c, i) => {
      it(`${id} [${c.lang}] case ${i + 1} (${c.note}) → ${c.expect}`, () => {
        const notice = caseNotice(criterion, c, cpv);
        const result = audit(notice, catalogue).results.find((r) => r.id === id);
        expect(result, `no result for ${id}`).toBeDefined();
        expect(result!.outcome, JSON.stringify({ text: c.text, reason: result!.reason, evidence: result!.evidence.map((e) => e.text) })).toBe(c.expect);
      });
    });
  });
}
