/** The report, and the supplier's checklist, as Markdown: for a review ticket, a wiki page, an e-mail. */
import type { ChecklistItem } from './checklist';
import { displayDate, OUTCOME_ORDER, safeUrl, type ExportDocument } from './document';
import { markdownText as md } from './escape';
import { EXPORT_STRINGS } from './labels';
import { STAGES } from '../library/types';

/** An address as a Markdown autolink when it is one (nothing is escaped inside <…>), else as text. */
function link(url: string | undefined): string {
  const safe = safeUrl(url);
  return safe && !/[\s<>]/.test(safe) ? `<${safe}>` : md(url);
}

function header(doc: ExportDocument, title: string): string[] {
  const s = EXPORT_STRINGS[doc.lang];
  const n = doc.notice;
  const lines = [`# ${md(title)}: ${md(n.title || s.untitled)}`, ''];
  if (n.id) lines.push(`- **${s.notice}:** ${md(n.id)}`);
  if (n.url) lines.push(`- **${s.url}:** ${link(n.url)}`);
  if (n.buyer) lines.push(`- **${s.buyer}:** ${md(n.buyer)}${n.buyerCountry ? ` (${md(n.buyerCountry)})` : ''}`);
  lines.push(`- **${s.audited}:** ${displayDate(doc.auditedAt)}`);
  lines.push(`- **${s.versions}:** ${s.engine} ${md(doc.engineVersion)}, ${s.catalogue} ${md(doc.catalogueVersion)}`);
  return lines;
}

export function reportMarkdown(doc: ExportDocument): string {
  const s = EXPORT_STRINGS[doc.lang];
  const { coverage, counts } = doc;
  const lines = header(doc, s.report);
  const score = coverage.percent === null ? s.noneApplies : `${coverage.percent}% (${s.coverageLine(coverage.present, coverage.applicable)})`;
  lines.push(`- **${s.coverage}:** ${score}`);
  lines.push(`- ${OUTCOME_ORDER.map((o) => `${s.outcomes[o]}: ${counts[o]}`).join(' · ')}`, '');

  // the overview: every criterion and its outcome
  lines.push(`| ${s.criterion} | ${s.outcome} |`, '|---|---|');
  for (const c of doc.criteria) lines.push(`| ${md(c.name)} | ${s.outcomes[c.outcome]} |`);

  // then, outcome by outcome, why: the reason and the passages
  for (const outcome of OUTCOME_ORDER) {
    if (outcome === 'not-applicable') continue;
    const group = doc.criteria.filter((c) => c.outcome === outcome);
    if (!group.length) continue;
    lines.push('', `## ${s.outcomes[outcome]} (${group.length})`);
    for (const c of group) {
      lines.push('', `### ${md(c.name)}`);
      if (c.reason) lines.push('', `${s.reason}: ${md(c.reason)}`);
      if (c.why) lines.push('', `${s.why}: ${md(c.why)}`);
      for (const e of c.evidence) {
        lines.push('');
        if (e.quote) lines.push(`> ${md(e.quote, true)}`, '>');
        lines.push(`${e.quote ? '> ' : ''}${s.source}: ${md(e.source)}${e.weak ? ` (${s.weak})` : ''}`);
      }
    }
  }
  lines.push('', '---', '', md(s.footer, true), '');
  return lines.join('\n');
}

/** The checklist as task-list items, stage by stage, ready to tick off. */
export function checklistMarkdown(doc: ExportDocument, items: readonly ChecklistItem[]): string {
  const s = EXPORT_STRINGS[doc.lang];
  const lines = header(doc, s.checklist);
  if (!items.length) lines.push('', md(s.noItems));
  for (const stage of STAGES) {
    const group = items.filter((i) => i.stage === stage);
    if (!group.length) continue;
    lines.push('', `## ${s.stages[stage]}`, '');
    for (const i of group) {
      const proof = i.proof.map((k) => s.proofs[k]).join(', ');
      lines.push(`- [ ] **${md(i.name)}**. ${s.proof}: ${proof} (${md(i.what)})`);
      if (i.quote) lines.push(`  > ${md(i.quote, true)}`, '  >');
      lines.push(`  ${i.quote ? '> ' : ''}${s.source}: ${md(i.source)}`);
    }
  }
  lines.push('', '---', '', md(s.footer), '');
  return lines.join('\n');
}
