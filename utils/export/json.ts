/**
 * The report as JSON: the engine's report whole (every evidence offset and field), with what the other exports
 * add: the audit date, the language and name of each criterion, its pillar, and the coverage score.
 */
import type { ExportDocument } from './document';

export const REPORT_JSON_FORMAT = 'tender-lens-report';
export const REPORT_JSON_VERSION = 1;

export function reportJson(doc: ExportDocument): string {
  const { report } = doc;
  const byId = new Map(doc.criteria.map((c) => [c.id, c]));
  const file = {
    format: REPORT_JSON_FORMAT,
    formatVersion: REPORT_JSON_VERSION,
    auditedAt: doc.auditedAt,
    /** The language of the criterion names. */
    language: doc.lang,
    notice: report.notice,
    engineVersion: report.engineVersion,
    catalogueVersion: report.catalogueVersion,
    counts: doc.counts,
    coverage: doc.coverage,
    groups: report.groups,
    ...(report.groupsFrom ? { groupsFrom: report.groupsFrom } : {}),
    // the engine's order, each result as the engine gave it, its name and pillar first
    results: report.results.map(({ id, ...r }) => ({ id, name: byId.get(id)?.name ?? id, pillar: byId.get(id)?.pillar ?? 'other', ...r })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
