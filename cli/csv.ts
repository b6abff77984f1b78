/**
 * CSV output (RFC 4180): one row per notice, one column per criterion holding its outcome. Cells are escaped by
 * the exports' csvCell (formula guard included): notice titles and buyer names are other people's text.
 */
import { csvCell } from '../utils/export/escape';
import type { Report } from '../utils/report';

export const CSV_FIXED_COLUMNS = ['source', 'notice_id', 'title', 'language', 'buyer', 'buyer_country', 'cpv', 'present', 'missing', 'uncertain', 'not_applicable'];

export function csvHeader(criterionIds: readonly string[]): string {
  return [...CSV_FIXED_COLUMNS, ...criterionIds].map(csvCell).join(',');
}

export function csvRow(source: string, r: Report): string {
  const n = r.notice;
  return [
    source,
    n.id,
    n.title,
    n.language,
    n.buyer,
    n.buyerCountry,
    n.cpv.join(' '),
    r.counts.present,
    r.counts.missing,
    r.counts.uncertain,
    r.counts['not-applicable'],
    ...r.results.map((x) => x.outcome),
  ]
    .map(csvCell)
    .join(',');
}
