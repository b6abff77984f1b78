/**
 * The evaluation on hand-labelled real notices (scripts/eval.ts, eval/expected/, docs/evaluation.md), run in-process.
 *
 * Asserted: the labels are well-formed, no false "present" on a trap file (INDEX label trap, and every UNGM page
 * with its site menu), and the precision of "present" over all languages. Recall and the per-language targets
 * (precision ≥ 0.95, recall ≥ 0.90 per language) are printed by `npm run eval` but not asserted while the
 * catalogue is being completed: many labelled criteria have no catalogue file yet, and languages other than
 * English and French have no patterns yet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../utils/default-catalogue';
import { evaluate, formatReport, TARGETS, type Evaluation } from '../scripts/eval';

let ev: Evaluation;

beforeAll(() => {
  ev = evaluate(defaultCatalogue);
}, 120_000);

const list = (items: string[]) => (items.length ? `\n  ${items.join('\n  ')}` : '');

describe('evaluation on labelled notices', () => {
  it('reads well-formed labels for existing fixtures', () => {
    expect(ev.files).toBeGreaterThan(0);
    expect(ev.labelErrors, `label errors:${list(ev.labelErrors)}`).toEqual([]);
  });

  it('finds no false "present" on trap files', () => {
    const traps = ev.falsePositives
      .filter((fp) => fp.trapFile)
      .map((fp) => `${fp.file} · ${fp.criterion}: “${fp.evidence[0]?.text.replace(/\s+/g, ' ').slice(0, 160) ?? ''}”`);
    expect(ev.trapFiles.falsePositives, `false positives on trap files:${list(traps)}`).toBe(0);
  });

  it(`keeps the precision of "present" at ${TARGETS.precision} or more overall`, () => {
    const { tp, fp, precision } = ev.overall;
    expect(tp + fp, 'the engine found no labelled criterion present at all').toBeGreaterThan(0);
    const fps = ev.falsePositives.map((x) => `${x.file} · ${x.criterion}`);
    expect(precision!, `precision ${precision?.toFixed(3)} (TP ${tp}, FP ${fp}):${list(fps)}`).toBeGreaterThanOrEqual(TARGETS.precision);
  });

  it('formats a report that ends with the trap-file line', () => {
    expect(formatReport(ev)).toMatch(/trap files: \d+ false positives/);
  });
});
