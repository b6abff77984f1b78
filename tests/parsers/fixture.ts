/** Reads a file under tests/fixtures/ (copies of /work/shared/fixtures, see tests/fixtures/README.md). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function fixture(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${relativePath}`, import.meta.url)), 'utf8');
}
