/**
 * `npx tsx bench/chromium-main.ts`: the Chromium measures alone, as a table (`--json` for one JSON object).
 * The extension must be built first (`npm run build`, or TL_OUT_DIR=<dir> npx wxt build).
 */
import { chromiumMeasures } from './chromium';

const measures = await chromiumMeasures({ runs: Number(process.env.TL_BENCH_RUNS) || undefined });
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(measures)}\n`);
} else {
  const w = Math.max(...Object.keys(measures).map((k) => k.length));
  process.stdout.write(`${'measure'.padEnd(w)}  ${'value'.padStart(9)}  ${'target'.padStart(7)}  ok  note\n`);
  for (const [k, m] of Object.entries(measures)) {
    const ok = m.lowerIsBetter ? m.value <= m.target : m.value >= m.target;
    process.stdout.write(
      `${k.padEnd(w)}  ${`${m.value} ${m.unit}`.padStart(9)}  ${`${m.lowerIsBetter ? '≤' : '≥'}${m.target}`.padStart(7)}  ${ok ? 'ok' : '!!'}  ${m.note}\n`,
    );
  }
}
