/** The report by pillar, and its coverage score. Pure: no DOM, no browser APIs. */
import type { Pillar } from '../criteria/schema';
import type { CriterionResult, Outcome } from '../utils/report';
import type { MessageKey } from '../utils/ui-i18n';
import { GROUP_ORDER, type CriterionText } from './report-format';

export type PillarKey = Pillar | 'other';

export const PILLAR_ORDER: readonly PillarKey[] = ['environment', 'social', 'economic', 'digital', 'practice', 'other'];

export const PILLAR_KEYS: Record<PillarKey, MessageKey> = {
  environment: 'pillar_environment',
  social: 'pillar_social',
  economic: 'pillar_economic',
  digital: 'pillar_digital',
  practice: 'pillar_practice',
  other: 'pillar_otherCriteria',
};

/** Criterion ids start with their pillar (env-, soc-, eco-, dig-, prac-): enough for a criterion the catalogue lacks. */
const PREFIXES: Record<string, Pillar> = { env: 'environment', soc: 'social', eco: 'economic', econ: 'economic', dig: 'digital', prac: 'practice' };

export function pillarOf(id: string, catalogue: ReadonlyMap<string, CriterionText>): PillarKey {
  return catalogue.get(id)?.pillar ?? PREFIXES[id.split('-')[0] ?? ''] ?? 'other';
}

export interface Coverage {
  present: number;
  uncertain: number;
  missing: number;
  /** present + uncertain + missing: the criteria that apply. */
  applicable: number;
  /** Share of applicable criteria present, 0–100; null when none applies. */
  percent: number | null;
}

/** Present over applicable. Uncertain counts as not covered: the notice does not show it. */
export function coverageOf(results: readonly CriterionResult[]): Coverage {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const present = count('present');
  const uncertain = count('uncertain');
  const missing = count('missing');
  const applicable = present + uncertain + missing;
  return { present, uncertain, missing, applicable, percent: applicable ? Math.round((100 * present) / applicable) : null };
}

export interface PillarGroup {
  pillar: PillarKey;
  /** Missing first, then uncertain, present, not applicable; each in the report's order. */
  results: CriterionResult[];
  coverage: Coverage;
}

const rank = (o: Outcome) => GROUP_ORDER.indexOf(o);

/** Pillars with the most missing criteria first (then the usual order); pillars with no criterion left out. */
export function groupByPillar(results: readonly CriterionResult[], catalogue: ReadonlyMap<string, CriterionText>): PillarGroup[] {
  const groups = PILLAR_ORDER.map((pillar) => {
    const mine = results
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => pillarOf(r.id, catalogue) === pillar)
      .sort((a, b) => rank(a.r.outcome) - rank(b.r.outcome) || a.i - b.i)
      .map(({ r }) => r);
    return { pillar, results: mine, coverage: coverageOf(mine) };
  }).filter((g) => g.results.length > 0);
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.coverage.missing - a.g.coverage.missing || a.i - b.i)
    .map(({ g }) => g);
}
