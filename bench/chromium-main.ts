/**
 * `npx tsx bench/chromium-main.ts`: the Chromium measures alone, as a table (`--json` for one JSON object).
 * The extension must be built first (`npm run build`, or TL_OUT_DIR=<dir> npx wxt build).
 */
import { chromiumMeasures } from './chromium';
import { measureTable } from './measure';

const measures = await chromiumMeasures({ runs: Number(process.env.TL_BENCH_RUNS) || undefined });
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(measures)}\n`);
} else {
  process.stdout.write(measureTable(measures));
}
