/**
 * Benchmarks of hostile and oversized input (issue #7), for bench/run.ts: `robustnessMeasures()`. Each is the
 * time to refuse (or read) one file whole, through the same entry point as the command line (parseNotices),
 * against the issue's target of under a second per file. The tests check that these files are refused before
 * or at the first offending construct (tests/parsers/hostile-input.test.ts); the times are measured here only.
 * `npx tsx bench/robustness.ts` prints them alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { audit } from '../utils/engine';
import { defaultCatalogue } from '../utils/default-catalogue';
import { parseNotices } from '../utils/parsers/detect';
import { MAX_INPUT_CHARS } from '../utils/parsers/errors';
import type { Measure } from './measure';


const TARGET_MS = 1000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median time (ms) to read `content` as `fileName`, and how it ended (the refusal's message, or "read"). */
function timeRead(content: string, fileName: string, runs = 5, thenAudit = false): { ms: number; outcome: string } {
  let outcome = '';
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    try {
      const notices = parseNotices(content, { fileName });
      if (thenAudit) for (const n of notices) audit(n, defaultCatalogue);
      outcome = `read (${notices.length} notice${notices.length === 1 ? '' : 's'})`;
    } catch (e) {
      outcome = `refused: ${(e as Error).message.slice(0, 90)}`;
    }
    if (i > 0) times.push(performance.now() - t0); // the first run warms up
  }
  return { ms: median(times), outcome };
}

const round = (x: number) => Math.round(x * 100) / 100;

export function robustnessMeasures(): Record<string, Measure> {
  const lol = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol "lol">\n${Array.from(
    { length: 9 },
    (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
  ).join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
  const fixture = readFileSync(fileURLToPath(new URL('../tests/fixtures/eforms/cn_24_maximal.xml', import.meta.url)), 'utf8');
  const external = fixture.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE x [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p; <!ENTITY e SYSTEM "file:///etc/passwd">]>');
  const deepXml = `<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">${'<d>'.repeat(200_000)}${'</d>'.repeat(200_000)}</ContractNotice>`;
  const deepHtml = `<html><body>${'<div>'.repeat(200_000)}text${'</div>'.repeat(200_000)}</body></html>`;
  const deepJson = `{"releases":[{"ocid":"x","date":"2020","tender":${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}},{"ocid":"x","date":"2021","tender":{"title":"t"}}]}`;
  const overLimit = `<a>${' '.repeat(MAX_INPUT_CHARS)}</a>`;
  // a valid eForms notice padded to just under the limit with a comment: the largest file that is read
  const padding = MAX_INPUT_CHARS - fixture.length - 20;
  const largest = fixture.replace(/(<\?xml[^>]*\?>)/, `$1<!--${'-x'.repeat(Math.floor(padding / 2))}-->`);

  const cases: [string, string, string, string, number?, boolean?][] = [
    ['billion_laughs', 'XML entity expansion (billion laughs)', lol, 'lol.xml'],
    ['external_entities', 'external and parameter entities in an eForms notice', external, 'notice.xml'],
    ['deep_xml_200k', '200,000 nested elements in an eForms notice', deepXml, 'deep.xml'],
    ['deep_html_200k', '200,000 nested HTML elements (47 s before the depth limit)', deepHtml, 'deep.html'],
    ['deep_json_200k', '200,000 nested objects in OCDS releases to merge', deepJson, 'deep.json'],
    ['over_50mb', 'a 50 MB + 7 characters XML file', overLimit, 'big.xml', 3],
    ['largest_valid_50mb', 'an eForms notice padded to just under 50 MB, read and audited', largest, 'big.xml', 3, true],
  ];
  const measures: Record<string, Measure> = {};
  for (const [key, what, content, name, runs, thenAudit] of cases) {
    const r = timeRead(content, name, runs, thenAudit);
    measures[`robustness.${key}_ms`] = { value: round(r.ms), unit: 'ms', target: TARGET_MS, lowerIsBetter: true, note: `${what}: ${r.outcome}` };
  }
  return measures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = robustnessMeasures();
  for (const [k, v] of Object.entries(m)) console.log(`${k.padEnd(42)} ${String(v.value).padStart(8)} ${v.unit}  (target ${v.target})  ${v.note}`);
}
