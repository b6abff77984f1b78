/**
 * Command line on the same engine as the extension:
 *   npm run -s audit -- [--json] [--url URL] FILE...
 * FILE is eForms or TED XML, portal HTML, plain text or OCDS JSON (a release, record or package). Prints one
 * report per notice (a JSON array with --json, a readable table otherwise): one per file, except an OCDS
 * package that holds several contracting processes, which gives one report per ocid, each with source
 * "FILE#<ocid>". Exit 0 on success; on an unreadable or malformed file a one-line message naming the file (and
 * the line, for XML and JSON) on stderr, nothing on stdout, and exit 2.
 */
import { readFileSync } from 'node:fs';
import { defaultCatalogue } from '../utils/default-catalogue';
import { audit } from '../utils/engine';
import { parseNotices } from '../utils/parsers/detect';
import { NoticeParseError } from '../utils/parsers/errors';
import type { Report } from '../utils/report';
import { formatJson, formatTable } from './format';

interface Args {
  json: boolean;
  url?: string;
  files: string[];
}

const USAGE = 'usage: npm run -s audit -- [--json] [--url URL] FILE...';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') {
      const u = argv[++i];
      if (!u) return '--url needs a URL';
      try {
        new URL(u);
      } catch {
        return `--url: not a URL: ${u}`;
      }
      args.url = u;
    } else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (!args.files.length) return USAGE;
  return args;
}

function describeError(file: string, err: unknown): string {
  if (err instanceof NoticeParseError) {
    const where = err.line ? `:${err.line}${err.column ? `:${err.column}` : ''}` : '';
    // the position is already in front: do not repeat it
    const message = where ? err.message.replace(/ at line \d+(?:, column \d+)?/, '') : err.message;
    return `${file}${where}: ${message}`;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `${file}: no such file`;
  if (e?.code === 'EISDIR') return `${file}: is a directory, not a notice file`;
  if (e?.code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${e?.message ?? String(err)}`.split('\n')[0]!;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const reports: { source: string; report: Report }[] = [];
  const errors: string[] = [];
  for (const file of args.files) {
    try {
      const content = readFileSync(file, 'utf8');
      const notices = parseNotices(content, { fileName: file, ...(args.url ? { url: args.url } : {}) });
      notices.forEach((notice, i) => {
        const source = notices.length === 1 ? file : `${file}#${notice.id ?? i + 1}`;
        reports.push({ source, report: audit(notice, defaultCatalogue) });
      });
    } catch (err) {
      errors.push(describeError(file, err));
    }
  }
  if (errors.length) {
    for (const e of errors) process.stderr.write(`${e}\n`);
    return 2;
  }
  process.stdout.write(args.json ? formatJson(reports) : formatTable(reports, { color: process.stdout.isTTY === true }));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
