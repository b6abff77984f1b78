/**
 * What the command line is asked to read, as a stream of notice files: files as given, directories walked
 * (sorted, so that runs are repeatable), and archives (.tar, .tar.gz, .tgz: a TED daily package) read entry by
 * entry. A directory's files are taken by extension; a file named on the command line is always read.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArchiveName, readTarFile } from './tar';

export type Input =
  /** a file the worker reads itself (no copy through the main thread) */
  | { name: string; path: string }
  /** an archive entry, already read */
  | { name: string; content: string };

/** Files a directory walk or an archive takes: the formats the parsers read. */
export const NOTICE_FILE = /\.(?:xml|json|html?|txt)$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  const names: { name: string; isDir: boolean }[] = [];
  for await (const d of await opendir(dir)) names.push({ name: d.name, isDir: d.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir } of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (isDir) yield* walk(p);
    else if (NOTICE_FILE.test(name) || isArchiveName(name)) yield p;
  }
}

async function* fromFile(path: string): AsyncGenerator<Input> {
  if (!isArchiveName(path)) return void (yield { name: path, path });
  for await (const entry of readTarFile(path)) {
    if (!NOTICE_FILE.test(entry.name)) continue;
    yield { name: `${path}:${entry.name}`, content: entry.content.toString('utf8') };
  }
}

/**
 * Every input, in order. A path that cannot be read (missing, a broken archive) is reported through `onError`
 * and skipped: one bad path never stops the others.
 */
export async function* expandInputs(paths: string[], onError: (path: string, err: unknown) => void): AsyncGenerator<Input> {
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) {
        for await (const file of walk(p)) {
          try {
            yield* fromFile(file);
          } catch (err) {
            onError(file, err);
          }
        }
      } else yield* fromFile(p);
    } catch (err) {
      onError(p, err);
    }
  }
}

/** Whether the inputs are many (a directory or an archive among them, or several files): worth a pool of workers. */
export async function looksLikeBatch(paths: string[]): Promise<boolean> {
  if (paths.length > 4) return true;
  for (const p of paths) {
    if (isArchiveName(p)) return true;
    try {
      if ((await stat(p)).isDirectory()) return true;
    } catch {
      // a missing path: reported when read
    }
  }
  return false;
}
