/** Output formats of the command line: the JSON contract of issue #2 (with the notice's id, buyer and country where known) and a readable table. */
import type { Report } from '../utils/report';

export function toJsonReport(source: string, r: Report) {
  return {
    source,
    notice: {
      ...(r.notice.id ? { id: r.notice.id } : {}),
      title: r.notice.title,
      language: r.notice.language,
      cpv: r.notice.cpv,
      ...(r.notice.buyer ? { buyer: r.notice.buyer } : {}),
      ...(r.notice.buyerCountry ? { buyerCountry: r.notice.buyerCountry } : {}),
    },
    engineVersion: r.engineVersion,
    catalogueVersion: r.catalogueVersion,
    results: r.results.map((x) => ({
      id: x.id,
      outcome: x.outcome,
      evidence: x.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end, section: e.section })),
      reason: x.reason ?? null,
    })),
  };
}

export function formatJson(reports: { source: string; report: Report }[]): string {
  return `${JSON.stringify(reports.map((r) => toJsonReport(r.source, r.report)), null, 2)}\n`;
}

const MARK: Record<string, string> = { present: '✔ present', missing: '✘ missing', uncertain: '? uncertain', 'not-applicable': '· n/a' };
const COLOR: Record<string, string> = { present: '32', missing: '31', uncertain: '33', 'not-applicable': '90' };

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export function formatTable(reports: { source: string; report: Report }[], opts: { color: boolean }): string {
  const paint = (outcome: string, s: string) => (opts.color ? `\x1b[${COLOR[outcome]}m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const { source, report: r } of reports) {
    out.push(`${source}`);
    out.push(`  ${r.notice.title || '(no title)'}`);
    out.push(
      `  language ${r.notice.language} · CPV ${r.notice.cpv.join(', ') || 'none'} · groups ${r.groups.join(', ') || 'none'}`,
    );
    out.push(
      `  ${r.counts.present} present, ${r.counts.missing} missing, ${r.counts.uncertain} uncertain, ${r.counts['not-applicable']} not applicable` +
        ` (engine ${r.engineVersion}, catalogue ${r.catalogueVersion})`,
    );
    const idWidth = Math.max(...r.results.map((x) => x.id.length));
    for (const x of r.results) {
      const detail = x.evidence[0] ? `“${oneLine(x.evidence[0].text, 90)}”` : x.reason ? oneLine(x.reason, 92) : '';
      const mark = MARK[x.outcome]!.padEnd(12);
      out.push(`  ${x.id.padEnd(idWidth)}  ${paint(x.outcome, mark)}  ${detail}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
