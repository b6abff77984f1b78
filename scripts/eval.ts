/**
 * Evaluation on hand-labelled real notices: `npm run eval` prints a report, `npm run -s eval -- --json` prints one
 * JSON object with the same numbers. Exit code 0 always: this is a report. tests/eval.test.ts checks the targets
 * that hold today (no false "present" on trap files, precision of "present" overall).
 *
 * Each eval/expected/*.json names a fixture under tests/fixtures/ and the outcomes a careful reviewer settles for
 * it (docs/evaluation.md). The fixture is parsed and audited exactly as the command line does (cli/audit.ts) and
 * every label is compared with the engine's outcome:
 * - "present": the engine must say present (TP), anything else is a false negative (FN);
 * - "not-present", "missing", "not-applicable": an engine "present" is a false positive (FP);
 * - "missing" is also scored on its own: the engine must say missing;
 * - "uncertain": the notice does not settle it; present and uncertain are both accepted and it is not scored.
 * Labels of criteria the catalogue does not have yet are listed as "not in catalogue" and left out of the scores;
 * files the parsers cannot read are listed as "unreadable" and left out too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit, type CompiledCatalogue } from '../utils/engine';
import { parseNotice } from '../utils/parsers/detect';
import { caseNotice, cpvCodesOf, defaultCpv } from '../criteria/case-notice';
import { CriterionCase } from '../criteria/schema';
import type { CriterionResult, Outcome } from '../utils/report';

export const EXPECTED_OUTCOMES = ['present', 'not-present', 'missing', 'uncertain', 'not-applicable'] as const;
export type ExpectedOutcome = (typeof EXPECTED_OUTCOMES)[number];
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'other'] as const;
export type EvalLanguage = (typeof LANGUAGES)[number];
export const LABELS = ['clause', 'subject', 'boilerplate', 'trap', 'none'] as const;

/** The 36 ids of the guideline catalogue (criteria.md). Ids are stable; labels may use any of them. */
export const GUIDELINE_IDS: readonly string[] = [
  'env-energy-efficiency', 'env-renewable-energy', 'env-carbon', 'env-clean-vehicles', 'env-ecolabel',
  'env-hazardous-substances', 'env-durability-repair', 'env-take-back', 'env-recycled-materials', 'env-waste-packaging',
  'env-water', 'env-biodiversity', 'env-management-system', 'env-sustainable-food',
  'soc-labour-rights', 'soc-fair-work', 'soc-accessibility', 'soc-inclusive-employment', 'soc-reserved', 'soc-equality',
  'soc-community-benefit',
  'eco-life-cycle-cost', 'eco-quality-award', 'eco-sme-access', 'eco-innovation', 'eco-fair-payment',
  'dig-interoperability', 'dig-data-ownership', 'dig-privacy', 'dig-cybersecurity', 'dig-open-source', 'dig-ai-accountability',
  'prac-outcomes', 'prac-monitoring', 'prac-verification', 'prac-performance-clauses',
];

export const TARGETS = { precision: 0.95, recall: 0.9 } as const;

export interface ExpectedFile {
  file: string;
  language: EvalLanguage;
  label: (typeof LABELS)[number];
  expect: Record<string, ExpectedOutcome>;
  why: Record<string, string>;
}

export interface Metrics {
  /** Scored labels (criteria in the catalogue, readable files). */
  labels: number;
  tp: number;
  fp: number;
  fn: number;
  /** TP / (TP + FP); null when the engine said present nowhere it was labelled. */
  precision: number | null;
  /** TP / (TP + FN); null when nothing was labelled present. */
  recall: number | null;
  /** Labelled missing, and how many of them the engine said missing. */
  missing: { expected: number; hit: number; accuracy: number | null };
  /** Labelled uncertain (not scored), and how many the engine said present or uncertain. */
  uncertain: { expected: number; agree: number };
}

export interface FalsePositive {
  file: string;
  criterion: string;
  language: EvalLanguage;
  label: string;
  expected: ExpectedOutcome;
  why: string;
  evidence: { text: string; section: string; label?: string }[];
  trapFile: boolean;
}

export interface Miss {
  file: string;
  criterion: string;
  language: EvalLanguage;
  expected: ExpectedOutcome;
  predicted: Outcome;
  reason: string;
  why: string;
}

