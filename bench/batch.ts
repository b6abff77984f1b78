/**
 * Batch audits (issue #6): the command line's worker pool over the repo's real notices, audited (parse + audit +
 * JSON line) against parsed only, in the same run, with the same pool; and one worker against all of them.
 * Workers are started and their catalogues compiled before any clock starts.
 */
import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Input } from '../cli/inputs';
import { NOTICE_FILE } from '../cli/inputs';
import { WorkerPool } from '../cli/pool';
import type { ProcessOptions } from '../cli/process-input';
import type { Measure } from './measure';


const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

/** The structured notices of the fixtures (eForms, TED XML, OCDS), every file once. */
function corpus(): Input[] {
  const out: Input[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (NOTICE_FILE.test(name) && !/^(?:INDEX|README)/.test(name)) out.push({ name: p, path: p });
    }
  };
  for (const d of ['eforms', 'ted_xml', 'ocds']) walk(join(FIXTURES, d));
  return out;
}

async function timeAll(pool: WorkerPool, inputs: Input[]): Promise<{ ms: number; notices: number }> {
  await pool.ready;
  const t0 = performance.now();
  const results = await Promise.all(inputs.map((i) => pool.run(i)));
  const ms = performance.now() - t0;
  return { ms, notices: results.reduce((n, r) => n + (r.ok ? r.notices.length : 0), 0) };
}

export async function batchMeasures(rounds = 3): Promise<Record<string, Measure>> {
  const files = corpus();
  // several passes over the corpus, so that a run lasts long enough to measure
  const inputs = Array.from({ length: 4 }, () => files).flat();
  const cores = availableParallelism();
  const audit: ProcessOptions = { format: 'jsonl', color: false };
  const parse: ProcessOptions = { ...audit, mode: 'parse' };
  const pools = { parse: new WorkerPool(cores, parse), audit: new WorkerPool(cores, audit), one: new WorkerPool(1, audit) };
  try {
    // one pass each first: every worker compiles its code paths before any clock starts
    for (const pool of Object.values(pools)) await timeAll(pool, files);
    const best = { parse: Infinity, audit: Infinity, one: Infinity };
    let notices = 0;
    for (let r = 0; r < rounds; r++) {
      // interleaved, so that each sees the same machine state
      best.parse = Math.min(best.parse, (await timeAll(pools.parse, inputs)).ms);
      const a = await timeAll(pools.audit, inputs);
      best.audit = Math.min(best.audit, a.ms);
      notices = a.notices;
      best.one = Math.min(best.one, (await timeAll(pools.one, inputs)).ms);
    }
    const perSecond = (ms: number) => Math.round((notices / ms) * 1000);
    return {
      'batch.audit_vs_parse': {
        value: round(best.audit / best.parse),
        unit: 'x',
        target: 2,
        lowerIsBetter: true,
        note: `${notices} notices (${files.length} fixture files × 4) with ${cores} workers: audit ${best.audit.toFixed(0)} ms vs parse only ${best.parse.toFixed(0)} ms`,
      },
      'batch.notices_per_second': {
        value: perSecond(best.audit),
        unit: '/s',
        target: 0,
        lowerIsBetter: false,
        note: `parse + audit + JSON line, ${cores} workers (one worker: ${perSecond(best.one)}/s)`,
      },
      'batch.speedup_all_cores_vs_one': {
        value: round(best.one / best.audit),
        unit: 'x',
        target: cores > 1 ? 1.3 : 1,
        lowerIsBetter: false,
        note: `${cores} workers against 1 on the same inputs (the ideal is ${cores}x; the main thread reads and orders results)`,
      },
    };
  } finally {
    await Promise.all(Object.values(pools).map((p) => p.close()));
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const m = await batchMeasures();
  for (const [k, v] of Object.entries(m)) console.log(k, v.value, v.unit, v.note);
}
