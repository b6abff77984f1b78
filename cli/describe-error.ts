import { NoticeParseError } from '../utils/parsers/errors';
import { TarError } from './tar';

/** One line naming the file (and the line and column, for XML and JSON) and what is wrong with it. */
export function describeError(file: string, err: unknown): string {
  if (err instanceof NoticeParseError) {
    const where = err.line ? `:${err.line}${err.column ? `:${err.column}` : ''}` : '';
    // the position is already in front: do not repeat it
    const message = where ? err.message.replace(/ at line \d+(?:, column \d+)?/, '') : err.message;
    return `${file}${where}: ${message}`;
  }
  if (err instanceof TarError) return `${file}: ${err.message}`;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `${file}: no such file`;
  if (e?.code === 'EISDIR') return `${file}: is a directory, not a notice file`;
  if (e?.code === 'EACCES') return `${file}: permission denied`;
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR') return `${file}: damaged gzip data (${e.message})`;
  return `${file}: ${e?.message ?? String(err)}`.split('\n')[0]!;
}
