/**
 * The one error every parser throws when it cannot read a file: a one-line message a person can act on,
 * with the position when the source has one (XML). Pure: no DOM, no Node APIs.
 */
export class NoticeParseError extends Error {
  /** 1-based line of the problem, when known. */
  readonly line?: number;
  /** 1-based column of the problem, when known. */
  readonly column?: number;

  constructor(message: string, position?: { line?: number; column?: number }) {
    super(message);
    this.name = 'NoticeParseError';
    if (position?.line !== undefined) this.line = position.line;
    if (position?.column !== undefined) this.column = position.column;
  }
}

/** Largest input any parser accepts, in UTF-16 code units (string length): 50 MiB. */
export const MAX_INPUT_CHARS = 50 * 1024 * 1024;

/** Refuses input over {@link MAX_INPUT_CHARS} before any parsing work is done. */
export function checkInputSize(content: string): void {
  if (content.length > MAX_INPUT_CHARS) throw tooLarge(content.length);
}

/** The refusal of an input of `size` characters (or bytes, when it is refused before being read). */
export function tooLarge(size: number): NoticeParseError {
  return new NoticeParseError(`the file is too large to read (${(size / (1024 * 1024)).toFixed(1)} MB; the limit is 50 MB)`);
}
