import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTarFile, readTarStream } from '../cli/tar';

async function entries(path: string) {
  const out: { name: string; text: string }[] = [];
  for await (const e of readTarFile(path)) out.push({ name: e.name, text: e.content.toString('utf8') });
  return out;
}

/** An archive made by the system's tar, as a TED daily package is. */
function makeArchive(files: Record<string, string>, flags: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-tar-'));
  const src = join(dir, 'src');
  for (const [name, text] of Object.entries(files)) {
    const p = join(src, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  }
  const out = join(dir, `package.${flags.includes('-z') ? 'tar.gz' : 'tar'}`);
  execFileSync('tar', [...flags, '-cf', out, '-C', src, ...Object.keys(files)]);
  return out;
}

describe('tar archives (TED daily packages)', () => {
  const longName = `${'a-very-long-directory-name/'.repeat(5)}20240105_000123-2024.xml`;
  const files = { '20240105/000123_2024.xml': '<a>é</a>', [longName]: '<b/>', 'README.txt': 'x'.repeat(1500) };

  it('reads every file of a .tar.gz, with long names (GNU and PAX) and exact contents', async () => {
    for (const format of ['gnu', 'pax', 'ustar']) {
      const names = format === 'ustar' ? { '20240105/000123_2024.xml': files['20240105/000123_2024.xml']!, 'README.txt': files['README.txt'] } : files;
      const got = await entries(makeArchive(names, ['-z', `--format=${format}`]));
      expect(got.map((e) => e.name).sort()).toEqual(Object.keys(names).sort());
      for (const e of got) expect(e.text).toBe(names[e.name]);
    }
  });

  it('reads a plain .tar too (gzip is told by its magic bytes)', async () => {
    const got = await entries(makeArchive({ 'x.xml': '<x/>' }, []));
    expect(got).toEqual([{ name: 'x.xml', text: '<x/>' }]);
  });

  it('refuses what is not a tar archive, or is cut short, with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-tar-'));
    const notTar = join(dir, 'not.tar');
    writeFileSync(notTar, 'hello '.repeat(200));
    await expect(entries(notTar)).rejects.toThrow(/^not a tar archive/);
    const whole = readFileSync(makeArchive({ 'x.xml': 'y'.repeat(3000) }, []));
    await expect(async () => {
      for await (const _ of readTarStream(Readable.from([whole.subarray(0, 1200)]))) void _;
    }).rejects.toThrow(/cut short/);
  });
});
