/** The report, and the supplier's checklist, as Markdown: for a review ticket, a wiki page, an e-mail. */
import type { ChecklistItem } from './checklist';
import { displayDate, OUTCOME_ORDER, safeUrl, type ExportDocument } from './document';
import { markdownText as md } from './escape';
import { OUTCOME_KEYS, PROOF_KIND_KEYS, STAGE_KEYS } from './labels';
import { translator } from '../ui-i18n';
import { STAGES } from '../library/types';

/** An address as a Markdown autolink when it is one (nothing is escaped inside <…>), else as text. */
function link(url: string | undefined): string {
  const safe = safeUrl(url);
  return safe && !/[\s<>]/.test(safe) ? `<${safe}>` : md(url);
}

/** "**Label:** " in bold, with the language's colon (" :" in French). */
const boldLabel = (label: string, colon: string) => `**${label}${colon.trimEnd()}** `;

function header(doc: ExportDocument, title: string): string[] {
  const { t, colon } = translator(doc.lang);
  const n = doc.notice;
  const lines = [`# ${md(title)}${colon}${md(n.title || t('report_untitled'))}`, ''];
  if (n.id) lines.push(`- ${boldLabel(t('report_notice'), colon)}${md(n.id)}`);
  if (n.url) lines.push(`- ${boldLabel(t('doc_url'), colon)}${link(n.url)}`);
  if (n.buyer) lines.push(`- ${boldLabel(t('doc_buyer'), colon)}${md(n.buyer)}${n.buyerCountry ? ` (${md(n.buyerCountry)})` : ''}`);
  lines.push(`- ${boldLabel(t('doc_audited'), colon)}${displayDate(doc.auditedAt)}`);
  lines.push(`- ${boldLabel(t('doc_versions'), colon)}${t('doc_engine')} ${md(doc.engineVersion)}, ${t('doc_catalogue')} ${md(doc.catalogueVersion)}`);
  return lines;
}

export function reportMarkdown(doc: ExportDocument): string {
  const { t, colon, percent } = translator(doc.lang);
  const { coverage, counts } = doc;
  const lines = header(doc, t('doc_report'));
  const score = coverage.percent === null ? t('coverage_none') : `${percent(coverage.percent)} (${t('coverage_line', coverage.present, coverage.applicable)})`;
  lines.push(`- ${boldLabel(t('coverage_title'), colon)}${score}`);
  lines.push(`- ${OUTCOME_ORDER.map((o) => `${t(OUTCOME_KEYS[o])}${colon}${counts[o]}`).join(' · ')}`, '');

  // the overview: every criterion and its outcome
  lines.push(`| ${t('doc_criterion')} | ${t('doc_outcome')} |`, '|---|---|');
  for (const c of doc.criteria) lines.push(`| ${md(c.name)} | ${t(OUTCOME_KEYS[c.outcome])} |`);

  // then, outcome by outcome, why: the reason and the passages
  for (const outcome of OUTCOME_ORDER) {
    if (outcome === 'not-applicable') continue;
    const group = doc.criteria.filter((c) => c.outcome === outcome);
    if (!group.length) continue;
    lines.push('', `## ${t(OUTCOME_KEYS[outcome])} (${group.length})`);
    for (const c of group) {
      lines.push('', `### ${md(c.name)}`);
      if (c.reason) lines.push('', `${t('doc_reason')}${colon}${md(c.reason)}`);
      if (c.why) lines.push('', `${t('doc_why')}${colon}${md(c.why)}`);
      for (const e of c.evidence) {
        lines.push('');
        if (e.quote) lines.push(`> ${md(e.quote, true)}`, '>');
        lines.push(`${e.quote ? '> ' : ''}${t('doc_source')}${colon}${md(e.source)}${e.weak ? ` (${t('evidence_weak')})` : ''}`);
      }
    }
  }
  lines.push('', '---', '', md(t('doc_footer'), true), '');
  return lines.join('\n');
}

/** The checklist as task-list items, stage by stage, ready to tick off. */
export function checklistMarkdown(doc: ExportDocument, items: readonly ChecklistItem[]): string {
  const { t, colon } = translator(doc.lang);
  const lines = header(doc, t('doc_checklist'));
  if (!items.length) lines.push('', md(t('checklist_empty')));
  for (const stage of STAGES) {
    const group = items.filter((i) => i.stage === stage);
    if (!group.length) continue;
    lines.push('', `## ${t(STAGE_KEYS[stage])}`, '');
    for (const i of group) {
      const proof = i.proof.map((k) => t(PROOF_KIND_KEYS[k])).join(', ');
      lines.push(`- [ ] **${md(i.name)}**. ${t('doc_proof')}${colon}${proof} (${md(i.what)})`);
      if (i.quote) lines.push(`  > ${md(i.quote, true)}`, '  >');
      lines.push(`  ${i.quote ? '> ' : ''}${t('doc_source')}${colon}${md(i.source)}`);
    }
  }
  lines.push('', '---', '', md(t('doc_footer')), '');
  return lines.join('\n');
}
