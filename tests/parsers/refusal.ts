import { NoticeParseError } from '../../utils/parsers/errors';

/** The NoticeParseError `f` throws (fails the test if it throws anything else, or nothing). */
export function refusal(f: () => unknown): NoticeParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof NoticeParseError) return e;
    throw e;
  }
  throw new Error('accepted without an error');
}
