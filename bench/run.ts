/**
 * Benchmarks: `npm run bench` prints a table; `npm run -s bench -- --json` prints one JSON object
 * {"<measure>": {"value": number, "unit": string, "target": number}}. `--only engine,robustness,library,batch,chromium`
 * runs some groups (default: all; chromium needs the built extension, `npm run build`).
 * Every ratio is measured within one run, on the same machine and text, so that it does not depend on how
 * fast the machine is. Targets are checked here, never by timed assertions in tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultCatalogue } from '../utils/default-catalogue';
import { audit } from '../utils/engine';
import type { Notice } from '../utils/notice';
import { parseNotice } from '../utils/parsers/detect';
import { type Measure, measureTable } from './measure';


const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const json = process.argv.includes('--json');

/** The peer of one audit: a single case-insensitive regular-expression pass for sustainability words. */
const SINGLE_PASS = /(?<![\p{L}\p{N}])(?:sustainab\w*|environment\w*|ecolabel\w*|energy|recycl\w*|accessib\w*|carbon)/giu;

function singlePass(text: string): number {
  let n = 0;
  SINGLE_PASS.lastIndex = 0;
  while (SINGLE_PASS.exec(text) !== null) n++;
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median time of `runs` runs of fn, in ms. */
function time(fn: () => unknown, runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

interface Ratio {
  /** median time of the subject and of its peer, ms */
  subject: number;
  peer: number;
  /** the median of the rounds' ratios */
  ratio: number;
}

/**
 * How many times longer `subject` takes than `peer`. Both are warmed up first: the regular expression is native
 * code from its first run, while JavaScript reaches optimised code only after some runs (as it has in a
 * background page after its first notices, or in the command line after its first files). Then rounds run each a
 * few times in turn, so that both see the same state of a shared machine, and each round gives a ratio of
 * medians; the figure is the median round.
 */
function ratioOf(subject: () => unknown, peer: () => unknown, rounds = 7, runs = 5, warm = 12): Ratio {
  for (let i = 0; i < warm; i++) {
    subject();
    peer();
  }
  const s: number[] = [];
  const p: number[] = [];
  const r: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const a = time(subject, runs);
    const b = time(peer, runs);
    s.push(a);
    p.push(b);
    r.push(a / b);
  }
  return { subject: median(s), peer: median(p), ratio: median(r) };
}

/** The audit of a parsed notice against one regex pass over the text it reads: every section, one after the other. */
function engineRatio(notice: Notice): Ratio {
  const text = notice.sections.map((s) => s.text).join('\n');
  return ratioOf(() => audit(notice, defaultCatalogue), () => singlePass(text));
}

/** A 1 MB plain-text notice made of real notice text (the flattened TED notices in the fixtures), repeated. */
function megabyteText(): string {
  const parts = ['ted_20-320448.txt', 'ted_21-050204.txt', 'ted_21-149886.txt', 'ted_20-566267.txt'].map((f) =>
    readFileSync(here(`../tests/fixtures/text/ted_notice_text/${f}`), 'utf8'),
  );
  let s = '';
  for (let i = 0; s.length < 1_000_000; i++) s += `${parts[i % parts.length]}\n\n`;
  return s.slice(0, 1_000_000);
}

/** Reading a file whole: parse + audit of its content, against one regex pass over that same content. */
function fileRatio(content: string, fileName: string): Ratio {
  return ratioOf(() => audit(parseNotice(content, { fileName }), defaultCatalogue), () => singlePass(content));
}

/** Word starts that begin like the catalogue's patterns and then do not finish them: every word is a candidate. */
function adversarialText(): string {
  const starts = defaultCatalogue.criteria.flatMap((c) =>
    Object.values(c.patterns).flat().map((p) => p.replace(/[\\()[\]{}?*+|^$.]/g, '').slice(0, 6)),
  );
  let s = '';
  for (let i = 0; s.length < 1_000_000; i++) s += `${starts[i % starts.length]} `;
  return s.slice(0, 1_000_000);
}

const measures: Record<string, Measure> = {};
const only = (() => {
  const i = process.argv.indexOf('--only');
  return i === -1 ? null : new Set(process.argv[i + 1]?.split(','));
})();
const wanted = (group: string) => !only || only.has(group);

if (wanted('engine')) {

const bigXml = readFileSync(here('../tests/fixtures/eforms/cn_24_maximal_100_lots.xml'), 'utf8');
const big = parseNotice(bigXml, { fileName: 'cn_24_maximal_100_lots.xml' });
const f1 = fileRatio(bigXml, 'cn_24_maximal_100_lots.xml');
measures['audit_file_vs_single_regex.cn_24_maximal_100_lots'] = {
  value: round(f1.ratio), unit: 'x', target: 3, lowerIsBetter: true,
  note: `parse + audit ${f1.subject.toFixed(1)} ms vs one regex pass over the file ${f1.peer.toFixed(1)} ms (${(bigXml.length / 1e6).toFixed(1)} MB XML)`,
};
const r1 = engineRatio(big);
// A diagnostic, not the measure (that is the file's, above): the audit has work per lot and criterion
// (100 lots × 36 criteria) that a pass over the notice's 40 kB of prose does not have.
measures['engine_vs_single_regex.cn_24_maximal_100_lots'] = {
  value: round(r1.ratio), unit: 'x', target: null, lowerIsBetter: true,
  note: `diagnostic: audit of the parsed notice ${r1.subject.toFixed(2)} ms vs one regex pass over its text only ${r1.peer.toFixed(2)} ms (${big.sections.length} sections, ${big.lots?.length ?? 0} lots)`,
};

const mb = megabyteText();
const f2 = fileRatio(mb, 'big.txt');
measures['audit_file_vs_single_regex.text_1mb'] = {
  value: round(f2.ratio), unit: 'x', target: 3, lowerIsBetter: true,
  note: `parse + audit ${f2.subject.toFixed(1)} ms vs one regex pass ${f2.peer.toFixed(1)} ms (1 MB of real notice text)`,
};
const textNotice = parseNotice(mb, { fileName: 'big.txt' });
const r2 = engineRatio(textNotice);
measures['engine_vs_single_regex.text_1mb'] = {
  value: round(r2.ratio), unit: 'x', target: 3, lowerIsBetter: true,
  note: `audit of the parsed notice ${r2.subject.toFixed(2)} ms vs one regex pass ${r2.peer.toFixed(2)} ms`,
};

const adversarial = parseNotice(adversarialText(), { fileName: 'adversarial.txt' });
const r3 = engineRatio(adversarial);
measures['engine_vs_single_regex.adversarial_1mb'] = {
  value: round(r3.ratio), unit: 'x', target: 10, lowerIsBetter: true,
  note: `1 MB where every word starts like a pattern and does not finish it: audit ${r3.subject.toFixed(1)} ms vs one regex pass ${r3.peer.toFixed(1)} ms`,
};

}

if (wanted('robustness')) Object.assign(measures, (await import('./robustness')).robustnessMeasures());
if (wanted('library')) Object.assign(measures, await (await import('./library')).libraryMeasures());
if (wanted('batch')) Object.assign(measures, await (await import('./batch')).batchMeasures());
if (wanted('chromium')) Object.assign(measures, await (await import('./chromium')).chromiumMeasures());

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (json) {
  const out: Record<string, { value: number; unit: string; target: number | null }> = {};
  for (const [k, m] of Object.entries(measures)) out[k] = { value: m.value, unit: m.unit, target: m.target };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} else {
  process.stdout.write(measureTable(measures));
}
