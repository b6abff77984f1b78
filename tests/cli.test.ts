import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const fixture = (p: string) => join(ROOT, 'tests/fixtures', p);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts a Node process with tsx: allow for a loaded machine (the test waits for the process to end).
describe('npm run audit', { timeout: 30_000 }, () => {
  it('prints one JSON report per file, in the documented shape', () => {
    const r = run('--json', fixture('eforms/cn_25.xml'), fixture('text/ted_notice_text/ted_21-050204.txt'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    const [xml, txt] = out;
    expect(xml.source).toBe(fixture('eforms/cn_25.xml'));
    expect(xml.notice).toMatchObject({ title: 'PV Servicing and Maintenance', language: 'en', cpv: ['50000000', '09331200', '31712331'] });
    expect(Object.keys(xml.notice).filter((k) => !['id', 'title', 'language', 'cpv', 'buyer', 'buyerCountry'].includes(k))).toEqual([]);
    const labour = xml.results.find((x: { id: string }) => x.id === 'soc-labour-rights');
    expect(labour.outcome).toBe('present');
    expect(Object.keys(labour.evidence[0]).sort()).toEqual(['end', 'section', 'start', 'text']);
    expect(labour.evidence[0].text).toMatch(/modern slavery act/);
    for (const res of [...xml.results, ...txt.results]) {
      expect(['present', 'missing', 'uncertain', 'not-applicable']).toContain(res.outcome);
      if (res.outcome === 'uncertain') expect(res.reason).toEqual(expect.any(String));
    }
    expect(txt.notice.language).toBe('en');
  });

  it('prints a readable table without --json', () => {
    const r = run(fixture('eforms/cn_25.xml'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PV Servicing and Maintenance');
    expect(r.stdout).toMatch(/soc-labour-rights\s+✔ present/);
  });

  it('reads a portal HTML file, with --url naming where it came from', () => {
    const r = run('--json', '--url', 'https://ted.europa.eu/en/notice/181161-2020/html', fixture('ted-html/181161-2020.html'));
    expect(r.code).toBe(0);
    const [rep] = JSON.parse(r.stdout);
    expect(rep.results.find((x: { id: string }) => x.id === 'soc-labour-rights').outcome).toBe('present');
  });

  it('skips a malformed file with one line naming it and its line on stderr; exit 0 when another file was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));
    const bad = join(dir, 'broken.xml');
    writeFileSync(bad, '<?xml version="1.0"?>\n<ContractNotice xmlns="urn:x">\n  <cbc:Name>Unclosed\n</ContractNotice>\n');
    const r = run('--json', fixture('eforms/cn_25.xml'), bad);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { source: string }) => x.source)).toEqual([fixture('eforms/cn_25.xml')]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
    // nothing read at all: exit 2, nothing on stdout
    const alone = run('--json', bad);
    expect(alone.code).toBe(2);
    expect(alone.stdout).toBe('');
    expect(alone.stderr.trim().split('\n')).toEqual(lines);
  });

  it('reads OCDS JSON: one report per ocid, source FILE#<ocid> when the file holds several, FILE when it holds one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));
    // a release package of the two real NSW releases (each published in a package of its own)
    const nsw = (f: string) => JSON.parse(readFileSync(fixture(`ocds/ocp_sample_data_2018/australia/new-south-wales/sample/releases/${f}`), 'utf8'));
    const [a, b] = [nsw('7.json'), nsw('0.json')];
    const pkg = join(dir, 'package.json');
    writeFileSync(pkg, JSON.stringify({ ...a, releases: [...a.releases, ...b.releases] }));
    const single = fixture('ocds/uk_cf_pcs_sell2wales_2025/publiccontractsscotland__ocds-r6ebe6-0000580728__tender.json');
    const r = run('--json', pkg, single);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { source: string }) => x.source)).toEqual([
      `${pkg}#ocds-43qwtd-RFT-3A97DD20-DEAC-E181-C3F60521D5AA0F5B`,
      `${pkg}#ocds-43qwtd-RFT-0B980BC7-FB94-5FC4-D587404FC31576A7`,
      single,
    ]);
    expect(out[0].notice).toMatchObject({ id: 'ocds-43qwtd-RFT-3A97DD20-DEAC-E181-C3F60521D5AA0F5B', title: 'RFT17/18-09, Design and Construction of three Gross Pollutant Traps (GPTs)', language: 'en', cpv: [] });
    expect(out[2].notice).toMatchObject({ title: 'EC0853 The University of Edinburgh Confidential Waste', language: 'en', cpv: ['90513000', '90500000'], buyer: 'University Of Edinburgh' });
    for (const rep of out) {
      expect(Object.keys(rep).sort()).toEqual(['catalogueVersion', 'engineVersion', 'notice', 'results', 'source']);
      for (const res of rep.results) expect(['present', 'missing', 'uncertain', 'not-applicable']).toContain(res.outcome);
    }
  });

  it('fails on malformed JSON with one line naming the file, line and column, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));
    const bad = join(dir, 'release.json');
    writeFileSync(bad, '{\n  "ocid": "ocds-x-1"\n  "tender": {}\n}\n');
    const r = run('--json', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${bad}:3:3: malformed JSON: expected ',' or '}' after a property value, found '"'\n`);
  });

  it('fails on a missing file with a clear message and exit 2', () => {
    const r = run('--json', '/no/such/notice.xml');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('/no/such/notice.xml: no such file');
  });
});
