/**
 * One input of the command line, read, parsed and audited, and formatted for the chosen output: the work a
 * worker thread does (or the main thread, for a few files). Everything heavy happens here, so that the main
 * thread only writes what comes back, in order.
 */
import { readFileSync, statSync } from 'node:fs';
import { defaultCatalogue } from '../utils/default-catalogue';
import { audit } from '../utils/engine';
import { parseNotices } from '../utils/parsers/detect';
import { MAX_INPUT_CHARS, tooLarge } from '../utils/parsers/errors';
import type { Report } from '../utils/report';
import { csvRow } from './csv';
import { describeError } from './describe-error';
import { toJsonReport, formatTable } from './format';
import type { Input } from './inputs';

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv';

export interface ProcessOptions {
  format: OutputFormat;
  url?: string;
  color: boolean;
  /** 'parse': read and parse only (the benchmark's baseline); nothing is formatted. */
  mode?: 'audit' | 'parse';
}

/** What the summary needs of one notice: small, so that it crosses threads cheaply. */
export interface SummaryRow {
  country?: string;
  /** CPV division (two digits) of the notice's main CPV code. */
  division?: string;
  /** One letter per criterion, in catalogue order: p(resent), m(issing), u(ncertain), n(ot applicable). */
  outcomes: string;
}

export interface NoticeOutput {
  source: string;
  /** The notice formatted for the output (a JSON object, a JSON line, a CSV row, a table block). */
  text: string;
  summary: SummaryRow;
}

export type InputResult = { ok: true; notices: NoticeOutput[] } | { ok: false; error: string };

const LETTER: Record<string, string> = { present: 'p', missing: 'm', uncertain: 'u', 'not-applicable': 'n' };

export function summaryRow(report: Report): SummaryRow {
  const row: SummaryRow = { outcomes: report.results.map((r) => LETTER[r.outcome] ?? 'u').join('') };
  if (report.notice.buyerCountry) row.country = report.notice.buyerCountry;
  if (report.notice.cpv[0]) row.division = report.notice.cpv[0].slice(0, 2);
  return row;
}

function format(source: string, report: Report, opts: ProcessOptions): string {
  switch (opts.format) {
    case 'json':
      return JSON.stringify(toJsonReport(source, report), null, 2);
    case 'jsonl':
      return JSON.stringify(toJsonReport(source, report));
    case 'csv':
      return csvRow(source, report);
    case 'table':
      return formatTable([{ source, report }], { color: opts.color });
  }
}

export function processInput(input: Input, opts: ProcessOptions): InputResult {
  try {
    // A file whose UTF-8 bytes cannot fit the parsers' limit is refused before it is read into memory (UTF-8 takes
    // at most 3 bytes per UTF-16 code unit); smaller ones are checked on their decoded length by the parser.
    if (!('content' in input)) {
      const bytes = statSync(input.path).size;
      if (bytes > MAX_INPUT_CHARS * 3) throw tooLarge(bytes);
    }
    const content = 'content' in input ? input.content : readFileSync(input.path, 'utf8');
    const notices = parseNotices(content, { fileName: input.name, ...(opts.url ? { url: opts.url } : {}) });
    if (opts.mode === 'parse') return { ok: true, notices: notices.map((n) => ({ source: input.name, text: '', summary: { outcomes: '' } })) };
    return {
      ok: true,
      notices: notices.map((notice, i) => {
        const source = notices.length === 1 ? input.name : `${input.name}#${notice.id ?? i + 1}`;
        const report = audit(notice, defaultCatalogue);
        return { source, text: format(source, report, opts), summary: summaryRow(report) };
      }),
    };
  } catch (err) {
    return { ok: false, error: describeError(input.name, err) };
  }
}

/** The criteria ids in catalogue order (the columns of the CSV output and the rows of the summary). */
export const criterionIds = (): string[] => defaultCatalogue.criteria.map((c) => c.id);
