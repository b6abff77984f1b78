/** The export formats by name: what the popup's Export buttons offer, with the file's extension and type. */
import type { ChecklistItem } from './checklist';
import { checklistCsv, reportCsv } from './csv';
import { exportFileName, type ExportDocument } from './document';
import { reportHtml } from './html';
import { reportJson } from './json';
import { checklistMarkdown, reportMarkdown } from './markdown';

export type ReportFormat = 'markdown' | 'csv' | 'json' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'csv', 'json', 'html'];

export type ChecklistFormat = 'markdown' | 'csv';
export const CHECKLIST_FORMATS: readonly ChecklistFormat[] = ['markdown', 'csv'];

const FILE: Record<ReportFormat, { ext: string; type: string }> = {
  markdown: { ext: 'md', type: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  json: { ext: 'json', type: 'application/json' },
  html: { ext: 'html', type: 'text/html;charset=utf-8' },
};

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const RENDER: Record<ReportFormat, (doc: ExportDocument) => string> = {
  markdown: reportMarkdown,
  csv: reportCsv,
  json: reportJson,
  html: reportHtml,
};

export function reportFile(doc: ExportDocument, format: ReportFormat): ExportFile {
  const { ext, type } = FILE[format];
  return { name: exportFileName(doc, ext), type, text: RENDER[format](doc) };
}

export function checklistFile(doc: ExportDocument, items: readonly ChecklistItem[], format: ChecklistFormat): ExportFile {
  const { ext, type } = FILE[format];
  const text = format === 'csv' ? checklistCsv(doc, items) : checklistMarkdown(doc, items);
  return { name: exportFileName(doc, ext, 'checklist'), type, text };
}