export interface Evaluation {
  engineVersion: string;
  catalogueVersion: string;
  targets: typeof TARGETS;
  files: number;
  readable: number;
  unreadable: { file: string; error: string }[];
  /** Malformed expected files or labels (unknown id, unknown outcome, missing why, missing fixture). */
  labelErrors: string[];
  /** Labels of criteria the catalogue does not have yet: id → number of labels (readable files). */
  notInCatalogue: Record<string, number>;
  overall: Metrics;
  byCriterion: Record<string, Metrics>;
  byLanguage: Record<EvalLanguage, Metrics & { files: number }>;
  falsePositives: FalsePositive[];
  falseNegatives: Miss[];
  /** Labelled missing, predicted something else. */
  missingMisses: Miss[];
  /** Labelled uncertain, predicted missing or not-applicable. */
  uncertainDisagreements: Miss[];
  /** Files labelled trap in the INDEX, plus every UNGM page (its site menu is a trap). */
  trapFiles: {
    files: number;
    falsePositives: number;
    /** Criteria in the catalogue found present on a trap file but not labelled there: not scored, shown to be checked. */
    unlabelledPresent: { file: string; criterion: string; evidence: string }[];
  };
  ms: number;
}

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..');
export const EXPECTED_DIR = join(REPO_ROOT, 'eval', 'expected');

/** eval/expected/<name>.json: the fixture path under tests/fixtures/ with "/" replaced by "__", plus ".json". */
export function expectedFileName(file: string): string {
  return `${file.replace(/^tests\/fixtures\//, '').replace(/\//g, '__')}.json`;
}

function emptyMetrics(): Metrics {
  return { labels: 0, tp: 0, fp: 0, fn: 0, precision: null, recall: null, missing: { expected: 0, hit: 0, accuracy: null }, uncertain: { expected: 0, agree: 0 } };
}

function finish<T extends Metrics>(m: T): T {
  m.precision = m.tp + m.fp ? m.tp / (m.tp + m.fp) : null;
  m.recall = m.tp + m.fn ? m.tp / (m.tp + m.fn) : null;
  m.missing.accuracy = m.missing.expected ? m.missing.hit / m.missing.expected : null;
  return m;
}

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** Reads and checks every expected file; malformed entries are reported and skipped, never half-used. */
export function loadExpected(catalogue: CompiledCatalogue, dir = EXPECTED_DIR): { expected: ExpectedFile[]; errors: string[] } {
  const errors: string[] = [];
  const expected: ExpectedFile[] = [];
  const catalogueIds = new Set(catalogue.criteria.map((c) => c.id));
  const known = (id: string) => GUIDELINE_IDS.includes(id) || catalogueIds.has(id);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let doc: ExpectedFile;
    try {
      doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExpectedFile;
    } catch (err) {
      errors.push(`${name}: not JSON (${(err as Error).message})`);
      continue;
    }
    const problems: string[] = [];
    if (typeof doc.file !== 'string' || !doc.file.startsWith('tests/fixtures/')) problems.push('"file" must be a path under tests/fixtures/');
    else if (expectedFileName(doc.file) !== name) problems.push(`file name should be ${expectedFileName(doc.file)}`);
    if (!LANGUAGES.includes(doc.language)) problems.push(`"language" must be one of ${LANGUAGES.join(', ')}`);
    if (!LABELS.includes(doc.label)) problems.push(`"label" must be one of ${LABELS.join(', ')}`);
    if (!doc.expect || typeof doc.expect !== 'object') problems.push('"expect" is missing');
    if (problems.length) {
      errors.push(`${name}: ${problems.join('; ')}`);
      continue;
    }
    const expect: Record<string, ExpectedOutcome> = {};
    for (const [id, outcome] of Object.entries(doc.expect)) {
      if (!known(id)) errors.push(`${name}: unknown criterion id "${id}"`);
      else if (!EXPECTED_OUTCOMES.includes(outcome)) errors.push(`${name}: ${id}: unknown outcome "${outcome}"`);
      else if (!doc.why?.[id]?.trim()) errors.push(`${name}: ${id}: no "why"`);
      else expect[id] = outcome;
    }
    expected.push({ ...doc, expect });
  }
  return { expected, errors };
}

export function isTrapFile(e: Pick<ExpectedFile, 'file' | 'label'>): boolean {
  return e.label === 'trap' || e.file.includes('/ungm/');
}

/**
 * Parses and audits every labelled fixture with `catalogue` (the product's: utils/default-catalogue.ts) and
 * compares. Pure apart from reading files.
 */
