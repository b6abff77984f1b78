import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './helpers/csv';

const ROOT = join(__dirname, '..');
const fixture = (p: string) => join(ROOT, 'tests/fixtures', p);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A directory of notices in every structured format, a broken file and an archive like a TED daily package.
let dir: string;
let archive: string;
const BAD_XML = '<?xml version="1.0"?>\n<ContractNotice>\n  <cbc:Name>unclosed\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tl-batch-'));
  const notices = join(dir, 'notices');
  mkdirSync(join(notices, 'ted'), { recursive: true });
  copyFileSync(fixture('eforms/cn_25.xml'), join(notices, 'a-cn_25.xml'));
  copyFileSync(fixture('eforms/can_81_FRA.xml'), join(notices, 'b-can_81_FRA.xml'));
  writeFileSync(join(notices, 'c-broken.xml'), BAD_XML);
  writeFileSync(join(notices, 'd-picture.png'), 'not a notice: skipped by extension');
  copyFileSync(fixture('ocds/uk_cf_pcs_sell2wales_2025/publiccontractsscotland__ocds-r6ebe6-0000580728__tender.json'), join(notices, 'e-release.json'));
  copyFileSync(fixture('ted_xml/ted_r209/19-099886-001-EXP.xml'), join(notices, 'ted', 'f-ted.xml'));
  // the package: three notices and one broken file, in a dated folder
  const pkg = join(dir, 'pkg', '20240105');
  mkdirSync(pkg, { recursive: true });
  copyFileSync(fixture('eforms/cn_24_minimal.xml'), join(pkg, '000001_2024.xml'));
  copyFileSync(fixture('eforms/pin-only_24_lots.xml'), join(pkg, '000002_2024.xml'));
  writeFileSync(join(pkg, '000003_2024.xml'), BAD_XML);
  copyFileSync(fixture('eforms/cn_25.xml'), join(pkg, '000004_2024.xml'));
  archive = join(dir, '20240105.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', join(dir, 'pkg'), '20240105']);
});

describe('batch audits on the command line', { timeout: 60_000 }, () => {
  it('streams one JSON line per notice, in input order, skipping bad files with a message; summary on stderr', () => {
    const r = run('--jsonl', '--jobs', '2', join(dir, 'notices'), archive);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const n = join(dir, 'notices');
    expect(lines.map((l) => l.source)).toEqual([
      join(n, 'a-cn_25.xml'),
      join(n, 'b-can_81_FRA.xml'),
      join(n, 'e-release.json'),
      join(n, 'ted', 'f-ted.xml'),
      `${archive}:20240105/000001_2024.xml`,
      `${archive}:20240105/000002_2024.xml`,
      `${archive}:20240105/000004_2024.xml`,
    ]);
    for (const l of lines) expect(l.results).toHaveLength(36);
    expect(lines[1].notice.buyerCountry).toBe('FR');
    // both bad files named with their line; the picture never read
    expect(r.stderr).toMatch(new RegExp(`${join(n, 'c-broken.xml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
    expect(r.stderr).toContain(`${archive}:20240105/000003_2024.xml:`);
    expect(r.stderr).not.toContain('d-picture.png');
    // the summary, after the results, never mixed into the JSON lines
    expect(r.stderr).toContain('Summary of 7 notices');
    expect(r.stderr).toMatch(/Per criterion\n.*coverage/);
    expect(r.stderr).toMatch(/Per buyer country[\s\S]*\nFR\s+1\s/);
    expect(r.stderr).toMatch(/Per CPV division[\s\S]*\n50 Repair and maintenance services\s+2\s/);
  });

  it('gives the same results with one thread as with a pool of workers', () => {
    const one = run('--jsonl', '--jobs', '1', join(dir, 'notices'), archive);
    const two = run('--jsonl', '--jobs', '2', join(dir, 'notices'), archive);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(two.stdout);
  });

  it('writes CSV: a header, one row per notice, a column per criterion; other people\'s text cannot become a formula', () => {
    const formula = join(dir, 'formula.txt');
    writeFileSync(formula, '=HYPERLINK("http://example.invalid","click"), a tender for cleaning services\n\nThe contractor shall clean the offices.\n');
    const r = run('--csv', '--summary', join(dir, 'notices', 'a-cn_25.xml'), formula);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(3);
    const [header, cn25, text] = rows;
    expect(header!.slice(0, 11)).toEqual(['source', 'notice_id', 'title', 'language', 'buyer', 'buyer_country', 'cpv', 'present', 'missing', 'uncertain', 'not_applicable']);
    expect(header).toHaveLength(11 + 36);
    expect(cn25![2]).toBe('PV Servicing and Maintenance');
    expect(cn25![header!.indexOf('soc-labour-rights')]).toBe('present');
    expect(text![2]!.startsWith("'=HYPERLINK")).toBe(true);
    expect(r.stderr).toContain('Summary of 2 notices');
  });

  it('refuses a file too large for the parsers before reading it into memory', () => {
    // sparse: 151 MiB on paper, nothing on disk; read whole, it would take 151 MiB of memory first
    const huge = join(dir, 'huge.xml');
    writeFileSync(huge, '');
    truncateSync(huge, 151 * 1024 * 1024);
    const r = run('--jsonl', huge);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${huge}: the file is too large to read (151.0 MB; the limit is 50 MB)`);
  });

  it('exits 2 when no file could be read, with each one named', () => {
    const r = run('--jsonl', join(dir, 'notices', 'c-broken.xml'), join(dir, 'no-such-dir'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(`${join(dir, 'no-such-dir')}: no such file`);
  });
});
