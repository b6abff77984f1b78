// The clause library stays in the extension's origin: no content-script file imports it, Dexie or clause texts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('library boundaries', () => {
  it('no content-script module imports the library, Dexie, zod or the clause texts', () => {
    const offenders = files(join(ROOT, 'entrypoints/content')).filter((f) =>
      /from ['"](dexie|zod|[./]+utils\/library\/[^'"]*|[./]+criteria\/clauses|[./]+criteria\/index)['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
