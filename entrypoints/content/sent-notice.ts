/**
 * What the content script sends the background: the notice, its text capped. A message is copied (serialised) on
 * the portal's main thread in one go, about 15 ms per million characters on a slow machine: a notice of 10 MB
 * would hold the page for a sixth of a second. Real notices are far below the cap (the largest saved ones, a
 * hundred lots, have a few hundred thousand characters); past it, the rest is not read, and the notice says so
 * (a gap: what is not found is then uncertain, never missing).
 */
import type { Notice } from '../../utils/notice';

/** 1234567 → "1,234,567". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Most characters of section text sent to the background (about 2 MB as a message). */
export const MAX_SENT_CHARS = 1_000_000;

/** The notice with its sections' text cut after `max` characters in all, and a gap saying so when it was cut. */
export function capNotice(notice: Notice, max = MAX_SENT_CHARS): Notice {
  const total = notice.sections.reduce((n, s) => n + s.text.length, 0);
  if (total <= max) return notice;
  let left = max;
  const sections: Notice['sections'] = [];
  for (const s of notice.sections) {
    if (left <= 0) break;
    // a prefix keeps every offset in it: evidence found there is highlighted where it is
    sections.push(s.text.length <= left ? s : { ...s, text: s.text.slice(0, left) });
    left -= s.text.length;
  }
  const gap =
    // (digits grouped by hand: Intl's first use costs the page tens of milliseconds)
    `the notice is very long (${grouped(total)} characters): only its first ${grouped(max)} ` +
    'were read, so that reading it does not slow the page down';
  return { ...notice, sections, gaps: [...notice.gaps, gap] };
}
