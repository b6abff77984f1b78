/**
 * Command line on the same engine as the extension:
 *   npm run -s audit -- [--json | --jsonl | --csv] [--url URL] [--jobs N] PATH...
 * PATH is a notice file (eForms or TED XML, portal HTML, plain text, OCDS JSON: a release, record or package), a
 * directory (walked for .xml, .json, .html, .txt files and archives) or an archive (.tar, .tar.gz, .tgz: a TED
 * daily package). Prints one report per notice, in the order of the inputs, as soon as it is ready: a readable
 * table (default), a JSON array (--json), one JSON object per line (--jsonl) or CSV with a column per criterion
 * (--csv). An OCDS package that holds several contracting processes gives one report per ocid ("FILE#<ocid>").
 * Many inputs are audited by a pool of worker threads (one per core, or --jobs N); a progress line shows on
 * stderr when it is a terminal; for a batch (a directory, an archive, more than four files; or with --summary) a
 * summary (coverage per criterion, buyer country and CPV division) follows the table, or goes to stderr with
 * machine-readable output.
 * A file that cannot be read is named on stderr (with the line and column for XML and JSON) and skipped.
 * Exit 0 when at least one file was read, 2 when none was (or on a usage error).
 */
import { availableParallelism } from 'node:os';
import { csvHeader } from './csv';
import { describeError } from './describe-error';
import { expandInputs, looksLikeBatch, type Input } from './inputs';
import { WorkerPool } from './pool';
import { criterionIds, processInput, type InputResult, type OutputFormat, type ProcessOptions } from './process-input';
import { Progress } from './progress';
import { Summary } from './summary';

interface Args {
  format: OutputFormat;
  /** true / false: --summary / --no-summary; undefined: a summary for a batch (a directory, an archive, many files) */
  summary?: boolean;
  url?: string;
  jobs?: number;
  paths: string[];
}

const USAGE = 'usage: npm run -s audit -- [--json | --jsonl | --csv] [--url URL] [--jobs N] [--summary | --no-summary] FILE-DIR-OR-ARCHIVE...';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { format: 'table', paths: [] };
  const formats: Record<string, OutputFormat> = { '--json': 'json', '--jsonl': 'jsonl', '--csv': 'csv' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (formats[a]) {
      if (args.format !== 'table') return `choose one output format (${a} after --${args.format})`;
      args.format = formats[a]!;
    } else if (a === '--url') {
      const u = argv[++i];
      if (!u) return '--url needs a URL';
      try {
        new URL(u);
      } catch {
        return `--url: not a URL: ${u}`;
      }
      args.url = u;
    } else if (a === '--jobs' || a === '-j') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 256) return `${a} needs a number of worker threads from 1 to 256`;
      args.jobs = n;
    } else if (a === '--summary' || a === '--no-summary') args.summary = a === '--summary';
    else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.paths.push(a);
  }
  if (!args.paths.length) return USAGE;
  return args;
}

/** Writes to stdout, waiting when the reader is slower than the audit (a pipe into a file on a slow disk). */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const options: ProcessOptions = {
    format: args.format,
    color: args.format === 'table' && process.stdout.isTTY === true,
    ...(args.url ? { url: args.url } : {}),
  };
  const jobs = args.jobs ?? Math.max(1, availableParallelism());
  const batch = await looksLikeBatch(args.paths);
  // A few files are faster on this thread: a worker compiles its own catalogue first.
  const pool = jobs > 1 && batch ? new WorkerPool(jobs, options) : null;
  const run = async (input: Input): Promise<InputResult> => {
    if (!pool) return processInput(input, options);
    try {
      return await pool.run(input);
    } catch (err) {
      return { ok: false, error: `${input.name}: a worker thread failed (${(err as Error)?.message ?? err})` };
    }
  };

  const progress = new Progress();
  const summary = new Summary(criterionIds());
  let files = 0;
  let bad = 0;
  let started = false;
  const complain = (message: string) => {
    progress.clear();
    process.stderr.write(`${message}\n`);
  };

  const emit = async (result: InputResult) => {
    if (!result.ok) {
      bad++;
      complain(result.error);
      return;
    }
    files++;
    for (const n of result.notices) {
      if (!started) {
        started = true;
        if (args.format === 'json') await write('[\n');
        if (args.format === 'csv') await write(`${csvHeader(criterionIds())}\n`);
      } else if (args.format === 'json') await write(',\n');
      await write(args.format === 'json' ? `  ${n.text.replace(/\n/g, '\n  ')}` : args.format === 'table' ? n.text : `${n.text}\n`);
      summary.add(n.summary);
    }
    progress.update(summary.notices, files, bad);
  };

  // Inputs go out to the workers as they are found; results are written in input order. A bounded number in
  // flight keeps memory flat on an archive of thousands of notices.
  const inFlight: Promise<InputResult>[] = [];
  const limit = pool ? jobs * 4 : 1;
  try {
    const inputs = expandInputs(args.paths, (path, err) => {
      // reported in order with the results around it
      inFlight.push(Promise.resolve({ ok: false, error: describeError(path, err) }));
    });
    for await (const input of inputs) {
      inFlight.push(run(input));
      while (inFlight.length >= limit) await emit(await inFlight.shift()!);
    }
    while (inFlight.length) await emit(await inFlight.shift()!);
  } finally {
    await pool?.close();
  }

  progress.update(summary.notices, files, bad, true);
  progress.clear();
  if (args.format === 'json' && files > 0) await write(started ? '\n]\n' : '[]\n');
  if (args.format === 'csv' && files > 0 && !started) await write(`${csvHeader(criterionIds())}\n`);
  if ((args.summary ?? batch) && summary.notices >= 1) {
    const text = `${summary.format()}\n`;
    if (args.format === 'table') await write(text);
    else process.stderr.write(text);
  }
  return files > 0 ? 0 : 2;
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${(err as Error)?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
