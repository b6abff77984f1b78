/**
 * The report, and the supplier's checklist, as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that
 * spreadsheets read accents right). One row per criterion (per checklist item), each row repeating the notice's
 * identity and the versions, so that the files of several notices can be put together.
 */
import type { ChecklistItem } from './checklist';
import type { ExportDocument } from './document';
import { csvCell } from './escape';

const BOM = '\uFEFF';

const NOTICE_COLUMNS = ['notice_id', 'notice_url', 'notice_title', 'buyer', 'buyer_country', 'audited_at', 'engine_version', 'catalogue_version'];

export const REPORT_CSV_COLUMNS = [...NOTICE_COLUMNS, 'criterion_id', 'criterion', 'pillar', 'outcome', 'reason', 'evidence', 'evidence_source'];
export const CHECKLIST_CSV_COLUMNS = [...NOTICE_COLUMNS, 'criterion_id', 'requirement', 'stage', 'proof', 'proof_details', 'quote', 'source'];

const noticeCells = (doc: ExportDocument) => {
  const n = doc.notice;
  return [n.id, n.url, n.title, n.buyer, n.buyerCountry, doc.auditedAt, doc.engineVersion, doc.catalogueVersion];
};

const table = (columns: readonly string[], rows: (string | number | undefined)[][]) =>
  BOM + [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Several passages of one criterion go in one cell, one per line (quoted cells may hold line breaks). */
export function reportCsv(doc: ExportDocument): string {
  const notice = noticeCells(doc);
  return table(
    REPORT_CSV_COLUMNS,
    doc.criteria.map((c) => [
      ...notice,
      c.id,
      c.name,
      c.pillar,
      c.outcome,
      c.reason,
      c.evidence.map((e) => e.quote).filter(Boolean).join('\n'),
      c.evidence.map((e) => e.source).join('\n'),
    ]),
  );
}

/** Stage and proof as codes (selection, certificate), like outcome in the report: stable for filters. */
export function checklistCsv(doc: ExportDocument, items: readonly ChecklistItem[]): string {
  const notice = noticeCells(doc);
  return table(
    CHECKLIST_CSV_COLUMNS,
    items.map((i) => [...notice, i.criterion, i.name, i.stage, i.proof.join(' '), i.what, i.quote, i.source]),
  );
}
