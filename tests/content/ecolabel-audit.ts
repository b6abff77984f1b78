/** A stand-in for the background's audit in the lens tests. */
import type { Audited } from '../../entrypoints/content/lens';
import type { Notice } from '../../utils/notice';
import type { CriterionResult, Report } from '../../utils/report';

/**
 * The background's audit, reduced: the ecolabel is present when the first section names it, with that passage as
 * evidence; `more` results are added as they are (the counts follow them), `names` are the criteria's names.
 */
export function ecolabelAudit(notice: Notice, more: CriterionResult[] = [], names: Audited['names'] = {}): Audited {
  const text = notice.sections[0]?.text ?? '';
  const at = text.indexOf('EU Ecolabel');
  const results: CriterionResult[] = [
    at >= 0
      ? { id: 'env-ecolabel', outcome: 'present', groups: [], evidence: [{ text: 'EU Ecolabel', start: at, end: at + 11, section: 's1', kind: 'text', strength: 'strong' }] }
      : { id: 'env-ecolabel', outcome: 'missing', groups: [], evidence: [] },
    ...more,
  ];
  const counts: Report['counts'] = { present: 0, missing: 0, uncertain: 0, 'not-applicable': 0 };
  for (const r of results) counts[r.outcome]++;
  const report: Report = {
    engineVersion: 'test',
    catalogueVersion: 'test',
    notice: { format: notice.format, title: notice.title, language: 'en', cpv: [] },
    groups: [],
    results,
    counts,
  };
  return { report, names };
}
