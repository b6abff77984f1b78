/**
 * The passage around a match: the sentence (or list item, or line of a form) it sits in, bounded in length
 * so that a notice without punctuation does not turn into one giant "sentence".
 */

const MAX_SIDE = 240;

function isBoundaryAt(text: string, i: number): boolean {
  // (character codes first: this runs for every character around every match)
  const code = text.charCodeAt(i);
  if (code === 0x0a || code === 0x0d || code === 0x2022 || code === 0x3b || code === 0x21 || code === 0x3f) return true;
  if (code === 0x2e) {
    // a full stop ends a sentence when followed by a space and a capital, digit or bullet; not in "e.g.",
    // "art. 43", "No. 5", "2014/24/EU.", "1.5"
    const next = text[i + 1];
    if (next === undefined) return true;
    if (!/\s/.test(next)) return false;
    const after = text.slice(i + 1, i + 4).trimStart()[0] ?? '';
    const before = text.slice(Math.max(0, i - 4), i);
    if (/(?:^|[^\p{L}])(?:e\.g|i\.e|art|arts|no|nr|cf|etc|vs|p|pp|n°)$/iu.test(before)) return false;
    return after === '' || /[\p{Lu}\d•\-–(«"“]/u.test(after);
  }
  return false;
}

/** [start, end) of the passage containing text[start..end). Never splits the match itself. */
export function passageAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  const minS = Math.max(0, start - MAX_SIDE);
  while (s > minS && !isBoundaryAt(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + MAX_SIDE);
  while (e < maxE && !isBoundaryAt(text, e)) e++;
  // include the closing punctuation, not a line break
  if (e < text.length && /[.;!?]/.test(text[e]!)) e++;
  // cut a bounded window at word edges
  if (s === minS && s > 0) while (s < start && !/\s/.test(text[s - 1]!)) s++;
  if (e === maxE && e < text.length) while (e > end && !/\s/.test(text[e]!)) e--;
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}
