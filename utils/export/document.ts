/**
 * A report made ready for export: criterion names resolved in the export language, evidence reduced to a quote
 * and where it comes from, the audit date and the coverage score added. Every format (markdown.ts, csv.ts,
 * json.ts, html.ts) reads this, so they all say the same thing. Pure: no DOM, no browser API.
 */
import type { Criterion, Pillar } from '../../criteria/schema';
import type { CriterionResult, Evidence, Outcome, Report } from '../report';
import { exportLang, type ExportLang } from './labels';
import { translator, type Translator } from '../ui-i18n';

/** What the exports need of a catalogue criterion (the popup's CriterionText is one). */
export type CriterionNames = Pick<Criterion, 'id' | 'name'> & Partial<Pick<Criterion, 'pillar' | 'why'>>;

export interface ExportEvidence {
  /** The passage as the notice gives it, white space collapsed; empty for a field whose value says nothing more. */
  quote: string;
  /** "II.2.5) Award criteria", or "BT-539 Award criterion type: cost (lot LOT-0001)" for a field. */
  source: string;
  weak: boolean;
}

export interface ExportCriterion {
  id: string;
  name: string;
  pillar: Pillar | 'other';
  outcome: Outcome;
  /** Why the criterion matters: given for a missing criterion, as the popup does. */
  why?: string;
  reason?: string;
  evidence: ExportEvidence[];
  /** The engine's result, untouched (the JSON export keeps it whole). */
  result: CriterionResult;
}

export interface Coverage {
  present: number;
  /** present + uncertain + missing */
  applicable: number;
  /** Present over applicable, 0–100, rounded; null when none applies. Same rule as the popup's score. */
  percent: number | null;
}

export interface ExportDocument {
  lang: ExportLang;
  /** ISO 8601, UTC. */
  auditedAt: string;
  notice: Report['notice'];
  engineVersion: string;
  catalogueVersion: string;
  counts: Record<Outcome, number>;
  coverage: Coverage;
  /** Missing first, then uncertain, present, not applicable (the popup's order); report order within each. */
  criteria: ExportCriterion[];
  report: Report;
}

export const OUTCOME_ORDER: readonly Outcome[] = ['missing', 'uncertain', 'present', 'not-applicable'];

/** Present over applicable; uncertain counts as not covered (the notice does not show it). */
export function coverageOf(results: readonly Pick<CriterionResult, 'outcome'>[]): Coverage {
  let present = 0;
  let applicable = 0;
  for (const r of results) {
    if (r.outcome === 'not-applicable') continue;
    applicable += 1;
    if (r.outcome === 'present') present += 1;
  }
  return { present, applicable, percent: applicable ? Math.round((100 * present) / applicable) : null };
}

export function countOf(results: readonly Pick<CriterionResult, 'outcome'>[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { present: 0, missing: 0, uncertain: 0, 'not-applicable': 0 };
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}

/** Runs of white space (line breaks, tabs, non-breaking spaces) become one space: quotes are read as one line. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Criterion ids start with their pillar: enough for a criterion the catalogue lacks (a newer report). */
const PREFIXES: Record<string, Pillar> = { env: 'environment', soc: 'social', eco: 'economic', econ: 'economic', dig: 'digital', prac: 'practice' };

/** The field's label and the section's title are the notice's words; "lot" and "Section" are the export's. */
export function evidenceSourceOf(e: Evidence, tr: Translator = translator('en')): string {
  if (e.kind === 'field' && e.field) {
    const { bt, label, value, lot } = e.field;
    // labels often end with their term already: "Suitable for SMEs (BT-726)"
    return oneLine(`${label.includes(bt) ? '' : `${bt} `}${label}${tr.colon}${value}${lot ? ` ${tr.t('evidence_lot', lot)}` : ''}`);
  }
  return oneLine(e.label ?? tr.t('evidence_section', e.section));
}

/**
 * The passage to quote. A field's text that is only its code, or its label and code, would repeat the source
 * line: no quote then; a field's free text (BT-777, BT-755) is quoted.
 */
export function quoteOf(e: Evidence): string {
  const text = oneLine(e.text);
  if (e.kind !== 'field' || !e.field) return text;
  return text === oneLine(e.field.value) || text.startsWith(oneLine(e.field.label)) ? '' : text;
}

function nameOf(c: CriterionNames | undefined, id: string, lang: ExportLang): string {
  return c?.name[lang] ?? c?.name.en ?? id;
}

export interface ExportOptions {
  /** When the report was made (or shown): ms since 1970, a Date, or an ISO string. */
  auditedAt: number | Date | string;
  /** UI language ("fr-FR" → French names and words; also German and Spanish); English otherwise. */
  lang?: string;
  catalogue: readonly CriterionNames[];
}

export function exportDocument(report: Report, opts: ExportOptions): ExportDocument {
  const lang = exportLang(opts.lang);
  const tr = translator(lang);
  const byId = new Map(opts.catalogue.map((c) => [c.id, c]));
  const rank = (o: Outcome) => OUTCOME_ORDER.indexOf(o);
  const criteria = report.results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.outcome) - rank(b.r.outcome) || a.i - b.i)
    .map(({ r }): ExportCriterion => {
      const c = byId.get(r.id);
      return {
        id: r.id,
        name: oneLine(nameOf(c, r.id, lang)),
        pillar: c?.pillar ?? PREFIXES[r.id.split('-')[0] ?? ''] ?? 'other',
        outcome: r.outcome,
        ...(r.outcome === 'missing' && c?.why ? { why: oneLine(c.why[lang] ?? c.why.en) } : {}),
        ...(r.reason ? { reason: oneLine(r.reason) } : {}),
        evidence: r.outcome === 'not-applicable' ? [] : r.evidence.map((e) => ({ quote: quoteOf(e), source: evidenceSourceOf(e, tr), weak: e.strength === 'weak' })),
        result: r,
      };
    });
  const at = opts.auditedAt instanceof Date ? opts.auditedAt : new Date(opts.auditedAt);
  return {
    lang,
    auditedAt: Number.isNaN(at.getTime()) ? new Date(0).toISOString() : at.toISOString(),
    notice: report.notice,
    engineVersion: report.engineVersion,
    catalogueVersion: report.catalogueVersion,
    counts: countOf(report.results),
    coverage: coverageOf(report.results),
    criteria,
    report,
  };
}

/** "2026-03-04 10:20 UTC": the audit date as the readable exports print it (the same on every machine). */
export function displayDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Only web addresses become links (never javascript:, data: or file:). */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * "tender-lens-181161-2020-2026-03-04.md": the notice's id (else its title), reduced to letters, digits and
 * hyphens, and the audit day.
 */
export function exportFileName(doc: Pick<ExportDocument, 'notice' | 'auditedAt'>, ext: string, kind = 'report'): string {
  const base = (doc.notice.id || doc.notice.title || 'notice')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const prefix = kind === 'report' ? 'tender-lens' : `tender-lens-${kind}`;
  return `${prefix}-${base || 'notice'}-${doc.auditedAt.slice(0, 10)}.${ext}`;
}