export function evaluate(catalogue: CompiledCatalogue, opts: { dir?: string; root?: string } = {}): Evaluation {
  const t0 = performance.now();
  const root = opts.root ?? REPO_ROOT;
  const { expected, errors } = loadExpected(catalogue, opts.dir);
  const catalogueIds = new Set(catalogue.criteria.map((c) => c.id));

  const overall = emptyMetrics();
  const byCriterion: Record<string, Metrics> = {};
  for (const c of catalogue.criteria) byCriterion[c.id] = emptyMetrics();
  const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, { ...emptyMetrics(), files: 0 }])) as Evaluation['byLanguage'];
  const notInCatalogue: Record<string, number> = {};
  const unreadable: Evaluation['unreadable'] = [];
  const falsePositives: FalsePositive[] = [];
  const falseNegatives: Miss[] = [];
  const missingMisses: Miss[] = [];
  const uncertainDisagreements: Miss[] = [];
  const trap = { files: 0, falsePositives: 0, unlabelledPresent: [] as Evaluation['trapFiles']['unlabelledPresent'] };
  let engineVersion = '';
  let readable = 0;

  for (const e of expected) {
    let results: Map<string, CriterionResult>;
    try {
      const content = readFileSync(resolve(root, e.file), 'utf8');
      const report = audit(parseNotice(content, { fileName: e.file }), catalogue);
      engineVersion = report.engineVersion;
      results = new Map(report.results.map((r) => [r.id, r]));
    } catch (err) {
      const error = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : oneLine((err as Error).message ?? String(err), 200);
      unreadable.push({ file: e.file, error });
      if (error === 'no such file') errors.push(`${expectedFileName(e.file)}: fixture ${e.file} does not exist`);
      continue;
    }
    readable++;
    const lang = byLanguage[e.language];
    lang.files++;
    const trapFile = isTrapFile(e);
    if (trapFile) trap.files++;

    for (const [id, want] of Object.entries(e.expect)) {
      if (!catalogueIds.has(id)) {
        notInCatalogue[id] = (notInCatalogue[id] ?? 0) + 1;
        continue;
      }
      const r = results.get(id)!;
      const got = r.outcome;
      const buckets = [overall, byCriterion[id]!, lang];
      for (const m of buckets) m.labels++;
      const miss = (): Miss => ({
        file: e.file,
        criterion: id,
        language: e.language,
        expected: want,
        predicted: got,
        reason: r.reason ?? (r.evidence[0] ? `evidence: “${oneLine(r.evidence[0].text, 160)}”` : '(no reason given)'),
        why: e.why[id]!,
      });
      if (want === 'present') {
        if (got === 'present') for (const m of buckets) m.tp++;
        else {
          for (const m of buckets) m.fn++;
          falseNegatives.push(miss());
        }
        continue;
      }
      if (want === 'uncertain') {
        for (const m of buckets) m.uncertain.expected++;
        if (got === 'present' || got === 'uncertain') for (const m of buckets) m.uncertain.agree++;
        else uncertainDisagreements.push(miss());
        continue;
      }
      // not-present, missing, not-applicable: anything but present
      if (got === 'present') {
        for (const m of buckets) m.fp++;
        if (trapFile) trap.falsePositives++;
        falsePositives.push({
          file: e.file,
          criterion: id,
          language: e.language,
          label: e.label,
          expected: want,
          why: e.why[id]!,
          evidence: r.evidence.map((ev) => ({ text: ev.text, section: ev.section, ...(ev.label ? { label: ev.label } : {}) })),
          trapFile,
        });
      }
      if (want === 'missing') {
        for (const m of buckets) m.missing.expected++;
        if (got === 'missing') for (const m of buckets) m.missing.hit++;
        else missingMisses.push(miss());
      }
    }

    if (trapFile) {
      for (const r of results.values()) {
        if (r.outcome === 'present' && !(r.id in e.expect)) {
          trap.unlabelledPresent.push({ file: e.file, criterion: r.id, evidence: oneLine(r.evidence[0]?.text ?? '', 160) });
        }
      }
    }
  }

  finish(overall);
  for (const m of Object.values(byCriterion)) finish(m);
  for (const m of Object.values(byLanguage)) finish(m);
  return {
    engineVersion,
    catalogueVersion: catalogue.version,
    targets: TARGETS,
    files: expected.length,
    readable,
    unreadable,
    labelErrors: errors,
    notInCatalogue: Object.fromEntries(Object.entries(notInCatalogue).sort(([a], [b]) => a.localeCompare(b))),
    overall,
    byCriterion,
    byLanguage,
    falsePositives,
    falseNegatives,
    missingMisses,
    uncertainDisagreements,
    trapFiles: trap,
    ms: Math.round(performance.now() - t0),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const pct = (x: number | null) => (x === null ? '   –' : x.toFixed(2));
const mark = (x: number | null, target: number) => (x === null ? '–' : x >= target ? 'ok' : '!!');

function row(name: string, width: number, m: Metrics, extra = ''): string {
  const missing = m.missing.expected ? `${m.missing.hit}/${m.missing.expected}` : '–';
  return (
    `  ${name.padEnd(width)} ${extra}${String(m.labels).padStart(6)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ` +
    `${String(m.fn).padStart(4)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${missing.padStart(7)}  ` +
    `${m.uncertain.agree}/${m.uncertain.expected}`
  );
}

export function formatReport(ev: Evaluation): string {
  const out: string[] = [];
  const rel = (f: string) => f.replace(/^tests\/fixtures\//, '');
  out.push(
    `Tender Lens evaluation: ${ev.files} labelled files, ${ev.readable} read, ${ev.unreadable.length} unreadable ` +
      `(engine ${ev.engineVersion || '?'}, catalogue ${ev.catalogueVersion}, ${(ev.ms / 1000).toFixed(1)} s)`,
  );
  if (ev.labelErrors.length) {
    out.push('', `LABEL ERRORS (${ev.labelErrors.length}): these labels are not used`);
    for (const e of ev.labelErrors) out.push(`  ${e}`);
  }

  const cw = Math.max(9, ...Object.keys(ev.byCriterion).map((k) => k.length));
  const head = (first: string, w: number, extra = '') =>
    `  ${first.padEnd(w)} ${extra}labels   TP   FP   FN  precision  recall  missing  uncertain ok`;
  out.push('', 'Per criterion (criteria in the catalogue; precision and recall of "present", missing found/labelled)');
  out.push(head('criterion', cw));
  for (const [id, m] of Object.entries(ev.byCriterion)) out.push(row(id, cw, m));
  out.push(row('all', cw, ev.overall));

  out.push('', 'Per language');
  out.push(head('language', 8, 'files '));
  for (const [l, m] of Object.entries(ev.byLanguage)) out.push(row(l, 8, m, `${String(m.files).padStart(5)} `));

  out.push('', `Targets: precision of present ≥ ${ev.targets.precision}, recall of present ≥ ${ev.targets.recall}`);
  const line = (name: string, m: Metrics) =>
    `  ${name.padEnd(7)} precision ${pct(m.precision)} ${mark(m.precision, ev.targets.precision).padEnd(2)}   ` +
    `recall ${pct(m.recall)} ${mark(m.recall, ev.targets.recall).padEnd(2)}   (TP ${m.tp}, FP ${m.fp}, FN ${m.fn})`;
  for (const [l, m] of Object.entries(ev.byLanguage)) out.push(line(l, m));
  out.push(line('overall', ev.overall));

  const nic = Object.entries(ev.notInCatalogue);
  if (nic.length) {
    out.push('', `Not in catalogue (labelled, not scored): ${nic.map(([id, n]) => `${id} ${n}`).join(', ')}`);
  }
  if (ev.unreadable.length) {
    out.push('', `Unreadable (${ev.unreadable.length} files, their labels not scored):`);
    for (const u of ev.unreadable) out.push(`  unreadable ${rel(u.file)}: ${u.error}`);
  }

  out.push('', `False positives (${ev.falsePositives.length}): labelled ${'"not present"'}, the engine says present`);
  for (const fp of ev.falsePositives) {
    const ev0 = fp.evidence[0];
    out.push(`  ${rel(fp.file)} · ${fp.criterion}${fp.trapFile ? ' · TRAP FILE' : ''}`);
    out.push(`      evidence${ev0?.label ? ` [${oneLine(ev0.label, 60)}]` : ''}: “${oneLine(ev0?.text ?? '', 220)}”`);
    out.push(`      label (${fp.expected}): ${oneLine(fp.why, 200)}`);
  }
  out.push('', `False negatives (${ev.falseNegatives.length}): labelled present, the engine says otherwise`);
  for (const fn of ev.falseNegatives) {
    out.push(`  ${rel(fn.file)} · ${fn.criterion} → ${fn.predicted}: ${oneLine(fn.reason, 200)}`);
    out.push(`      label: ${oneLine(fn.why, 200)}`);
  }
  if (ev.missingMisses.length) {
    out.push('', `Missing not found (${ev.missingMisses.length}): labelled missing, the engine says otherwise`);
    for (const m of ev.missingMisses) out.push(`  ${rel(m.file)} · ${m.criterion} → ${m.predicted}: ${oneLine(m.reason, 200)}`);
  }
  if (ev.uncertainDisagreements.length) {
    out.push('', `Uncertain labels the engine called missing or not applicable (${ev.uncertainDisagreements.length}, not scored)`);
    for (const m of ev.uncertainDisagreements) out.push(`  ${rel(m.file)} · ${m.criterion} → ${m.predicted}`);
  }
  if (ev.trapFiles.unlabelledPresent.length) {
    out.push('', `Present on trap files for criteria not labelled there (${ev.trapFiles.unlabelledPresent.length}, not scored; check them):`);
    for (const u of ev.trapFiles.unlabelledPresent) out.push(`  ${rel(u.file)} · ${u.criterion}: “${u.evidence}”`);
  }
  out.push('', `trap files: ${ev.trapFiles.falsePositives} false positives (${ev.trapFiles.files} trap files read; must be 0)`);
  return `${out.join('\n')}\n`;
}

export interface CaseScores {
  /** Per language: precision and recall of present over the criteria's unit cases, and how many cases agree. */
  byLanguage: Record<string, { cases: number; agree: number; tp: number; fp: number; fn: number; precision: number | null; recall: number | null }>;
}

/**
 * The criteria's unit cases (criteria/cases/*.json), scored per language like the real notices. They are written
 * by the project, one passage each, in every language of the catalogue: the shared fixtures hold too few German
 * and Spanish clauses to score those languages on real notices alone.
 */
export function scoreCases(catalogue: CompiledCatalogue, root = REPO_ROOT): CaseScores {
  const cpvCodes = cpvCodesOf(readFileSync(join(root, '..', 'shared', 'data', 'cpv_en.tsv'), 'utf8'));
  const byLanguage: CaseScores['byLanguage'] = {};
  const dir = join(root, 'criteria', 'cases');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const id = name.slice(0, -'.json'.length);
    const criterion = catalogue.criteria.find((c) => c.id === id);
    if (!criterion) continue;
    const cpv = defaultCpv(criterion, cpvCodes);
    for (const c of CriterionCase.array().parse(JSON.parse(readFileSync(join(dir, name), 'utf8')))) {
      const got = audit(caseNotice(criterion, c, cpv), catalogue).results.find((r) => r.id === id)?.outcome;
      const m = (byLanguage[c.lang] ??= { cases: 0, agree: 0, tp: 0, fp: 0, fn: 0, precision: null, recall: null });
      m.cases++;
      if (got === c.expect) m.agree++;
      if (got === 'present' && c.expect === 'present') m.tp++;
      else if (got === 'present') m.fp++;
      else if (c.expect === 'present') m.fn++;
    }
  }
  for (const m of Object.values(byLanguage)) {
    m.precision = m.tp + m.fp ? m.tp / (m.tp + m.fp) : null;
    m.recall = m.tp + m.fn ? m.tp / (m.tp + m.fn) : null;
  }
  return { byLanguage };
}

export function formatCases(cs: CaseScores): string {
  const out = ['', 'Unit cases by language (criteria/cases: passages written by the project in each language, not real notices)'];
  for (const [lang, m] of Object.entries(cs.byLanguage)) {
    out.push(
      `  ${lang.padEnd(7)} precision ${pct(m.precision)} ${mark(m.precision, TARGETS.precision).padEnd(2)}   recall ${pct(m.recall)} ${mark(m.recall, TARGETS.recall).padEnd(2)}   ` +
        `(${m.agree}/${m.cases} cases agree; TP ${m.tp}, FP ${m.fp}, FN ${m.fn})`,
    );
  }
  return `${out.join('\n')}\n`;
}

async function main(argv: string[]): Promise<void> {
  // imported here, not at the top, so that a catalogue that does not compile is reported and the exit code stays 0
  const { defaultCatalogue } = await import('../utils/default-catalogue');
  const ev = evaluate(defaultCatalogue);
  const cases = scoreCases(defaultCatalogue);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ ...ev, cases }, null, 2)}\n`);
  else process.stdout.write(formatReport(ev) + formatCases(cases));
}

// run only as a script (npm run eval), not when imported by tests/eval.test.ts
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
    .catch((err: unknown) => {
      process.stderr.write(`eval: no report: ${(err as Error)?.stack ?? String(err)}\n`);
    })
    .finally(() => {
      process.exitCode = 0;
    });
}

