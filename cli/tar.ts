/**
 * Reads the files of a tar archive (TED daily packages are .tar.gz of notice XML files) as a stream: one entry
 * at a time, so that a package of thousands of notices never sits in memory whole. Gzip is recognised by its
 * magic bytes. Understands ustar names with a prefix, GNU long names ('L') and PAX path records ('x'); other
 * entry types (directories, links, devices) are skipped.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface TarEntry {
  name: string;
  content: Buffer;
}

const BLOCK = 512;
/** A notice is at most tens of megabytes; an entry claiming more is refused rather than buffered. */
export const MAX_TAR_ENTRY_BYTES = 64 * 1024 * 1024;

export class TarError extends Error {}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? length : nul).toString('utf8');
}

function octal(header: Buffer, start: number, length: number): number {
  const raw = header.subarray(start, start + length);
  // GNU base-256 for sizes over 8 GB: far beyond any notice
  if (raw[0]! & 0x80) throw new TarError('an entry larger than 8 GB');
  const text = field(header, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError(`not a tar archive (bad number "${text.slice(0, 20)}" in a header)`);
  return parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header, 148, 8);
}

/** PAX extended header records: "<length> <key>=<value>\n". */
function paxPath(data: Buffer): string | undefined {
  let at = 0;
  let path: string | undefined;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (!(length > 0)) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') path = record.slice(eq + 1);
    at += length;
  }
  return path;
}

/** Bytes from a stream, taken in exact amounts. */
class ByteReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;
  constructor(stream: Readable) {
    this.iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }
  /** Exactly n bytes, or fewer only at the end of the stream. */
  async take(n: number): Promise<Buffer> {
    while (this.buffered < n && !this.ended) {
      const r = await this.iterator.next();
      if (r.done) this.ended = true;
      else {
        this.chunks.push(r.value);
        this.buffered += r.value.length;
      }
    }
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const out = all.subarray(0, Math.min(n, all.length));
    const rest = all.subarray(out.length);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }
}

export async function* readTarStream(input: Readable): AsyncGenerator<TarEntry> {
  const bytes = new ByteReader(input);
  let longName: string | undefined;
  let paxName: string | undefined;
  let first = true;
  for (;;) {
    const header = await bytes.take(BLOCK);
    if (header.length === 0) return; // no end-of-archive blocks: accepted, like GNU tar
    if (header.length < BLOCK) throw new TarError('truncated archive (a header is cut short)');
    if (header.every((b) => b === 0)) return; // end of archive
    if (!checksumOk(header)) {
      throw new TarError(first ? 'not a tar archive' : 'damaged archive (a header checksum does not match)');
    }
    first = false;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156]! || 0x30);
    if (size > MAX_TAR_ENTRY_BYTES && (type === '0' || type === '7')) {
      throw new TarError(`an entry of ${size} bytes (the limit is ${MAX_TAR_ENTRY_BYTES})`);
    }
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const data = await bytes.take(padded);
    if (data.length < padded) throw new TarError('truncated archive (an entry is cut short)');
    const content = data.subarray(0, size);
    if (type === 'L') {
      longName = content.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    if (type === 'x') {
      paxName = paxPath(content);
      continue;
    }
    if (type === 'g') continue;
    const prefix = field(header, 345, 155);
    const name = paxName ?? longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    paxName = undefined;
    if (type !== '0' && type !== '7') continue; // directories, links, devices
    yield { name, content };
  }
}

/** The entries of a .tar, .tar.gz or .tgz file. */
export async function* readTarFile(path: string): AsyncGenerator<TarEntry> {
  const head = await new Promise<Buffer>((resolve, reject) => {
    const s = createReadStream(path, { start: 0, end: 1 });
    const parts: Buffer[] = [];
    s.on('data', (c) => parts.push(c as Buffer));
    s.on('end', () => resolve(Buffer.concat(parts)));
    s.on('error', reject);
  });
  const gz = head[0] === 0x1f && head[1] === 0x8b;
  const stream: Readable = gz ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  yield* readTarStream(stream);
}

export const isArchiveName = (name: string) => /\.(?:tar|tar\.gz|tgz)$/i.test(name);
