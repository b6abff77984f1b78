/**
 * How a criterion's unit case (cases/<id>.json) becomes a notice: one section of the case's kind, the case's
 * CPV codes or, by default, a real code of the criterion's first product group. Shared by the case runner
 * (criteria/cases.test.ts) and the evaluation report (scripts/eval.ts).
 */
import type { Notice } from '../utils/notice';
import { productGroups } from './product-groups';
import type { Criterion, CriterionCase } from './schema';

/** The group whose prefix is the longest prefix of the code (product-groups.md). */
function groupOf(code: string): string | undefined {
  let best: { id: string; len: number } | undefined;
  for (const g of productGroups) {
    for (const p of g.cpvPrefixes) if (code.startsWith(p) && p.length > (best?.len ?? 0)) best = { id: g.id, len: p.length };
  }
  return best?.id;
}

/**
 * A CPV code for cases that give none: the first real code (of `cpvCodes`, the CPV list) that selects the
 * criterion's first group; for criteria that apply by kind or contract nature, a portable computer.
 */
export function defaultCpv(c: Criterion, cpvCodes: readonly string[]): string {
  const group = c.appliesTo.groups?.[0];
  if (!group) return '30213100';
  const code = cpvCodes.find((code) => groupOf(code) === group);
  if (!code) throw new Error(`no CPV code selects ${group}`);
  return code;
}

export function caseNotice(criterion: Criterion, c: CriterionCase, cpv: string): Notice {
  const contractNature = c.contractNature ?? criterion.appliesTo.natures?.[0];
  return {
    format: 'text',
    title: 'Case',
    language: c.lang,
    cpv: c.cpv ?? [cpv],
    ...(contractNature ? { contractNature } : {}),
    sections: [{ id: 's1', label: 'Case', kind: c.kind ?? 'other', text: c.text }],
    fields: [],
    gaps: [],
  };
}

/** Every 8-digit code of the CPV list (tab-separated: code, label). */
export function cpvCodesOf(tsv: string): string[] {
  return tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!)
    .filter((code) => /^\d{8}$/.test(code));
}
